import { z } from 'zod';
import { isValidCpf, normalizeCpf } from '@/lib/accounts/cpf';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from './password-policy';

/**
 * Messages are stable codes (translated by the forms, readable in API 422s), never prose.
 */
export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(254, 'too_long')
  .pipe(z.email({ error: 'invalid_email' }));

/** What a sign-in accepts: any stored password, bounded so argon2 never hashes megabytes. */
export const passwordInputSchema = z
  .string({ error: 'required' })
  .min(1, 'required')
  .max(PASSWORD_MAX_LENGTH, 'too_long');

export const newPasswordSchema = z.string({ error: 'required' }).superRefine((value, ctx) => {
  const problem = checkPasswordPolicy(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const nameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(2, 'too_short')
  .max(120, 'too_long');

export const cpfSchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : normalizeCpf(value)))
  .refine((value) => value === undefined || isValidCpf(value), 'invalid_cpf')
  .optional();

export const signInSchema = z.object({ email: emailSchema, password: passwordInputSchema });

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema, cpf: cpfSchema })
  .superRefine((value, ctx) => {
    if (checkPasswordPolicy(value.password, value.email) === 'contains_email') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'contains_email' });
    }
  });

export const tokenSchema = z
  .string({ error: 'required' })
  .min(20, 'invalid_token')
  .max(200, 'invalid_token');
