import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** First value of a query parameter. */
export function param(params: Record<string, string | string[] | undefined>, key: string) {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export const inputClass =
  'rounded-md border border-stone-400 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-700';
export const buttonClass =
  'rounded-full bg-emerald-800 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700';
export const quietButtonClass =
  'rounded-full border border-stone-400 bg-white px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700';
export const linkClass = 'text-emerald-800 underline hover:text-emerald-900';

export function AdminPage({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-5 px-2 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {actions}
      </div>
      {children}
    </div>
  );
}

/**
 * The outcome of the last write, carried in the URL by runAdminAction: `notice=<key>` (from the
 * page's own notices) or `error=<field>.<code>` / `error=<code>`.
 */
export async function ActionNotice({
  notice,
  error,
  notices,
}: {
  notice?: string;
  error?: string;
  notices: Record<string, string>;
}) {
  const t = await getTranslations('adminDashboard.common');
  if (notice && notices[notice]) {
    return (
      <p
        role="status"
        className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
      >
        {notices[notice]}
      </p>
    );
  }
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {t('errorPrefix')} {await errorText(error)}
    </p>
  );
}

/** `amount.exceeds_refundable` → the code's message; unknown codes read "Invalid value". */
export async function errorText(error: string) {
  const t = await getTranslations('adminDashboard.common.errors');
  const code = error.includes('.') ? error.slice(error.lastIndexOf('.') + 1) : error;
  return t.has(code as 'invalid') ? t(code as 'invalid') : t('invalid');
}

/** The inline message under a field when the last submit failed on it. */
export async function FieldError({
  error,
  field,
  id,
}: {
  error?: string;
  field: string;
  id: string;
}) {
  if (!error?.startsWith(`${field}.`)) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {await errorText(error)}
    </p>
  );
}
