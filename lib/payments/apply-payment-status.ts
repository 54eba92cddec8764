import 'server-only';
import { and, eq } from 'drizzle-orm';
import { payments, type PaymentStatus } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { failOrderPayment } from '@/lib/orders/fail-order-payment';
import { markOrderPaid } from '@/lib/orders/mark-order-paid';

/** Later facts win whatever order they arrive in: a success is never undone by a stale pending. */
const RANK: Record<PaymentStatus, number> = {
  pending: 0,
  requires_action: 1,
  failed: 2,
  succeeded: 3,
  refunded: 4,
};

export type PaymentStatusUpdate = {
  gateway: string;
  /** Our payment id (confirm step) or the gateway's reference (webhooks). */
  paymentId?: string;
  reference: string;
  status: Exclude<PaymentStatus, 'refunded'>;
  actor: string;
  reason?: string;
};

export type AppliedPayment = {
  found: boolean;
  paymentId?: string;
  orderId?: string;
  changed: boolean;
  /** The payment succeeded but the order could not take the stock: refund it after commit. */
  refundNeeded: boolean;
};

/**
 * The shared path for the confirm step and every webhook, inside the caller's transaction: locks
 * the payment, moves its status forward only, and applies the effect on the order once.
 */
export async function applyPaymentStatus(
  tx: Executor,
  update: PaymentStatusUpdate,
): Promise<AppliedPayment> {
  const where = update.paymentId
    ? eq(payments.id, update.paymentId)
    : and(eq(payments.gateway, update.gateway), eq(payments.gatewayReference, update.reference));
  const [payment] = await tx.select().from(payments).where(where).for('update');
  if (!payment) return { found: false, changed: false, refundNeeded: false };
  const base = { found: true, paymentId: payment.id, orderId: payment.orderId };
  if (RANK[update.status] <= RANK[payment.status]) {
    return { ...base, changed: false, refundNeeded: false };
  }
  await tx
    .update(payments)
    .set({ status: update.status, gatewayReference: update.reference, updatedAt: new Date() })
    .where(eq(payments.id, payment.id));
  let refundNeeded = false;
  if (update.status === 'succeeded') {
    refundNeeded = (await markOrderPaid(tx, payment.orderId, update.actor)) === 'no_stock';
  } else if (update.status === 'failed') {
    await failOrderPayment(tx, payment.orderId, update.actor, update.reason ?? 'payment failed');
  }
  return { ...base, changed: true, refundNeeded };
}
