import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { orderRefunds, payments, type OrderStatus } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getLogger } from '@/lib/log';
import { canTransition } from '@/lib/orders/order-transitions';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { getPaymentGateway } from '@/lib/payments/get-payment-gateway';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { refundOrderSchema } from './order-form-schemas';
import { lockExistingOrder, lockOrderStatus } from '@/lib/orders/lock-order';

function amountError(message: string, input: unknown) {
  return new z.ZodError([{ code: 'custom', path: ['amount'], message, input }]);
}

export type RefundResult = {
  id: string;
  status: 'pending' | 'succeeded' | 'failed';
  amountCents: number;
};

/**
 * A full or partial refund through the gateway that captured the payment. The refund row is
 * written (pending) under the payment's lock before the gateway call, so concurrent or repeated
 * submits can never refund more than was captured; the same idempotency key returns the first
 * result. On success the order moves to partially_refunded or refunded. Audited either way.
 */
export async function refundOrder(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
  gatewayOverride?: PaymentGateway,
): Promise<RefundResult> {
  const admin = requireOrderAdmin(actor);
  const input = refundOrderSchema.parse(raw);
  const db = getDb();
  const prepared = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.idempotencyKey, input.idempotencyKey));
    if (existing) return { replay: existing };
    const current = await lockExistingOrder(tx, input.orderId);
    const [payment] = await tx
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.orderId, input.orderId),
          inArray(payments.status, ['succeeded', 'refunded']),
        ),
      )
      .orderBy(desc(payments.createdAt))
      .limit(1)
      .for('update');
    if (!payment?.gatewayReference) {
      throw new AppError('conflict', 'This order has no captured payment to refund.');
    }
    const [{ reserved = 0 } = {}] = await tx
      .select({ reserved: sql<number>`coalesce(sum(${orderRefunds.amountCents}), 0)::int` })
      .from(orderRefunds)
      .where(
        and(
          eq(orderRefunds.paymentId, payment.id),
          inArray(orderRefunds.status, ['pending', 'succeeded']),
        ),
      );
    const used = Math.max(reserved, payment.refundedCents);
    const remaining = payment.amountCents - used;
    if (input.amount > remaining) throw amountError('exceeds_refundable', input.amount);
    const target: OrderStatus =
      used + input.amount === payment.amountCents ? 'refunded' : 'partially_refunded';
    const stays = current === 'partially_refunded' && target === 'partially_refunded';
    if (!stays && !canTransition(current, target)) {
      throw new AppError('conflict', `An order cannot move from ${current} to ${target}.`, {
        details: { from: current, to: target },
      });
    }
    const [refund] = await tx
      .insert(orderRefunds)
      .values({
        orderId: input.orderId,
        paymentId: payment.id,
        amountCents: input.amount,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
        actorId: admin.userId,
      })
      .returning();
    return { refund: refund!, payment };
  });
  if (prepared.replay) {
    const r = prepared.replay;
    return { id: r.id, status: r.status, amountCents: r.amountCents };
  }
  const { refund, payment } = prepared;
  if (!refund || !payment) throw new Error('refund was not prepared');
  let outcome: 'succeeded' | 'failed' = 'failed';
  try {
    const gateway = gatewayOverride ?? getPaymentGateway();
    if (gateway.name !== payment.gateway) {
      throw new AppError('service_unavailable', `Payment was captured by ${payment.gateway}.`);
    }
    outcome = (
      await gateway.refund({
        reference: payment.gatewayReference!,
        amountCents: refund.amountCents,
        idempotencyKey: `admin-refund-${refund.id}`,
      })
    ).status;
  } catch (error) {
    getLogger().warn({ err: error, refundId: refund.id }, 'gateway refund failed');
  }
  await db.transaction(async (tx) => {
    const before = await lockOrderStatus(tx, refund.orderId);
    await tx
      .update(orderRefunds)
      .set({ status: outcome, updatedAt: new Date() })
      .where(eq(orderRefunds.id, refund.id));
    let statusAfter = before;
    if (outcome === 'succeeded') {
      // The gateway's webhook for this refund may have landed first and already raised the
      // cumulative amount (applyGatewayRefund), so never add on top of it. Each term is a lower
      // bound of what the gateway has refunded: the current figure, every admin refund that
      // succeeded (this one included; concurrent ones too), and what was refunded when this one
      // was prepared plus this one. The largest is recorded; a later webhook only raises it.
      const succeededSum = sql`(select coalesce(sum(r.amount_cents), 0) from ${orderRefunds} r
        where r.payment_id = ${payment.id} and r.status = 'succeeded')::int`;
      const raised = sql`least(${payments.amountCents}, greatest(${payments.refundedCents}, ${succeededSum}, ${payment.refundedCents + refund.amountCents}::int))`;
      const [paid] = await tx
        .update(payments)
        .set({
          refundedCents: raised,
          status: sql`case when ${raised} >= ${payments.amountCents} then 'refunded' else ${payments.status} end`,
          updatedAt: new Date(),
        })
        .where(eq(payments.id, payment.id))
        .returning({ refundedCents: payments.refundedCents, amountCents: payments.amountCents });
      const target: OrderStatus =
        paid && paid.refundedCents >= paid.amountCents ? 'refunded' : 'partially_refunded';
      if (before && before !== target && canTransition(before, target)) {
        statusAfter = await transitionOrder(tx, {
          orderId: refund.orderId,
          to: target,
          actor: actorTag(admin),
          reason: `refund of ${refund.amountCents} ${payment.currency}: ${refund.reason}`,
        });
      }
    }
    await recordAudit(tx, {
      actor: admin,
      action: outcome === 'succeeded' ? 'order.refund' : 'order.refund_failed',
      entity: 'order',
      entityId: refund.orderId,
      before: { status: before, refundedCents: payment.refundedCents },
      after: {
        status: statusAfter,
        refundedCents: payment.refundedCents + (outcome === 'succeeded' ? refund.amountCents : 0),
        refundAmountCents: refund.amountCents,
        refundReason: refund.reason,
      },
      ip: ctx.ip,
    });
  });
  return { id: refund.id, status: outcome, amountCents: refund.amountCents };
}
