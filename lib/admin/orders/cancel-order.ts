import 'server-only';
import type { AdminContext } from '@/lib/admin/admin-context';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { releaseOrderStock } from '@/lib/inventory/release-order-stock';
import { restockOrder } from '@/lib/inventory/restock-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { CANCELLABLE } from './allowed-actions';
import { moveOrderAudited, refundRemainder } from './audited-move';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { cancelOrderSchema } from './order-form-schemas';

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
  const admin = requireOrderAdmin(actor);
  const input = cancelOrderSchema.parse(raw);
  await moveOrderAudited(admin, ctx, {
    orderId: input.orderId,
    to: 'cancelled',
    action: 'order.cancel',
    reason: input.reason,
    auditReason: input.reason,
    beforeMove: async (tx, current) => {
      if (!CANCELLABLE.has(current)) {
        throw new AppError('conflict', `An order cannot move from ${current} to cancelled.`, {
          details: { from: current, to: 'cancelled' },
        });
      }
      await releaseOrderStock(tx, input.orderId, actorTag(admin), 'order cancelled');
      await restockOrder(tx, input.orderId, actorTag(admin), 'order cancelled');
    },
  });
  const refund = await refundRemainder(
    admin,
    { orderId: input.orderId, reason: input.reason, idempotencyKey: `cancel-${input.orderId}` },
    ctx,
    gateway,
  );
  return { refundedCents: refund?.status === 'succeeded' ? refund.amountCents : 0 };
}
