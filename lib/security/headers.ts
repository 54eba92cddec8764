/** A fresh, unguessable nonce per request (base64 of 128 random bits). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The scheme and host of a tile template ({s} subdomains become a wildcard). */
export function mapTileOrigin(template: string | undefined): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replaceAll('{s}', 'sub').replace(/\{[a-z]\}/g, '0'));
    const host = template.includes('{s}.') ? url.host.replace(/^sub\./, '*.') : url.host;
    return `${url.protocol}//${host}`;
  } catch {
    return null;
  }
}

/** Where pusher-js connects: the cluster's WebSocket and SockJS hosts, or a custom host. */
export function pusherOrigins(pusher: { cluster: string; host?: string; port?: number }): string {
  if (pusher.host) {
    const port = pusher.port ? `:${pusher.port}` : '';
    return `ws://${pusher.host}${port} wss://${pusher.host}${port}`;
  }
  return `wss://ws-${pusher.cluster}.pusher.com https://sockjs-${pusher.cluster}.pusher.com`;
}

/**
 * Scripts run only from our origin or with this request's nonce; 'strict-dynamic' lets those
 * load their own chunks. React needs eval in development only, for its debugging stacks.
 */
export function buildContentSecurityPolicy({
  nonce,
  isDevelopment,
  mapTileUrl,
  pusher,
}: {
  nonce: string;
  isDevelopment: boolean;
  /** NEXT_PUBLIC_MAP_TILE_URL: its origin may serve images (map tiles), nothing else. */
  mapTileUrl?: string;
  /** With the Pusher transport, the browser opens its WebSocket (or SockJS fallback) there. */
  pusher?: { cluster: string; host?: string; port?: number } | null;
}): string {
  const tileOrigin = mapTileOrigin(mapTileUrl);
  const realtime = pusher ? ` ${pusherOrigins(pusher)}` : '';
  // No upgrade-insecure-requests: `npm start` over plain http://localhost must keep working;
  // HSTS covers real deployments.
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self' data:",
    `connect-src 'self'${realtime}${isDevelopment ? ' ws: wss:' : ''}`,
    // The courier app's service worker (/courier-sw.js); 'strict-dynamic' would otherwise refuse it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(self), payment=(self), usb=(), interest-cohort=()';

/** Headers every response carries. HSTS only in production: browsers pin it, and dev is plain HTTP. */
export function buildSecurityHeaders({
  csp,
  isProduction,
}: {
  csp: string;
  isProduction: boolean;
}): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(isProduction
      ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' }
      : {}),
  };
}
