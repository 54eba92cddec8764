import 'server-only';
import { eq, sql } from 'drizzle-orm';
import {
  addresses,
  mailboxMessages,
  oauthAccounts,
  oneTimeTokens,
  refreshTokens,
  securityEvents,
  users,
} from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { verifyPassword } from '@/lib/auth/password';
import { recordSecurityEvent } from '@/lib/auth/security-events';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * LGPD art. 18 (erasure). The user row stays, anonymised, because orders that must be kept for
 * accounting reference it; everything else personal is deleted. Staff accounts are removed by
 * a super-admin, not by themselves, so a store cannot lose its last admin by accident.
 */
export async function deleteMyAccount(actor: Actor | null, password: string): Promise<void> {
  const me = assertAllowed(actor, { roles: ['customer'] });
  const db = getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, me.userId));
  if (row?.passwordHash && !(await verifyPassword(row.passwordHash, password))) {
    throw new AppError('validation_failed', 'wrong_password', { details: { field: 'password' } });
  }
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(users)
      .set({
        email: `deleted-${me.userId}@deleted.invalid`,
        name: 'Conta excluída',
        cpf: null,
        phone: null,
        passwordHash: null,
        permissions: [],
        superAdmin: false,
        emailVerifiedAt: null,
        deletedAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, me.userId));
    await tx.delete(addresses).where(eq(addresses.userId, me.userId));
    await tx.delete(oauthAccounts).where(eq(oauthAccounts.userId, me.userId));
    await tx.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, me.userId));
    await tx.delete(refreshTokens).where(eq(refreshTokens.userId, me.userId));
    await tx
      .update(securityEvents)
      .set({ ip: null, detail: {} })
      .where(eq(securityEvents.userId, me.userId));
    await tx
      .delete(mailboxMessages)
      .where(eq(sql`lower(${mailboxMessages.to})`, me.email.toLowerCase()));
  });
  await revokeUserSessions(me.userId, 'account_deleted');
  await recordSecurityEvent({ type: 'account_deleted', userId: me.userId });
}
