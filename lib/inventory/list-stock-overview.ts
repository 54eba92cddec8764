import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/lib/db/client';
import { DEFAULT_LOW_STOCK_THRESHOLD, stockGaps } from './list-low-stock';

export const stockListParams = z.object({
  q: z.string().trim().max(100).catch(''),
  after: z.string().max(200).optional().catch(undefined),
});
export type StockListParams = z.infer<typeof stockListParams>;

export type StockRow = {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  options: Record<string, string>;
  onHand: number;
  held: number;
  threshold: number;
  ownThreshold: number | null;
};

const PAGE = 50;

const FEW_MATCHES = 2_000;

/**
 * The SKU-prefix / product-name filter. Few matches (found through the trigram indexes on
 * variants.sku and products.name): filter on their ids, then sort them. Many: filter while
 * walking the gap index, which finds a page of matches early. One plan for both is either slow
 * for a rare SKU (walks every variant) or for a common prefix (joins every match).
 */
async function matchFilter(db: Executor, q: string): Promise<SQL> {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const { rows } = await db.execute<{ id: string }>(sql`
    select s.id from variants s where s.sku ilike ${`${escaped}%`}
    union all
    select n.id from variants n
    where n.product_id in (select m.id from products m where m.name ilike ${`%${escaped}%`})
    limit ${FEW_MATCHES + 1}`);
  if (rows.length <= FEW_MATCHES)
    return sql`v.id = any(${`{${rows.map((r) => r.id).join(',')}}`}::uuid[])`;
  return sql`(v.sku ilike ${`${escaped}%`} or p.name ilike ${`%${escaped}%`})`;
}

/**
 * Stock per variant, lowest first relative to its threshold (the most urgent restocks on top),
 * filtered by SKU prefix or product name; keyset pages on (on_hand − threshold, variant id),
 * the order of inventory_levels_gap_idx (see stockGaps).
 */
export async function listStockOverview(db: Executor, params: StockListParams) {
  const where: SQL[] = [];
  if (params.q) where.push(await matchFilter(db, params.q));
  const [gap, id] = (params.after ?? '').split('_');
  if (gap !== undefined && id && /^-?\d+$/.test(gap) && z.uuid().safeParse(id).success)
    where.push(sql`(g.gap, g.variant_id) > (${Number(gap)}, ${id}::uuid)`);
  const { rows } = await db.execute<{
    variant_id: string;
    product_id: string;
    product_name: string;
    sku: string;
    options: Record<string, string>;
    on_hand: number;
    held: number;
    threshold: number;
    own_threshold: number | null;
    gap: number;
  }>(sql`
    select x.*, p.name as product_name,
      coalesce((select sum(r.quantity) from stock_reservations r where r.variant_id = x.variant_id
        and r.status = 'active' and r.expires_at > now()), 0)::int as held
    from (
      select v.id as variant_id, v.product_id, v.sku, v.options, g.on_hand::int as on_hand,
        coalesce(g.own_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})::int as threshold,
        g.own_threshold, g.gap::int as gap
      from ${stockGaps()} g
      join variants v on v.id = g.variant_id
      join products p on p.id = v.product_id
      ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      order by g.gap, g.variant_id
      limit ${PAGE + 1}
    ) x
    join products p on p.id = x.product_id
    -- Held quantities are summed for the page's rows only, not for every variant sorted.
    order by x.gap, x.variant_id`);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    items: page.map((r): StockRow => ({
      variantId: r.variant_id,
      productId: r.product_id,
      productName: r.product_name,
      sku: r.sku,
      options: r.options,
      onHand: Number(r.on_hand),
      held: Number(r.held),
      threshold: Number(r.threshold),
      ownThreshold: r.own_threshold === null ? null : Number(r.own_threshold),
    })),
    next: rows.length > PAGE && last ? `${last.gap}_${last.variant_id}` : null,
  };
}
