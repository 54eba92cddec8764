import 'server-only';
import { and, eq } from 'drizzle-orm';
import { cache } from 'react';
import { inventoryLevels, productAdminDetails, products, variants } from '@/db/schema';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import { listCategoryPath } from './category-ancestors';
import { catalogNotFound } from './not-found';
import type { ProductDetail } from './types';

async function loadProduct(slug: string, db: Executor): Promise<ProductDetail> {
  const row = await db.query.products.findFirst({
    where: and(eq(products.slug, slug), eq(products.status, 'active')),
    columns: {
      id: true,
      slug: true,
      name: true,
      description: true,
      brand: true,
      optionNames: true,
      categoryId: true,
    },
    with: {
      variants: {
        columns: {
          id: true,
          sku: true,
          options: true,
          priceCents: true,
          compareAtCents: true,
          currency: true,
        },
        with: { inventory: { columns: { onHand: true } } },
        orderBy: (v, { asc }) => [asc(v.position), asc(v.sku)],
      },
      images: {
        columns: { url: true, alt: true, width: true, height: true, optionMatch: true },
        orderBy: (i, { asc }) => [asc(i.position)],
      },
    },
  });
  if (!row || row.variants.length === 0) throw catalogNotFound('product', slug);
  const [path, [seo]] = await Promise.all([
    listCategoryPath(db, { id: row.categoryId }),
    db
      .select({
        title: productAdminDetails.seoTitle,
        description: productAdminDetails.seoDescription,
      })
      .from(productAdminDetails)
      .where(eq(productAdminDetails.productId, row.id)),
  ]);
  const breadcrumbs = path.map(({ slug: s, name }) => ({ slug: s, name }));
  const category = breadcrumbs.at(-1);
  if (!category) throw new Error(`product ${slug} points at a missing category`);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    brand: row.brand,
    optionNames: row.optionNames,
    category,
    breadcrumbs,
    variants: row.variants.map(({ inventory, currency, ...variant }) => ({
      ...variant,
      currency: currency.trim(),
      onHand: inventory?.onHand ?? 0,
    })),
    images: row.images,
    seo: { title: seo?.title ?? null, description: seo?.description ?? null },
  };
}

/**
 * The product from the shared cache (tagged by slug, id and "products"), with stock read fresh:
 * shoppers must never be told a sold-out variant is available because of a cached copy.
 */
export async function getCachedProductBySlugOrThrow(
  slug: string,
  db: Executor = getDb(),
  tagged: TaggedCache = getTaggedCache(),
): Promise<ProductDetail> {
  // A miss is not cached: a product created later must appear without an invalidation.
  const product = await tagged.remember(
    `catalog:product:${slug}`,
    { tags: [CACHE_TAGS.products, CACHE_TAGS.productSlug(slug)], ttlSeconds: 300 },
    () => loadProduct(slug, db),
  );
  const stock = await db
    .select({ id: variants.id, onHand: inventoryLevels.onHand })
    .from(variants)
    .leftJoin(inventoryLevels, eq(inventoryLevels.variantId, variants.id))
    .where(eq(variants.productId, product.id));
  const onHand = new Map(stock.map((row) => [row.id, row.onHand ?? 0]));
  return {
    ...product,
    variants: product.variants.map((v) => ({ ...v, onHand: onHand.get(v.id) ?? 0 })),
  };
}

// generateMetadata and the page ask for the same product in one request.
const loadForRequest = cache((slug: string) => getCachedProductBySlugOrThrow(slug));

/** An active product with variants (and their stock), images and breadcrumbs; throws not_found. */
export function getProductBySlugOrThrow(slug: string, db?: Executor): Promise<ProductDetail> {
  return db ? loadProduct(slug, db) : loadForRequest(slug);
}
