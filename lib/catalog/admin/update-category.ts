import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '@/db/schema';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const categoryPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(100),
    description: z.string().trim().max(2_000),
  })
  .partial()
  .strict();

/**
 * Admin rename of a category. Triggers re-index every product below it; the tree, every search
 * and every product read (their breadcrumbs) are invalidated.
 */
export async function updateCategory(
  categoryId: string,
  input: unknown,
  db: Executor = getDb(),
  cache: TaggedCache = getTaggedCache(),
) {
  const patch = categoryPatchSchema.parse(input);
  const [row] = await db
    .update(categories)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(categories.id, categoryId))
    .returning({ id: categories.id });
  if (!row) throw new AppError('not_found', `No category ${categoryId}.`);
  await cache.invalidateTags([CACHE_TAGS.categoryTree, CACHE_TAGS.search, CACHE_TAGS.products]);
}
