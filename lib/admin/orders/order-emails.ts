import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { orderEmailOutbox } from '@/db/schema';
import type { AdminContext } from '@/lib/admin/admin-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/actor';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requireOrderAdmin } from './order-admin-access';
import { resendEmailSchema } from './order-form-schemas';

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
  const admin = requireOrderAdmin(actor);
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
