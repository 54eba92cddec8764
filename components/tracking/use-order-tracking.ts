'use client';

import { useEffect, useRef, useState } from 'react';
import type { ClientTransport } from '@/lib/realtime/client-transport';
import { orderChannel } from '@/lib/realtime/types';
import { connectRealtime, type Connection } from './realtime-connection';
import {
  applyEta,
  applyPosition,
  type EtaEvent,
  type PositionEvent,
  type TrackingState,
} from './tracking-state';

export type { Connection } from './realtime-connection';

const POLL_MS = 5_000;

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
    const close = connectRealtime({
      transport,
      pusherChannel: `private-${orderChannel(initial.orderId)}`,
      pusherParams: token ? { t: token } : {},
      sseUrl: `${base}/events${query}`,
      on: {
        events: {
          snapshot: (s) => s && setState(s as TrackingState),
          position: (p) => setState((s) => applyPosition(s, p as PositionEvent)),
          eta: (e) => setState((s) => applyEta(s, e as EtaEvent)),
          status: () => void refresh(),
        },
        connection: setConnection,
      },
    });
    return () => {
      closed = true;
      close();
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
