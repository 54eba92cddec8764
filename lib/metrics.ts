import { timingSafeEqual, createHash } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { getPool } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { registerJobMetrics } from '@/lib/jobs/job-metrics';

type Metrics = { registry: Registry; httpDuration: Histogram<'method' | 'route' | 'status'> };

// Kept on globalThis: dev hot reloads re-evaluate modules, and prom-client refuses duplicate names.
const globalForMetrics = globalThis as unknown as { lojaMetrics?: Metrics };

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pool = (pick: (p: ReturnType<typeof getPool>) => number) =>
    function collect(this: Gauge) {
      try {
        this.set(pick(getPool()));
      } catch {
        // No database configured (or the embedded one is not running): report nothing.
      }
    };
  new Gauge({
    name: 'db_pool_connections_total',
    help: 'PostgreSQL pool clients',
    registers: [registry],
    collect: pool((p) => p.totalCount),
  });
  new Gauge({
    name: 'db_pool_connections_idle',
    help: 'Idle PostgreSQL pool clients',
    registers: [registry],
    collect: pool((p) => p.idleCount),
  });
  new Gauge({
    name: 'db_pool_waiting_requests',
    help: 'Queries waiting for a pool client',
    registers: [registry],
    collect: pool((p) => p.waitingCount),
  });
  registerJobMetrics(registry, getPool);
  return { registry, httpDuration };
}

function getMetrics(): Metrics {
  globalForMetrics.lojaMetrics ??= createMetrics();
  return globalForMetrics.lojaMetrics;
}

export function getMetricsRegistry(): Registry {
  return getMetrics().registry;
}

export function observeHttpRequest(
  labels: { method: string; route: string; status: number },
  seconds: number,
) {
  getMetrics().httpDuration.observe({ ...labels, status: String(labels.status) }, seconds);
}

/** A business counter (e.g. orders_placed_total), registered once however often it is asked for. */
export function getCounter<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
): Counter<L> {
  const registry = getMetricsRegistry();
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const registry = getMetricsRegistry();
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** Compares a presented bearer token with the expected one without leaking timing. */
export function isBearerTokenValid(authorization: string | null, expected: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  // Hashing first gives equal lengths, as timingSafeEqual requires, without revealing the length.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(expected));
}

export function isMetricsTokenRequired(env: {
  METRICS_TOKEN?: string;
  isProduction: boolean;
}): boolean {
  return Boolean(env.METRICS_TOKEN) || env.isProduction;
}

/** Auth hook for GET /metrics: a bearer METRICS_TOKEN whenever one is set, and always in production. */
export async function authorizeMetricsRequest(req: Request): Promise<null> {
  const env = getEnv();
  if (!isMetricsTokenRequired(env)) return null;
  if (env.METRICS_TOKEN && isBearerTokenValid(req.headers.get('authorization'), env.METRICS_TOKEN))
    return null;
  throw new AppError('unauthorized', 'Metrics require Authorization: Bearer <METRICS_TOKEN>.');
}
