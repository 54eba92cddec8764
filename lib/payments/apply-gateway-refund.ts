import 'server-only';
import { and, eq } from 'drizzle-orm';
import { payments, webhookEvents } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { canTransition } from '@/lib/orders/order-transitions';
import { transitionOrder } from '@/lib/orders/transition-order';
import { lockOrderStatus } from '@/lib/orders/lock-order';

export type GatewayRefundEvent = {
  gateway: string;
  eventId: string;
  type: string;
  reference: string;
  /** The gateway's cumulative refunded amount for this payment (not this refund's amount). */
  refundedCents: number;
};

/**
 * A refund reported by the gateway (made in its dashboard, or the echo of one Loja made). The
 * amount is cumulative and only ever raises what we recorded, so the echo of our own refund, a
 * redelivery or an out-of-order older event changes nothing. The order follows when its state
 * allows (paid → partially_refunded / refunded, …); otherwise only the payment records it.
 */
export async function applyGatewayRefund(
  db: Executor,
  event: GatewayRefundEvent,
): Promise<'processed' | 'duplicate' | 'unknown_payment' | 'unchanged'> {
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(webhookEvents)
      .values({ gateway: event.gateway, eventId: event.eventId, type: event.type })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (!stored) return 'duplicate';
    const [payment] = await tx
      .select()
      .from(payments)
      .where(
        and(eq(payments.gateway, event.gateway), eq(payments.gatewayReference, event.reference)),
      )
      .for('update');
    if (!payment) return 'unknown_payment';
    const refunded = Math.min(event.refundedCents, payment.amountCents);
    if (refunded <= payment.refundedCents) return 'unchanged';
    const full = refunded >= payment.amountCents;
    await tx
      .update(payments)
      .set({
        refundedCents: refunded,
        status: full ? 'refunded' : payment.status,
        updatedAt: new Date(),
      })
      .where(eq(payments.id, payment.id));
    const status = await lockOrderStatus(tx, payment.orderId);
    const to = full ? 'refunded' : 'partially_refunded';
    if (status && status !== to && canTransition(status, to)) {
      await transitionOrder(tx, {
        orderId: payment.orderId,
        to,
        actor: `gateway:${event.gateway}`,
        reason: `refund reported by the gateway (${event.type})`,
      });
    }
    return 'processed';
  });
}
