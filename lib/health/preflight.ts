import pg from 'pg';
import { EnvError, parseEnv, type Env } from '@/lib/env';
import { createRedisClient } from '@/lib/cache/redis';
import { createElasticsearchClient } from '@/lib/search/elasticsearch-client';
import { createQdrantClient } from '@/lib/vectors/qdrant-client';
import { describeMissingMigrations, committedMigrations, readAppliedMigrations } from './readiness';

export type PreflightStatus = 'ok' | 'missing' | 'failed' | 'not configured';
export type PreflightRow = {
  service: string;
  required: boolean;
  configured: boolean;
  status: PreflightStatus;
  detail: string;
};

/** Rejects once `ms` pass, so a hung service fails the check instead of stalling it. */
function timeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)) || 'unknown error';

async function checkPostgres(url: string, ms: number): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: ms });
  client.on('error', () => {});
  try {
    await timeLimit(client.connect(), ms);
    await timeLimit(client.query('select 1'), ms);
    const missing = describeMissingMigrations(
      await timeLimit(readAppliedMigrations(client), ms),
      committedMigrations(),
    );
    if (missing) throw new Error(missing);
    return 'connected, select 1, all migrations applied';
  } finally {
    void client.end().catch(() => {});
  }
}

async function checkRedis(url: string, ms: number): Promise<string> {
  const client = createRedisClient(url, { connectTimeoutMs: ms });
  try {
    await timeLimit(client.connect(), ms);
    const reply = await timeLimit(client.ping(), ms);
    if (reply !== 'PONG') throw new Error(`PING answered ${reply}`);
    return 'connected, PING → PONG';
  } finally {
    client.disconnect();
  }
}

async function checkElasticsearch(env: Env, url: string, ms: number): Promise<string> {
  const client = createElasticsearchClient({
    url,
    apiKey: env.ELASTICSEARCH_API_KEY,
    requestTimeoutMs: ms,
    maxRetries: 0,
  });
  try {
    if (!(await timeLimit(client.ping(), ms))) throw new Error('ping answered false');
    return 'ping ok';
  } finally {
    void client.close().catch(() => {});
  }
}

async function checkQdrant(env: Env, url: string, ms: number): Promise<string> {
  const { collections } = await timeLimit(
    createQdrantClient({ url, apiKey: env.QDRANT_API_KEY, timeoutMs: ms }).getCollections(),
    ms,
  );
  return `${collections.length} collection(s) listed`;
}

type Check = {
  service: string;
  required: boolean;
  variable?: string;
  unset: string;
  run: (url: string) => Promise<string>;
};

async function runCheck({ service, required, variable, unset, run }: Check): Promise<PreflightRow> {
  if (!variable)
    return {
      service,
      required,
      configured: false,
      status: required ? 'missing' : 'not configured',
      detail: unset,
    };
  try {
    return { service, required, configured: true, status: 'ok', detail: await run(variable) };
  } catch (error) {
    return { service, required, configured: true, status: 'failed', detail: message(error) };
  }
}

/**
 * PostgreSQL and Redis are required: several instances must share sessions, carts and rate
 * limits. Search and vectors have a PostgreSQL fallback, but a configured one must work.
 */
export function runPreflight(env: Env, timeoutMs = 3_000): Promise<PreflightRow[]> {
  const upstashOnly = !env.REDIS_URL && env.UPSTASH_REDIS_REST_URL;
  return Promise.all([
    runCheck({
      service: 'postgres',
      required: true,
      variable: env.DATABASE_URL,
      unset: 'set DATABASE_URL (PostgreSQL 15+)',
      run: (url) => checkPostgres(url, timeoutMs),
    }),
    runCheck({
      service: 'redis',
      required: true,
      variable: env.REDIS_URL,
      unset: upstashOnly
        ? 'UPSTASH_REDIS_REST_URL is set but the Upstash driver is not available yet: set REDIS_URL'
        : 'set REDIS_URL (shared cache, sessions and rate limits)',
      run: (url) => checkRedis(url, timeoutMs),
    }),
    runCheck({
      service: 'elasticsearch',
      required: false,
      variable: env.ELASTICSEARCH_URL,
      unset: 'not configured: Postgres full-text search serves it (ELASTICSEARCH_URL)',
      run: (url) => checkElasticsearch(env, url, timeoutMs),
    }),
    runCheck({
      service: 'qdrant',
      required: false,
      variable: env.QDRANT_URL,
      unset: 'not configured: Postgres vectors serve it (QDRANT_URL)',
      run: (url) => checkQdrant(env, url, timeoutMs),
    }),
  ]);
}

export function isPreflightFailed(rows: PreflightRow[]): boolean {
  return rows.some((row) => row.status === 'missing' || row.status === 'failed');
}

export function formatPreflightTable(rows: PreflightRow[]): string {
  const header = ['service', 'required', 'configured', 'status', 'detail'];
  const cells = rows.map((r) => [
    r.service,
    r.required ? 'yes' : 'no',
    r.configured ? 'yes' : 'no',
    r.status,
    r.detail,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join(
    '\n',
  );
}

/**
 * Validates the environment as production (NODE_ENV defaults to production here). Problems are
 * reported, and services are still checked with a lenient parse so the operator sees everything.
 */
export function loadPreflightEnv(source: Record<string, string | undefined>): {
  env: Env | null;
  problems: string[];
} {
  const strict = { ...source, NODE_ENV: source.NODE_ENV || 'production' };
  try {
    return { env: parseEnv(strict), problems: [] };
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const problems = error.problems.map((p) => `${p.variable} ${p.message}`);
    try {
      return { env: parseEnv({ ...source, NODE_ENV: 'development' }), problems };
    } catch {
      return { env: null, problems };
    }
  }
}
