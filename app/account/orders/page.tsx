import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { requirePageActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.orders'))('title') };
}

// The orders capability (checkout issue) fills this page; there are no orders to list yet.
export default async function OrdersPage() {
  const actor = await requirePageActor('/account/orders');
  const t = await getTranslations('account.orders');
  return (
    <AccountShell actor={actor} current="/account/orders" title={t('title')}>
      <p className="text-stone-600">{t('empty')}</p>
    </AccountShell>
  );
}
