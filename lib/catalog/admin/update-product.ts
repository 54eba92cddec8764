import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories, productStatus, products, variants } from '@/db/schema';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const productPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    description: z.string().trim().max(5_000),
    brand: z.string().trim().max(100).nullable(),
    status: z.enum(productStatus),
    featured: z.boolean(),
    categoryId: z.uuid(),
  })
  .partial()
  .strict();

export const variantPatchSchema = z
  .object({
    priceCents: z.number().int().min(0),
    compareAtCents: z.number().int().min(1).nullable(),
  })
  .partial()
  .strict();

/**
 * Admin edit of a product. The search document and the Elasticsearch outbox are updated by
 * database triggers in the same transaction; afterwards exactly the caches that can show this
 * product are invalidated: its detail read (old and new slug) and search results.
 */
export async function updateProduct(
  productId: string,
  input: unknown,
  db: Executor = getDb(),
  cache: TaggedCache = getTaggedCache(),
) {
  const patch = productPatchSchema.parse(input);
  const slug = await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.id, productId))
      .for('update');
    if (!before) throw new AppError('not_found', `No product ${productId}.`);
    if (patch.categoryId) {
      const [category] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.id, patch.categoryId));
      if (!category) throw new AppError('validation_failed', `No category ${patch.categoryId}.`);
    }
    if (Object.keys(patch).length > 0)
      await tx
        .update(products)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(products.id, productId));
    return before.slug;
  });
  await cache.invalidateTags([
    CACHE_TAGS.search,
    CACHE_TAGS.product(productId),
    CACHE_TAGS.productSlug(slug),
  ]);
}

/** Admin edit of a variant's price; same invalidation as a product edit. */
export async function updateVariant(
  variantId: string,
  input: unknown,
  db: Executor = getDb(),
  cache: TaggedCache = getTaggedCache(),
) {
  const patch = variantPatchSchema.parse(input);
  const [row] = await db
    .update(variants)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(variants.id, variantId))
    .returning({ productId: variants.productId });
  if (!row) throw new AppError('not_found', `No variant ${variantId}.`);
  const [product] = await db
    .select({ slug: products.slug })
    .from(products)
    .where(eq(products.id, row.productId));
  await cache.invalidateTags([
    CACHE_TAGS.search,
    CACHE_TAGS.product(row.productId),
    ...(product ? [CACHE_TAGS.productSlug(product.slug)] : []),
  ]);
}
