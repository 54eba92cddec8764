import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { corsHeaders, corsPreflight } from './cors';

const req = (path: string, origin?: string, method = 'GET', extra: Record<string, string> = {}) =>
  new Request(`http://loja.test${path}`, {
    method,
    headers: { ...(origin ? { origin } : {}), ...extra },
  });

describe('CORS', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it('is closed by default', () => {
    expect(corsHeaders(req('/api/auth/token', 'https://evil.example'))).toBeUndefined();
  });

  it('opens /api/* to the configured origins only, without credentials', () => {
    vi.stubEnv('API_CORS_ORIGINS', 'https://parceiro.example, https://app.example');
    resetEnvForTests();
    const headers = corsHeaders(req('/api/auth/token', 'https://app.example'));
    expect(headers?.['Access-Control-Allow-Origin']).toBe('https://app.example');
    expect(headers).not.toHaveProperty('Access-Control-Allow-Credentials');
    expect(corsHeaders(req('/api/auth/token', 'https://evil.example'))).toBeUndefined();
    expect(corsHeaders(req('/account', 'https://app.example'))).toBeUndefined();
    const preflight = corsPreflight(
      req('/api/auth/refresh', 'https://parceiro.example', 'OPTIONS', {
        'access-control-request-method': 'POST',
      }),
    );
    expect(preflight?.status).toBe(204);
    expect(
      corsPreflight(
        req('/api/auth/refresh', 'https://evil.example', 'OPTIONS', {
          'access-control-request-method': 'POST',
        }),
      ),
    ).toBeUndefined();
  });

  it('refuses a malformed allow-list at start-up', async () => {
    const { parseEnv } = await import('@/lib/env');
    expect(() => parseEnv({ API_CORS_ORIGINS: 'not a url' })).toThrow(/API_CORS_ORIGINS/);
  });
});
