import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/metrics/route';
import { closeDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { getCounter, getMetricsRegistry, isBearerTokenValid, observeHttpRequest } from './metrics';

const TOKEN = 'm'.repeat(40);
const scrape = (authorization?: string) =>
  GET(new Request('http://loja.test/metrics', { headers: authorization ? { authorization } : {} }));

function configure(vars: Record<string, string>) {
  vi.stubEnv('METRICS_TOKEN', '');
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('LOJA_DATA_DIR', '/nonexistent/loja-metrics-test');
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetEnvForTests();
}

beforeEach(() => closeDb());
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('isBearerTokenValid', () => {
  it('accepts only the exact bearer token', () => {
    expect(isBearerTokenValid(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(isBearerTokenValid(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(isBearerTokenValid(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(isBearerTokenValid(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(isBearerTokenValid(TOKEN, TOKEN)).toBe(false);
    expect(isBearerTokenValid(null, TOKEN)).toBe(false);
    expect(isBearerTokenValid('Bearer ', TOKEN)).toBe(false);
  });
});

describe('registry', () => {
  it('is one per process and exposes default, HTTP and business metrics', async () => {
    expect(getMetricsRegistry()).toBe(getMetricsRegistry());
    observeHttpRequest({ method: 'GET', route: '/p/[slug]', status: 200 }, 0.042);
    const orders = getCounter('orders_placed_total', 'Orders placed', ['gateway']);
    expect(getCounter('orders_placed_total', 'Orders placed', ['gateway'])).toBe(orders);
    orders.inc({ gateway: 'sandbox' });
    const text = await getMetricsRegistry().metrics();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain(
      'http_request_duration_seconds_bucket{le="0.05",method="GET",route="/p/[slug]",status="200"} 1',
    );
    expect(text).toContain('orders_placed_total{gateway="sandbox"} 1');
  });
});

describe('GET /metrics', () => {
  it('serves Prometheus text without a token in development when none is set, even with no database', async () => {
    configure({});
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(text).toContain('# TYPE db_pool_connections_total gauge');
  });

  it('requires the bearer token whenever METRICS_TOKEN is set', async () => {
    configure({ METRICS_TOKEN: TOKEN });
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await scrape('Bearer wrong-token')).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(200);
  });

  it('always requires a token in production, even a demo without METRICS_TOKEN', async () => {
    configure({ NODE_ENV: 'production', LOJA_DEMO: 'true' });
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer anything')).status).toBe(401);
  });

  it('reports DB pool gauges when a database is configured', async () => {
    configure({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nothing' });
    const text = await (await scrape()).text();
    expect(text).toMatch(/db_pool_connections_total \d+/);
    expect(text).toMatch(/db_pool_waiting_requests \d+/);
  });
});
