import 'server-only';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { releaseOrderStock } from '@/lib/inventory/release-order-stock';
import { restockOrder } from '@/lib/inventory/restock-order';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { CANCELLABLE } from './allowed-actions';
import { getAdminOrder } from './get-admin-order';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { cancelOrderSchema } from './order-form-schemas';
import { refundOrder } from './refund-order';
import { lockExistingOrder } from '@/lib/orders/lock-order';

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
  await getDb().transaction(async (tx) => {
    const current = await lockExistingOrder(tx, input.orderId);
    if (!CANCELLABLE.has(current)) {
      throw new AppError('conflict', `An order cannot move from ${current} to cancelled.`, {
        details: { from: current, to: 'cancelled' },
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
      before: { status: current },
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
