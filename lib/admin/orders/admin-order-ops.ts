import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  orderEvents,
  orderLines,
  orderEmailOutbox,
  orderNotes,
  orderRefunds,
  orders,
  payments,
  users,
  type OrderStatus,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getLogger } from '@/lib/log';
import { ORDER_TRANSITIONS, canTransition } from '@/lib/orders/order-transitions';
import { transitionOrder } from '@/lib/orders/transition-order';
import { releaseOrderStock } from '@/lib/inventory/release-order-stock';
import { restockOrder } from '@/lib/inventory/restock-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { getPaymentGateway } from '@/lib/payments/get-payment-gateway';

export type AdminContext = { ip?: string | null };

/**
 * Moves an admin makes by hand from the order page. Payment states are the gateway's; cancel and
 * refunds have their own operations because they carry side effects (stock, money).
 */
export const MANUAL_MOVES = [
  'preparing',
  'ready_for_dispatch',
  'out_for_delivery',
  'delivered',
  'return_requested',
  'returned',
] as const satisfies readonly OrderStatus[];
export type ManualMove = (typeof MANUAL_MOVES)[number];

const CANCELLABLE = new Set<OrderStatus>([
  'pending_payment',
  'payment_failed',
  'paid',
  'preparing',
]);

/** The buttons the order page shows: only the table's moves from the current status. */
export function allowedActions(status: OrderStatus) {
  const next = ORDER_TRANSITIONS[status];
  return {
    moves: MANUAL_MOVES.filter((to) => next.includes(to)),
    cancel: CANCELLABLE.has(status) && next.includes('cancelled'),
    refund:
      next.includes('refunded') ||
      next.includes('partially_refunded') ||
      status === 'partially_refunded',
  };
}

const uuid = z.uuid('invalid');
const orderActor = (actor: Actor | null) =>
  assertAllowed(actor, { roles: ['admin'], permission: 'orders' });
const actorTag = (actor: Actor) => `user:${actor.userId}`;

/** Everything the admin order page shows. */
export async function getAdminOrder(db: Executor, orderId: string) {
  if (!uuid.safeParse(orderId).success) return null;
  const [row] = await db
    .select({ order: orders, userEmail: users.email, userName: users.name })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId));
  if (!row) return null;
  const [lines, events, paymentRows, refunds, notes] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, orderId)),
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(asc(orderEvents.at)),
    db
      .select()
      .from(payments)
      .where(eq(payments.orderId, orderId))
      .orderBy(asc(payments.createdAt)),
    db
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.orderId, orderId))
      .orderBy(asc(orderRefunds.createdAt)),
    db
      .select()
      .from(orderNotes)
      .where(eq(orderNotes.orderId, orderId))
      .orderBy(desc(orderNotes.createdAt)),
  ]);
  const payment = paymentRows.findLast((p) => p.status !== 'failed') ?? paymentRows.at(-1) ?? null;
  const reserved = refunds
    .filter((r) => r.status !== 'failed' && r.paymentId === payment?.id)
    .reduce((sum, r) => sum + r.amountCents, 0);
  const captured =
    payment && (payment.status === 'succeeded' || payment.status === 'refunded')
      ? payment.amountCents
      : 0;
  return {
    order: row.order,
    customer: {
      email: row.userEmail ?? row.order.guestEmail,
      name: row.userName,
      userId: row.order.userId,
    },
    lines,
    events,
    payments: paymentRows,
    payment,
    refunds,
    notes,
    refundable: Math.max(0, captured - Math.max(reserved, payment?.refundedCents ?? 0)),
    actions: allowedActions(row.order.status),
  };
}
export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;

export const moveOrderSchema = z.object({
  orderId: uuid,
  to: z.enum(MANUAL_MOVES, 'invalid'),
  reason: z.string().trim().max(500, 'too_long').default(''),
});

/** A manual move along the transition table; anything else is a 409. Audited. */
export async function moveOrderStatus(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<OrderStatus> {
  const admin = orderActor(actor);
  const input = moveOrderSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const [order] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw new AppError('not_found', 'Order not found.');
    await transitionOrder(tx, {
      orderId: input.orderId,
      to: input.to,
      actor: actorTag(admin),
      reason: input.reason || `moved by ${admin.email}`,
    });
    await recordAudit(tx, {
      actor: admin,
      action: 'order.transition',
      entity: 'order',
      entityId: input.orderId,
      before: { status: order.status },
      after: { status: input.to },
      ip: ctx.ip,
    });
    return input.to;
  });
}

export const cancelOrderSchema = z.object({
  orderId: uuid,
  reason: z.string().trim().min(3, 'too_short').max(500, 'too_long'),
});

/**
 * Cancels an order: holds are released, sold stock goes back on hand, and whatever was captured
 * is refunded in full through the gateway. Audited.
 */
export async function cancelOrder(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
  gateway?: PaymentGateway,
): Promise<{ refundedCents: number }> {
  const admin = orderActor(actor);
  const input = cancelOrderSchema.parse(raw);
  await getDb().transaction(async (tx) => {
    const [order] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw new AppError('not_found', 'Order not found.');
    if (!CANCELLABLE.has(order.status)) {
      throw new AppError('conflict', `An order cannot move from ${order.status} to cancelled.`, {
        details: { from: order.status, to: 'cancelled' },
      });
    }
    await releaseOrderStock(tx, input.orderId, actorTag(admin), 'order cancelled');
    await restockOrder(tx, input.orderId, actorTag(admin), 'order cancelled');
    await transitionOrder(tx, {
      orderId: input.orderId,
      to: 'cancelled',
      actor: actorTag(admin),
      reason: input.reason,
    });
    await recordAudit(tx, {
      actor: admin,
      action: 'order.cancel',
      entity: 'order',
      entityId: input.orderId,
      before: { status: order.status },
      after: { status: 'cancelled', reason: input.reason },
      ip: ctx.ip,
    });
  });
  const detail = await getAdminOrder(getDb(), input.orderId);
  if (!detail || detail.refundable === 0) return { refundedCents: 0 };
  const refund = await refundOrder(
    admin,
    {
      orderId: input.orderId,
      amount: (detail.refundable / 100).toFixed(2),
      reason: input.reason,
      idempotencyKey: `cancel-${input.orderId}`,
    },
    ctx,
    gateway,
  );
  return { refundedCents: refund.status === 'succeeded' ? refund.amountCents : 0 };
}

