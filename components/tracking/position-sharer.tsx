'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { PositionOutbox, type OutboxState } from './position-outbox';
import { toQueuedPoint } from './position-queue';

const subscribeNever = () => () => {};

type Status = 'starting' | 'denied' | 'unsupported' | OutboxState['status'];

/**
 * Shares the courier's position while mounted: watches the Geolocation API and hands points to an
 * outbox that batches, posts and queues them offline. The courier is whoever is signed in;
 * nothing here names them.
 */
export function PositionSharer({
  endpoint = '/api/tracking/positions',
  flushMs = 3_000,
}: {
  endpoint?: string;
  flushMs?: number;
}) {
  const t = useTranslations('tracking.sharer');
  const supported = useSyncExternalStore(
    subscribeNever,
    () => 'geolocation' in navigator,
    () => true,
  );
  const [geo, setGeo] = useState<'starting' | 'ok' | 'denied'>('starting');
  const [outbox, setOutbox] = useState<OutboxState | null>(null);

  useEffect(() => {
    if (!supported) return;
    const box = new PositionOutbox(endpoint, flushMs, setOutbox);
    const watch = navigator.geolocation.watchPosition(
      (position) => {
        setGeo('ok');
        box.add(toQueuedPoint(position));
      },
      (error) => {
        if (error.code === error.PERMISSION_DENIED) setGeo('denied');
      },
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    );
    const online = () => box.retryNow();
    window.addEventListener('online', online);
    return () => {
      navigator.geolocation.clearWatch(watch);
      window.removeEventListener('online', online);
      box.dispose();
    };
  }, [endpoint, flushMs, supported]);

  const status: Status = !supported
    ? 'unsupported'
    : geo === 'denied'
      ? 'denied'
      : outbox?.status === 'refused' || outbox?.status === 'queued'
        ? outbox.status
        : geo === 'starting'
          ? 'starting'
          : 'sharing';
  const queued = outbox?.queued ?? 0;
  const tone =
    status === 'sharing'
      ? 'bg-green-100 text-green-900'
      : status === 'starting' || status === 'queued'
        ? 'bg-amber-100 text-amber-900'
        : 'bg-red-100 text-red-900';
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="position-sharer"
      data-status={status}
      data-queued={queued}
      className={`rounded px-3 py-2 text-sm ${tone}`}
    >
      {t(status, { count: queued })}
      {status === 'sharing' && outbox?.lastSentAt != null && (
        <span className="ml-2 text-xs">
          {t('lastSent', { time: new Date(outbox.lastSentAt).toLocaleTimeString() })}
        </span>
      )}
    </p>
  );
}
