import 'server-only';
import type { OrderStatus } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import type { Actor } from '@/lib/auth/actor';
import { moveOrderAudited } from './audited-move';
import { requireOrderAdmin } from './order-admin-access';
import { moveOrderSchema } from './order-form-schemas';

/** A manual move along the transition table; anything else is a 409. Audited. */
export async function moveOrderStatus(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<OrderStatus> {
  const admin = requireOrderAdmin(actor);
  const input = moveOrderSchema.parse(raw);
  await moveOrderAudited(admin, ctx, {
    orderId: input.orderId,
    to: input.to,
    action: 'order.transition',
    reason: input.reason || `moved by ${admin.email}`,
  });
  return input.to;
}
