import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { SynonymsForm } from '@/components/admin/synonyms/synonyms-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { formatSynonymText, listSynonymsForAdmin } from '@/lib/catalog/admin/save-synonyms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.synonyms'))('title') };
}

export default async function AdminSynonymsPage() {
  const actor = await requirePageActor('/admin/synonyms');
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  const [t, { groups, version }] = await Promise.all([
    getTranslations('adminCatalog.synonyms'),
    listSynonymsForAdmin(),
  ]);
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      {/* Keyed by version: after a save the textarea shows the stored, normalised groups. */}
      <SynonymsForm key={version} text={formatSynonymText(groups)} version={version} />
    </div>
  );
}
