import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { inject } from 'vitest';
import * as schema from '../schema';
import type { Database } from '@/lib/db/client';
import { assertLocalDatabase } from './guard';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
  }
}

export function databaseUrl(name: string) {
  const url = new URL(inject('serverUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

export type TestDatabase = {
  url: string;
  name: string;
  pool: pg.Pool;
  db: Database;
  drop: () => Promise<void>;
};

/** A fresh, migrated database of its own for one test file (clone of the run's template). */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const serverUrl = inject('serverUrl');
  assertLocalDatabase(serverUrl);
  const name = `loja_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(
      options.migrated === false
        ? `create database ${name}`
        : `create database ${name} template ${inject('templateDb')}`,
    );
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => {});
  return {
    url,
    name,
    pool,
    db: drizzle(pool, { schema }),
    drop: async () => {
      await pool.end();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
