import type { Redis } from 'ioredis';
import { getEnv } from '@/lib/env';
import { getLogger } from '@/lib/log';
import { createMemoryCache } from './memory';
import { createRedisCache, createRedisClient } from './redis';
import { createTaggedCache, type RememberOptions, type TaggedCache } from './tagged-cache';
import type { Cache, CacheDriverName } from './types';
import { createUpstashCache, createUpstashClient } from './upstash';

export type { Cache, CacheDriverName, RememberOptions, TaggedCache };
export { CACHE_TAGS } from './tags';

type CacheState = { cache: Cache; tagged: TaggedCache; driver: CacheDriverName; redis?: Redis };

// One cache (and one Redis connection) per process, surviving dev hot reloads.
const globalForCache = globalThis as unknown as { lojaCache?: CacheState };

function createCacheState(): CacheState {
  const env = getEnv();
  const log = getLogger().child({ component: 'cache' });
  const warn = (err: unknown) =>
    log.warn({ err }, 'cache unavailable, reading through to the database');
  const withTags = (cache: Cache) => createTaggedCache(cache, { onError: warn });
  if (env.REDIS_URL) {
    const redis = createRedisClient(env.REDIS_URL);
    const cache = createRedisCache(redis, warn);
    return { cache, tagged: withTags(cache), driver: 'redis', redis };
  }
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    const client = createUpstashClient({
      url: env.UPSTASH_REDIS_REST_URL,
      token: env.UPSTASH_REDIS_REST_TOKEN,
    });
    const cache = createUpstashCache(client, warn);
    return { cache, tagged: withTags(cache), driver: 'upstash' };
  }
  const cache = createMemoryCache();
  return { cache, tagged: withTags(cache), driver: 'memory' };
}

function getState(): CacheState {
  globalForCache.lojaCache ??= createCacheState();
  return globalForCache.lojaCache;
}

/** REDIS_URL selects Redis, else UPSTASH_REDIS_REST_URL + token select Upstash, else an in-process LRU. */
export function getCache(): Cache {
  return getState().cache;
}

/** The process's tag-aware cache: `remember` for shared catalog reads, `invalidateTags` for edits. */
export function getTaggedCache(): TaggedCache {
  return getState().tagged;
}

export function getCacheDriverName(): CacheDriverName {
  return getState().driver;
}

/** The shared Redis connection when the Redis driver is active (health checks, rate limits). */
export function getRedisClient(): Redis | undefined {
  return getState().redis;
}

/** Tests that change REDIS_URL drop the cached driver (and its connection). */
export function resetCacheForTests() {
  globalForCache.lojaCache?.redis?.disconnect();
  globalForCache.lojaCache = undefined;
}
