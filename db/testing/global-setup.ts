import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../embedded';
import { runMigrations } from '../migrate';
import { assertLocalDatabase } from './guard';
import { testSetting } from '@/lib/env';

/**
 * Integration tests run on real PostgreSQL: the machine's server when TEST_DATABASE_URL is set,
 * else an embedded one in .data/test-pg. A template database is migrated once per run; each test
 * file clones it (see test-db.ts), so files never see each other's data.
 */
export const TEMPLATE = `loja_tpl_${process.pid}`;

let embedded: EmbeddedServer | undefined;
let serverUrl: string;

function withDatabase(url: string, database: string) {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export default async function setup({
  provide,
}: {
  provide: (key: string, value: string) => void;
}) {
  const external = testSetting('TEST_DATABASE_URL');
  if (external) {
    serverUrl = external;
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/test-pg'),
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  assertLocalDatabase(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  await runMigrations(withDatabase(serverUrl, TEMPLATE));
  provide('serverUrl', serverUrl);
  provide('templateDb', TEMPLATE);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists ${TEMPLATE} with (force)`);
    await client.end();
    await embedded?.stop();
  };
}
