import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ZodError } from 'zod';
import { AppError } from '@/lib/errors';
import type { ActionState } from './action-state';

/** The text fields of a form as a plain object (files are never expected here). */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** Schemas use stable codes as messages (see lib/auth/schemas.ts); forms show them translated. */
export async function translateFieldErrors(
  issues: { path: PropertyKey[]; message: string }[],
): Promise<Record<string, string[]>> {
  const t = await getTranslations('errors');
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'form';
    const text = t.has(issue.message as 'invalid') ? t(issue.message as 'invalid') : t('invalid');
    (fields[key] ??= []).push(text);
  }
  return fields;
}

export async function invalidState(
  error: ZodError,
  values: Record<string, string> = {},
): Promise<ActionState> {
  const t = await getTranslations('auth');
  return {
    ok: false,
    message: t('errorSummary'),
    fieldErrors: await translateFieldErrors(error.issues),
    values,
  };
}

/** Turns an AppError with details.field (e.g. wrong_password) into that field's error. */
export async function fieldErrorState(
  field: string,
  code: string,
  values: Record<string, string> = {},
): Promise<ActionState> {
  const t = await getTranslations('auth');
  return {
    ok: false,
    message: t('errorSummary'),
    fieldErrors: await translateFieldErrors([{ path: [field], message: code }]),
    values,
  };
}

export function fieldOfAppError(error: unknown): string | undefined {
  return error instanceof AppError && typeof error.details?.field === 'string'
    ? error.details.field
    : undefined;
}
