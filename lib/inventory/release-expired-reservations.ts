import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import { orders, stockReservations } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { transitionOrder } from '@/lib/orders/transition-order';
import { releaseOrderStock } from './release-order-stock';

const ACTOR = 'job:release-expired-reservations';

/**
 * Releases lapsed holds and expires their pending orders, one order per transaction with the
 * order row locked first — the same lock a late payment takes, so the two serialise and the
 * loser sees the winner's result. Reads already ignore expired holds; this makes it durable.
 */
export async function releaseExpiredReservations(
  db: Database,
  now = new Date(),
): Promise<{ expiredOrders: number }> {
  const due = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), lte(orders.reservedUntil, now)))
    .limit(500);
  let expiredOrders = 0;
  for (const { id } of due) {
    const done = await db.transaction(async (tx) => {
      const [order] = await tx
        .select({ status: orders.status, reservedUntil: orders.reservedUntil })
        .from(orders)
        .where(eq(orders.id, id))
        .for('update');
      if (order?.status !== 'pending_payment' || !order.reservedUntil) return false;
      if (order.reservedUntil > now) return false;
      await releaseOrderStock(tx, id, ACTOR, 'reservation expired before payment');
      await transitionOrder(tx, {
        orderId: id,
        to: 'expired',
        actor: ACTOR,
        reason: 'payment window elapsed',
      });
      return true;
    });
    if (done) expiredOrders++;
  }
  // Holds without an order (cart holds) just lapse.
  await db
    .update(stockReservations)
    .set({ status: 'released' })
    .where(
      and(
        eq(stockReservations.status, 'active'),
        sql`${stockReservations.orderId} is null`,
        lte(stockReservations.expiresAt, now),
      ),
    );
  return { expiredOrders };
}
