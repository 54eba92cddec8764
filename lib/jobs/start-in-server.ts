import 'server-only';
import type { Env } from '@/lib/env';
import { getLogger } from '@/lib/log';
import { startJobs } from './jobs';

const RETRY_START_MS = 30_000;

/**
 * Starts the background jobs inside the Next.js server (called from instrumentation.ts) rather
 * than in a process that scripts/start.ts spawns beside it: every way the server is started
 * (`npm start`, `npm run dev`, the e2e servers, a container running `next start`) then processes
 * jobs with no extra setup, and requests can wake the local worker right after they queue
 * e-mails. pg-boss coordinates any number of such servers through PostgreSQL; JOBS_ENABLED=false
 * plus `npm run jobs:worker` moves the work to a dedicated process instead.
 *
 * Once per process whatever dev reloads do (startJobs keeps one runner on globalThis). Not
 * awaited, so a database that is slow to answer never delays serving; a failure is logged and
 * retried.
 */
export function startJobsInServer(env: Env) {
  startJobs(env).catch((error: unknown) => {
    getLogger().error({ err: error, component: 'jobs' }, 'background jobs did not start');
    setTimeout(() => startJobsInServer(env), RETRY_START_MS).unref();
  });
}
