'use client';

import type { ClientTransport } from '@/lib/realtime/client-transport';

export type Connection = 'connecting' | 'live' | 'polling';

/** An SSE stream failing this long (proxy, outage) counts as down: the caller may poll. */
const POLL_AFTER_MS = 8_000;

/** Event name → handler of its parsed JSON payload; `connection` hears the stream's health. */
export type RealtimeHandlers = {
  events: Record<string, (data: unknown) => void>;
  connection: (c: Connection) => void;
};

function connectSse(url: string, on: RealtimeHandlers): () => void {
  const source = new EventSource(url);
  let failingSince: number | null = null;
  for (const [name, handle] of Object.entries(on.events)) {
    source.addEventListener(name, (e) => {
      const raw = (e as MessageEvent<string>).data;
      handle(raw ? (JSON.parse(raw) as unknown) : null);
    });
  }
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
  channelName: string,
  params: Record<string, string>,
  on: RealtimeHandlers,
  fallBack: () => void,
): Promise<() => void> {
  const { default: Pusher } = await import('pusher-js');
  const custom = transport.host !== undefined;
  const pusher = new Pusher(transport.key, {
    cluster: transport.cluster,
    ...(custom
      ? { wsHost: transport.host, wsPort: transport.port, forceTLS: transport.port === 443 }
      : {}),
    channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax', params },
  });
  const channel = pusher.subscribe(channelName);
  channel.bind('pusher:subscription_succeeded', () => on.connection('live'));
  channel.bind('pusher:subscription_error', fallBack);
  for (const [name, handle] of Object.entries(on.events)) channel.bind(name, handle);
  pusher.connection.bind('state_change', ({ current }: { current: string }) => {
    if (current === 'unavailable' || current === 'failed') fallBack();
  });
  return () => pusher.disconnect();
}

/**
 * One live stream, whatever carries it: the Pusher private channel when the store has Pusher
 * (authorised by /api/pusher/auth with `pusherParams`), falling back to the SSE `sseUrl` when
 * Pusher cannot connect or refuses the subscription; SSE only otherwise. Returns the closer.
 */
export function connectRealtime(input: {
  transport: ClientTransport;
  /** The Pusher channel as Pusher sees it, e.g. `private-logistics`. */
  pusherChannel: string;
  pusherParams?: Record<string, string>;
  sseUrl: string;
  on: RealtimeHandlers;
}): () => void {
  const { transport, on } = input;
  let closed = false;
  let stop: () => void = () => {};
  const startSse = () => {
    stop();
    stop = connectSse(input.sseUrl, on);
  };
  if (transport.kind !== 'pusher') {
    startSse();
  } else {
    let fellBack = false;
    const fallBack = () => {
      if (fellBack || closed) return;
      fellBack = true;
      startSse();
    };
    connectPusher(transport, input.pusherChannel, input.pusherParams ?? {}, on, fallBack).then(
      (disconnect) => {
        if (closed) disconnect();
        // After a fall-back the SSE closer is current; Pusher is left to be closed with it.
        else if (fellBack) {
          const sse = stop;
          stop = () => {
            sse();
            disconnect();
          };
        } else stop = disconnect;
      },
      fallBack,
    );
  }
  return () => {
    closed = true;
    stop();
  };
}
