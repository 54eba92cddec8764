import 'server-only';
import { and, eq } from 'drizzle-orm';
import { stockMovements, stockReservations } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

/** Releases an order's active reservations (payment failed, cancelled, expired) and records it. */
export async function releaseOrderStock(
  tx: Executor,
  orderId: string,
  actor: string,
  reason: string,
): Promise<number> {
  const released = await tx
    .update(stockReservations)
    .set({ status: 'released' })
    .where(and(eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'active')))
    .returning({ variantId: stockReservations.variantId, quantity: stockReservations.quantity });
  if (released.length > 0) {
    await tx.insert(stockMovements).values(
      released.map((r) => ({
        variantId: r.variantId,
        kind: 'release' as const,
        quantity: -r.quantity,
        orderId,
        actor,
        reason,
      })),
    );
  }
  return released.length;
}
