import { getEnv } from '@/lib/env';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id';

/**
 * CORS for /api/*: closed unless the request's Origin is on API_CORS_ORIGINS. Credentials
 * (cookies) are never allowed cross-origin: API clients use bearer tokens.
 */
export function corsHeaders(
  request: Request,
  allowList: readonly string[] = getEnv().API_CORS_ORIGINS ?? [],
): Record<string, string> | undefined {
  if (!new URL(request.url).pathname.startsWith('/api/')) return undefined;
  const origin = request.headers.get('origin');
  if (!origin || !allowList.some((allowed) => new URL(allowed).origin === origin)) return undefined;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** The answer to an allowed preflight; undefined lets a refused one fall through (no CORS headers). */
export function corsPreflight(request: Request): Response | undefined {
  if (request.method !== 'OPTIONS' || !request.headers.get('access-control-request-method')) {
    return undefined;
  }
  const headers = corsHeaders(request);
  return headers ? new Response(null, { status: 204, headers }) : undefined;
}
