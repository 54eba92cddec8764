import type { Instrumentation } from 'next';
import type { Env } from '@/lib/env';

type Sentry = typeof import('@sentry/node');

// Set only when SENTRY_DSN configured Sentry in this (Node.js) process.
let sentry: Sentry | undefined;

export async function register() {
  // NEXT_RUNTIME is set by Next itself, not deployment config; @sentry/node cannot load on edge.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
  if (env.JOBS_ENABLED) startBackgroundJobs(env);
  if (!env.SENTRY_DSN) return;
  const Sentry = await import('@sentry/node');
  Sentry.init({
    dsn: env.SENTRY_DSN,
    environment: env.NODE_ENV,
    tracesSampleRate: 0,
    // Cookies, headers, bodies and query strings can hold tokens or card data: never send them.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
    },
  });
  sentry = Sentry;
}

/**
 * Background jobs (lib/jobs) run inside the Next.js server rather than in a process that
 * scripts/start.ts spawns beside it: every way the server is started (`npm start`, `npm run dev`,
 * the e2e servers, a container running `next start`) then processes jobs with no extra setup, and
 * requests can wake the local worker right after they queue e-mails. pg-boss coordinates any
 * number of such servers through PostgreSQL; JOBS_ENABLED=false plus `npm run jobs:worker` moves
 * the work to a dedicated process instead.
 *
 * Not while `next build` prerenders (it loads this file too, with NEXT_PHASE set by Next itself),
 * and not twice: startJobs keeps one runner per process, whatever dev reloads. Not awaited, so a
 * database that is slow to answer never delays serving; a failure is logged and retried.
 */
function startBackgroundJobs(env: Env) {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  void import('@/lib/jobs/jobs')
    .then(({ startJobs }) => startJobs(env))
    .catch(async (error: unknown) => {
      const { getLogger } = await import('@/lib/log');
      getLogger().error({ err: error, component: 'jobs' }, 'background jobs did not start');
      setTimeout(() => startBackgroundJobs(env), 30_000).unref();
    });
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (!sentry) return;
  // Request headers carry cookies and tokens: only the route and method go to Sentry.
  sentry.captureException(error, {
    tags: { routeType: context.routeType, routePath: context.routePath },
    extra: { method: request.method, path: request.path },
  });
  await sentry.flush(2_000);
};
