import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { createAdmin } from '@/lib/auth/create-admin';
import { getDb, type Executor } from '@/lib/db/client';
import type { AdminContext } from '../admin-context';
import { createStaffSchema } from './staff-schema';

export { createStaffSchema, permissionsField } from './staff-schema';

/** Every live admin account with its permissions, super-admins first. */
export async function listStaff(db: Executor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      permissions: users.permissions,
      superAdmin: users.superAdmin,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.deletedAt)))
    .orderBy(sql`${users.superAdmin} desc`, asc(users.email));
}

/**
 * A staff admin (permission `staff`) creates another admin holding exactly the ticked permissions
 * (never a super-admin: that stays with `npm run admin:create`). An existing account with that
 * e-mail is promoted, as the CLI does. Audited without the password.
 */
export async function createStaffAdmin(
  actor: Actor | null,
  raw: unknown,
  ctx: AdminContext = {},
): Promise<{ id: string; created: boolean }> {
  const admin = assertAllowed(actor, { roles: ['admin'], permission: 'staff' });
  const input = createStaffSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ role: users.role, permissions: users.permissions })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email));
    const result = await createAdmin(tx, { ...input, permissions: input.permissions });
    await recordAudit(tx, {
      actor: admin,
      action: result.created ? 'staff.create' : 'staff.promote',
      entity: 'user',
      entityId: result.id,
      before: before ?? null,
      after: { email: input.email, role: 'admin', permissions: [...input.permissions].sort() },
      ip: ctx.ip,
    });
    return result;
  });
}
