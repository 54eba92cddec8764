import { Redis } from 'ioredis';
import type { Cache } from './types';

/**
 * A client that fails fast when Redis is down: no offline queue (commands error at once instead
 * of waiting for a reconnect), one retry per command, a short connect timeout.
 */
export function createRedisClient(url: string, options: { connectTimeoutMs?: number } = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Without a listener ioredis reports connection errors as unhandled; callers see failed commands.
  client.on('error', () => {});
  return client;
}

const isReady = (client: Redis) => client.status === 'ready';
const firstConnects = new WeakMap<Redis, Promise<boolean>>();

/**
 * Connects a lazy client on first use; resolves false when it cannot. Callers arriving while that
 * first connection is under way wait for it (bounded by the connect timeout) rather than being
 * told Redis is down: a fresh instance's first page makes several cache calls at once, and those
 * would otherwise all bypass the cache and store nothing. A client that lost its connection
 * (reconnecting) still fails fast.
 */
export function ensureConnected(client: Redis): Promise<boolean> {
  if (isReady(client)) return Promise.resolve(true);
  const pending = firstConnects.get(client);
  if (pending) return pending;
  if (client.status !== 'wait') return Promise.resolve(false);
  const connecting = client
    .connect()
    .then(
      () => isReady(client),
      () => false,
    )
    .finally(() => firstConnects.delete(client));
  firstConnects.set(client, connecting);
  return connecting;
}

export async function pingRedis(client: Redis): Promise<boolean> {
  try {
    return (await ensureConnected(client)) && (await client.ping()) === 'PONG';
  } catch {
    return false;
  }
}

export function createRedisCache(
  client: Redis,
  onError: (error: unknown) => void = () => {},
): Cache {
  const attempt = async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      if (!(await ensureConnected(client))) return undefined;
      return await operation();
    } catch (error) {
      onError(error);
      return undefined;
    }
  };
  return {
    async get<T>(key: string) {
      const raw = await attempt(() => client.get(key));
      return raw == null ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value, ttlSeconds) {
      await attempt(() =>
        client.set(key, JSON.stringify(value), 'EX', Math.max(1, Math.ceil(ttlSeconds))),
      );
    },
    async del(key) {
      await attempt(() => client.del(key));
    },
    ping: () => pingRedis(client),
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      const raw = await attempt(() => client.mget(...keys));
      return raw?.map((value) => (value == null ? undefined : (JSON.parse(value) as T)));
    },
    incr: (key) => attempt(() => client.incr(key)),
  };
}
