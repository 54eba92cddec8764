import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inventoryLevels, stockMovements } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

/**
 * Puts an order's sold stock back on hand (cancelled after payment), net of any restock already
 * recorded, so running it twice restocks once. Variants in id order, like every stock lock.
 */
export async function restockOrder(
  tx: Executor,
  orderId: string,
  actor: string,
  reason: string,
): Promise<void> {
  const sold = await tx
    .select({
      variantId: stockMovements.variantId,
      quantity: sql<number>`sum(${stockMovements.quantity})::int`,
    })
    .from(stockMovements)
    .where(
      and(eq(stockMovements.orderId, orderId), inArray(stockMovements.kind, ['sale', 'restock'])),
    )
    .groupBy(stockMovements.variantId)
    .orderBy(stockMovements.variantId);
  for (const item of sold) {
    const back = -item.quantity;
    if (back <= 0) continue;
    await tx
      .update(inventoryLevels)
      .set({ onHand: sql`${inventoryLevels.onHand} + ${back}`, updatedAt: new Date() })
      .where(eq(inventoryLevels.variantId, item.variantId));
    await tx.insert(stockMovements).values({
      variantId: item.variantId,
      kind: 'restock',
      quantity: back,
      orderId,
      actor,
      reason,
    });
  }
}
