import { describe, expect, it } from 'vitest';
import { checkHealth, type Drivers, type HealthProbes } from './check-health';
import { checkReadiness, describeMissingMigrations } from './readiness';

const drivers: Drivers = {
  redis: 'redis',
  elasticsearch: 'elasticsearch',
  qdrant: 'qdrant',
  postgres: 'external',
};
const up = async () => true;
const down = async () => false;
const hung = () => new Promise<boolean>(() => {});
const now = () => new Date('2026-01-02T03:04:05.000Z');

describe('checkHealth', () => {
  it('is ok (200) with the exact shape when every configured service answers', async () => {
    const probes: HealthProbes = { redis: up, postgres: up, elasticsearch: up, qdrant: up };
    expect(await checkHealth(probes, drivers, { now })).toEqual({
      httpStatus: 200,
      report: {
        status: 'ok',
        services: { api: true, redis: true, postgres: true, elasticsearch: true, qdrant: true },
        drivers,
        timestamp: '2026-01-02T03:04:05.000Z',
      },
    });
  });

  it('counts unconfigured services as up (their built-in default serves them)', async () => {
    const result = await checkHealth(
      { redis: null, postgres: up, elasticsearch: null, qdrant: null },
      drivers,
    );
    expect(result.httpStatus).toBe(200);
    expect(result.report.services).toEqual({
      api: true,
      redis: true,
      postgres: true,
      elasticsearch: true,
      qdrant: true,
    });
  });

  it('is degraded (503) when one answers false or throws', async () => {
    const failing = async () => {
      throw new Error('ECONNREFUSED');
    };
    const result = await checkHealth(
      { redis: down, postgres: up, elasticsearch: failing, qdrant: up },
      drivers,
    );
    expect(result.httpStatus).toBe(503);
    expect(result.report.status).toBe('degraded');
    expect(result.report.services).toEqual({
      api: true,
      redis: false,
      postgres: true,
      elasticsearch: false,
      qdrant: true,
    });
  });

  it('does not hang on a hung service: it times out, in parallel with the others', async () => {
    const started = Date.now();
    const result = await checkHealth(
      { redis: hung, postgres: hung, elasticsearch: up, qdrant: hung },
      drivers,
      { timeoutMs: 100 },
    );
    expect(Date.now() - started).toBeLessThan(500);
    expect(result.httpStatus).toBe(503);
    expect(result.report.services).toMatchObject({
      redis: false,
      postgres: false,
      qdrant: false,
      elasticsearch: true,
    });
  });
});

describe('checkReadiness', () => {
  it('is ready when every committed migration is recorded', async () => {
    const result = await checkReadiness(async () => [1, 2], { committed: [1, 2], now });
    expect(result).toEqual({
      httpStatus: 200,
      body: { status: 'ready', timestamp: '2026-01-02T03:04:05.000Z' },
    });
  });

  it('is not ready, saying how many are missing, when one is not applied', async () => {
    const result = await checkReadiness(async () => [1], { committed: [1, 2, 3] });
    expect(result.httpStatus).toBe(503);
    expect(result.body).toMatchObject({
      status: 'not_ready',
      reason: '2 of 3 migrations not applied (run npm run db:migrate)',
    });
    expect(describeMissingMigrations([], [1])).toContain('1 of 1');
  });

  it('is not ready without leaking the connection error, and reports it to onError', async () => {
    const errors: unknown[] = [];
    const result = await checkReadiness(
      async () => {
        throw new Error('password authentication failed for user "loja"');
      },
      { committed: [1], onError: (e) => errors.push(e) },
    );
    expect(result.body).toMatchObject({ status: 'not_ready', reason: 'postgres unavailable' });
    expect(JSON.stringify(result)).not.toContain('password');
    expect(errors).toHaveLength(1);
  });

  it('is not ready quickly when PostgreSQL hangs', async () => {
    const started = Date.now();
    const result = await checkReadiness(() => new Promise<number[]>(() => {}), {
      committed: [1],
      timeoutMs: 100,
    });
    expect(Date.now() - started).toBeLessThan(500);
    expect(result.httpStatus).toBe(503);
  });
});
