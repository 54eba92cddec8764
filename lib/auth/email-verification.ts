import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { sendEmail } from '@/lib/email';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens';
import type { RequestContext } from './request-context';
import { recordSecurityEvent } from './security-events';

export async function sendVerificationEmail(
  user: { id: string; email: string; name: string },
  ctx: RequestContext,
): Promise<void> {
  const token = await issueOneTimeToken(user.id, 'email_verification');
  await sendEmail({
    to: user.email,
    template: 'verify_email',
    locale: ctx.locale,
    params: { name: user.name, link: `${ctx.baseUrl}/verify-email?token=${token}` },
  });
}

/** Marks the address verified; false for an unknown, used or expired link. */
export async function verifyEmail(
  token: string,
  ctx: Pick<RequestContext, 'ip'>,
): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const userId = await consumeOneTimeToken(token, 'email_verification', tx);
    if (!userId) return false;
    await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    await recordSecurityEvent({ type: 'email_verified', userId, ip: ctx.ip }, tx);
    return true;
  });
}
