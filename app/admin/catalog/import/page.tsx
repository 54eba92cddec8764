import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogTabs } from '@/components/admin/catalog/catalog-tabs';
import { ImportForm } from '@/components/admin/catalog/import-form';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { CSV_COLUMNS } from '@/lib/catalog/admin/csv/csv-columns';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.import'))('title') };
}

export default async function AdminImportPage() {
  const actor = await requirePageActor('/admin/catalog/import');
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  const t = await getTranslations('adminCatalog.import');
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <CatalogTabs current="import" />
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <p className="text-sm text-stone-700">
        {t('columns')} <code className="font-mono text-xs">{CSV_COLUMNS.join(',')}</code>
      </p>
      <p className="text-sm">
        <a href="/api/admin/catalog/export" className="font-semibold text-emerald-800 underline">
          {t('exportLink')}
        </a>
      </p>
      <ImportForm />
    </div>
  );
}
