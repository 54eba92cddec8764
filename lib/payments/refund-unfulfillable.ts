import 'server-only';
import { and, eq } from 'drizzle-orm';
import { orders, payments } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from './gateway';

/**
 * A payment that confirmed after its reservation lapsed and found no stock is refunded in full
 * automatically; the order moves to refunded so the shopper's timeline says why.
 */
export async function refundUnfulfillable(
  db: Database,
  gateway: PaymentGateway,
  paymentId: string,
  actor: string,
): Promise<void> {
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment?.gatewayReference || payment.status !== 'succeeded') return;
  const result = await gateway.refund({
    reference: payment.gatewayReference,
    amountCents: payment.amountCents,
    idempotencyKey: `refund-${payment.id}`,
  });
  if (result.status !== 'succeeded') return;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(payments)
      .set({ status: 'refunded', refundedCents: payment.amountCents, updatedAt: new Date() })
      .where(and(eq(payments.id, payment.id), eq(payments.status, 'succeeded')))
      .returning({ id: payments.id });
    if (updated.length === 0) return;
    const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId));
    if (order && (order.status === 'expired' || order.status === 'cancelled')) {
      await transitionOrder(tx, {
        orderId: order.id,
        to: 'refunded',
        actor,
        reason: 'payment arrived after the reservation expired and the stock was gone; refunded',
      });
    }
  });
}
