import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ZodError } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { isStaleWrite } from '@/lib/catalog/admin/catalog-errors';
import { AppError } from '@/lib/errors';
import { issuesToFieldErrors, type Translate } from '@/lib/forms/field-errors';

/** Server-side twin of the browser's translator: the same codes, the same texts. */
export async function formErrorTranslator(): Promise<Translate> {
  const t = await getTranslations('adminForms.errors');
  return (code, values) => (t.has(code as 'invalid') ? t(code as 'invalid', values) : t('invalid'));
}

/** "Changed by Ana at 26/11/2026 14:03:10 after you opened it" for a stale save. */
export async function staleMessage(by: string | null, at: string): Promise<string> {
  const [t, format] = await Promise.all([getTranslations('adminForms'), getFormatter()]);
  return t('stale', {
    by: by ?? t('someoneElse'),
    at: format.dateTime(new Date(at), { dateStyle: 'short', timeStyle: 'medium' }),
  });
}

/**
 * What an admin form's write threw, as its ActionState: zod issues become inline field errors
 * (named as the inputs are), a stale save becomes the conflict message, another domain error
 * (conflict, not found…) its common text, and the operator's input is handed back. Unauthorized,
 * forbidden and unknown errors are rethrown: they are not a form outcome.
 */
export async function adminFormErrorState(
  error: unknown,
  { values, fieldName }: { values?: Record<string, string>; fieldName?: (path: string) => string },
): Promise<ActionState> {
  if (error instanceof ZodError) {
    const t = await getTranslations('adminForms');
    return {
      ok: false,
      message: t('fixErrors'),
      fieldErrors: issuesToFieldErrors(error.issues, await formErrorTranslator(), fieldName),
      values,
    };
  }
  if (isStaleWrite(error))
    return { ok: false, message: await staleMessage(error.details.by, error.details.at), values };
  if (error instanceof AppError && error.code !== 'unauthorized' && error.code !== 'forbidden') {
    const t = await getTranslations('adminDashboard.common.errors');
    const field = typeof error.details?.field === 'string' ? error.details.field : null;
    const code = typeof error.details?.code === 'string' ? error.details.code : error.code;
    const text = t.has(code as 'invalid') ? t(code as 'invalid') : t('invalid');
    return field
      ? { ok: false, message: text, fieldErrors: { [field]: [text] }, values }
      : { ok: false, message: text, values };
  }
  throw error;
}
