import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { ZoneForm } from '@/components/logistics/zone-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getEnv } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminZones'))('newZoneTitle') };
}

export default async function NewZonePage() {
  const actor = await requirePageActor('/admin/zones/new');
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const t = await getTranslations('adminZones');
  return (
    <div className="flex flex-col gap-5 px-2 py-6">
      <Link href="/admin/zones" className="text-sm text-emerald-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('newZoneTitle')}</h1>
      <ZoneForm defaults={{}} rows={4} tileUrl={getEnv().NEXT_PUBLIC_MAP_TILE_URL ?? null} />
    </div>
  );
}
