import 'server-only';
import type { OrderStatus } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { transitionOrder } from '@/lib/orders/transition-order';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { moveOrderSchema } from './order-form-schemas';
import { lockExistingOrder } from '@/lib/orders/lock-order';

/** A manual move along the transition table; anything else is a 409. Audited. */
export async function moveOrderStatus(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<OrderStatus> {
  const admin = requireOrderAdmin(actor);
  const input = moveOrderSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const current = await lockExistingOrder(tx, input.orderId);
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
      before: { status: current },
      after: { status: input.to },
      ip: ctx.ip,
    });
    return input.to;
  });
}
