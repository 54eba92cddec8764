import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { refreshTokens, users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { sendEmail } from '@/lib/email';
import { consumeRateLimit } from '@/lib/rate-limit';
import { findUserByEmail } from './find-user';
import { clearSignInFailures } from './lockout';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens';
import { hashPassword } from './password';
import type { RequestContext } from './request-context';
import { recordSecurityEvent } from './security-events';
import { revokeUserSessions } from './sessions';

/** Always answers the same: whether an account exists is never revealed. */
export async function requestPasswordReset(email: string, ctx: RequestContext): Promise<void> {
  await consumeRateLimit('resetIp', ctx.ip ?? 'unknown');
  await consumeRateLimit('resetAccount', email);
  const user = await findUserByEmail(email);
  if (!user) return;
  const token = await issueOneTimeToken(user.id, 'password_reset');
  await sendEmail({
    to: user.email,
    template: 'password_reset',
    locale: ctx.locale,
    params: { name: user.name, link: `${ctx.baseUrl}/reset-password?token=${token}` },
  });
  await recordSecurityEvent({ type: 'password_reset_requested', userId: user.id, ip: ctx.ip });
}

/**
 * Sets a new password from a reset link and signs the account out everywhere. Proving access to
 * the mailbox also verifies the e-mail and lifts a lockout.
 */
export async function resetPassword(
  token: string,
  password: string,
  ctx: Pick<RequestContext, 'ip'>,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const user = await getDb().transaction(async (tx) => {
    const userId = await consumeOneTimeToken(token, 'password_reset', tx);
    if (!userId) return undefined;
    const now = new Date();
    const [row] = await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        updatedAt: now,
        failedSignInCount: 0,
        lockedUntil: null,
      })
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .returning({ id: users.id, email: users.email, emailVerifiedAt: users.emailVerifiedAt });
    if (row && !row.emailVerifiedAt) {
      await tx.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, row.id));
    }
    await tx
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    return row;
  });
  if (!user) return false;
  await revokeUserSessions(user.id, 'password_reset');
  await clearSignInFailures(user.email);
  await recordSecurityEvent({ type: 'password_reset', userId: user.id, ip: ctx.ip });
  return true;
}

/** The e-mailed unlock link: lifts the lockout before it would expire by itself. */
export async function unlockAccount(
  token: string,
  ctx: Pick<RequestContext, 'ip'>,
): Promise<boolean> {
  const userId = await consumeOneTimeToken(token, 'unlock');
  if (!userId) return false;
  const [user] = await getDb()
    .update(users)
    .set({ failedSignInCount: 0, lockedUntil: null })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  if (user) await clearSignInFailures(user.email);
  await recordSecurityEvent({ type: 'account_unlocked', userId, ip: ctx.ip });
  return true;
}
