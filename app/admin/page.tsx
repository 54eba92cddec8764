import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.overview'))('title') };
}

export default async function AdminOverviewPage() {
  await requirePageActor('/admin');
  const t = await getTranslations('adminDashboard.overview');
  return (
    <div className="flex flex-col gap-4 px-2 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('intro')}</p>
    </div>
  );
}
