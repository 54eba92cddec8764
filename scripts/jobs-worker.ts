/**
 * `npm run jobs:worker`: a process that runs only the background jobs (lib/jobs: reservation
 * expiry, order e-mails, best-selling counts, the Elasticsearch sync when ELASTICSEARCH_URL is
 * set). App servers run the same jobs themselves unless JOBS_ENABLED=false; any number of
 * servers and workers may run at once, pg-boss hands each job to one of them. Stops on
 * SIGINT/SIGTERM after the running jobs finish (10 s at most).
 */
import { existsSync } from 'node:fs';
import { closeDb } from '@/lib/db/client';
import { parseEnv } from '@/lib/env';
import { startJobs, stopJobs } from '@/lib/jobs/jobs';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = parseEnv(process.env);

withDatabase(env, async (url) => {
  process.env.DATABASE_URL = url;
  const stopped = new Promise<void>((resolve) => {
    // `on`, not `once`: Ctrl-C reaches this process from the terminal and again through tsx, and
    // a second signal without a listener would kill it before the running jobs finish.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => resolve());
  });
  const runtime = await startJobs(env, { connectionString: url });
  console.log(`Jobs worker started: ${[...runtime.workers.keys()].join(', ')}.`);
  await stopped;
  console.log('Stopping the jobs worker…');
  await stopJobs();
  await closeDb();
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
