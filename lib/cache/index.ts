import type { Redis } from 'ioredis';
import { getEnv } from '@/lib/env';
import { getLogger } from '@/lib/log';
import { createMemoryCache } from './memory';
import { createRedisCache, createRedisClient } from './redis';
import type { Cache, CacheDriverName } from './types';

export type { Cache, CacheDriverName };

type CacheState = { cache: Cache; driver: CacheDriverName; redis?: Redis };

// One cache (and one Redis connection) per process, surviving dev hot reloads.
const globalForCache = globalThis as unknown as { lojaCache?: CacheState };

function createCacheState(): CacheState {
  const url = getEnv().REDIS_URL;
  if (!url) return { cache: createMemoryCache(), driver: 'memory' };
  const redis = createRedisClient(url);
  const log = getLogger().child({ component: 'cache' });
  return {
    cache: createRedisCache(redis, (err) =>
      log.warn({ err }, 'redis cache unavailable, treating as miss'),
    ),
    driver: 'redis',
    redis,
  };
}

function getState(): CacheState {
  globalForCache.lojaCache ??= createCacheState();
  return globalForCache.lojaCache;
}

/** REDIS_URL selects Redis; otherwise an in-process LRU. */
export function getCache(): Cache {
  return getState().cache;
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
