import 'server-only';
import { eq } from 'drizzle-orm';
import {
  orderInstallments,
  orders,
  paymentInstructions,
  payments,
  users,
  type PaymentStatus,
} from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { applyPaymentStatus } from './apply-payment-status';
import type { ChargeOutcome, PaymentGateway } from './gateway';
import { refundUnfulfillable } from './refund-unfulfillable';

export type StartedPayment = {
  paymentId: string;
  status: PaymentStatus;
  charged: boolean;
  outcome?: ChargeOutcome;
};

/**
 * Charges a pending order once. The payment row is inserted first under a unique "one live
 * payment per order" index: of any number of concurrent confirms exactly one inserts and charges;
 * the others get the existing payment back. The gateway result then goes through the same
 * applyPaymentStatus path webhooks use.
 */
export async function startPayment(
  db: Database,
  gateway: PaymentGateway,
  input: { orderId: string; token: string | null; actor: string },
): Promise<StartedPayment> {
  const claimed = await db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw new AppError('not_found', 'Order not found.');
    const [live] = await tx.select().from(payments).where(eq(payments.orderId, order.id));
    if (live && live.status !== 'failed') return { order, plan: null, created: null, live };
    if (order.status !== 'pending_payment') {
      throw new AppError('conflict', 'This order is no longer awaiting payment.');
    }
    // With interest the card pays the installment plan's total, not the order total.
    const [plan] = await tx
      .select()
      .from(orderInstallments)
      .where(eq(orderInstallments.orderId, order.id));
    const [created] = await tx
      .insert(payments)
      .values({
        orderId: order.id,
        gateway: gateway.name,
        method: order.paymentMethod,
        amountCents: plan?.totalCents ?? order.totalCents,
        currency: order.currency,
      })
      .returning();
    return { order, plan: plan ?? null, created: created!, live: null };
  });
  const { order, plan, created, live } = claimed;
  if (!created) return { paymentId: live!.id, status: live!.status, charged: false };
  const outcome = await gateway.charge({
    idempotencyKey: created.id,
    amountCents: created.amountCents,
    currency: order.currency,
    method: order.paymentMethod,
    installments: plan?.count ?? 1,
    customer: { name: order.address.recipient, email: await buyerEmail(db, order) },
    token: input.token,
    description: `Loja ${order.number}`,
    expiresAt: order.reservedUntil,
  });
  const actor = `gateway:${gateway.name}`;
  const applied = await db.transaction(async (tx) => {
    // Record the reference even while pending so webhooks can find the payment.
    await tx
      .update(payments)
      .set({ gatewayReference: outcome.reference })
      .where(eq(payments.id, created.id));
    if (outcome.pix || outcome.boleto) {
      const expires = outcome.pix?.expiresAt || outcome.boleto?.dueAt;
      await tx
        .insert(paymentInstructions)
        .values({
          paymentId: created.id,
          pixCode: outcome.pix?.code ?? null,
          pixImageUrl: outcome.pix?.imageUrl ?? null,
          boletoLine: outcome.boleto?.typableLine ?? null,
          boletoPdfUrl: outcome.boleto?.pdfUrl ?? null,
          expiresAt: expires && !Number.isNaN(Date.parse(expires)) ? new Date(expires) : null,
        })
        .onConflictDoNothing();
    }
    return applyPaymentStatus(tx, {
      gateway: gateway.name,
      paymentId: created.id,
      reference: outcome.reference,
      status: outcome.status,
      actor,
      reason: outcome.failureCode ? `payment declined (${outcome.failureCode})` : undefined,
    });
  });
  if (applied.refundNeeded) await refundUnfulfillable(db, gateway, created.id, actor);
  return { paymentId: created.id, status: outcome.status, charged: true, outcome };
}

async function buyerEmail(
  db: Database,
  order: { userId: string | null; guestEmail: string | null },
): Promise<string> {
  if (order.guestEmail || !order.userId) return order.guestEmail ?? '';
  const [user] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, order.userId));
  return user?.email ?? '';
}
