import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OrderLookupForm } from '@/components/checkout/order-lookup-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkout'))('lookupTitle') };
}

export default async function OrderLookupPage() {
  const t = await getTranslations('checkout');
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('lookupTitle')}</h1>
      <OrderLookupForm />
    </div>
  );
}
