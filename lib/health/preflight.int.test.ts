import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { inheritedEnvironment, parseEnv, testSetting } from '@/lib/env';
import { formatPreflightTable, isPreflightFailed, runPreflight } from './preflight';
import { closedPortUrl } from './testing/stand-in-server';

const redisUrl = testSetting('TEST_REDIS_URL');
const PATH = inheritedEnvironment().PATH;
if (!redisUrl)
  console.warn(
    'Skipping the passing preflight run: set TEST_REDIS_URL (e.g. redis://127.0.0.1:6379) to run it.',
  );

const root = path.resolve(__dirname, '../..');
const secret = (c: string) => c.repeat(40);

/** Runs the real script in a clean production environment (nothing inherited but PATH). */
async function runScript(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/preflight-prod.ts'],
      {
        cwd: root,
        env: { PATH, NODE_ENV: 'production', ...env },
        timeout: 60_000,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const row = (output: string, service: string) =>
  output.split('\n').find((line) => line.startsWith(`${service} `)) ?? '';

let migrated: TestDatabase;
let empty: TestDatabase;
beforeAll(async () => {
  [migrated, empty] = await Promise.all([
    createTestDatabase(),
    createTestDatabase({ migrated: false }),
  ]);
});
afterAll(async () => {
  await Promise.all([migrated.drop(), empty.drop()]);
});

describe('scripts/preflight-prod.ts', () => {
  it('fails with nothing configured, naming DATABASE_URL and REDIS_URL', async () => {
    const { code, output } = await runScript({});
    expect(code).not.toBe(0);
    expect(row(output, 'postgres')).toMatch(/yes\s+\| no\s+\| missing .*DATABASE_URL/);
    expect(row(output, 'redis')).toMatch(/yes\s+\| no\s+\| missing .*REDIS_URL/);
    expect(row(output, 'elasticsearch')).toContain('not configured');
  });

  it.skipIf(!redisUrl)(
    'passes with PostgreSQL and Redis up and production secrets set',
    async () => {
      const { code, output } = await runScript({
        DATABASE_URL: migrated.url,
        REDIS_URL: redisUrl ?? '',
        JWT_SECRET: secret('j'),
        JWT_REFRESH_SECRET: secret('r'),
        METRICS_TOKEN: secret('m'),
      });
      expect(row(output, 'postgres')).toMatch(
        /\| ok\s+\| connected, select 1, all migrations applied/,
      );
      expect(row(output, 'redis')).toMatch(/\| ok\s+\| connected, PING/);
      expect(code).toBe(0);
    },
  );
});

describe('runPreflight', () => {
  it('fails a database without migrations, and configured search/vector services that are down', async () => {
    const down = await closedPortUrl();
    const rows = await runPreflight(
      parseEnv({ DATABASE_URL: empty.url, ELASTICSEARCH_URL: down, QDRANT_URL: down }),
      1_000,
    );
    const byService = Object.fromEntries(rows.map((r) => [r.service, r]));
    expect(byService.postgres).toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/migrations not applied/),
    });
    expect(byService.elasticsearch).toMatchObject({ configured: true, status: 'failed' });
    expect(byService.qdrant).toMatchObject({ configured: true, status: 'failed' });
    expect(isPreflightFailed(rows)).toBe(true);
    expect(formatPreflightTable(rows)).not.toContain(empty.url);
  });

  it('fails an unreachable PostgreSQL within the time limit', async () => {
    const started = Date.now();
    const rows = await runPreflight(
      parseEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' }),
      1_000,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(rows[0]).toMatchObject({ service: 'postgres', status: 'failed' });
  });
});
