/** `npm run db:migrate`: applies committed migrations to DATABASE_URL or the embedded database. */
import { existsSync } from 'node:fs';
import { runMigrations } from '@/db/migrate';
import { parseEnv } from '@/lib/env';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');

withDatabase(parseEnv(process.env), async (url) => {
  await runMigrations(url);
  console.log('Migrations applied.');
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
