import 'server-only';
import { getRealtime } from './index';
import type { DeliveredMessage } from './types';

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;

const frame = (event: string, data: unknown, id?: string) =>
  `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * A Server-Sent Events stream of the given channels. It subscribes before reading the snapshot, so
 * nothing published in between is lost, and re-sends the snapshot whenever events may have been
 * missed (a reconnect, with Last-Event-ID, or this instance's LISTEN connection dropping): a fresh
 * state is cheaper and safer than replaying a log. Heartbeats keep proxies from closing it; the
 * subscription ends when the client goes away.
 */
export async function sseResponse(
  req: Request,
  channels: readonly string[],
  snapshot: () => Promise<unknown>,
): Promise<Response> {
  const { hub } = getRealtime();
  const encoder = new TextEncoder();
  const unsubscribes: (() => void)[] = [];
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

  const send = (text: string) => {
    if (closed || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(text));
    } catch {
      cleanup();
    }
  };
  const sendSnapshot = () =>
    snapshot().then(
      (data) => send(frame('snapshot', data)),
      () => send(frame('snapshot', null)),
    );
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const unsubscribe of unsubscribes) unsubscribe();
    try {
      controllerRef?.close();
    } catch {
      // already closed by the client
    }
  };

  const onMessage = (message: DeliveredMessage) =>
    send(frame(message.event, message.data, message.id));
  for (const channel of channels) {
    unsubscribes.push(await hub.subscribe(channel, onMessage, () => void sendSnapshot()));
  }
  req.signal.addEventListener('abort', cleanup, { once: true });

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      send(
        `retry: ${RETRY_MS}\n: ${req.headers.get('last-event-id') ? 'resumed' : 'connected'}\n\n`,
      );
      void sendSnapshot();
      heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
    },
    cancel: cleanup,
  });
  if (req.signal.aborted) cleanup();
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
