import 'server-only';
import { eq } from 'drizzle-orm';
import { users, type UserRole } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { sendEmail } from '@/lib/email';
import { consumeRateLimit } from '@/lib/rate-limit';
import { findUserByEmail } from './find-user';
import {
  clearSignInFailures,
  getLockRemainingSeconds,
  recordSignInFailure,
  LOCKOUT_THRESHOLD,
} from './lockout';
import { issueOneTimeToken } from './one-time-tokens';
import { verifyPassword } from './password';
import type { RequestContext } from './request-context';
import { recordSecurityEvent } from './security-events';
import { sendVerificationEmail } from './email-verification';

export type SignInFailure =
  | { ok: false; code: 'invalid_credentials' }
  | { ok: false; code: 'locked'; retryAfterSeconds: number }
  | { ok: false; code: 'email_unverified' };

export type SignInResult =
  { ok: true; user: { id: string; email: string; name: string; role: UserRole } } | SignInFailure;

/**
 * Checks an e-mail and password for the browser (Auth.js credentials) and the token API alike.
 * Rate limits by IP and account throw rate_limited. Unknown e-mail, wrong password and a deleted
 * account give the same answer in the same time; a lock looks the same for any e-mail typed.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  ctx: RequestContext,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  await consumeRateLimit('signInIp', ctx.ip ?? 'unknown');
  await consumeRateLimit('signInAccount', email);

  const locked = await getLockRemainingSeconds(email);
  if (locked > 0) return { ok: false, code: 'locked', retryAfterSeconds: locked };

  const user = await findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) return failSignIn(email, user, ctx);
  // Blocked by an admin: the same answer as a wrong password (the account's state is not disclosed).
  if (user.blockedAt) return { ok: false, code: 'invalid_credentials' };

  await clearSignInFailures(email);
  await getDb()
    .update(users)
    .set({ failedSignInCount: 0, lockedUntil: null })
    .where(eq(users.id, user.id));
  if (!user.emailVerifiedAt) {
    await sendVerificationEmail(user, ctx);
    return { ok: false, code: 'email_unverified' };
  }
  await recordSecurityEvent({ type: 'sign_in', userId: user.id, ip: ctx.ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

async function failSignIn(
  email: string,
  user: { id: string; email: string; name: string } | undefined,
  ctx: RequestContext,
): Promise<SignInFailure> {
  const { failures, lockSeconds } = await recordSignInFailure(email);
  if (user) {
    const lockedUntil = lockSeconds > 0 ? new Date(Date.now() + lockSeconds * 1000) : null;
    await getDb()
      .update(users)
      .set({ failedSignInCount: failures, lockedUntil })
      .where(eq(users.id, user.id));
    await recordSecurityEvent({
      type: 'sign_in_failed',
      userId: user.id,
      ip: ctx.ip,
      detail: { failures },
    });
    // One unlock e-mail per lockout episode: at the failure that first locks the account.
    if (failures === LOCKOUT_THRESHOLD) {
      await recordSecurityEvent({
        type: 'account_locked',
        userId: user.id,
        ip: ctx.ip,
        detail: { lockSeconds },
      });
      const token = await issueOneTimeToken(user.id, 'unlock');
      await sendEmail({
        to: user.email,
        template: 'unlock_account',
        locale: ctx.locale,
        params: { name: user.name, link: `${ctx.baseUrl}/unlock?token=${token}` },
      });
    }
  }
  if (lockSeconds > 0) return { ok: false, code: 'locked', retryAfterSeconds: lockSeconds };
  return { ok: false, code: 'invalid_credentials' };
}
