import type { Instrumentation } from 'next';

type Sentry = typeof import('@sentry/node');

// Set only when SENTRY_DSN configured Sentry in this (Node.js) process.
let sentry: Sentry | undefined;

export async function register() {
  // NEXT_RUNTIME is set by Next itself, not deployment config; @sentry/node cannot load on edge.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
  // Background jobs run in this server (lib/jobs/start-in-server.ts says why), but not while
  // `next build` prerenders: it loads this file too, with NEXT_PHASE set by Next itself. The
  // import sits inside a NEXT_RUNTIME test of its own because Next also compiles this file for the
  // edge runtime and leaves a module out of that bundle only when its import is in a dead branch.
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    env.JOBS_ENABLED &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { startJobsInServer } = await import('@/lib/jobs/start-in-server');
    startJobsInServer(env);
  }
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

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (!sentry) return;
  // Request headers carry cookies and tokens: only the route and method go to Sentry.
  sentry.captureException(error, {
    tags: { routeType: context.routeType, routePath: context.routePath },
    extra: { method: request.method, path: request.path },
  });
  await sentry.flush(2_000);
};
