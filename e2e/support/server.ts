/**
 * Playwright's web server: a fresh database of its own (the machine's PostgreSQL when
 * TEST_DATABASE_URL is set, else an embedded one), migrated and seeded, then `next start` on the
 * given port from a current production build. Exits cleanly when Playwright stops it.
 *
 * `E2E_JOIN=<name>` among the extra settings starts a second app instance on the database of the
 * already running server `<name>` instead (no new database, no seed): several instances, one store.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { assertLocalDatabase } from '@/db/testing/guard';
import { closeDb, getDb } from '@/lib/db/client';
import { isBuildCurrent } from '../../scripts/lib/build-stamp';

const port = process.argv[2];
const name = process.argv[3] ?? 'main';
const { E2E_JOIN: join, ...extraEnv } = Object.fromEntries(
  (process.argv.slice(4) ?? []).map((pair) => pair.split('=', 2) as [string, string]),
);
const database = `loja_e2e_${join ?? name}`;

async function main() {
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && join) throw new Error('E2E_JOIN needs TEST_DATABASE_URL (a shared server).');
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(`.data/e2e-${name}`),
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  assertLocalDatabase(serverUrl);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  if (!join) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
    await admin.end();
    await runMigrations(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    await seedDemo(getDb());
    await closeDb();
  }
  // `npm run test:e2e` builds first; two servers building into one .next at once would clash.
  if (!isBuildCurrent())
    throw new Error(
      'The production build is missing or stale: run `npm run build` (or `npm run test:e2e`).',
    );

  const next = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', port!],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        ...extraEnv,
        NODE_ENV: 'production',
        LOJA_DEMO: 'true',
        DATABASE_URL: databaseUrl,
      },
    },
  );
  const stop = async () => {
    next.kill('SIGTERM');
    await new Promise((resolve) =>
      next.exitCode === null ? next.once('exit', resolve) : resolve(null),
    );
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  next.on('exit', (code) => {
    void embedded?.stop().then(() => process.exit(code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
