import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { startRouteAction } from '@/components/dispatch/actions';
import { AssignForm } from '@/components/dispatch/assign-form';
import { boardMapData } from '@/components/dispatch/board-map';
import { PlanPanel } from '@/components/dispatch/plan-panel';
import { RouteStops } from '@/components/dispatch/route-stops';
import { RouteMap } from '@/components/maps/route-map';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { isFeatureEnabled } from '@/lib/features';
import { listCouriers } from '@/lib/logistics/dispatch/couriers';
import { getDispatchSettings } from '@/lib/logistics/dispatch/depot';
import { listReadyOrders } from '@/lib/logistics/dispatch/ready-orders';
import { listRoutesForDate } from '@/lib/logistics/dispatch/routes';
import { readStoreClock, STORE_TIME_ZONE } from '@/lib/time/store-clock';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDispatch'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DispatchPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin/dispatch');
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const db = getDb();
  const clock = readStoreClock();
  const settings = await getDispatchSettings(db);
  const [t, format, ready, routes, couriers, query] = await Promise.all([
    getTranslations('adminDispatch'),
    getFormatter(),
    listReadyOrders(db, { defaultWeightGrams: settings.defaultWeightGrams }),
    listRoutesForDate(db, clock.date),
    listCouriers(db),
    searchParams,
  ]);
  const tc = await getTranslations('adminCouriers');
  const time = (at: Date) =>
    format.dateTime(at, { hour: '2-digit', minute: '2-digit', timeZone: STORE_TIME_ZONE });
  const map = boardMapData(settings.depot, ready, routes, t('depot'));

  return (
    <div className="flex flex-col gap-6 px-2 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {query.started && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
        >
          {t('started')}
        </p>
      )}
      {query.cancelled && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
        >
          {t('edit.cancelled')}
        </p>
      )}
      <RouteMap
        markers={map.markers}
        polylines={map.polylines}
        label={t('mapLabel')}
        tileUrl={getEnv().NEXT_PUBLIC_MAP_TILE_URL ?? null}
        attribution="© OpenStreetMap"
        className="h-80 md:h-96"
      />
      <section aria-labelledby="ready-heading" className="flex flex-col gap-3">
        <h2 id="ready-heading" className="text-lg font-semibold">
          {t('ready', { count: ready.length })}
        </h2>
        <PlanPanel optimiser={isFeatureEnabled('OR_TOOLS_LOGISTICS')} />
        {ready.length === 0 ? (
          <p>{t('readyEmpty')}</p>
        ) : (
          <AssignForm
            orders={ready.map((o) => ({
              id: o.id,
              number: o.number,
              recipient: o.recipient,
              district: o.district,
              weightKg: (o.weightGrams / 1000).toLocaleString(),
              placed: format.dateTime(o.placedAt, {
                dateStyle: 'short',
                timeStyle: 'short',
                timeZone: STORE_TIME_ZONE,
              }),
              located: o.location !== null,
            }))}
            couriers={couriers.map((c) => ({
              id: c.id,
              label: `${c.firstName} · ${tc(`status.${c.status}`)}`,
            }))}
          />
        )}
      </section>
      <section aria-labelledby="routes-heading" className="flex flex-col gap-3">
        <h2 id="routes-heading" className="text-lg font-semibold">
          {t('today', {
            date: format.dateTime(new Date(clock.midnightMs + 12 * 3600_000), {
              dateStyle: 'long',
              timeZone: STORE_TIME_ZONE,
            }),
          })}
        </h2>
        {routes.length === 0 && <p>{t('routesEmpty')}</p>}
        <ol className="grid gap-4 lg:grid-cols-2" data-testid="routes">
          {routes.map((route) => (
            <li
              key={route.id}
              className="flex flex-col gap-2 rounded-lg border border-stone-300 p-4"
              data-testid="route"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">
                  {t('route', {
                    courier: route.courierName,
                    km: (route.distanceM / 1000).toFixed(1),
                    stops: route.stops.length,
                  })}
                </h3>
                <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800">
                  {t(`routeStatus.${route.status}`)} · {t(`plannerLabel.${route.planner}`)}
                </span>
              </div>
              <RouteStops
                route={{
                  id: route.id,
                  courierName: route.courierName,
                  status: route.status,
                  version: route.version,
                  stops: route.stops.map((stop) => ({
                    id: stop.id,
                    sequence: stop.sequence,
                    number: stop.number,
                    status: stop.status,
                    label: `${stop.recipient} · ${stop.district}`,
                    detail: [
                      stop.plannedArrivalAt && t('eta', { time: time(stop.plannedArrivalAt) }),
                      t(`stopStatus.${stop.status}`),
                    ]
                      .filter(Boolean)
                      .join(' · '),
                    proofHref:
                      stop.status === 'delivered' ? `/api/logistics/stops/${stop.id}/proof` : null,
                  })),
                }}
              />
              {route.status === 'planned' && route.stops.length > 0 && (
                <form action={startRouteAction}>
                  <input type="hidden" name="routeId" value={route.id} />
                  <SubmitButton aria-label={`${t('start')} · ${route.courierName}`}>
                    {t('start')}
                  </SubmitButton>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