/** Reais as typed in the form, "12,50", "12.50" or "12" → centavos. */
export const moneyInput = z
  .string()
  .trim()
  .regex(/^\d{1,9}([.,]\d{1,2})?$/, 'invalid_amount')
  .transform((v) => {
    const [whole = '0', frac = ''] = v.replace(',', '.').split('.');
    return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  })
  .pipe(z.number().int().positive('invalid_amount'));

export const refundOrderSchema = z.object({
  orderId: uuid,
  amount: moneyInput,
  reason: z.string().trim().min(3, 'too_short').max(500, 'too_long'),
  /** From the form (one per render), so a double submit refunds once. */
  idempotencyKey: z.string().min(8, 'invalid').max(100, 'invalid'),
});

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
  const admin = orderActor(actor);
  const input = refundOrderSchema.parse(raw);
  const db = getDb();
  const prepared = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.idempotencyKey, input.idempotencyKey));
    if (existing) return { replay: existing };
    const [order] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw new AppError('not_found', 'Order not found.');
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
    const stays = order.status === 'partially_refunded' && target === 'partially_refunded';
    if (!stays && !canTransition(order.status, target)) {
      throw new AppError('conflict', `An order cannot move from ${order.status} to ${target}.`, {
        details: { from: order.status, to: target },
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
    const [order] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, refund.orderId))
      .for('update');
    await tx
      .update(orderRefunds)
      .set({ status: outcome, updatedAt: new Date() })
      .where(eq(orderRefunds.id, refund.id));
    let statusAfter = order?.status;
    if (outcome === 'succeeded') {
      const [paid] = await tx
        .update(payments)
        .set({
          refundedCents: sql`${payments.refundedCents} + ${refund.amountCents}`,
          status: sql`case when ${payments.refundedCents} + ${refund.amountCents} >= ${payments.amountCents} then 'refunded' else ${payments.status} end`,
          updatedAt: new Date(),
        })
        .where(eq(payments.id, payment.id))
        .returning({ refundedCents: payments.refundedCents, amountCents: payments.amountCents });
      const target: OrderStatus =
        paid && paid.refundedCents >= paid.amountCents ? 'refunded' : 'partially_refunded';
      if (order && order.status !== target && canTransition(order.status, target)) {
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
      before: { status: order?.status, refundedCents: payment.refundedCents },
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

export const orderNoteSchema = z.object({
  orderId: uuid,
  body: z.string().trim().min(1, 'required').max(2000, 'too_long'),
});

/** An internal note on the order (staff only). Audited. */
export async function addOrderNote(actor: Actor | null, raw: unknown, ctx: AdminContext = {}) {
  const admin = orderActor(actor);
  const input = orderNoteSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.id, input.orderId));
    if (!order) throw new AppError('not_found', 'Order not found.');
    const [note] = await tx
      .insert(orderNotes)
      .values({
        orderId: input.orderId,
        authorId: admin.userId,
        authorEmail: admin.email,
        body: input.body,
      })
      .returning();
    await recordAudit(tx, {
      actor: admin,
      action: 'order.note',
      entity: 'order',
      entityId: input.orderId,
      after: { note: input.body },
      ip: ctx.ip,
    });
    return note!;
  });
}

export const resendEmailSchema = z.object({
  orderId: uuid,
  emailId: z.coerce.number().int().positive('invalid'),
});

/** The order's e-mails from the outbox (kind, state), for the order page. */
export async function listOrderEmails(db: Executor, orderId: string) {
  return db
    .select({
      id: orderEmailOutbox.id,
      kind: orderEmailOutbox.kind,
      status: orderEmailOutbox.status,
      sentAt: orderEmailOutbox.sentAt,
      createdAt: orderEmailOutbox.createdAt,
    })
    .from(orderEmailOutbox)
    .where(eq(orderEmailOutbox.orderId, orderId))
    .orderBy(asc(orderEmailOutbox.id));
}

/**
 * Queues one of the order's e-mails again (the outbox row goes back to pending, attempts reset);
 * the caller triggers delivery after commit. Audited.
 */
export async function resendOrderEmail(actor: Actor | null, raw: unknown, ctx: AdminContext = {}) {
  const admin = orderActor(actor);
  const input = resendEmailSchema.parse(raw);
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(orderEmailOutbox)
      .set({ status: 'pending', attempts: 0, lastError: null })
      .where(
        and(eq(orderEmailOutbox.id, input.emailId), eq(orderEmailOutbox.orderId, input.orderId)),
      )
      .returning({ kind: orderEmailOutbox.kind });
    if (!row) throw new AppError('not_found', 'No such e-mail for this order.');
    await recordAudit(tx, {
      actor: admin,
      action: 'order.resend_email',
      entity: 'order',
      entityId: input.orderId,
      after: { email: row.kind },
      ip: ctx.ip,
    });
  });
}
