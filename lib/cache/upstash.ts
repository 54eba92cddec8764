import { Redis } from '@upstash/redis';
import type { Cache } from './types';

export type UpstashOptions = { url: string; token: string; timeoutMs?: number };

/**
 * Upstash Redis over its REST API: for serverless hosts where a TCP connection per instance is
 * not an option. Values are stored as our own JSON strings (automatic deserialisation off), so
 * they read back identically through the TCP driver.
 */
export function createUpstashClient({ url, token, timeoutMs = 1_000 }: UpstashOptions): Redis {
  return new Redis({
    url,
    token,
    automaticDeserialization: false,
    responseEncoding: false,
    enableTelemetry: false,
    // A cache that waits for retries is slower than the database it protects.
    retry: false,
    signal: () => AbortSignal.timeout(timeoutMs),
  });
}

export function createUpstashCache(
  client: Redis,
  onError: (error: unknown) => void = () => {},
): Cache {
  const attempt = async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await operation();
    } catch (error) {
      onError(error);
      return undefined;
    }
  };
  const parse = <T>(raw: unknown): T | undefined =>
    raw === null || raw === undefined ? undefined : (JSON.parse(String(raw)) as T);
  return {
    async get<T>(key: string) {
      return parse<T>(await attempt(() => client.get<string>(key)));
    },
    async set(key, value, ttlSeconds) {
      await attempt(() =>
        client.set(key, JSON.stringify(value), { ex: Math.max(1, Math.ceil(ttlSeconds)) }),
      );
    },
    async del(key) {
      await attempt(() => client.del(key));
    },
    async ping() {
      return (await attempt(() => client.ping())) === 'PONG';
    },
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      const raw = await attempt(() => client.mget<(string | null)[]>(...keys));
      return raw?.map((value) => parse<T>(value));
    },
    incr: (key) => attempt(() => client.incr(key)),
  };
}
