import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { orderEvents, orderLines, orders, paymentInstructions, payments } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { findCarrierDisplay } from '@/lib/logistics/carriers/carrier-admin';
import { SANDBOX_GATEWAY, sandboxPixCode } from '@/lib/payments/sandbox-gateway';

/** Who is looking: a signed-in user and/or the orders this browser placed or looked up. */
export type OrderViewer = { userId: string | null; orderIds: readonly string[] };

/**
 * An order with lines, timeline and payment, or null when it does not exist or the viewer may not
 * see it (the two are indistinguishable on purpose).
 */
export async function getOrderDetail(db: Executor, number: string, viewer: OrderViewer) {
  const [order] = await db.select().from(orders).where(eq(orders.number, number));
  if (!order) return null;
  const mine = order.userId !== null && order.userId === viewer.userId;
  if (!mine && !viewer.orderIds.includes(order.id)) return null;
  const [lines, events, paymentRows, carrier] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)),
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.at)),
    db
      .select()
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(asc(payments.createdAt)),
    findCarrierDisplay(db, order.carrier),
  ]);
  const payment = paymentRows.at(-1) ?? null;
  const [instructions] = payment
    ? await db
        .select()
        .from(paymentInstructions)
        .where(eq(paymentInstructions.paymentId, payment.id))
    : [];
  const pixCode =
    instructions?.pixCode ??
    (payment?.gateway === SANDBOX_GATEWAY && payment.method === 'pix' && payment.gatewayReference
      ? sandboxPixCode(payment.gatewayReference, payment.amountCents)
      : null);
  const boleto =
    payment?.method === 'boleto' && instructions?.boletoLine
      ? {
          line: instructions.boletoLine,
          pdfUrl: instructions.boletoPdfUrl,
          dueAt: instructions.expiresAt,
        }
      : null;
  return {
    order,
    lines,
    events: events.map(({ fromStatus, toStatus, reason, at }) => ({
      fromStatus,
      toStatus,
      reason,
      at,
    })),
    payment: payment && {
      status: payment.status,
      method: payment.method,
      reference: payment.gatewayReference,
      amountCents: payment.amountCents,
      refundedCents: payment.refundedCents,
      sandbox: payment.gateway === SANDBOX_GATEWAY,
    },
    pixCode,
    pixImageUrl: instructions?.pixImageUrl ?? null,
    boleto,
    /** The carrier's name and tracking link template; null for an unknown or missing code. */
    carrier,
  };
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
