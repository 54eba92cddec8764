import 'server-only';
import { and, eq } from 'drizzle-orm';
import { cache } from 'react';
import { products } from '@/db/schema';
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
  const breadcrumbs = (await listCategoryPath(db, { id: row.categoryId })).map(
    ({ slug: s, name }) => ({ slug: s, name }),
  );
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
  };
}

// generateMetadata and the page ask for the same product in one request.
const loadForRequest = cache((slug: string) => loadProduct(slug, getDb()));

/** An active product with variants (and their stock), images and breadcrumbs; throws not_found. */
export function getProductBySlugOrThrow(slug: string, db?: Executor): Promise<ProductDetail> {
  return db ? loadProduct(slug, db) : loadForRequest(slug);
}
