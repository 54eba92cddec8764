import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { addresses, orders, users } from '@/db/schema';
import { anonymizeUser } from '@/lib/accounts/delete-account';
import { exportUserData } from '@/lib/accounts/export-data';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { recordSecurityEvent } from '@/lib/auth/security-events';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '../keyset';
import type { AdminContext } from '../admin-context';
import { customerIdSchema, deleteCustomerSchema } from './customer-schema';

export { customerIdSchema, deleteCustomerSchema } from './customer-schema';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const customerFiltersSchema = z.object({
  q: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().max(100, 'too_long').optional(),
  ),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
});
export type CustomerFilters = z.output<typeof customerFiltersSchema>;

export type CustomerRow = {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
  blockedAt: Date | null;
  deletedAt: Date | null;
};

const customersActor = (actor: Actor | null) =>
  assertAllowed(actor, { roles: ['admin'], permission: 'customers' });

/**
 * Customers newest first, by keyset on (created_at, id). Search matches a substring of the e-mail
 * or name through a trigram index, so it stays fast on a large customer base.
 */
export async function listCustomers(
  db: Executor,
  filters: CustomerFilters,
  limit = 50,
): Promise<{ rows: CustomerRow[]; nextCursor: string | null }> {
  const cursor = decodeCursor(filters.cursor);
  const where = [sql`role = 'customer'`];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(lower(email) || ' ' || lower(name)) like ${pattern}`);
  }
  if (cursor) where.push(sql`(created_at, id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`);
  const { rows } = await db.execute<{
    id: string;
    email: string;
    name: string;
    created_at: string | Date;
    cursor_at: string;
    blocked_at: string | Date | null;
    deleted_at: string | Date | null;
  }>(sql`
    select id, email, name, created_at, created_at::text as cursor_at, blocked_at, deleted_at
    from users where ${sql.join(where, sql` and `)}
    order by created_at desc, id desc limit ${limit + 1}
  `);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const date = (v: string | Date | null) => (v === null ? null : new Date(v));
  return {
    rows: page.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      createdAt: new Date(r.created_at),
      blockedAt: date(r.blocked_at),
      deletedAt: date(r.deleted_at),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_at, last.id) : null,
  };
}

/** Profile, addresses and latest orders of one customer, or null. */
export async function getCustomer(db: Executor, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      cpf: users.cpf,
      phone: users.phone,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
      blockedAt: users.blockedAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user || user.role !== 'customer') return null;
  const [addressRows, orderRows, [stats]] = await Promise.all([
    db.select().from(addresses).where(eq(addresses.userId, id)),
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        totalCents: orders.totalCents,
        currency: orders.currency,
        createdAt: orders.createdAt,
      })
      .from(orders)
      .where(eq(orders.userId, id))
      .orderBy(desc(orders.createdAt))
      .limit(50),
    db
      .select({
        count: sql<number>`count(*)::int`,
        spentCents: sql<number>`coalesce(sum(${orders.totalCents}) filter (where ${orders.status} not in ('pending_payment','payment_failed','expired','cancelled','refunded')), 0)::bigint`,
      })
      .from(orders)
      .where(eq(orders.userId, id)),
  ]);
  return {
    user,
    addresses: addressRows,
    orders: orderRows,
    orderCount: stats?.count ?? 0,
    spentCents: Number(stats?.spentCents ?? 0),
  };
}

async function lockCustomer(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      email: users.email,
      blockedAt: users.blockedAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.role, 'customer')))
    .for('update');
  if (!row) throw new AppError('not_found', 'No customer with this id.');
  return row;
}

/**
 * Blocks or unblocks a customer. A blocked account cannot sign in and its open sessions and API
 * tokens stop working at once (revoked here; the session loader also refuses blocked accounts).
 */
export async function setCustomerBlocked(
  actor: Actor | null,
  raw: unknown,
  blocked: boolean,
  ctx: AdminContext = {},
): Promise<void> {
  const admin = customersActor(actor);
  const { userId } = customerIdSchema.parse(raw);
  await getDb().transaction(async (tx) => {
    const row = await lockCustomer(tx, userId);
    if (row.deletedAt) throw new AppError('conflict', 'This account was deleted.');
    if (Boolean(row.blockedAt) === blocked) return;
    const blockedAt = blocked ? new Date() : null;
    await tx.update(users).set({ blockedAt, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: admin,
      action: blocked ? 'customer.block' : 'customer.unblock',
      entity: 'user',
      entityId: userId,
      before: { blockedAt: row.blockedAt },
      after: { blockedAt },
      ip: ctx.ip,
    });
  });
  if (blocked) await revokeUserSessions(userId, 'blocked_by_admin');
}

/** LGPD access request answered by staff: the same JSON the customer downloads. Audited. */
export async function exportCustomerData(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
) {
  const admin = customersActor(actor);
  const { userId } = customerIdSchema.parse(raw);
  const db = getDb();
  await lockCustomer(db, userId);
  const data = await exportUserData(userId);
  await recordAudit(db, {
    actor: admin,
    action: 'customer.export',
    entity: 'user',
    entityId: userId,
    ip: ctx.ip,
  });
  await recordSecurityEvent({ type: 'data_exported', userId, detail: { by: admin.userId } });
  return data;
}

/**
 * LGPD erasure on request: personal data anonymised, orders kept (fiscal records), sessions
 * revoked. Audited without copying the personal data into the log.
 */
export async function deleteCustomerOnRequest(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<void> {
  const admin = customersActor(actor);
  const { userId } = deleteCustomerSchema.parse(raw);
  const db = getDb();
  const [row] = await db
    .select({ email: users.email, deletedAt: users.deletedAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.role, 'customer'), isNull(users.deletedAt)));
  if (!row) throw new AppError('not_found', 'No live customer with this id.');
  await anonymizeUser(db, userId, row.email, async (tx) => {
    await recordAudit(tx, {
      actor: admin,
      action: 'customer.delete',
      entity: 'user',
      entityId: userId,
      before: { deleted: false },
      after: { deleted: true },
      ip: ctx.ip,
    });
  });
  await revokeUserSessions(userId, 'account_deleted');
  await recordSecurityEvent({ type: 'account_deleted', userId, detail: { by: admin.userId } });
}
