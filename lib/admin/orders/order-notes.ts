import 'server-only';
import { eq } from 'drizzle-orm';
import { orderNotes, orders } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requireOrderAdmin } from './order-admin-access';
import { orderNoteSchema } from './order-form-schemas';

/** An internal note on the order (staff only). Audited. */
export async function addOrderNote(actor: Actor | null, raw: unknown, ctx: AdminContext = {}) {
  const admin = requireOrderAdmin(actor);
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
