import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CategoryListing } from '@/components/catalog/category-listing';
import { getCategoryBySlugOrThrow } from '@/lib/catalog/get-category-by-slug-or-throw';
import { listProductsInCategory } from '@/lib/catalog/list-products-in-category';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { isNotFoundError } from '@/lib/catalog/not-found';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadCategory(slug: string) {
  try {
    return await getCategoryBySlugOrThrow(slug);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query, t] = await Promise.all([params, searchParams, getTranslations('meta')]);
  const category = await loadCategory(slug);
  const { page } = parseListingParams(query);
  return {
    title: page > 1 ? t('categoryPage', { name: category.name, page }) : category.name,
    description: category.description || undefined,
    alternates: { canonical: page > 1 ? `/c/${slug}?page=${page}` : `/c/${slug}` },
    openGraph: {
      type: 'website',
      title: category.name,
      description: category.description || undefined,
    },
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { page, sort } = parseListingParams(query);
  const category = await loadCategory(slug);
  const listing = await listProductsInCategory({ categorySlug: slug, page, sort });
  // A page number past the end is a URL that does not exist.
  if (page > listing.totalPages) notFound();
  return <CategoryListing category={category} listing={listing} sort={sort} />;
}
