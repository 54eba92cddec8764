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
import type { Transaction } from '@/lib/audit/record-audit';
import { getDb, type Database } from '@/lib/db/client';
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
  await anonymizeUser(db, me.userId, me.email);
  await revokeUserSessions(me.userId, 'account_deleted');
  await recordSecurityEvent({ type: 'account_deleted', userId: me.userId });
}

/**
 * The erasure itself (personal fields blanked, the row kept for the orders that reference it),
 * shared by the owner's own deletion above and an admin's delete-on-request, which passes
 * `onAnonymized` to write its audit entry in the same transaction. Sessions are revoked by the
 * caller afterwards.
 */
export async function anonymizeUser(
  db: Database,
  userId: string,
  email: string,
  onAnonymized?: (tx: Transaction) => Promise<void>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await onAnonymized?.(tx);
    const now = new Date();
    await tx
      .update(users)
      .set({
        email: `deleted-${userId}@deleted.invalid`,
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
      .where(eq(users.id, userId));
    await tx.delete(addresses).where(eq(addresses.userId, userId));
    await tx.delete(oauthAccounts).where(eq(oauthAccounts.userId, userId));
    await tx.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
    await tx.delete(refreshTokens).where(eq(refreshTokens.userId, userId));
    await tx
      .update(securityEvents)
      .set({ ip: null, detail: {} })
      .where(eq(securityEvents.userId, userId));
    await tx
      .delete(mailboxMessages)
      .where(eq(sql`lower(${mailboxMessages.to})`, email.toLowerCase()));
  });
}
