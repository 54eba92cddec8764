import 'server-only';
import { issueOneTimeToken } from '@/lib/auth/one-time-tokens';
import type { RequestContext } from '@/lib/auth/request-context';
import { sendEmail } from '@/lib/email';

/**
 * Mails a new courier the link to choose a password (the password-reset flow, which also verifies
 * the e-mail). After that they sign in and open /courier.
 */
export async function sendCourierInvite(
  user: { id: string; email: string; name: string },
  ctx: Pick<RequestContext, 'baseUrl' | 'locale'>,
): Promise<void> {
  const token = await issueOneTimeToken(user.id, 'password_reset');
  await sendEmail({
    to: user.email,
    template: 'password_reset',
    locale: ctx.locale,
    params: { name: user.name, link: `${ctx.baseUrl}/reset-password?token=${token}` },
  });
}
