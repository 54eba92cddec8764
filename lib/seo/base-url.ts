import { getEnv } from '@/lib/env';

/** Absolute URLs in sitemaps and structured data: APP_URL, else the origin the request came to. */
export function resolveBaseUrl(requestUrl?: string): string {
  const { APP_URL, PORT } = getEnv();
  if (APP_URL) return APP_URL.replace(/\/$/, '');
  return requestUrl ? new URL(requestUrl).origin : `http://localhost:${PORT}`;
}
