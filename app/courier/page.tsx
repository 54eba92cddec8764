import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { ActionSyncStatus } from '@/components/courier/action-sync-status';
import { StopCard } from '@/components/courier/stop-card';
import { PositionSharer } from '@/components/tracking/position-sharer';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getCourierRoute } from '@/lib/logistics/dispatch/courier-route';
import { MAX_CODE_ATTEMPTS } from '@/lib/logistics/dispatch/delivery-code';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('courierApp'))('title') };
}

/** Today's route for the signed-in courier: stops in order, each with its actions. */
export default async function CourierRoutePage() {
  const actor = await requirePageActor('/courier');
  if (actor.role !== 'courier') return <Forbidden />;
  const [t, view] = await Promise.all([
    getTranslations('courierApp'),
    getCourierRoute(getDb(), actor.userId, MAX_CODE_ATTEMPTS),
  ]);
  const route = view?.route;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link
          href="/courier"
          className="rounded-full border border-stone-400 px-3 py-1 text-sm font-medium"
        >
          {t('refresh')}
        </Link>
      </div>
      {!view && <p>{t('notCourier')}</p>}
      {view && <ActionSyncStatus stopIds={route?.stops.map((stop) => stop.id) ?? []} />}
      {view && !route && <p>{t('noRoute')}</p>}
      {route && (
        <>
          <p
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
            data-testid="route-status"
          >
            {t(`routeStatus.${route.status}`)} · {(route.distanceM / 1000).toFixed(1)} km
          </p>
          {route.status === 'in_progress' && <PositionSharer />}
          <ol className="flex flex-col gap-3" data-testid="courier-stops">
            {route.stops.map((stop) => (
              <li key={stop.id}>
                <StopCard stop={stop} routeRunning={route.status === 'in_progress'} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
