'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MapMarker, MapPolyline } from '@/components/maps/map-types';
import { RouteMap } from '@/components/maps/route-map';
import type { ClientTransport } from '@/lib/realtime/client-transport';
import type { TrackingState } from './tracking-state';
import { TrackingTimeline } from './tracking-timeline';
import { useOrderTracking } from './use-order-tracking';

const TIME = { hour: '2-digit', minute: '2-digit' } as const;

/** The shopper's live view of one order: map, stop number, ETA range, code, proof, timeline. */
export function TrackingView(props: {
  initial: TrackingState;
  transport: ClientTransport;
  token: string | null;
  tileUrl: string | null;
}) {
  const t = useTranslations('tracking.page');
  const format = useFormatter();
  const { state, connection } = useOrderTracking(props);
  const { position, destination, courier, stop, eta, proof } = state;
  const time = (iso: string) => format.dateTime(new Date(iso), TIME);

  const markers = useMemo(() => {
    const list: MapMarker[] = [];
    if (destination)
      list.push({
        id: 'destination',
        ...destination,
        label: t('destinationMarker'),
        tone: 'stop',
        badge: stop?.number ? String(stop.number) : undefined,
      });
    if (position) {
      const label = courier
        ? t('courierMarker', { name: courier.firstName })
        : t('courierMarkerUnnamed');
      list.push({ id: 'courier', lat: position.lat, lng: position.lng, label, tone: 'courier' });
    }
    return list;
  }, [destination, position, courier, stop, t]);
  const polylines = useMemo(() => {
    const lines: MapPolyline[] = [];
    if (state.trail.length > 1)
      lines.push({
        id: 'trail',
        points: state.trail.map((p) => [p.lat, p.lng]),
        colour: '#b91c1c',
      });
    if (position && destination)
      lines.push({
        id: 'leg',
        points: [
          [position.lat, position.lng],
          [destination.lat, destination.lng],
        ],
        colour: '#1d4ed8',
      });
    return lines;
  }, [state.trail, position, destination]);

  const delivered = state.status === 'delivered' || stop?.status === 'delivered';
  return (
    <div className="flex flex-col gap-4">
      <p
        className="text-sm text-gray-700"
        data-testid="tracking-connection"
        data-connection={connection}
      >
        <span
          aria-hidden
          className={`mr-2 inline-block size-2 rounded-full ${connection === 'live' ? 'bg-green-600' : 'bg-amber-500'}`}
        />
        {t(`connection.${connection}`)}
      </p>
      {delivered ? (
        <section
          className="rounded border border-green-700 bg-green-50 p-4"
          data-testid="tracking-delivered"
        >
          <h2 className="text-xl font-semibold text-green-900">{t('delivered')}</h2>
          {proof?.recipientName && <p>{t('deliveredTo', { name: proof.recipientName })}</p>}
          {proof && proof.kinds.length > 0 && (
            <p data-testid="tracking-proof">
              {t('proof', { kinds: proof.kinds.map((k) => t(`proofKind.${k}`)).join(', ') })}
            </p>
          )}
          {proof?.at && <p className="text-sm text-gray-700">{time(proof.at)}</p>}
        </section>
      ) : stop?.status === 'failed' ? (
        <p className="rounded bg-red-50 p-4 text-red-900">{t('failed')}</p>
      ) : !courier ? (
        <p className="rounded bg-slate-100 p-4">{t('notDispatched')}</p>
      ) : (
        <section className="flex flex-col gap-2" aria-live="polite">
          <p className="text-lg font-medium" data-testid="tracking-courier">
            {t('courier', { name: courier.firstName })}
          </p>
          {stop?.number != null && stop.before != null && (
            <p data-testid="tracking-stop">
              {t('stop', { number: stop.number, before: stop.before })}
            </p>
          )}
          <p data-testid="tracking-eta" className="text-lg">
            {eta ? t('eta', { from: time(eta.from), to: time(eta.to) }) : t('noEta')}
          </p>
          {state.deliveryCode && (
            <p>
              {t('code')}:{' '}
              <strong className="font-mono text-2xl tracking-widest" data-testid="tracking-code">
                {state.deliveryCode}
              </strong>
            </p>
          )}
        </section>
      )}
      {!delivered && courier && (
        <section className="flex flex-col gap-2">
          {markers.length > 0 ? (
            <RouteMap
              markers={markers}
              polylines={polylines}
              label={t('mapLabel')}
              tileUrl={props.tileUrl}
              className="h-80"
            />
          ) : null}
          {position ? (
            <p
              className="text-sm text-gray-700"
              data-testid="courier-position"
              data-lat={position.lat}
              data-lng={position.lng}
            >
              {t('coordinates', { lat: position.lat.toFixed(5), lng: position.lng.toFixed(5) })} ·{' '}
              {t('lastUpdate', {
                time: format.dateTime(new Date(position.at), { ...TIME, second: '2-digit' }),
              })}
            </p>
          ) : (
            <p className="text-sm text-gray-700">{t('noPosition')}</p>
          )}
        </section>
      )}
      <TrackingTimeline timeline={state.timeline} />
    </div>
  );
}
