import 'server-only';
import { users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { sendEmail } from '@/lib/email';
import { consumeRateLimit } from '@/lib/rate-limit';
import { sendVerificationEmail } from './email-verification';
import { findUserByEmail } from './find-user';
import { hashPassword } from './password';
import type { RequestContext } from './request-context';
import { recordSecurityEvent } from './security-events';

export type SignUpInput = { name: string; email: string; password: string; cpf?: string };

/**
 * Creates a customer and e-mails a verification link. The answer is the same whether or not the
 * e-mail is taken (the owner of an existing account gets a notice instead), and both paths hash
 * the password so they take the same time. A CPF already on another account is refused by the
 * unique index; that answer says nothing about the e-mail.
 */
export async function signUp(
  input: SignUpInput,
  ctx: RequestContext,
): Promise<{ ok: true } | { ok: false; field: 'cpf'; code: 'cpf_taken' }> {
  await consumeRateLimit('signUpIp', ctx.ip ?? 'unknown');
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(input.email);
  if (existing) {
    await sendEmail({
      to: existing.email,
      template: 'sign_up_existing',
      locale: ctx.locale,
      params: { name: existing.name, link: `${ctx.baseUrl}/forgot-password` },
    });
    return { ok: true };
  }
  try {
    const [user] = await getDb()
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, cpf: input.cpf ?? null })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!user) throw new Error('insert returned no row');
    await recordSecurityEvent({ type: 'sign_up', userId: user.id, ip: ctx.ip });
    await sendVerificationEmail(user, ctx);
    return { ok: true };
  } catch (error) {
    const constraint = (error as { cause?: { constraint?: string } }).cause?.constraint;
    if (constraint === 'users_cpf_key') return { ok: false, field: 'cpf', code: 'cpf_taken' };
    // Two sign-ups for one new e-mail racing: the loser gets the same neutral answer.
    if (constraint === 'users_email_key') return { ok: true };
    throw error;
  }
}
