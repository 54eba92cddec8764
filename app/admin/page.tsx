import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import {
  AdminPage,
  buttonClass,
  inputClass,
  linkClass,
  param,
  quietButtonClass,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { SalesChart } from '@/components/admin/sales-chart';
import { getOverview, parseRange, type Totals } from '@/lib/admin/overview/sales-overview';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.overview'))('title') };
}

/** Any admin: sales of today and of the period in the URL, stock and operations at a glance. */
export default async function AdminOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin');
  const raw = await searchParams;
  const range = parseRange({ from: param(raw, 'from'), to: param(raw, 'to') });
  const [t, tc, ts, format, locale, data] = await Promise.all([
    getTranslations('adminDashboard.overview'),
    getTranslations('adminDashboard.common'),
    getTranslations('orders.status'),
    getFormatter(),
    getLocale(),
    getOverview(getDb(), range),
  ]);
  const money = (cents: number) => formatMoney(Math.round(cents), 'BRL', locale);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00Z`), {
      day: '2-digit',
      month: '2-digit',
      timeZone: 'UTC',
    });
  const canExport = hasPermission(actor, 'orders');
  const card = (title: string, totals: Totals, testId: string) => (
    <section
      aria-label={title}
      className="rounded-lg border border-stone-200 bg-white p-4"
      data-testid={testId}
    >
      <h2 className="font-semibold">{title}</h2>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-stone-700">{t('revenue')}</dt>
          <dd className="text-lg font-bold tabular-nums">{money(totals.revenueCents)}</dd>
        </div>
        <div>
          <dt className="text-stone-700">{t('orders')}</dt>
          <dd className="text-lg font-bold tabular-nums">{totals.orders}</dd>
        </div>
        <div>
          <dt className="text-stone-700">{t('average')}</dt>
          <dd className="text-lg font-bold tabular-nums">{money(totals.averageCents)}</dd>
        </div>
      </dl>
    </section>
  );
  return (
    <AdminPage title={t('title')}>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('range')}>
        <label className="flex flex-col gap-1 text-sm">
          {tc('from')}
          <input type="date" name="from" defaultValue={range.from} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {tc('to')}
          <input type="date" name="to" defaultValue={range.to} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass}>
          {t('apply')}
        </button>
        {canExport ? (
          <a
            className={quietButtonClass}
            href={`/api/admin/orders/export?from=${range.from}&to=${range.to}`}
          >
            {t('export')}
          </a>
        ) : null}
      </form>
      <div className="grid gap-4 lg:grid-cols-2">
        {card(t('today'), data.today, 'today-totals')}
        {card(
          t('period', { from: day(range.from), to: day(range.to) }),
          data.period,
          'period-totals',
        )}
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <SalesChart
          kind="line"
          label={t('revenueChart')}
          points={data.series.map((p) => ({ day: p.day, value: p.revenueCents }))}
          formatValue={money}
          formatDay={day}
          valueHeading={t('revenue')}
          dayHeading={t('day')}
        />
        <SalesChart
          kind="bars"
          label={t('ordersChart')}
          points={data.series.map((p) => ({ day: p.day, value: p.orders }))}
          formatValue={(v) => String(Math.round(v))}
          formatDay={day}
          valueHeading={t('orders')}
          dayHeading={t('day')}
        />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {(['products', 'categories'] as const).map((kind) => (
          <section key={kind} aria-labelledby={`top-${kind}`}>
            <h2 id={`top-${kind}`} className="text-lg font-semibold">
              {kind === 'products' ? t('topProducts') : t('topCategories')}
            </h2>
            {data.top[kind].length === 0 ? <p className="text-sm">{t('none')}</p> : null}
            <ol className="list-decimal pl-5 text-sm">
              {data.top[kind].map((item) => (
                <li key={`${item.id}-${item.name}`}>
                  {item.name} · {money(item.revenueCents)} · {t('units', { count: item.units })}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="awaiting-heading">
          <h2 id="awaiting-heading" className="text-lg font-semibold">
            {t('awaiting')}
          </h2>
          <ul className="text-sm">
            {data.awaiting.map((a) => (
              <li key={a.status}>
                {canExport ? (
                  <Link href={`/admin/orders?status=${a.status}`} className={linkClass}>
                    {ts(a.status)}
                  </Link>
                ) : (
                  ts(a.status)
                )}
                : <span className="tabular-nums">{a.count}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t('failures', { count: data.paymentFailures.count })}</p>
          <ul className="text-sm">
            {data.paymentFailures.recent.map((f) => (
              <li key={f.id}>
                {canExport ? (
                  <Link href={`/admin/orders/${f.id}`} className={linkClass}>
                    {f.number}
                  </Link>
                ) : (
                  f.number
                )}{' '}
                · {money(f.totalCents)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="low-stock-heading">
          <h2 id="low-stock-heading" className="text-lg font-semibold">
            {t('lowStock')}
          </h2>
          {data.lowStock.length === 0 ? <p className="text-sm">{t('noLowStock')}</p> : null}
          <ul className="text-sm">
            {data.lowStock.map((item) => (
              <li key={item.variantId}>
                {item.productName} ({item.sku}):{' '}
                {t('lowStockItem', { onHand: item.onHand, threshold: item.threshold })}
              </li>
            ))}
          </ul>
        </section>
        {data.couriers ? (
          <section aria-labelledby="couriers-heading">
            <h2 id="couriers-heading" className="text-lg font-semibold">
              {t('couriers')}
            </h2>
            <ul className="text-sm">
              {data.couriers.map((c) => (
                <li key={c.status}>
                  {t.has(`courierStatus.${c.status}` as 'courierStatus.off')
                    ? t(`courierStatus.${c.status}` as 'courierStatus.off')
                    : c.status}
                  : {c.count}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </AdminPage>
  );
}
