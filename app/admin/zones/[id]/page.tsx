import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { deleteZoneAction } from '@/components/logistics/zone-actions';
import { ZoneForm } from '@/components/logistics/zone-form';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getZone } from '@/lib/logistics/zones/zone-admin';
import { zoneFormDefaults } from '@/lib/logistics/zones/zone-form-defaults';
import { getEnv } from '@/lib/env';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const zone = await getZone(getDb(), (await params).id);
  const t = await getTranslations('adminZones');
  return { title: zone ? t('editZone', { name: zone.name }) : t('title') };
}

export default async function EditZonePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/zones/${id}`);
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const zone = await getZone(getDb(), id);
  if (!zone) notFound();
  const [t, query] = await Promise.all([getTranslations('adminZones'), searchParams]);
  return (
    <div className="flex flex-col gap-5 px-2 py-6">
      <Link href="/admin/zones" className="text-sm text-emerald-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('editZone', { name: zone.name })}</h1>
      {query.saved && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
        >
          {t('saved')}
        </p>
      )}
      <ZoneForm
        id={zone.id}
        defaults={zoneFormDefaults(zone)}
        rows={zone.rates.length + 3}
        version={versionToken(zone.updatedAt)}
        tileUrl={getEnv().NEXT_PUBLIC_MAP_TILE_URL ?? null}
      />
      <form action={deleteZoneAction} className="border-t border-stone-200 pt-4">
        <input type="hidden" name="id" value={zone.id} />
        <button
          type="submit"
          aria-label={t('deleteConfirm')}
          className="rounded-full border border-red-800 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          {t('delete')}
        </button>
      </form>
    </div>
  );
}
