import { LRUCache } from 'lru-cache';
import type { Cache } from './types';

/** In-process LRU: the zero-config default, fine for one instance. */
export function createMemoryCache(max = 5_000): Cache {
  // Values are stored serialized so callers get copies, exactly as with Redis.
  const lru = new LRUCache<string, string>({ max });
  return {
    async get<T>(key: string) {
      const raw = lru.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value, ttlSeconds) {
      lru.set(key, JSON.stringify(value), { ttl: ttlSeconds * 1000 });
    },
    async del(key) {
      lru.delete(key);
    },
    async ping() {
      return true;
    },
  };
}
