import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { DEFAULT_LOW_STOCK_THRESHOLD } from './list-low-stock';

/** One variant's stock header for the admin: product, SKU, on hand, held, thresholds. */
export async function getVariantStock(db: Executor, variantId: string) {
  const { rows } = await db.execute<{
    product_id: string;
    product_name: string;
    sku: string;
    options: Record<string, string>;
    on_hand: number;
    held: number;
    own_threshold: number | null;
  }>(sql`
    select p.id as product_id, p.name as product_name, v.sku, v.options,
      coalesce(l.on_hand, 0)::int as on_hand,
      coalesce((select sum(r.quantity) from stock_reservations r where r.variant_id = v.id
        and r.status = 'active' and r.expires_at > now()), 0)::int as held,
      t.low_stock_threshold as own_threshold
    from variants v join products p on p.id = v.product_id
    left join inventory_levels l on l.variant_id = v.id
    left join stock_thresholds t on t.variant_id = v.id
    where v.id = ${variantId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    productId: r.product_id,
    productName: r.product_name,
    sku: r.sku,
    options: r.options,
    onHand: Number(r.on_hand),
    held: Number(r.held),
    ownThreshold: r.own_threshold === null ? null : Number(r.own_threshold),
    threshold: r.own_threshold === null ? DEFAULT_LOW_STOCK_THRESHOLD : Number(r.own_threshold),
  };
}
