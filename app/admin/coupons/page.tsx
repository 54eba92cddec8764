import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CouponForm } from '@/components/admin/coupons/coupon-form';
import { ToggleCouponForm } from '@/components/admin/coupons/toggle-coupon-form';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listCoupons } from '@/lib/coupons/list-coupons';
import { COUPON_PERMISSION } from '@/lib/coupons/save-coupon';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCoupons'))('title'), robots: { index: false } };
}

export default async function AdminCouponsPage() {
  const actor = await requirePageActor('/admin/coupons');
  if (!hasPermission(actor, COUPON_PERMISSION)) return <Forbidden />;
  const [t, format, locale, coupons] = await Promise.all([
    getTranslations('adminCoupons'),
    getFormatter(),
    getLocale(),
    listCoupons(getDb()),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' });
  const valueOf = (c: (typeof coupons)[number]) =>
    c.kind === 'percentage'
      ? `${c.value}%`
      : c.kind === 'fixed'
        ? formatMoney(c.value, 'BRL', locale)
        : t('kinds.free_shipping');
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('intro')}</p>
      {coupons.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm" data-testid="coupons-table">
            <thead className="border-b border-stone-300">
              <tr>
                {(['code', 'kind', 'window', 'uses', 'status', 'actions'] as const).map((k) => (
                  <th key={k} scope="col" className="px-2 py-2 font-semibold">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {coupons.map((c) => (
                <tr key={c.id} className="border-b border-stone-100" data-code={c.code}>
                  <td className="px-2 py-2 font-mono">
                    <Link href={`/admin/coupons/${c.id}`} className="font-semibold underline">
                      {c.code}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{valueOf(c)}</td>
                  <td className="px-2 py-2">
                    {c.startsAt || c.endsAt
                      ? `${c.startsAt ? when(c.startsAt) : '…'} – ${c.endsAt ? when(c.endsAt) : '…'}`
                      : t('always')}
                  </td>
                  <td className="px-2 py-2" data-testid="coupon-uses">
                    {c.usedCount}
                    {c.usageLimit !== null && ` / ${c.usageLimit}`}
                  </td>
                  <td className="px-2 py-2">
                    {c.active ? t('statusActive') : t('statusInactive')}
                  </td>
                  <td className="px-2 py-2">
                    <ToggleCouponForm id={c.id} code={c.code} active={c.active} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-coupon" className="flex flex-col gap-3">
        <h2 id="new-coupon" className="text-xl font-semibold">
          {t('new')}
        </h2>
        <CouponForm initial={{ kind: 'percentage', active: 'on' }} />
      </section>
      <p className="text-xs text-stone-600">{t('permissionNote')}</p>
    </div>
  );
}
