import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import {
  AdminPage,
  buttonClass,
  inputClass,
  linkClass,
  param,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { customerFiltersSchema, listCustomers } from '@/lib/admin/customers/customer-ops';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.customers'))('title') };
}

export default async function AdminCustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin/customers');
  if (!hasPermission(actor, 'customers')) return <Forbidden />;
  const raw = await searchParams;
  const parsed = customerFiltersSchema.safeParse({
    q: param(raw, 'q'),
    cursor: param(raw, 'cursor'),
  });
  const filters = parsed.success ? parsed.data : {};
  const [t, tc, format] = await Promise.all([
    getTranslations('adminDashboard.customers'),
    getTranslations('adminDashboard.common'),
    getFormatter(),
  ]);
  const { rows, nextCursor } = await listCustomers(getDb(), filters);
  const q = filters.q ? `q=${encodeURIComponent(filters.q)}&` : '';
  return (
    <AdminPage title={t('title')}>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          {t('search')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass}>
          {tc('search')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{tc('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="admin-customers">
            <caption className="sr-only">{t('tableCaption')}</caption>
            <thead className="border-b border-stone-300">
              <tr>
                {(['name', 'email', 'since', 'state'] as const).map((key) => (
                  <th key={key} scope="col" className="px-2 py-2 font-semibold">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-100">
                  <td className="px-2 py-2">
                    <Link href={`/admin/customers/${row.id}`} className={linkClass}>
                      {row.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{row.email}</td>
                  <td className="px-2 py-2">
                    {format.dateTime(row.createdAt, { dateStyle: 'short' })}
                  </td>
                  <td className="px-2 py-2">
                    {row.deletedAt ? t('deleted') : row.blockedAt ? t('blocked') : t('active')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={tc('pagination')} className="flex gap-4">
        {filters.cursor ? (
          <Link href={`/admin/customers?${q}`} className={linkClass}>
            {tc('first')}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={`/admin/customers?${q}cursor=${nextCursor}`} className={linkClass} rel="next">
            {tc('next')}
          </Link>
        ) : null}
      </nav>
    </AdminPage>
  );
}
