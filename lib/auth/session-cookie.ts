import { createHmac } from 'node:crypto';
import { getEnv, type Env } from '@/lib/env';

/**
 * Secure in production (and whenever the public URL is https); a demo on plain http keeps a
 * non-Secure cookie so it can sign in at all. httpOnly and SameSite=Lax always.
 */
export function getSessionCookie(env: Env = getEnv()) {
  const secure = (env.isProduction && !env.isDemo) || Boolean(env.APP_URL?.startsWith('https://'));
  return {
    name: secure ? '__Secure-loja.session' : 'loja.session',
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  };
}

/** AUTH_SECRET, or a key derived from JWT_SECRET so one secret is enough to configure. */
export function getAuthSecret(env: Env = getEnv()): string {
  return (
    env.AUTH_SECRET ??
    createHmac('sha256', env.JWT_SECRET).update('loja:authjs-session-cookie').digest('base64url')
  );
}
