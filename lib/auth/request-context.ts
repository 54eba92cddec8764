import 'server-only';
import { getEnv } from '@/lib/env';
import { LOCALE_COOKIE, resolveLocale, type Locale } from '@/lib/i18n/config';

export type RequestContext = {
  ip: string | null;
  userAgent: string | null;
  /** Base of links in e-mails. */
  baseUrl: string;
  locale: Locale;
};

/**
 * The last X-Forwarded-For hop is the address the nearest proxy saw (`next start` fills the header
 * with the socket address when no proxy set it); earlier hops are client-controlled.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || null;
}

function readCookie(headers: Headers, name: string) {
  for (const part of headers.get('cookie')?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Host headers are attacker-controlled: they build links only when the proxy is trusted. */
export function trustsHostHeader() {
  const env = getEnv();
  return env.AUTH_TRUST_HOST ?? (env.isDemo || Boolean(env.APP_URL));
}

export function requestContextFrom(headers: Headers): RequestContext {
  const env = getEnv();
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  const fromHeaders = host && trustsHostHeader() && !env.APP_URL ? `${proto}://${host}` : undefined;
  return {
    ip: clientIp(headers),
    userAgent: headers.get('user-agent'),
    baseUrl: (env.APP_URL ?? fromHeaders ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    locale: resolveLocale({
      cookie: readCookie(headers, LOCALE_COOKIE),
      acceptLanguage: headers.get('accept-language'),
    }),
  };
}
