import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { AddressForm } from '@/components/account/address-form';
import { AddressList } from '@/components/account/address-list';
import { listAddresses } from '@/lib/accounts/addresses';
import { requirePageActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.addresses'))('title') };
}

export default async function AddressesPage() {
  const actor = await requirePageActor('/account/addresses');
  const [t, addresses] = await Promise.all([
    getTranslations('account.addresses'),
    listAddresses(actor),
  ]);
  return (
    <AccountShell actor={actor} current="/account/addresses" title={t('title')}>
      <AddressList addresses={addresses} />
      <section aria-labelledby="add-address" className="flex flex-col gap-4">
        <h2 id="add-address" className="text-lg font-semibold">
          {t('add')}
        </h2>
        <AddressForm />
      </section>
    </AccountShell>
  );
}
