import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ZodError } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { AppError } from '@/lib/errors';
import { isStaleWrite } from './catalog-errors';

/**
 * Turns what a catalog/inventory operation threw into the form's ActionState: zod issues and
 * field-specific AppErrors become translated inline errors, a stale save says who changed the
 * record and when. Authorization errors are rethrown: they are not a form outcome.
 */
export async function catalogErrorState(
  error: unknown,
  values?: Record<string, string>,
): Promise<ActionState> {
  const t = await getTranslations('adminCatalog.errors');
  const text = (code: string) => (t.has(code as 'invalid') ? t(code as 'invalid') : t('invalid'));
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues)
      (fieldErrors[issue.path.map(String).join('.') || 'form'] ??= []).push(text(issue.message));
    return { ok: false, message: t('summary'), fieldErrors, values };
  }
  if (!(error instanceof AppError)) throw error;
  if (error.code === 'unauthorized' || error.code === 'forbidden') throw error;
  if (isStaleWrite(error)) {
    const format = await getFormatter();
    return {
      ok: false,
      message: t('stale', {
        by: error.details.by ?? t('someoneElse'),
        at: format.dateTime(new Date(error.details.at), {
          dateStyle: 'short',
          timeStyle: 'medium',
        }),
      }),
      values,
    };
  }
  const field = typeof error.details?.field === 'string' ? error.details.field : null;
  const code = typeof error.details?.code === 'string' ? error.details.code : null;
  if (field && code)
    return { ok: false, message: t('summary'), fieldErrors: { [field]: [text(code)] }, values };
  if (error.code === 'not_found') return { ok: false, message: t('notFound'), values };
  if (error.code === 'conflict') return { ok: false, message: t('conflict'), values };
  return { ok: false, message: t('summary'), values };
}
