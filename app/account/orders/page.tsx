import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';
import { listUserOrders } from '@/lib/orders/list-user-orders';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.orders'))('title') };
}

export default async function OrdersPage() {
  const actor = await requirePageActor('/account/orders');
  const [t, ts, format, locale] = await Promise.all([
    getTranslations('account.orders'),
    getTranslations('orders'),
    getFormatter(),
    getLocale(),
  ]);
  const orders = await listUserOrders(getDb(), actor);
  return (
    <AccountShell actor={actor} current="/account/orders" title={t('title')}>
      {orders.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-testid="order-list">
          {orders.map((o) => (
            <li key={o.number} className="flex flex-wrap justify-between gap-2 py-3 text-sm">
              <Link
                href={`/orders/${o.number}`}
                className="font-semibold text-emerald-800 underline"
              >
                {o.number}
              </Link>
              <span>{format.dateTime(o.createdAt, { dateStyle: 'medium' })}</span>
              <span>{ts(`status.${o.status}`)}</span>
              <span>{formatMoney(o.totalCents, o.currency, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </AccountShell>
  );
}
