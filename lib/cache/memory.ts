import { LRUCache } from 'lru-cache';
import type { Cache } from './types';

/** In-process LRU: the zero-config default, fine for one instance. */
export function createMemoryCache(max = 5_000): Cache {
  // Values are stored serialized so callers get copies, exactly as with Redis.
  const lru = new LRUCache<string, string>({ max });
  // Counters (tag versions) live outside the LRU: an evicted version would bring old entries back.
  const counters = new Map<string, number>();
  const read = <T>(key: string): T | undefined => {
    const counter = counters.get(key);
    if (counter !== undefined) return counter as T;
    const raw = lru.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  };
  return {
    async get<T>(key: string) {
      return read<T>(key);
    },
    async set(key, value, ttlSeconds) {
      lru.set(key, JSON.stringify(value), { ttl: ttlSeconds * 1000 });
    },
    async del(key) {
      lru.delete(key);
      counters.delete(key);
    },
    async ping() {
      return true;
    },
    async getMany<T>(keys: string[]) {
      return keys.map((key) => read<T>(key));
    },
    async incr(key) {
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return next;
    },
  };
}
