import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SortSelect } from '@/components/catalog/sort-select';
import { ProductGrid } from '@/components/product/product-grid';
import { Pagination } from '@/components/ui/pagination';
import type { ProductCard } from '@/lib/catalog/types';
import { hasFilters, toSearchHref } from '@/lib/search/search-params';
import { SEARCH_SORTS, type SearchRequest, type SearchResult } from '@/lib/search/types';
import { FacetForm } from './facet-form';
import { SearchFacetFields } from './search-facets';
import { SearchHitCard } from './search-hit-card';

const FORM_ID = 'search-filters';

function EmptyState({
  request,
  result,
  popular,
}: {
  request: SearchRequest;
  result: SearchResult;
  popular: ProductCard[];
}) {
  const t = useTranslations('search');
  return (
    <div className="flex flex-col gap-6 py-6" data-testid="search-empty">
      <div className="flex flex-col gap-2">
        <p className="text-lg font-semibold text-stone-900">{t('empty', { q: request.q })}</p>
        {result.didYouMean && (
          <p data-testid="did-you-mean">
            {t('didYouMean')}{' '}
            <Link
              href={toSearchHref({ ...request, q: result.didYouMean })}
              className="font-semibold text-emerald-800 underline"
            >
              {result.didYouMean}
            </Link>
            ?
          </p>
        )}
        <p className="text-stone-700">{t('emptyHint')}</p>
        {hasFilters(request) && (
          <Link
            href={toSearchHref({
              ...request,
              category: null,
              brands: [],
              prices: [],
              options: {},
              inStock: false,
            })}
            className="text-emerald-800 underline"
          >
            {t('clearFilters')}
          </Link>
        )}
      </div>
      {popular.length > 0 && (
        <section aria-labelledby="popular-heading" className="flex flex-col gap-3">
          <h2 id="popular-heading" className="text-xl font-bold">
            {t('popularProducts')}
          </h2>
          <ProductGrid products={popular} />
        </section>
      )}
    </div>
  );
}

/** The /search page body: filters beside the results, sort, pagination, empty state. */
export function SearchResults({
  request,
  result,
  popular,
}: {
  request: SearchRequest;
  result: SearchResult;
  popular: ProductCard[];
}) {
  const t = useTranslations('search');
  if (!request.q && !hasFilters(request)) {
    return (
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t('titleNoQuery')}</h1>
        <p className="text-stone-700">{t('prompt')}</p>
        <section aria-labelledby="popular-heading" className="flex flex-col gap-3">
          <h2 id="popular-heading" className="text-xl font-bold">
            {t('popularProducts')}
          </h2>
          <ProductGrid products={popular} />
        </section>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-8 sm:px-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight">
          {request.q ? t('title', { q: request.q }) : t('titleNoQuery')}
        </h1>
        {result.correctedQuery && (
          <p data-testid="corrected-query" className="text-stone-700">
            {t('corrected', { q: result.correctedQuery })}
          </p>
        )}
      </header>
      {/* Keyed by the URL state: after Back, checkboxes must show that page's filters, not the
          boxes the shopper ticked before (uncontrolled inputs keep their DOM state otherwise). */}
      <FacetForm key={toSearchHref(request, { page: request.page })} id={FORM_ID}>
        <input type="hidden" name="q" value={request.q} />
        <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
          <aside aria-labelledby="filters-heading" className="flex flex-col gap-3">
            <h2 id="filters-heading" className="text-lg font-semibold">
              {t('filters')}
            </h2>
            <SearchFacetFields facets={result.facets} request={request} />
            <noscript>
              <button
                type="submit"
                className="min-h-10 rounded-md border border-stone-300 px-3 text-sm"
              >
                {t('applyFilters')}
              </button>
            </noscript>
          </aside>
          <section aria-labelledby="results-heading" className="flex min-w-0 flex-col gap-4">
            <h2 id="results-heading" className="sr-only">
              {t('products')}
            </h2>
            <div className="flex flex-wrap items-center justify-between gap-3 border-y border-stone-200 py-3">
              <p data-testid="result-count" className="text-sm text-stone-700" role="status">
                {t('results', { count: result.total })}
              </p>
              <div className="flex items-center gap-2">
                <label htmlFor="sort" className="text-sm text-stone-700">
                  {t('sortLabel')}
                </label>
                <SortSelect
                  id="sort"
                  value={request.sort}
                  options={SEARCH_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
                />
              </div>
            </div>
            {result.items.length > 0 ? (
              <ul
                className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 lg:grid-cols-4"
                data-testid="search-results"
              >
                {result.items.map((hit, index) => (
                  <li key={hit.id} className="flex *:w-full">
                    <SearchHitCard hit={hit} priority={index < 4} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState request={request} result={result} popular={popular} />
            )}
            <Pagination
              page={result.page}
              totalPages={result.totalPages}
              hrefFor={(page) => toSearchHref(request, { page })}
            />
          </section>
        </div>
      </FacetForm>
    </div>
  );
}
