import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { productStatus } from '@/db/schema/catalog';
import type { Executor } from '@/lib/db/client';

export const ADMIN_PRODUCT_SORTS = ['updated', 'name'] as const;
export const ADMIN_PAGE_SIZE = 50;

/** The list's URL state: filters, sort and an opaque keyset cursor. Bad values fall back. */
export const adminProductListParams = z.object({
  q: z.string().trim().max(100).catch(''),
  category: z.uuid().optional().catch(undefined),
  status: z.enum(productStatus).optional().catch(undefined),
  sort: z.enum(ADMIN_PRODUCT_SORTS).catch('updated'),
  after: z.string().max(300).optional().catch(undefined),
});
export type AdminProductListParams = z.infer<typeof adminProductListParams>;

export type AdminProductRow = {
  id: string;
  name: string;
  slug: string;
  status: string;
  categoryName: string;
  variantCount: number;
  minPriceCents: number | null;
  onHand: number;
  updatedAt: Date;
};

type Cursor = { k: string; id: string };

function encodeCursor(c: Cursor) {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    return typeof c.k === 'string' && z.uuid().safeParse(c.id).success ? c : null;
  } catch {
    return null;
  }
}

/**
 * One keyset page of products for the admin list. Pages follow an index ((name, id) or
 * (updated_at desc, id desc)), so page 2,000 costs what page 1 costs on a 100k catalog; the text
 * filter uses the trigram index on name, or matches a SKU exactly.
 */
export async function listAdminProducts(db: Executor, params: AdminProductListParams) {
  const where: SQL[] = [];
  if (params.q) {
    const like = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // An exact SKU wins (one index lookup); otherwise the name/slug filter walks the sort index
    // until a page is full, which an OR with the SKU branch would turn into a full scan.
    const { rows: bySku } = await db.execute<{ product_id: string }>(
      sql`select product_id from variants where sku in (${params.q}, ${params.q.toUpperCase()})`,
    );
    where.push(
      bySku.length > 0
        ? sql`p.id in (${sql.join(
            bySku.map((r) => sql`${r.product_id}::uuid`),
            sql`, `,
          )})`
        : sql`(p.name ilike ${like} or p.slug = ${params.q.toLowerCase()})`,
    );
  }
  if (params.status) where.push(sql`p.status = ${params.status}`);
  if (params.category)
    where.push(sql`p.category_id in (with recursive tree as (
        select id from categories where id = ${params.category}
        union all select c.id from categories c join tree on c.parent_id = tree.id)
      select id from tree)`);
  const cursor = decodeCursor(params.after);
  const byName = params.sort === 'name';
  if (cursor)
    where.push(
      byName
        ? sql`(p.name, p.id) > (${cursor.k}, ${cursor.id}::uuid)`
        : sql`(p.updated_at, p.id) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)`,
    );
  const order = byName ? sql`p.name, p.id` : sql`p.updated_at desc, p.id desc`;
  const filter = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const { rows } = await db.execute<{
    id: string;
    name: string;
    slug: string;
    status: string;
    category_name: string;
    variant_count: number;
    min_price: number | null;
    on_hand: number;
    updated_at: string;
    updated_key: string;
  }>(sql`
    select p.id, p.name, p.slug, p.status, c.name as category_name,
      agg.variant_count, agg.min_price, agg.on_hand, p.updated_at,
      to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_key
    from (select * from products p ${filter} order by ${order} limit ${ADMIN_PAGE_SIZE + 1}) p
    join categories c on c.id = p.category_id
    cross join lateral (
      select count(*)::int as variant_count, min(v.price_cents)::int as min_price,
        coalesce(sum(l.on_hand), 0)::int as on_hand
      from variants v left join inventory_levels l on l.variant_id = v.id where v.product_id = p.id
    ) agg
    order by ${order}`);
  const page = rows.slice(0, ADMIN_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > ADMIN_PAGE_SIZE && last
      ? encodeCursor({ k: byName ? last.name : last.updated_key, id: last.id })
      : null;
  const items: AdminProductRow[] = page.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    status: r.status,
    categoryName: r.category_name,
    variantCount: Number(r.variant_count),
    minPriceCents: r.min_price === null ? null : Number(r.min_price),
    onHand: Number(r.on_hand),
    updatedAt: new Date(r.updated_at),
  }));
  return { items, next };
}
