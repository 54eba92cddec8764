import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { categories, products } from '@/db/schema/catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database } from '@/lib/db/client';
import { fieldError } from './catalog-errors';

export const bulkEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('publish'), ids: z.array(z.uuid()).min(1, 'none_selected').max(200) }),
  z.object({ op: z.literal('unpublish'), ids: z.array(z.uuid()).min(1, 'none_selected').max(200) }),
  z.object({
    op: z.literal('price'),
    ids: z.array(z.uuid()).min(1, 'none_selected').max(200),
    percent: z.coerce
      .number('invalid')
      .min(-90, 'invalid')
      .max(500, 'invalid')
      .refine((p) => p !== 0, 'invalid'),
  }),
  z.object({
    op: z.literal('category'),
    ids: z.array(z.uuid()).min(1, 'none_selected').max(200),
    categoryId: z.uuid('required'),
  }),
]);
export type BulkEdit = z.infer<typeof bulkEditSchema>;

type Ctx = { actor: Actor; ip?: string | null; db?: Database; cache?: TaggedCache };

/**
 * Applies one change to the selected products in one transaction, with one audit entry per
 * product. A price change by percent rounds to whole centavos; a compare-at price that would no
 * longer be above the new price is cleared (the CHECK forbids it, and it would mislead shoppers).
 */
export async function bulkEditProducts(
  input: unknown,
  { actor, ip = null, db = getDb(), cache = getTaggedCache() }: Ctx,
): Promise<{ changed: number }> {
  const edit = bulkEditSchema.parse(input);
  const slugs = await db.transaction(async (tx) => {
    const before = await snapshot(tx, edit.ids);
    if (edit.op === 'publish' || edit.op === 'unpublish') {
      await tx
        .update(products)
        .set({ status: edit.op === 'publish' ? 'active' : 'draft', updatedAt: new Date() })
        .where(inArray(products.id, edit.ids));
    } else if (edit.op === 'category') {
      const [category] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(inArray(categories.id, [edit.categoryId]));
      if (!category) throw fieldError('categoryId', 'unknown_category', 'No such category.');
      await tx
        .update(products)
        .set({ categoryId: edit.categoryId, updatedAt: new Date() })
        .where(inArray(products.id, edit.ids));
    } else {
      const factor = 100 + edit.percent;
      await tx.execute(sql`update variants set
          price_cents = round(price_cents * ${factor}::numeric / 100)::int,
          compare_at_cents = case when compare_at_cents > round(price_cents * ${factor}::numeric / 100)
            then compare_at_cents end,
          updated_at = now()
        where product_id in ${sql`(${sql.join(
          edit.ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`}`);
      await tx
        .update(products)
        .set({ updatedAt: new Date() })
        .where(inArray(products.id, edit.ids));
    }
    const after = await snapshot(tx, edit.ids);
    for (const [id, was] of before) {
      await recordAudit(tx, {
        actor,
        action: `product.bulk_${edit.op}`,
        entity: 'product',
        entityId: id,
        before: was,
        after: after.get(id) ?? null,
        ip,
      });
    }
    return [...before.values()].map((p) => p.slug);
  });
  await cache.invalidateTags([
    CACHE_TAGS.search,
    ...edit.ids.map(CACHE_TAGS.product),
    ...slugs.map(CACHE_TAGS.productSlug),
  ]);
  return { changed: slugs.length };
}

async function snapshot(tx: Parameters<Parameters<Database['transaction']>[0]>[0], ids: string[]) {
  const { rows } = await tx.execute<{
    id: string;
    slug: string;
    status: string;
    category_id: string;
    prices: Record<string, number>;
  }>(sql`select p.id, p.slug, p.status, p.category_id,
      coalesce((select jsonb_object_agg(v.sku, v.price_cents) from variants v where v.product_id = p.id), '{}') as prices
    from products p where p.id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by p.id for update of p`);
  return new Map(
    rows.map((r) => [
      r.id,
      { slug: r.slug, status: r.status, categoryId: r.category_id, prices: r.prices },
    ]),
  );
}
