import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import {
  AdminPage,
  inputClass,
  linkClass,
  param,
  quietButtonClass,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { AdminFilters, DateRangeFields, FilterField } from '@/components/admin/admin-filters';
import { AdminPager, AdminTable, type AdminColumn } from '@/components/admin/admin-table';
import { Forbidden } from '@/components/admin/forbidden';
import { orderStatuses, paymentMethods } from '@/db/schema';
import {
  adminOrderFiltersSchema,
  listAdminOrders,
  type AdminOrderFilters,
  type AdminOrderRow,
} from '@/lib/admin/orders/list-admin-orders';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.orders'))('title') };
}

function filterQuery(filters: Partial<AdminOrderFilters>, extra: Record<string, string> = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) {
    if (value && key !== 'cursor') query.set(key, String(value));
  }
  if (extra.cursor) query.set('cursor', extra.cursor);
  return query.toString();
}

export default async function AdminOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin/orders');
  if (!hasPermission(actor, 'orders')) return <Forbidden />;
  const raw = await searchParams;
  const parsed = adminOrderFiltersSchema.safeParse(
    Object.fromEntries(
      ['status', 'method', 'from', 'to', 'email', 'cep', 'number', 'sort', 'cursor'].map((k) => [
        k,
        param(raw, k),
      ]),
    ),
  );
  const filters: AdminOrderFilters = parsed.success ? parsed.data : { sort: 'newest' };
  const [t, tc, ts, format, locale] = await Promise.all([
    getTranslations('adminDashboard.orders'),
    getTranslations('adminDashboard.common'),
    getTranslations('orders.status'),
    getFormatter(),
    getLocale(),
  ]);
  const { rows, nextCursor } = await listAdminOrders(getDb(), filters);
  const { cursor: _cursor, ...withoutCursor } = filters;
  const columns: AdminColumn<AdminOrderRow>[] = [
    {
      key: 'number',
      header: t('number'),
      cell: (row) => (
        <Link href={`/admin/orders/${row.id}`} className={linkClass}>
          {row.number}
        </Link>
      ),
    },
    {
      key: 'date',
      header: t('date'),
      cell: (row) => format.dateTime(row.createdAt, { dateStyle: 'short', timeStyle: 'short' }),
    },
    {
      key: 'customer',
      header: t('customer'),
      cell: (row) => (
        <>
          {row.name}
          <br />
          <span className="text-stone-700">{row.email}</span>
        </>
      ),
    },
    { key: 'status', header: t('status'), cell: (row) => ts(row.status) },
    { key: 'method', header: t('method'), cell: (row) => t(`methods.${row.paymentMethod}`) },
    { key: 'cep', header: t('cep'), cell: (row) => row.cep },
    {
      key: 'total',
      header: t('total'),
      className: 'text-right tabular-nums',
      cell: (row) => formatMoney(row.totalCents, row.currency, locale),
    },
  ];
  return (
    <AdminPage
      title={t('title')}
      actions={
        <a
          className={quietButtonClass}
          href={`/api/admin/orders/export?${filterQuery(withoutCursor)}`}
        >
          {t('export')}
        </a>
      }
    >
      {!parsed.success ? (
        <p role="alert" className="text-red-800">
          {tc('errors.invalid')}
        </p>
      ) : null}
      <AdminFilters clearHref="/admin/orders">
        <FilterField label={t('status')}>
          <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
            <option value="">{tc('all')}</option>
            {orderStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('method')}>
          <select name="method" defaultValue={filters.method ?? ''} className={inputClass}>
            <option value="">{tc('all')}</option>
            {paymentMethods.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <DateRangeFields from={filters.from} to={filters.to} />
        <FilterField label={t('email')}>
          <input
            type="email"
            name="email"
            defaultValue={filters.email ?? ''}
            className={inputClass}
          />
        </FilterField>
        <FilterField label={t('cep')}>
          <input
            name="cep"
            inputMode="numeric"
            defaultValue={filters.cep ?? ''}
            className={`${inputClass} w-32`}
          />
        </FilterField>
        <FilterField label={t('orderNumber')}>
          <input
            name="number"
            defaultValue={filters.number ?? ''}
            className={`${inputClass} w-40`}
          />
        </FilterField>
        <FilterField label={tc('sort')}>
          <select name="sort" defaultValue={filters.sort} className={inputClass}>
            <option value="newest">{tc('newest')}</option>
            <option value="oldest">{tc('oldest')}</option>
          </select>
        </FilterField>
      </AdminFilters>
      <AdminTable
        rows={rows}
        columns={columns}
        caption={t('tableCaption')}
        testId="admin-orders"
        minWidthClass="min-w-[52rem]"
      />
      <AdminPager
        firstHref={filters.cursor ? `/admin/orders?${filterQuery(withoutCursor)}` : null}
        nextHref={
          nextCursor ? `/admin/orders?${filterQuery(withoutCursor, { cursor: nextCursor })}` : null
        }
      />
    </AdminPage>
  );
}
