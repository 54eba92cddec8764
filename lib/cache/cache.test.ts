import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { getCache, getCacheDriverName, resetCacheForTests } from './index';
import { createMemoryCache } from './memory';
import { createRedisCache, createRedisClient } from './redis';
import type { Cache } from './types';

// eslint-disable-next-line no-restricted-properties -- test config
const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl)
  console.warn(
    'Skipping Redis cache tests: set TEST_REDIS_URL (e.g. redis://127.0.0.1:6379) to run them.',
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function behavesLikeACache(make: () => Cache) {
  it('stores JSON values, returns copies, deletes and expires them', async () => {
    const cache = make();
    const key = `test:${randomUUID()}`;
    expect(await cache.get(key)).toBeUndefined();
    const value = { sku: 'A-1', priceCents: 1990, tags: ['x'] };
    await cache.set(key, value, 60);
    const read = await cache.get<typeof value>(key);
    expect(read).toEqual(value);
    expect(read).not.toBe(value);
    await cache.del(key);
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, 'short', 1);
    await sleep(1_100);
    expect(await cache.get(key)).toBeUndefined();
    expect(await cache.ping()).toBe(true);
  });
}

describe('memory cache', () => {
  behavesLikeACache(() => createMemoryCache());
});

describe('getCache driver selection', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetCacheForTests();
    resetEnvForTests();
  });

  it('uses memory when REDIS_URL is unset', () => {
    vi.stubEnv('REDIS_URL', '');
    resetEnvForTests();
    expect(getCacheDriverName()).toBe('memory');
    expect(getCache()).toBe(getCache());
  });

  it('uses redis when REDIS_URL is set, and a down server is a miss', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1');
    resetEnvForTests();
    expect(getCacheDriverName()).toBe('redis');
    await expect(getCache().get('anything')).resolves.toBeUndefined();
  });
});

describe.skipIf(!redisUrl)('redis cache (real server)', () => {
  const clients = [] as ReturnType<typeof createRedisClient>[];
  const client = (url: string) => {
    const c = createRedisClient(url, { connectTimeoutMs: 500 });
    clients.push(c);
    return c;
  };
  afterAll(() => clients.forEach((c) => c.disconnect()));

  behavesLikeACache(() => createRedisCache(client(redisUrl ?? '')));

  it('shares values between two connections (what several instances need)', async () => {
    const a = createRedisCache(client(redisUrl ?? ''));
    const b = createRedisCache(client(redisUrl ?? ''));
    const key = `test:${randomUUID()}`;
    await a.set(key, { n: 1 }, 30);
    expect(await b.get(key)).toEqual({ n: 1 });
    await b.del(key);
  });

  it('degrades to misses, quickly and without throwing, when Redis is down', async () => {
    const errors: unknown[] = [];
    const down = createRedisCache(client('redis://127.0.0.1:1'), (e) => errors.push(e));
    const started = Date.now();
    await expect(down.set('k', 1, 10)).resolves.toBeUndefined();
    await expect(down.get('k')).resolves.toBeUndefined();
    await expect(down.del('k')).resolves.toBeUndefined();
    expect(await down.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
