import 'server-only';
import type { OrderStatus } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit, type Transaction } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { lockExistingOrder } from '@/lib/orders/lock-order';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { getAdminOrder } from './get-admin-order';
import { actorTag } from './order-admin-access';
import { refundOrder, type RefundResult } from './refund-order';

export type AuditedMove = {
  orderId: string;
  to: OrderStatus;
  /** The audit action, e.g. `order.cancel`. */
  action: string;
  /** The reason on the order event. */
  reason: string;
  /** The admin's own reason, kept in the audit's `after` next to the status (left out if none). */
  auditReason?: string;
  /**
   * Runs under the order's lock before the move: refuses it (throws) or does its stock work
   * (release holds, restock), so the move, its stock and its audit row commit together.
   */
  beforeMove?: (tx: Transaction, from: OrderStatus) => Promise<void>;
};

/**
 * An admin's order move in one transaction: lock the order, `beforeMove`, the transition (which
 * records the event and does the table's own side effects, e.g. restocking a return), then the
 * audit row (before: the locked status; after: the new one and the admin's reason).
 */
export async function moveOrderAudited(
  admin: Actor,
  ctx: AdminContext,
  move: AuditedMove,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    const from = await lockExistingOrder(tx, move.orderId);
    await move.beforeMove?.(tx, from);
    await transitionOrder(tx, {
      orderId: move.orderId,
      to: move.to,
      actor: actorTag(admin),
      reason: move.reason,
    });
    await recordAudit(tx, {
      actor: admin,
      action: move.action,
      entity: 'order',
      entityId: move.orderId,
      before: { status: from },
      after:
        move.auditReason === undefined
          ? { status: move.to }
          : { status: move.to, reason: move.auditReason },
      ip: ctx.ip,
    });
  });
}

/**
 * After a cancel or an accepted return: refunds in full whatever is still refundable, through
 * the refund path (its own lock, audit and idempotency key). Null when nothing is left to refund.
 */
export async function refundRemainder(
  admin: Actor,
  refund: { orderId: string; reason: string; idempotencyKey: string },
  ctx: AdminContext,
  gateway?: PaymentGateway,
): Promise<RefundResult | null> {
  const detail = await getAdminOrder(getDb(), refund.orderId);
  if (!detail || detail.refundable === 0) return null;
  return refundOrder(
    admin,
    { ...refund, amount: (detail.refundable / 100).toFixed(2) },
    ctx,
    gateway,
  );
}
