import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { inventoryLevels, orderLines, stockMovements, stockReservations } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { lockStock } from './lock-stock';
import { sumStockItems } from './stock-items';

export type CommitResult = { ok: true } | { ok: false; variantId: string; available: number };

/**
 * Turns a paid order's hold into a sale inside the caller's transaction. Works whether or not the
 * order's reservation is still alive: the order may take what on_hand minus everyone else's
 * active reservations allows, so a late payment re-reserves when stock permits and reports
 * { ok: false } (writing nothing) when it does not. The decrement is a conditional UPDATE on
 * rows already locked in id order; the CHECK on on_hand is the last line of defence.
 */
export async function commitOrderStock(
  tx: Executor,
  orderId: string,
  actor: string,
): Promise<CommitResult> {
  const lines = await tx
    .select({ variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  const items = sumStockItems(
    lines.flatMap((l) => (l.variantId ? [{ variantId: l.variantId, quantity: l.quantity }] : [])),
  );
  const stock = await lockStock(tx, items, orderId);
  for (const item of items) {
    const level = stock.get(item.variantId);
    const available = level ? level.onHand - level.heldByOthers : 0;
    if (available < item.quantity) return { ok: false, variantId: item.variantId, available };
  }
  for (const item of items) {
    const updated = await tx
      .update(inventoryLevels)
      .set({ onHand: sql`${inventoryLevels.onHand} - ${item.quantity}`, updatedAt: new Date() })
      .where(
        and(
          eq(inventoryLevels.variantId, item.variantId),
          sql`${inventoryLevels.onHand} >= ${item.quantity}`,
        ),
      )
      .returning({ variantId: inventoryLevels.variantId });
    if (updated.length !== 1) throw new Error(`stock vanished under a lock for ${item.variantId}`);
  }
  await tx
    .update(stockReservations)
    .set({ status: 'consumed' })
    .where(and(eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'active')));
  if (items.length > 0) {
    await tx.insert(stockMovements).values(
      items.map((i) => ({
        variantId: i.variantId,
        kind: 'sale' as const,
        quantity: -i.quantity,
        orderId,
        actor,
        reason: 'order paid',
      })),
    );
  }
  return { ok: true };
}
