import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { getAuthSecret, getSessionCookie } from './session-cookie';

const strong = 'x'.repeat(24) + 'Strong-Secret-123';
const production = parseEnv({
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://loja@db.internal:5432/loja',
  JWT_SECRET: strong,
  JWT_REFRESH_SECRET: `${strong}-r`,
  METRICS_TOKEN: `${strong}-m`,
});

describe('session cookie', () => {
  it('is httpOnly, SameSite=Lax and Secure (with the __Secure- prefix) in production', () => {
    expect(getSessionCookie(production)).toEqual({
      name: '__Secure-loja.session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
  });

  it('drops Secure only for a plain-http demo or development', () => {
    const demo = parseEnv({ NODE_ENV: 'production', LOJA_DEMO: 'true' });
    expect(getSessionCookie(demo).options).toMatchObject({ httpOnly: true, secure: false });
    const httpsDemo = parseEnv({
      NODE_ENV: 'production',
      LOJA_DEMO: 'true',
      APP_URL: 'https://demo.loja.dev',
    });
    expect(getSessionCookie(httpsDemo).options.secure).toBe(true);
  });

  it('derives the Auth.js secret from JWT_SECRET unless AUTH_SECRET is set', () => {
    const derived = getAuthSecret(production);
    expect(derived).not.toBe(strong);
    expect(derived.length).toBeGreaterThanOrEqual(32);
    expect(getAuthSecret(parseEnv({ AUTH_SECRET: 'explicit-secret' }))).toBe('explicit-secret');
  });
});
