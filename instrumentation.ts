import type { Instrumentation } from 'next';

type Sentry = typeof import('@sentry/node');

// Set only when SENTRY_DSN configured Sentry in this (Node.js) process.
let sentry: Sentry | undefined;

export async function register() {
  // NEXT_RUNTIME is set by Next itself, not deployment config; @sentry/node cannot load on edge.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
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
