import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { FORMAT_LOCALE, isLocale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { toSearchHref } from '@/lib/search/search-params';
import type { CategoryFacet, FacetValue, SearchFacets, SearchRequest } from '@/lib/search/types';

const boxClass =
  'size-4 rounded border-stone-400 accent-emerald-700 focus-visible:outline-2 focus-visible:outline-emerald-700';

function Checkbox({
  name,
  value,
  label,
  count,
  checked,
}: {
  name: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
}) {
  return (
    <li>
      <label className="flex min-h-8 cursor-pointer items-center gap-2 text-sm text-stone-800">
        <input
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          className={boxClass}
        />
        <span className="flex-1">{label}</span>
        <span className="text-xs text-stone-600">({count})</span>
      </label>
    </li>
  );
}

function FacetGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="border-t border-stone-200 pt-3">
      <legend className="mb-1 text-sm font-semibold text-stone-900">{title}</legend>
      <ul className="flex flex-col">{children}</ul>
    </fieldset>
  );
}

function CategoryLinks({ nodes, request }: { nodes: CategoryFacet[]; request: SearchRequest }) {
  return (
    <ul className="flex flex-col pl-3 first:pl-0">
      {nodes.map((node) => (
        <li key={node.value}>
          <Link
            href={toSearchHref(request, { category: node.value })}
            aria-current={node.selected ? 'true' : undefined}
            className="flex min-h-8 items-center justify-between gap-2 rounded px-1 text-sm text-stone-800 hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-emerald-900"
          >
            <span>{node.label}</span>
            <span className="text-xs text-stone-600">{node.count}</span>
          </Link>
          {node.children.length > 0 && <CategoryLinks nodes={node.children} request={request} />}
        </li>
      ))}
    </ul>
  );
}

/** Filters with counts; each group's counts already honour the other groups' selections. */
export function SearchFacetFields({
  facets,
  request,
}: {
  facets: SearchFacets;
  request: SearchRequest;
}) {
  const t = useTranslations('search');
  const tOptions = useTranslations('product.optionNames');
  const locale = useLocale();
  const money = (cents: number) =>
    formatMoney(cents, 'BRL', isLocale(locale) ? FORMAT_LOCALE[locale] : locale);
  const optionName = (name: string) => (tOptions.has(name) ? tOptions(name) : name);
  const values = (name: string, list: FacetValue[]) =>
    list.map((v) => (
      <Checkbox
        key={v.value}
        name={name}
        value={v.value}
        label={v.label}
        count={v.count}
        checked={v.selected}
      />
    ));
  return (
    <div className="flex flex-col gap-4" data-testid="search-facets">
      {request.category && <input type="hidden" name="category" value={request.category} />}
      <nav aria-label={t('category')} className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold text-stone-900">{t('category')}</h3>
        {request.category && (
          <Link
            href={toSearchHref(request, { category: null })}
            className="text-sm text-emerald-800 underline"
          >
            {t('allCategories')}
          </Link>
        )}
        <CategoryLinks nodes={facets.categories} request={request} />
      </nav>
      {facets.brands.length > 0 && (
        <FacetGroup title={t('brand')}>{values('brand', facets.brands)}</FacetGroup>
      )}
      {facets.prices.length > 0 && (
        <FacetGroup title={t('price')}>
          {facets.prices.map((bucket) => (
            <Checkbox
              key={bucket.value}
              name="price"
              value={bucket.value}
              label={
                bucket.max === null
                  ? t('priceFrom', { min: money(bucket.min) })
                  : t('priceRange', { min: money(bucket.min), max: money(bucket.max) })
              }
              count={bucket.count}
              checked={bucket.selected}
            />
          ))}
        </FacetGroup>
      )}
      {facets.options.map((option) => (
        <FacetGroup key={option.name} title={optionName(option.name)}>
          {values(
            'opt',
            option.values.map((v) => ({ ...v, value: `${option.name}:${v.value}` })),
          )}
        </FacetGroup>
      ))}
      <FacetGroup title={t('availability')}>
        <Checkbox
          name="stock"
          value="1"
          label={t('inStockOnly')}
          count={facets.inStock.count}
          checked={facets.inStock.selected}
        />
      </FacetGroup>
    </div>
  );
}
