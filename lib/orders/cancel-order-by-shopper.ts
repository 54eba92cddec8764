import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { payments, type OrderStatus } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { releaseOrderStock } from '@/lib/inventory/release-order-stock';
import { restockOrder } from '@/lib/inventory/restock-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import type { OrderViewer } from './get-order-detail';
import { lockShopperOrder, shopperActor } from './shopper-order-access';
import { transitionOrder } from './transition-order';

/** Before dispatch: once the order is ready to leave, only the store can stop it. */
export const SHOPPER_CANCELLABLE: readonly OrderStatus[] = [
  'pending_payment',
  'payment_failed',
  'paid',
  'preparing',
];

/**
 * The shopper cancels their own order before dispatch: holds are released and sold stock goes
 * back (one transaction, order row locked, then the transition table), and whatever was captured
 * is refunded in full through the gateway after commit, keyed by the order so a retry refunds
 * once. A payment that confirms later for the cancelled order is refunded by the late-payment path.
 */
export async function cancelOrderByShopper(
  db: Database,
  gateway: PaymentGateway,
  number: string,
  viewer: OrderViewer,
): Promise<{ refundedCents: number }> {
  const actor = shopperActor(viewer);
  const orderId = await db.transaction(async (tx) => {
    const order = await lockShopperOrder(tx, number, viewer);
    if (!SHOPPER_CANCELLABLE.includes(order.status)) {
      throw new AppError('conflict', `An order cannot move from ${order.status} to cancelled.`, {
        details: { from: order.status, to: 'cancelled' },
      });
    }
    await releaseOrderStock(tx, order.id, actor, 'cancelled by the shopper');
    await restockOrder(tx, order.id, actor, 'cancelled by the shopper');
    await transitionOrder(tx, {
      orderId: order.id,
      to: 'cancelled',
      actor,
      reason: 'cancelled by the shopper before dispatch',
    });
    return order.id;
  });
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.status, 'succeeded')))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  if (!payment?.gatewayReference || payment.gateway !== gateway.name) return { refundedCents: 0 };
  const amount = payment.amountCents - payment.refundedCents;
  const result = await gateway.refund({
    reference: payment.gatewayReference,
    amountCents: amount,
    idempotencyKey: `shopper-cancel-${orderId}`,
  });
  if (result.status !== 'succeeded') return { refundedCents: 0 };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(payments)
      .set({ status: 'refunded', refundedCents: payment.amountCents, updatedAt: new Date() })
      .where(and(eq(payments.id, payment.id), lt(payments.refundedCents, payment.amountCents)))
      .returning({ id: payments.id });
    if (updated.length === 0) return;
    await transitionOrder(tx, {
      orderId,
      to: 'refunded',
      actor: `gateway:${gateway.name}`,
      reason: 'refunded in full after the shopper cancelled',
    });
  });
  return { refundedCents: amount };
}
