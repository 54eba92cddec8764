import 'server-only';
import type { AdminContext } from '@/lib/admin/admin-context';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { moveOrderAudited, refundRemainder } from './audited-move';
import { requireOrderAdmin } from './order-admin-access';
import { acceptReturnSchema, declineReturnSchema } from './order-form-schemas';
import type { RefundResult } from './refund-order';

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
  await moveOrderAudited(admin, ctx, {
    orderId: input.orderId,
    to: 'returned',
    action: 'order.return_accept',
    reason: `return accepted by ${admin.email}`,
  });
  const refund = await refundRemainder(
    admin,
    {
      orderId: input.orderId,
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
  await moveOrderAudited(admin, ctx, {
    orderId: input.orderId,
    to: 'delivered',
    action: 'order.return_decline',
    reason: input.reason,
    auditReason: input.reason,
    beforeMove: async (_tx, from) => {
      if (from !== 'return_requested') {
        throw new AppError('conflict', `An order in ${from} has no return to decline.`, {
          details: { from, to: 'delivered' },
        });
      }
    },
  });
}
