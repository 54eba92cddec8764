import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export const migrationsFolder = path.resolve(__dirname, 'migrations');

/** Applies every committed migration not yet applied; safe to run on every start. */
export async function runMigrations(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 1 });
  try {
    await migrate(drizzle(pool), { migrationsFolder });
  } finally {
    await pool.end();
  }
}

/** Number of committed migrations, to compare with what the database recorded. */
export async function countMigrationFiles() {
  const journal = (await import('./migrations/meta/_journal.json')).default as {
    entries: unknown[];
  };
  return journal.entries.length;
}
