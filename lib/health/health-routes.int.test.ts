import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as health } from '@/app/health/route';
import { GET as live } from '@/app/health/live/route';
import { GET as ready } from '@/app/health/ready/route';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { resetCacheForTests } from '@/lib/cache';
import { startUpstashStandIn } from '@/lib/cache/testing/upstash-stand-in';
import { closeDb } from '@/lib/db/client';
import { resetEnvForTests, testSetting } from '@/lib/env';
import { checkReadiness, readAppliedMigrations } from './readiness';

const redisUrl = testSetting('TEST_REDIS_URL');
if (!redisUrl)
  console.warn(
    'Skipping /health Redis checks: set TEST_REDIS_URL (e.g. redis://127.0.0.1:6379) to run them.',
  );

let migrated: TestDatabase;
let empty: TestDatabase;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const request = (path: string) => new Request(`http://loja.test${path}`);

function configure(vars: Record<string, string>) {
  vi.stubEnv('ELASTICSEARCH_URL', '');
  vi.stubEnv('QDRANT_URL', '');
  vi.stubEnv('REDIS_URL', '');
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetEnvForTests();
}

beforeAll(async () => {
  [migrated, empty] = await Promise.all([
    createTestDatabase(),
    createTestDatabase({ migrated: false }),
  ]);
});
afterAll(async () => {
  await Promise.all([migrated.drop(), empty.drop()]);
});
beforeEach(async () => {
  await closeDb();
  resetCacheForTests();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('GET /health/live', () => {
  it('is always ok', async () => {
    const res = await live(request('/health/live'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['status', 'timestamp']);
    expect(body.status).toBe('ok');
    expect(body.timestamp).toMatch(ISO);
  });
});

describe('GET /health/ready (real PostgreSQL)', () => {
  it('is ready on a fully migrated database', async () => {
    configure({ DATABASE_URL: migrated.url });
    const res = await ready(request('/health/ready'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', timestamp: expect.stringMatching(ISO) });
  });

  it('is not ready on an empty, un-migrated database', async () => {
    configure({ DATABASE_URL: empty.url });
    const res = await ready(request('/health/ready'));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; reason: string };
    expect(body.status).toBe('not_ready');
    expect(body.reason).toMatch(/^\d+ of \d+ migrations not applied/);
  });

  it('is not ready when one committed migration is missing from the database', async () => {
    const applied = await readAppliedMigrations(migrated.pool);
    const result = await checkReadiness(async () => applied.slice(1));
    expect(result.httpStatus).toBe(503);
    expect(result.body).toMatchObject({ reason: expect.stringMatching(/^1 of/) });
  });

  it('is not ready, quickly, when PostgreSQL is unreachable', async () => {
    configure({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nothing' });
    const started = Date.now();
    const res = await ready(request('/health/ready'));
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not_ready', reason: 'postgres unavailable' });
  });
});

describe('GET /health', () => {
  it('is ok with the exact shape on a reachable database and default drivers', async () => {
    configure({ DATABASE_URL: migrated.url });
    const res = await health(request('/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      services: { api: true, redis: true, postgres: true, elasticsearch: true, qdrant: true },
      drivers: {
        redis: 'memory',
        elasticsearch: 'postgres',
        qdrant: 'postgres',
        postgres: 'external',
      },
      timestamp: expect.stringMatching(ISO),
    });
  });

  it('is degraded (503) when PostgreSQL is down', async () => {
    configure({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nothing' });
    const res = await health(request('/health'));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'degraded',
      services: { postgres: false, redis: true },
    });
  });

  describe.skipIf(!redisUrl)('with Redis (real server)', () => {
    it('reports redis true and the redis driver when Redis answers', async () => {
      configure({ DATABASE_URL: migrated.url, REDIS_URL: redisUrl ?? '' });
      const res = await health(request('/health'));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        status: 'ok',
        services: { redis: true },
        drivers: { redis: 'redis' },
      });
    });

    it('is degraded, within the probe timeout, when Redis is down', async () => {
      configure({ DATABASE_URL: migrated.url, REDIS_URL: 'redis://127.0.0.1:1' });
      const started = Date.now();
      const res = await health(request('/health'));
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'degraded',
        services: { redis: false, postgres: true },
      });
    });
  });

  describe('with Upstash (REST stand-in)', () => {
    it('probes Upstash: ok while it answers, degraded (503) when it fails', async () => {
      const standIn = await startUpstashStandIn('health-token');
      try {
        configure({
          DATABASE_URL: migrated.url,
          UPSTASH_REDIS_REST_URL: standIn.url,
          UPSTASH_REDIS_REST_TOKEN: 'health-token',
        });
        const up = await health(request('/health'));
        expect(up.status).toBe(200);
        expect(await up.json()).toMatchObject({
          services: { redis: true },
          drivers: { redis: 'upstash' },
        });

        standIn.setDown(true);
        const down = await health(request('/health'));
        expect(down.status).toBe(503);
        expect(await down.json()).toMatchObject({ status: 'degraded', services: { redis: false } });
      } finally {
        await standIn.close();
      }
    });
  });
});
