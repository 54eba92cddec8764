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
import { FilterField } from '@/components/admin/admin-filters';
import { AdminPager, AdminTable, type AdminColumn } from '@/components/admin/admin-table';
import { Forbidden } from '@/components/admin/forbidden';
import {
  customerFiltersSchema,
  listCustomers,
  type CustomerRow,
} from '@/lib/admin/customers/customer-ops';
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
  const columns: AdminColumn<CustomerRow>[] = [
    {
      key: 'name',
      header: t('name'),
      cell: (row) => (
        <Link href={`/admin/customers/${row.id}`} className={linkClass}>
          {row.name}
        </Link>
      ),
    },
    { key: 'email', header: t('email'), cell: (row) => row.email },
    {
      key: 'since',
      header: t('since'),
      cell: (row) => format.dateTime(row.createdAt, { dateStyle: 'short' }),
    },
    {
      key: 'state',
      header: t('state'),
      cell: (row) => (row.deletedAt ? t('deleted') : row.blockedAt ? t('blocked') : t('active')),
    },
  ];
  return (
    <AdminPage title={t('title')}>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <FilterField label={t('search')}>
          <input type="search" name="q" defaultValue={filters.q ?? ''} className={inputClass} />
        </FilterField>
        <button type="submit" className={buttonClass}>
          {tc('search')}
        </button>
      </form>
      <AdminTable
        rows={rows}
        columns={columns}
        caption={t('tableCaption')}
        testId="admin-customers"
        minWidthClass="min-w-[40rem]"
      />
      <AdminPager
        firstHref={filters.cursor ? `/admin/customers?${q}` : null}
        nextHref={nextCursor ? `/admin/customers?${q}cursor=${nextCursor}` : null}
      />
    </AdminPage>
  );
}
