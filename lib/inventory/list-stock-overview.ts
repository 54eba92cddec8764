import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/lib/db/client';
import { DEFAULT_LOW_STOCK_THRESHOLD } from './list-low-stock';

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

/**
 * Stock per variant, lowest first relative to its threshold (the most urgent restocks on top),
 * filtered by SKU prefix or product name; keyset pages on (on_hand − threshold, variant id).
 */
export async function listStockOverview(db: Executor, params: StockListParams) {
  const where: SQL[] = [];
  if (params.q) {
    const like = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(v.sku ilike ${`${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} or p.name ilike ${like})`,
    );
  }
  const [gap, id] = (params.after ?? '').split('_');
  if (gap !== undefined && id && /^-?\d+$/.test(gap) && z.uuid().safeParse(id).success)
    where.push(
      sql`(coalesce(l.on_hand, 0) - coalesce(t.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD}), v.id) > (${Number(gap)}, ${id}::uuid)`,
    );
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
      select v.id as variant_id, v.product_id, v.sku, v.options,
        coalesce(l.on_hand, 0)::int as on_hand,
        coalesce(t.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})::int as threshold,
        t.low_stock_threshold as own_threshold,
        (coalesce(l.on_hand, 0) - coalesce(t.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD}))::int as gap
      from variants v
      join products p on p.id = v.product_id
      left join inventory_levels l on l.variant_id = v.id
      left join stock_thresholds t on t.variant_id = v.id
      ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      order by gap, v.id
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
