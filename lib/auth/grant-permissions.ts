import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { users, type AdminPermission } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertAllowed, type Actor } from './actor';
import { recordSecurityEvent } from './security-events';

/** Only a super-admin grants or removes admin permissions, and only on admin accounts. */
export async function setAdminPermissions(
  actor: Actor | null,
  userId: string,
  permissions: AdminPermission[],
): Promise<{ id: string; permissions: AdminPermission[] }> {
  const granter = assertAllowed(actor, { roles: ['admin'], superAdmin: true });
  const unique = [...new Set(permissions)].sort();
  const [row] = await getDb()
    .update(users)
    .set({ permissions: unique, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.role, 'admin'), isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (!row) throw new AppError('not_found', 'No admin account with this id.');
  await recordSecurityEvent({
    type: 'permissions_changed',
    userId,
    detail: { permissions: unique, by: granter.userId },
  });
  return { id: row.id, permissions: unique };
}
