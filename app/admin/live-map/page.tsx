import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { LiveCouriersMap } from '@/components/tracking/live-couriers-map';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { getClientTransport } from '@/lib/realtime';
import { listLiveCouriers } from '@/lib/tracking/list-live-couriers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminLiveMap'))('title'), robots: { index: false } };
}

export default async function AdminLiveMapPage() {
  const actor = await requirePageActor('/admin/live-map');
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const [t, couriers] = await Promise.all([
    getTranslations('adminLiveMap'),
    listLiveCouriers(getDb()),
  ]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('description')}</p>
      <LiveCouriersMap
        initial={couriers}
        tileUrl={getEnv().NEXT_PUBLIC_MAP_TILE_URL ?? null}
        transport={getClientTransport()}
      />
    </div>
  );
}
