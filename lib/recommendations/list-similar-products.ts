import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { products, variants } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

export type SimilarProduct = { slug: string; name: string; priceCents: number; currency: string };

/** Each product's cheapest variant, limited to one category. */
function cheapestVariants(db: Executor, categoryId: string) {
  return db
    .selectDistinctOn([variants.productId], {
      productId: variants.productId,
      priceCents: variants.priceCents,
      currency: variants.currency,
    })
    .from(variants)
    .where(
      inArray(
        variants.productId,
        db.select({ id: products.id }).from(products).where(eq(products.categoryId, categoryId)),
      ),
    )
    .orderBy(variants.productId, variants.priceCents)
    .as('cheapest');
}

/**
 * Baseline recommendations until the vector model lands: active products of the same category
 * whose lowest price is closest to this one's. Null when the product is unknown or not active.
 */
export async function listSimilarProducts(
  db: Executor,
  slug: string,
  limit = 4,
): Promise<SimilarProduct[] | null> {
  const [target] = await db
    .select({ id: products.id, categoryId: products.categoryId })
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.status, 'active')))
    .limit(1);
  if (!target) return null;

  const cheapest = cheapestVariants(db, target.categoryId);
  const [own] = await db
    .select({ priceCents: cheapest.priceCents })
    .from(cheapest)
    .where(eq(cheapest.productId, target.id));
  const reference = own?.priceCents ?? 0;

  return db
    .select({
      slug: products.slug,
      name: products.name,
      priceCents: cheapest.priceCents,
      currency: cheapest.currency,
    })
    .from(products)
    .innerJoin(cheapest, eq(cheapest.productId, products.id))
    .where(
      and(
        eq(products.categoryId, target.categoryId),
        eq(products.status, 'active'),
        ne(products.id, target.id),
      ),
    )
    .orderBy(sql`abs(${cheapest.priceCents} - ${reference})`, products.name)
    .limit(limit);
}
