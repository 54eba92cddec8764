import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { buttonClass, inputClass, linkClass } from './admin-ui';

/** One labelled control of an admin list's filter (or search) form. */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      {children}
    </label>
  );
}

/**
 * The GET filter form above an admin list: the page's own fields, then "apply" and a "clear"
 * link back to the unfiltered list.
 */
export async function AdminFilters({
  clearHref,
  children,
}: {
  clearHref: string;
  children: ReactNode;
}) {
  const t = await getTranslations('adminDashboard.common');
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('filters')}>
      {children}
      <button type="submit" className={buttonClass}>
        {t('apply')}
      </button>
      <Link href={clearHref} className={linkClass}>
        {t('clear')}
      </Link>
    </form>
  );
}

/** The from / to date pair (YYYY-MM-DD) that several admin lists filter by. */
export async function DateRangeFields({ from, to }: { from?: string; to?: string }) {
  const t = await getTranslations('adminDashboard.common');
  return (
    <>
      <FilterField label={t('from')}>
        <input type="date" name="from" defaultValue={from ?? ''} className={inputClass} />
      </FilterField>
      <FilterField label={t('to')}>
        <input type="date" name="to" defaultValue={to ?? ''} className={inputClass} />
      </FilterField>
    </>
  );
}
