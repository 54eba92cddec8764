'use server';

import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields, invalidState, fieldErrorState } from '@/lib/actions/form-data';
import { signIn, signOut, SignInRejected } from '@/lib/auth/authjs';
import { verifyEmail } from '@/lib/auth/email-verification';
import { requestPasswordReset, resetPassword, unlockAccount } from '@/lib/auth/password-reset';
import { requestContextFrom } from '@/lib/auth/request-context';
import { safeNextPath } from '@/lib/auth/safe-next';
import {
  emailSchema,
  newPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from '@/lib/auth/schemas';
import { signUp } from '@/lib/auth/sign-up';
import { AppError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';

// Every export here is a public endpoint: each one validates its input itself, and the ones that
// need an account check it (sign-in and sign-up are public by nature).

const context = async () => requestContextFrom(await headers());

const minutes = (seconds: string | undefined) => Math.max(1, Math.ceil(Number(seconds ?? 60) / 60));

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['email', 'password', 'next']);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, { email: values.email ?? '' });
  const t = await getTranslations('auth.signIn');
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const [code, seconds] = (error instanceof SignInRejected ? error.code : 'failed').split(':');
    const message =
      code === 'locked' || code === 'rate_limited'
        ? t(code, { minutes: minutes(seconds) })
        : code === 'invalid_credentials' || code === 'email_unverified'
          ? t(code)
          : t('failed');
    return { ok: false, message, values: { email: parsed.data.email } };
  }
  redirect(safeNextPath(values.next));
}

export async function signOutAction(): Promise<void> {
  // Auth.js's signOut event revokes the server-side session before the cookie is cleared.
  await signOut({ redirectTo: '/' });
}

export async function signUpAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['name', 'email', 'password', 'cpf']);
  const keep = { name: values.name ?? '', email: values.email ?? '', cpf: values.cpf ?? '' };
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, keep);
  try {
    const result = await signUp(parsed.data, await context());
    if (!result.ok) return fieldErrorState(result.field, result.code, keep);
  } catch (error) {
    return rateLimitedState(error, keep);
  }
  const t = await getTranslations('auth.signUp');
  return { ok: true, message: t('done', { email: parsed.data.email }) };
}

export async function requestPasswordResetAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = formFields(formData, ['email']);
  const parsed = z.object({ email: emailSchema }).safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    await requestPasswordReset(parsed.data.email, await context());
  } catch (error) {
    return rateLimitedState(error, values);
  }
  const t = await getTranslations('auth.forgot');
  return { ok: true, message: t('done') };
}

const resetSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'mismatch' });

export async function resetPasswordAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = resetSchema.safeParse(formFields(formData, ['token', 'password', 'confirm']));
  if (!parsed.success) return invalidState(parsed.error);
  const ctx = await context();
  await consumeRateLimit('verifyIp', ctx.ip ?? 'unknown').catch(() => undefined);
  if (!(await resetPassword(parsed.data.token, parsed.data.password, ctx))) {
    const t = await getTranslations('auth.reset');
    return { ok: false, message: t('invalid') };
  }
  redirect('/sign-in?notice=passwordReset');
}

/** Confirmation links are consumed by a POST, so mail scanners that prefetch GETs cannot use them. */
export async function verifyEmailAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return consumeLink(formData, verifyEmail, 'verified', 'auth.verify');
}

export async function unlockAccountAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return consumeLink(formData, unlockAccount, 'unlocked', 'auth.unlock');
}

async function consumeLink(
  formData: FormData,
  consume: (token: string, ctx: { ip: string | null }) => Promise<boolean>,
  notice: string,
  namespace: 'auth.verify' | 'auth.unlock',
): Promise<ActionState> {
  const parsed = tokenSchema.safeParse(formData.get('token'));
  const ctx = await context();
  try {
    await consumeRateLimit('verifyIp', ctx.ip ?? 'unknown');
  } catch (error) {
    return rateLimitedState(error);
  }
  if (!parsed.success || !(await consume(parsed.data, ctx))) {
    const t = await getTranslations(namespace);
    return { ok: false, message: t('invalid') };
  }
  redirect(`/sign-in?notice=${notice}`);
}

async function rateLimitedState(
  error: unknown,
  values?: Record<string, string>,
): Promise<ActionState> {
  if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
  const t = await getTranslations('auth.signIn');
  const seconds = String(error.details?.retryAfterSeconds ?? 60);
  return { ok: false, message: t('rate_limited', { minutes: minutes(seconds) }), values };
}

export async function signInWithGoogleAction(formData: FormData): Promise<void> {
  await signIn('google', { redirectTo: safeNextPath(formData.get('next')) });
}
