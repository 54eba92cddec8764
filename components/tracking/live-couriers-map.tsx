'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { MapMarker } from '@/components/maps/map-types';
import { RouteMap } from '@/components/maps/route-map';
import type { LiveCourier } from '@/lib/tracking/list-live-couriers';

type PositionEvent = {
  courierId: string;
  firstName: string | null;
  lat: number;
  lng: number;
  at: string;
};

/** Admin live map: couriers on route, moved by the logistics SSE stream as they report. */
export function LiveCouriersMap({
  initial,
  tileUrl,
}: {
  initial: LiveCourier[];
  tileUrl: string | null;
}) {
  const t = useTranslations('adminLiveMap');
  const format = useFormatter();
  const [couriers, setCouriers] = useState(initial);

  useEffect(() => {
    const source = new EventSource('/api/tracking/couriers/events');
    source.addEventListener('snapshot', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as {
        couriers: LiveCourier[];
      } | null;
      if (data) setCouriers(data.couriers);
    });
    source.addEventListener('position', (e) => {
      const p = JSON.parse((e as MessageEvent<string>).data) as PositionEvent;
      setCouriers((list) => {
        const known = list.some((c) => c.courierId === p.courierId);
        const next = {
          courierId: p.courierId,
          firstName: p.firstName ?? '?',
          lat: p.lat,
          lng: p.lng,
          at: p.at,
          openStops: 0,
        };
        return known
          ? list.map((c) =>
              c.courierId === p.courierId ? { ...c, lat: p.lat, lng: p.lng, at: p.at } : c,
            )
          : [...list, next];
      });
    });
    return () => source.close();
  }, []);

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

  if (couriers.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="flex flex-col gap-4">
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
