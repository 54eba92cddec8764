import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { users, type AdminPermission } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertAllowed, type Actor } from './actor';
import { recordSecurityEvent } from './security-events';

/**
 * An admin holding "staff" (a super-admin holds it implicitly) grants or removes admin permissions,
 * only on admin accounts. Nobody but a super-admin changes their own permissions, so "staff" cannot
 * be used to hand oneself every other area.
 */
export async function setAdminPermissions(
  actor: Actor | null,
  userId: string,
  permissions: AdminPermission[],
  options: { ip?: string | null } = {},
): Promise<{ id: string; permissions: AdminPermission[] }> {
  const granter = assertAllowed(actor, { roles: ['admin'], permission: 'staff' });
  if (userId === granter.userId && !granter.superAdmin) {
    throw new AppError('forbidden', 'Ask another staff admin to change your own permissions.');
  }
  const unique = [...new Set(permissions)].sort();
  const row = await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ id: users.id, permissions: users.permissions })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, 'admin'), isNull(users.deletedAt)))
      .for('update');
    if (!before) return undefined;
    await tx
      .update(users)
      .set({ permissions: unique, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: granter,
      action: 'staff.permissions',
      entity: 'user',
      entityId: userId,
      before: { permissions: [...before.permissions].sort() },
      after: { permissions: unique },
      ip: options.ip,
    });
    return before;
  });
  if (!row) throw new AppError('not_found', 'No admin account with this id.');
  await recordSecurityEvent({
    type: 'permissions_changed',
    userId,
    detail: { permissions: unique, by: granter.userId },
  });
  return { id: row.id, permissions: unique };
}
