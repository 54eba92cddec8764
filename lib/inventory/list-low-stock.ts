import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { DEFAULT_LOW_STOCK_THRESHOLD } from '@/db/schema/catalog';
import type { Executor } from '@/lib/db/client';

/** Variants without their own threshold alert at this on-hand level or below. */
export { DEFAULT_LOW_STOCK_THRESHOLD };

export type LowStockItem = {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  onHand: number;
  threshold: number;
};

/**
 * Stock rows with their effective threshold, as SQL: the level rows (stock_gap is generated from
 * on_hand and the threshold copied onto the row; the sku is copied too), plus variants with no
 * level row yet (on hand 0; listed in variants_without_stock by triggers). `gap` ≤ 0 is low
 * stock. PostgreSQL pushes a filter or keyset on x.gap into both branches, so the first is a
 * scan of inventory_levels_gap_idx (stock_gap, variant_id) or of inventory_levels_low_idx
 * (on_hand, variant_sku) where stock_gap <= 0, read in order and stopped at the limit.
 */
export function stockGaps(): SQL {
  return sql`(
    select l.variant_id, l.on_hand, l.low_stock_threshold as own_threshold, l.stock_gap as gap,
           l.variant_sku as sku
    from inventory_levels l
    union all
    select v.id, 0, t.low_stock_threshold,
           -coalesce(t.low_stock_threshold, ${sql.raw(String(DEFAULT_LOW_STOCK_THRESHOLD))}), v.sku
    from variants_without_stock w join variants v on v.id = w.variant_id
    left join stock_thresholds t on t.variant_id = v.id
  )`;
}

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
      x.on_hand::int as on_hand,
      coalesce(x.own_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})::int as threshold
    from ${stockGaps()} x
    join variants v on v.id = x.variant_id
    join products p on p.id = v.product_id and p.status <> 'archived'
    where x.gap <= 0
    order by x.on_hand, x.sku
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
