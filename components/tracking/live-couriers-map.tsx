'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { MapMarker } from '@/components/maps/map-types';
import { RouteMap } from '@/components/maps/route-map';
import type { ClientTransport } from '@/lib/realtime/client-transport';
import { LOGISTICS_CHANNEL } from '@/lib/realtime/types';
import type { LiveCourier } from '@/lib/tracking/list-live-couriers';
import { connectRealtime, type Connection } from './realtime-connection';

type PositionEvent = {
  courierId: string;
  firstName: string | null;
  lat: number;
  lng: number;
  at: string;
};

/** A reported position moves its courier, or adds one that was not on the map yet. */
function movedCourier(list: LiveCourier[], p: PositionEvent): LiveCourier[] {
  if (!list.some((c) => c.courierId === p.courierId)) {
    const added = { ...p, firstName: p.firstName ?? '?', openStops: 0 };
    return [...list, added];
  }
  return list.map((c) =>
    c.courierId === p.courierId ? { ...c, lat: p.lat, lng: p.lng, at: p.at } : c,
  );
}

/**
 * Admin live map: couriers on route, moved as they report, over the private Pusher logistics
 * channel when the store has Pusher (SSE when it has not, or when Pusher fails).
 */
export function LiveCouriersMap({
  initial,
  tileUrl,
  transport,
}: {
  initial: LiveCourier[];
  tileUrl: string | null;
  transport: ClientTransport;
}) {
  const t = useTranslations('adminLiveMap');
  const format = useFormatter();
  const [couriers, setCouriers] = useState(initial);
  const [connection, setConnection] = useState<Connection>('connecting');

  useEffect(
    () =>
      connectRealtime({
        transport,
        pusherChannel: `private-${LOGISTICS_CHANNEL}`,
        sseUrl: '/api/tracking/couriers/events',
        on: {
          events: {
            snapshot: (data) => {
              const snapshot = data as { couriers: LiveCourier[] } | null;
              if (snapshot) setCouriers(snapshot.couriers);
            },
            position: (data) => setCouriers((list) => movedCourier(list, data as PositionEvent)),
          },
          connection: setConnection,
        },
      }),
    [transport],
  );

  const markers = useMemo(
    () =>
      couriers.flatMap((c): MapMarker[] =>
        c.lat !== null && c.lng !== null
          ? [
              {
                id: c.courierId,
                lat: c.lat,
                lng: c.lng,
                label: c.firstName,
                tone: 'courier',
                badge: c.firstName.slice(0, 1),
              },
            ]
          : [],
      ),
    [couriers],
  );

  if (couriers.length === 0)
    return (
      <p data-connection={connection} data-testid="live-couriers-empty">
        {t('none')}
      </p>
    );
  return (
    <div className="flex flex-col gap-4" data-connection={connection}>
      {markers.length > 0 && (
        <RouteMap markers={markers} label={t('mapLabel')} tileUrl={tileUrl} className="h-[28rem]" />
      )}
      <table className="w-full text-left text-sm" data-testid="live-couriers">
        <thead className="border-b border-stone-300">
          <tr>
            <th scope="col" className="px-2 py-2">
              {t('courier')}
            </th>
            <th scope="col" className="px-2 py-2">
              {t('position')}
            </th>
            <th scope="col" className="px-2 py-2">
              {t('updated')}
            </th>
            <th scope="col" className="px-2 py-2">
              {t('openStops')}
            </th>
          </tr>
        </thead>
        <tbody>
          {couriers.map((c) => (
            <tr
              key={c.courierId}
              className="border-b border-stone-100"
              data-courier={c.courierId}
              data-lat={c.lat ?? ''}
            >
              <td className="px-2 py-2 font-medium">{c.firstName}</td>
              <td className="px-2 py-2 font-mono">
                {c.lat !== null && c.lng !== null
                  ? `${c.lat.toFixed(5)}, ${c.lng.toFixed(5)}`
                  : t('noPosition')}
              </td>
              <td className="px-2 py-2">
                {c.at
                  ? format.dateTime(new Date(c.at), {
                      hour: '2-digit',
                      minute: '2-digit',
                      second: '2-digit',
                    })
                  : '—'}
              </td>
              <td className="px-2 py-2">{c.openStops}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
