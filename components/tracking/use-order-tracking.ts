'use client';

import { useEffect, useRef, useState } from 'react';
import type { ClientTransport } from '@/lib/realtime/client-transport';
import {
  applyEta,
  applyPosition,
  type EtaEvent,
  type PositionEvent,
  type TrackingState,
} from './tracking-state';

export type Connection = 'connecting' | 'live' | 'polling';

const POLL_MS = 5_000;
/** An SSE stream failing this long (proxy, outage) also starts polling until it recovers. */
const POLL_AFTER_MS = 8_000;

type Handlers = {
  snapshot: (s: TrackingState | null) => void;
  position: (p: PositionEvent) => void;
  eta: (e: EtaEvent) => void;
  status: () => void;
  connection: (c: Connection) => void;
};

function connectSse(url: string, on: Handlers): () => void {
  const source = new EventSource(url);
  let failingSince: number | null = null;
  const json = (e: Event) => JSON.parse((e as MessageEvent<string>).data) as unknown;
  source.addEventListener('snapshot', (e) => on.snapshot(json(e) as TrackingState | null));
  source.addEventListener('position', (e) => on.position(json(e) as PositionEvent));
  source.addEventListener('eta', (e) => on.eta(json(e) as EtaEvent));
  source.addEventListener('status', () => on.status());
  source.onopen = () => {
    failingSince = null;
    on.connection('live');
  };
  // EventSource reconnects by itself (server sends retry:); a refused stream (404) stays closed.
  source.onerror = () => {
    failingSince ??= Date.now();
    if (source.readyState === EventSource.CLOSED || Date.now() - failingSince > POLL_AFTER_MS) {
      on.connection('polling');
    } else {
      on.connection('connecting');
    }
  };
  return () => source.close();
}

async function connectPusher(
  transport: Extract<ClientTransport, { kind: 'pusher' }>,
  orderId: string,
  token: string | null,
  on: Handlers,
  fallBack: () => void,
): Promise<() => void> {
  const { default: Pusher } = await import('pusher-js');
  const custom = transport.host !== undefined;
  const pusher = new Pusher(transport.key, {
    cluster: transport.cluster,
    ...(custom
      ? { wsHost: transport.host, wsPort: transport.port, forceTLS: transport.port === 443 }
      : {}),
    channelAuthorization: {
      endpoint: '/api/pusher/auth',
      transport: 'ajax',
      params: token ? { t: token } : {},
    },
  });
  const channel = pusher.subscribe(`private-order-${orderId}`);
  channel.bind('pusher:subscription_succeeded', () => on.connection('live'));
  channel.bind('pusher:subscription_error', fallBack);
  channel.bind('position', on.position);
  channel.bind('eta', on.eta);
  channel.bind('status', on.status);
  pusher.connection.bind('state_change', ({ current }: { current: string }) => {
    if (current === 'unavailable' || current === 'failed') fallBack();
  });
  return () => pusher.disconnect();
}

/**
 * One order's live tracking state, whatever carries it: Pusher private channel or SSE, falling
 * back to SSE when Pusher is unreachable and to polling when no stream gets through. Status
 * changes re-read the whole state, since they may change the stop, proof and timeline at once.
 */
export function useOrderTracking(input: {
  initial: TrackingState;
  transport: ClientTransport;
  token: string | null;
}) {
  const { initial, transport, token } = input;
  const [state, setState] = useState(initial);
  const [connection, setConnection] = useState<Connection>('connecting');
  const query = token ? `?t=${encodeURIComponent(token)}` : '';
  const base = `/api/tracking/orders/${encodeURIComponent(initial.number)}`;
  const refreshing = useRef(false);

  useEffect(() => {
    let closed = false;
    const refresh = async () => {
      if (refreshing.current) return;
      refreshing.current = true;
      try {
        const res = await fetch(`${base}${query}`, { cache: 'no-store' });
        if (res.ok && !closed) setState((await res.json()) as TrackingState);
      } catch {
        // Offline for a moment: the next event or poll tries again.
      } finally {
        refreshing.current = false;
      }
    };
    const on: Handlers = {
      snapshot: (s) => s && setState(s),
      position: (p) => setState((s) => applyPosition(s, p)),
      eta: (e) => setState((s) => applyEta(s, e)),
      status: () => void refresh(),
      connection: setConnection,
    };
    let stop: () => void = () => {};
    const startSse = () => {
      stop();
      stop = connectSse(`${base}/events${query}`, on);
    };
    if (transport.kind === 'pusher') {
      let fellBack = false;
      const fallBack = () => {
        if (fellBack || closed) return;
        fellBack = true;
        startSse();
      };
      connectPusher(transport, initial.orderId, token, on, fallBack).then(
        (disconnect) => (closed ? disconnect() : (stop = disconnect)),
        fallBack,
      );
    } else {
      startSse();
    }
    return () => {
      closed = true;
      stop();
    };
  }, [base, query, transport, token, initial.orderId]);

  useEffect(() => {
    if (connection !== 'polling') return;
    const timer = setInterval(() => {
      void fetch(`${base}${query}`, { cache: 'no-store' })
        .then((res) => (res.ok ? (res.json() as Promise<TrackingState>) : null))
        .then((s) => s && setState(s))
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [connection, base, query]);

  return { state, connection };
}
