/**
 * `npm start` (production server) and `npm run dev` (development server): brings up the database
 * (embedded PostgreSQL in .data/ unless DATABASE_URL is set), applies migrations, seeds the demo
 * catalog in demo mode, builds when the bundle is stale, then runs Next.js until Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { DEMO_LOGINS, seedDemo } from '@/db/seed';
import { closeDb, getDb } from '@/lib/db/client';
import { EnvError, parseEnv, resetEnvForTests } from '@/lib/env';
import { ensureProductionBuild } from './lib/next-build';

const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[loja] ${line}`);

async function main() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
  // No DATABASE_URL means the zero-config store: embedded database, demo data, demo secrets.
  const embedded = !process.env.DATABASE_URL;
  if (embedded && !dev) process.env.LOJA_DEMO ??= 'true';
  resetEnvForTests();
  const env = parseEnv(process.env);

  let database: EmbeddedServer | undefined;
  // Filled once Next.js is spawned; shutdown() may run before that.
  const running: { next?: ChildProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const next = running.next;
    if (next && next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((resolve) => next.once('exit', resolve));
    }
    await closeDb();
    if (database) {
      log('Stopping PostgreSQL…');
      await database.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let url = env.DATABASE_URL;
  if (!url) {
    log(`Starting embedded PostgreSQL (data in ${path.resolve(env.LOJA_DATA_DIR)})…`);
    database = await startEmbeddedPostgres({ dataDir: env.LOJA_DATA_DIR, log });
    url = database.url;
    log(`PostgreSQL is listening on 127.0.0.1:${database.state.port}`);
  }
  await runMigrations(url);
  log('Migrations applied.');

  if (env.isDemo) {
    const seeded = await seedDemo(getDb());
    log(
      seeded.created
        ? `Seeded the demo catalog (${seeded.products} products).`
        : 'Demo catalog already present.',
    );
  }
  await closeDb();

  if (!dev) await ensureProductionBuild(log);
  if (stopping) return;
  const nextBin = require.resolve('next/dist/bin/next');
  const next = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(env.PORT)], {
    stdio: 'inherit',
    // In embedded mode the server finds the database through .data/embedded.json.
    env: process.env,
  });
  running.next = next;
  log(`Loja is starting on http://localhost:${env.PORT}`);
  if (env.isDemo) {
    log('Demo logins (demo mode only):');
    for (const login of DEMO_LOGINS)
      log(`  ${login.role.padEnd(8)} ${login.email} / ${login.password}`);
  }
  next.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
