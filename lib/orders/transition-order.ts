import 'server-only';
import { eq } from 'drizzle-orm';
import { orderEvents, orders, type OrderStatus } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { reclaimCoupons, releaseCoupons } from '@/lib/coupons/redeem-coupons';
import { AppError } from '@/lib/errors';
import { restockOrder } from '@/lib/inventory/restock-order';
import { canTransition } from './order-transitions';
import { lockExistingOrder } from './lock-order';

const UNPAID: readonly OrderStatus[] = ['pending_payment', 'payment_failed'];

export type TransitionInput = {
  orderId: string;
  to: OrderStatus;
  /** 'user:<id>', 'system', 'gateway:<name>' or 'job:<name>'. */
  actor: string;
  reason: string;
  /**
   * The status the caller already read under its own FOR UPDATE lock on the order row in this
   * transaction; saves re-reading the row it holds.
   */
  lockedStatus?: OrderStatus;
};

/**
 * Moves an order along the transition table and records the event. Locks the order row, so call
 * it inside the transaction that performs the move's side effects. An illegal move is a 409.
 */
export async function transitionOrder(tx: Executor, input: TransitionInput): Promise<OrderStatus> {
  const current = input.lockedStatus ?? (await lockExistingOrder(tx, input.orderId));
  if (!canTransition(current, input.to)) {
    throw new AppError('conflict', `An order cannot move from ${current} to ${input.to}.`, {
      details: { from: current, to: input.to },
    });
  }
  await tx
    .update(orders)
    .set({ status: input.to, updatedAt: new Date() })
    .where(eq(orders.id, input.orderId));
  // Coupon uses belong to orders that get paid: an order dropped before payment gives them back.
  if ((input.to === 'cancelled' || input.to === 'expired') && UNPAID.includes(current))
    await releaseCoupons(tx, input.orderId);
  if (current === 'expired' && input.to === 'paid') await reclaimCoupons(tx, input.orderId);
  // Returned goods are back on the shelf whichever path recorded the return (the admin's accept,
  // a manual move): restockOrder is net of earlier restocks, so this happens exactly once.
  if (input.to === 'returned') await restockOrder(tx, input.orderId, input.actor, 'order returned');
  await tx.insert(orderEvents).values({
    orderId: input.orderId,
    fromStatus: current,
    toStatus: input.to,
    actor: input.actor,
    reason: input.reason,
  });
  return input.to;
}
