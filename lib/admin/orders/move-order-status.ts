import 'server-only';
import { eq } from 'drizzle-orm';
import { orders, type OrderStatus } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { transitionOrder } from '@/lib/orders/transition-order';
import { actorTag, requireOrderAdmin } from './order-admin-access';
import { moveOrderSchema } from './order-form-schemas';

/** A manual move along the transition table; anything else is a 409. Audited. */
export async function moveOrderStatus(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<OrderStatus> {
  const admin = requireOrderAdmin(actor);
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
