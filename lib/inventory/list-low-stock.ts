import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';

/** Variants without their own threshold alert at this on-hand level or below. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

export type LowStockItem = {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  onHand: number;
  threshold: number;
};

/**
 * Variants of non-archived products whose on_hand is at or below their threshold (per variant in
 * stock_thresholds, else the store default), emptiest first. Feeds the admin overview's alerts.
 */
export async function listLowStock(db: Executor, limit = 20): Promise<LowStockItem[]> {
  const { rows } = await db.execute<{
    variant_id: string;
    product_id: string;
    product_name: string;
    sku: string;
    on_hand: number;
    threshold: number;
  }>(sql`
    select v.id as variant_id, p.id as product_id, p.name as product_name, v.sku,
      coalesce(l.on_hand, 0)::int as on_hand,
      coalesce(t.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})::int as threshold
    from variants v
    join products p on p.id = v.product_id and p.status <> 'archived'
    left join inventory_levels l on l.variant_id = v.id
    left join stock_thresholds t on t.variant_id = v.id
    where coalesce(l.on_hand, 0) <= coalesce(t.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})
    order by coalesce(l.on_hand, 0), v.sku
    limit ${limit}`);
  return rows.map((r) => ({
    variantId: r.variant_id,
    productId: r.product_id,
    productName: r.product_name,
    sku: r.sku,
    onHand: Number(r.on_hand),
    threshold: Number(r.threshold),
  }));
}
