import 'server-only';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { getAdminOrder } from './get-admin-order';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { acceptReturnSchema, declineReturnSchema } from './order-form-schemas';
import { refundOrder, type RefundResult } from './refund-order';
import { lockExistingOrder } from '@/lib/orders/lock-order';

/** One refund per accepted return, whoever clicks and however often. */
export const returnRefundKey = (orderId: string) => `return-${orderId}`;

/**
 * Accepts a requested return: return_requested → returned under the order's lock (the move
 * restocks the sold items with a ledger movement, see transitionOrder), audited in the same
 * transaction; then refunds what is still refundable through the existing refund path, keyed by
 * the order so it is paid once. A second accept finds the order returned: 409, nothing twice.
 * A refused gateway refund leaves the order returned with the refund form still offered.
 */
export async function acceptReturn(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
  gateway?: PaymentGateway,
): Promise<{ refund: RefundResult | null }> {
  const admin = requireOrderAdmin(actor);
  const input = acceptReturnSchema.parse(raw);
  await getDb().transaction(async (tx) => {
    const from = await lockExistingOrder(tx, input.orderId);
    await transitionOrder(tx, {
      orderId: input.orderId,
      to: 'returned',
      actor: actorTag(admin),
      reason: `return accepted by ${admin.email}`,
    });
    await recordAudit(tx, {
      actor: admin,
      action: 'order.return_accept',
      entity: 'order',
      entityId: input.orderId,
      before: { status: from },
      after: { status: 'returned' },
      ip: ctx.ip,
    });
  });
  const detail = await getAdminOrder(getDb(), input.orderId);
  if (!detail || detail.refundable === 0) return { refund: null };
  const refund = await refundOrder(
    admin,
    {
      orderId: input.orderId,
      amount: (detail.refundable / 100).toFixed(2),
      reason: 'return accepted',
      idempotencyKey: returnRefundKey(input.orderId),
    },
    ctx,
    gateway,
  );
  return { refund };
}

/**
 * Declines a requested return: back to delivered (the only other move the table allows), the
 * reason kept on the event, where the outbox trigger picks it up for the shopper's e-mail.
 */
export async function declineReturn(actor: Actor | null, raw: unknown, ctx: AdminContext = {}) {
  const admin = requireOrderAdmin(actor);
  const input = declineReturnSchema.parse(raw);
  await getDb().transaction(async (tx) => {
    const from = await lockExistingOrder(tx, input.orderId);
    if (from !== 'return_requested') {
      throw new AppError('conflict', `An order in ${from} has no return to decline.`, {
        details: { from, to: 'delivered' },
      });
    }
    await transitionOrder(tx, {
      orderId: input.orderId,
      to: 'delivered',
      actor: actorTag(admin),
      reason: input.reason,
    });
    await recordAudit(tx, {
      actor: admin,
      action: 'order.return_decline',
      entity: 'order',
      entityId: input.orderId,
      before: { status: from },
      after: { status: 'delivered', reason: input.reason },
      ip: ctx.ip,
    });
  });
}
