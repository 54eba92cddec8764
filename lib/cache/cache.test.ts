import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests, testSetting } from '@/lib/env';
import { getCache, getCacheDriverName, resetCacheForTests } from './index';
import { createMemoryCache } from './memory';
import { createRedisCache, createRedisClient } from './redis';
import { createTaggedCache } from './tagged-cache';
import { startUpstashStandIn } from './testing/upstash-stand-in';
import type { Cache } from './types';
import { createUpstashCache, createUpstashClient } from './upstash';

const redisUrl = testSetting('TEST_REDIS_URL');
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

  it('reads many keys at once and counts atomically', async () => {
    const cache = make();
    const [a, b] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    await cache.set(a, 'x', 60);
    expect(await cache.getMany([a, b])).toEqual(['x', undefined]);
    expect(await cache.getMany([])).toEqual([]);
    const counter = `test:${randomUUID()}`;
    const values = await Promise.all(Array.from({ length: 5 }, () => cache.incr(counter)));
    expect(values.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await cache.get(counter)).toBe(5);
  });

  it('invalidates by tag, and only the entries carrying the tag', async () => {
    const tagged = createTaggedCache(make(), { prefix: `t${randomUUID()}` });
    let loads = 0;
    const load = (value: string) => async () => {
      loads += 1;
      return value;
    };
    const a = () => tagged.remember('catalog:a', { tags: ['t1'], ttlSeconds: 60 }, load('a'));
    const b = () => tagged.remember('catalog:b', { tags: ['t2'], ttlSeconds: 60 }, load('b'));
    expect([await a(), await b(), await a(), await b()]).toEqual(['a', 'b', 'a', 'b']);
    expect(loads).toBe(2);
    await tagged.invalidateTags(['t1']);
    await a();
    await b();
    expect(loads).toBe(3);
  });
}

describe('memory cache', () => {
  behavesLikeACache(() => createMemoryCache());
});

describe('tagged cache', () => {
  it('loads a hot key once for concurrent callers (single flight)', async () => {
    const tagged = createTaggedCache(createMemoryCache());
    let loads = 0;
    const slow = async () => {
      loads += 1;
      await sleep(50);
      return { n: loads };
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        tagged.remember('search:hot', { tags: ['search'], ttlSeconds: 60 }, slow),
      ),
    );
    expect(loads).toBe(1);
    expect(results.every((r) => r.n === 1)).toBe(true);
  });

  it('caches null results too, and falls through to the loader when the store is down', async () => {
    const tagged = createTaggedCache(createMemoryCache());
    let loads = 0;
    const load = async () => {
      loads += 1;
      return null;
    };
    await tagged.remember('catalog:none', { tags: [], ttlSeconds: 60 }, load);
    await tagged.remember('catalog:none', { tags: [], ttlSeconds: 60 }, load);
    expect(loads).toBe(1);

    const errors: unknown[] = [];
    const broken = createTaggedCache(createRedisCache(createRedisClient('redis://127.0.0.1:1')), {
      onError: (e) => errors.push(e),
    });
    expect(
      await broken.remember('catalog:x', { tags: ['t'], ttlSeconds: 60 }, async () => 42),
    ).toBe(42);
    await broken.invalidateTags(['t']);
    expect(errors).toHaveLength(1);
  });

  it('refuses keys outside the shared catalog namespaces (no personal data in shared storage)', async () => {
    const tagged = createTaggedCache(createMemoryCache());
    for (const key of ['cart:1', 'session:abc', 'order:9', 'user:1'])
      await expect(
        tagged.remember(key, { tags: [], ttlSeconds: 1 }, async () => 1),
      ).rejects.toThrow(/outside the shared namespaces/);
  });
});

describe('upstash cache (real client against a REST stand-in)', async () => {
  const standIn = await startUpstashStandIn('upstash-token');
  afterAll(() => standIn.close());
  const make = () =>
    createUpstashCache(createUpstashClient({ url: standIn.url, token: 'upstash-token' }));

  behavesLikeACache(make);

  it('degrades to misses when Upstash fails or the token is wrong', async () => {
    const errors: unknown[] = [];
    const wrong = createUpstashCache(
      createUpstashClient({ url: standIn.url, token: 'wrong' }),
      (e) => errors.push(e),
    );
    await wrong.set('k', 1, 10);
    expect(await wrong.get('k')).toBeUndefined();
    expect(await wrong.ping()).toBe(false);
    standIn.setDown(true);
    try {
      expect(await make().getMany(['a'])).toBeUndefined();
      expect(await make().incr('a')).toBeUndefined();
    } finally {
      standIn.setDown(false);
    }
    expect(errors.length).toBeGreaterThan(0);
  });
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

  it('uses upstash when its URL and token are set and REDIS_URL is not', () => {
    vi.stubEnv('REDIS_URL', '');
    vi.stubEnv('UPSTASH_REDIS_REST_URL', 'https://example.upstash.io');
    vi.stubEnv('UPSTASH_REDIS_REST_TOKEN', 'token');
    resetEnvForTests();
    expect(getCacheDriverName()).toBe('upstash');
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

  it('an invalidation on one instance is seen by another sharing the server', async () => {
    const prefix = `t${randomUUID()}`;
    const one = createTaggedCache(createRedisCache(client(redisUrl ?? '')), { prefix });
    const two = createTaggedCache(createRedisCache(client(redisUrl ?? '')), { prefix });
    let version = 1;
    const load = async () => version;
    expect(await one.remember('catalog:p', { tags: ['product:1'], ttlSeconds: 60 }, load)).toBe(1);
    version = 2;
    expect(await two.remember('catalog:p', { tags: ['product:1'], ttlSeconds: 60 }, load)).toBe(1);
    await two.invalidateTags(['product:1']);
    expect(await one.remember('catalog:p', { tags: ['product:1'], ttlSeconds: 60 }, load)).toBe(2);
  });

  it('calls made while a fresh connection is being opened wait for it instead of missing', async () => {
    const fresh = createRedisCache(client(redisUrl ?? ''));
    const keys = Array.from({ length: 5 }, () => `test:${randomUUID()}`);
    // All five start before the lazy client has connected.
    await Promise.all(keys.map((key, index) => fresh.set(key, index, 30)));
    const reader = createRedisCache(client(redisUrl ?? ''));
    expect(await reader.getMany(keys)).toEqual([0, 1, 2, 3, 4]);
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
