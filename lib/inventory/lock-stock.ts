import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import type { StockItem } from './stock-items';

export type LockedStock = { variantId: string; onHand: number; heldByOthers: number };

/**
 * Locks the inventory rows of the given (summed, id-ordered) items FOR UPDATE in id order and
 * reports on_hand and the quantity held by other active, unexpired reservations.
 */
export async function lockStock(
  tx: Executor,
  items: readonly StockItem[],
  exceptOrderId: string | null,
): Promise<Map<string, LockedStock>> {
  const ids = items.map((i) => i.variantId);
  if (ids.length === 0) return new Map();
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const locked = await tx.execute<{ variant_id: string; on_hand: number }>(
    sql`select variant_id, on_hand from inventory_levels
        where variant_id in (${idList}) order by variant_id for update`,
  );
  const held = await tx.execute<{ variant_id: string; held: string }>(
    sql`select variant_id, sum(quantity) as held from stock_reservations
        where variant_id in (${idList}) and status = 'active' and expires_at > now()
          and (${exceptOrderId}::uuid is null or order_id is distinct from ${exceptOrderId}::uuid)
        group by variant_id`,
  );
  const heldBy = new Map(held.rows.map((r) => [r.variant_id, Number(r.held)]));
  return new Map(
    locked.rows.map((r) => [
      r.variant_id,
      { variantId: r.variant_id, onHand: r.on_hand, heldByOthers: heldBy.get(r.variant_id) ?? 0 },
    ]),
  );
}
