import 'server-only';
import { getPool, resolveDatabaseUrl } from '@/lib/db/client';
import { getEnv, type Env } from '@/lib/env';
import { runProbe } from '@/lib/health/timeout';
import { getLogger } from '@/lib/log';
import { PgRealtimeHub } from './pg-realtime-hub';
import { createPusherClient, PusherPublisher, type PusherConfig } from './pusher-publisher';
import type { ClientTransport } from './client-transport';
import type { RealtimeMessage } from './types';

export * from './types';
export type { ClientTransport } from './client-transport';

export function readPusherConfig(env: Env = getEnv()): PusherConfig | null {
  const { PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET, PUSHER_CLUSTER } = env;
  if (!PUSHER_APP_ID || !PUSHER_KEY || !PUSHER_SECRET || !PUSHER_CLUSTER) return null;
  return {
    appId: PUSHER_APP_ID,
    key: PUSHER_KEY,
    secret: PUSHER_SECRET,
    cluster: PUSHER_CLUSTER,
    host: env.PUSHER_HOST,
    port: env.PUSHER_PORT,
  };
}

type Realtime = { hub: PgRealtimeHub; pusher: PusherPublisher | null };
const globalForRealtime = globalThis as unknown as { lojaRealtime?: Realtime };

/** This process's transports: the PostgreSQL hub always (SSE), Pusher too when configured. */
export function getRealtime(): Realtime {
  if (!globalForRealtime.lojaRealtime) {
    const log = getLogger().child({ module: 'realtime' });
    const pusherConfig = readPusherConfig();
    globalForRealtime.lojaRealtime = {
      hub: new PgRealtimeHub({
        connectionString: resolveDatabaseUrl(),
        query: (text, values) => getPool().query(text, values),
        log,
      }),
      pusher: pusherConfig ? new PusherPublisher(createPusherClient(pusherConfig), log) : null,
    };
    const { hub, pusher } = globalForRealtime.lojaRealtime;
    if (pusher) {
      hub
        .startRelay((messages) => void pusher.publish(messages))
        .catch((error: unknown) =>
          log.warn({ err: error }, 'realtime relay to Pusher not started'),
        );
    }
  }
  return globalForRealtime.lojaRealtime;
}

/**
 * Publishes on every configured transport. SSE runs even when Pusher is configured, so a Pusher
 * outage leaves the page's SSE fallback with live data; Pusher failures are logged, not thrown.
 */
export async function publishRealtime(messages: readonly RealtimeMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const { hub, pusher } = getRealtime();
  await Promise.all([hub.publish(messages), pusher?.publish(messages)]);
}

export function getClientTransport(env: Env = getEnv()): ClientTransport {
  const config = readPusherConfig(env);
  if (!config) return { kind: 'sse' };
  return {
    kind: 'pusher',
    key: config.key,
    cluster: config.cluster,
    host: config.host,
    port: config.port,
  };
}

/** Tests that switch databases or env close this process's LISTEN connection first. */
export async function resetRealtimeForTests() {
  const current = globalForRealtime.lojaRealtime;
  globalForRealtime.lojaRealtime = undefined;
  await current?.hub.close();
}

/**
 * Realtime's word for /health: with Pusher configured, false while its last publish failed or its
 * API does not answer the probe. SSE needs only PostgreSQL, which /health probes already.
 */
export async function isRealtimeHealthy(probeMs: number): Promise<boolean> {
  if (!readPusherConfig()) return true;
  const { pusher } = getRealtime();
  if (!pusher || pusher.isFailing()) return false;
  return runProbe(() => pusher.probe(), probeMs);
}
