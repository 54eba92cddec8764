import { NextResponse, type NextRequest } from 'next/server';
import { corsHeaders, corsPreflight } from '@/lib/api/cors';
import { REQUEST_ID_HEADER, resolveRequestId } from '@/lib/api/request-id';
import { getEnv } from '@/lib/env';
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  createNonce,
} from '@/lib/security/headers';
import { stripeElementsEnabled, withStripeSources } from '@/lib/security/stripe-csp';
import { vindiCardOrigin, withVindiSources } from '@/lib/security/vindi-csp';

/**
 * Per request: a CSP nonce (Next reads it from the request's CSP header and stamps its own
 * scripts), a request id for logs, and the security headers. Authorization does not live here.
 */
export function proxy(request: NextRequest) {
  const preflight = corsPreflight(request);
  if (preflight) return preflight;
  const env = getEnv();
  const nonce = createNonce();
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  const csp = withVindiSources(
    withStripeSources(
      buildContentSecurityPolicy({
        nonce,
        isDevelopment: env.NODE_ENV === 'development',
        mapTileUrl: env.NEXT_PUBLIC_MAP_TILE_URL,
        pusher:
          env.PUSHER_KEY && env.PUSHER_CLUSTER
            ? { cluster: env.PUSHER_CLUSTER, host: env.PUSHER_HOST, port: env.PUSHER_PORT }
            : null,
      }),
      stripeElementsEnabled(env),
    ),
    vindiCardOrigin(env),
  );

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(
    buildSecurityHeaders({ csp, isProduction: env.isProduction }),
  )) {
    response.headers.set(name, value);
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(corsHeaders(request) ?? {})) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Build output under _next/static and _next/image is immutable and needs no nonce.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
