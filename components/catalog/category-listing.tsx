import { useTranslations } from 'next-intl';
import { ProductGrid } from '@/components/product/product-grid';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { DEFAULT_SORT, type ProductSort } from '@/lib/catalog/listing-params';
import type { CategoryDetail, ProductPage } from '@/lib/catalog/types';
import { SortForm } from './sort-form';
import { SubcategoryLinks } from './subcategory-links';

function listingHref(slug: string, page: number, sort: ProductSort) {
  const params = new URLSearchParams();
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/c/${slug}${query ? `?${query}` : ''}`;
}

export function CategoryListing({
  category,
  listing,
  sort,
}: {
  category: CategoryDetail;
  listing: ProductPage;
  sort: ProductSort;
}) {
  const t = useTranslations('category');
  const trail = [...category.ancestors, category].map((c) => ({
    name: c.name,
    href: `/c/${c.slug}`,
  }));
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-8 sm:px-6">
      <Breadcrumbs trail={trail} />
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.description && <p className="max-w-3xl text-stone-700">{category.description}</p>}
        <SubcategoryLinks categories={category.children} />
      </header>
      <section aria-labelledby="products-heading" className="flex flex-col gap-4">
        <h2 id="products-heading" className="sr-only">
          {t('products')}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-3 border-y border-stone-200 py-3">
          <p data-testid="result-count" className="text-sm text-stone-700">
            {t('results', { count: listing.total })}
          </p>
          <SortForm action={`/c/${category.slug}`} sort={sort} />
        </div>
        {listing.items.length > 0 ? (
          <ProductGrid products={listing.items} />
        ) : (
          <p className="py-10 text-center text-stone-600">{t('empty')}</p>
        )}
        <Pagination
          page={listing.page}
          totalPages={listing.totalPages}
          hrefFor={(p) => listingHref(category.slug, p, sort)}
        />
      </section>
    </div>
  );
}
