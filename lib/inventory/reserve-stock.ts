import 'server-only';
import { stockMovements, stockReservations } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { lockStock } from './lock-stock';
import { outOfStock, sumStockItems, type StockItem } from './stock-items';

export type ReserveInput = {
  orderId: string;
  items: readonly StockItem[];
  expiresAt: Date;
  actor: string;
};

/**
 * Holds stock for a pending order inside the caller's transaction: rows locked in id order,
 * available = on_hand − active reservations, quantities summed per variant first. Throws a 409
 * (reason out_of_stock) and writes nothing when any item is short.
 */
export async function reserveStock(tx: Executor, input: ReserveInput): Promise<void> {
  const items = sumStockItems(input.items);
  const stock = await lockStock(tx, items, null);
  for (const item of items) {
    const level = stock.get(item.variantId);
    const available = level ? level.onHand - level.heldByOthers : 0;
    if (available < item.quantity) throw outOfStock(item.variantId, available);
  }
  await tx.insert(stockReservations).values(
    items.map((i) => ({
      variantId: i.variantId,
      quantity: i.quantity,
      orderId: input.orderId,
      expiresAt: input.expiresAt,
    })),
  );
  await tx.insert(stockMovements).values(
    items.map((i) => ({
      variantId: i.variantId,
      kind: 'reservation' as const,
      quantity: i.quantity,
      orderId: input.orderId,
      actor: input.actor,
      reason: 'held while payment is pending',
    })),
  );
}
