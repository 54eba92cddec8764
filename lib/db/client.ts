import { readFileSync } from 'node:fs';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '@/db/schema';
import { embeddedUrl, stateFile, type EmbeddedState } from '@/db/embedded-state';
import { getEnv } from '@/lib/env';

export type Database = NodePgDatabase<typeof schema>;
/** A database handle or an open transaction: domain functions accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * DATABASE_URL when set; otherwise the embedded server that `npm start` / `npm run dev` started
 * for this data directory.
 */
export function resolveDatabaseUrl() {
  const env = getEnv();
  if (env.DATABASE_URL) return env.DATABASE_URL;
  try {
    const state = JSON.parse(readFileSync(stateFile(env.LOJA_DATA_DIR), 'utf8')) as EmbeddedState;
    return embeddedUrl(state);
  } catch {
    throw new Error(
      'DATABASE_URL is not set and no embedded PostgreSQL is running for this folder: start Loja with `npm start` or `npm run dev`.',
    );
  }
}

// One pool per process; kept on globalThis so dev hot reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { lojaPool?: pg.Pool; lojaDb?: Database };

export function getPool(): pg.Pool {
  if (!globalForDb.lojaPool) {
    const pool = new pg.Pool({
      connectionString: resolveDatabaseUrl(),
      max: getEnv().DATABASE_POOL_MAX,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    globalForDb.lojaPool = pool;
  }
  return globalForDb.lojaPool;
}

export function getDb(): Database {
  globalForDb.lojaDb ??= drizzle(getPool(), { schema });
  return globalForDb.lojaDb;
}

export async function closeDb() {
  const pool = globalForDb.lojaPool;
  globalForDb.lojaPool = undefined;
  globalForDb.lojaDb = undefined;
  await pool?.end();
}
