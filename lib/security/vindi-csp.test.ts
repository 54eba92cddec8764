import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './headers';
import { vindiCardOrigin, withVindiSources } from './vindi-csp';

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

const vindi = {
  PAYMENT_GATEWAY: 'vindi' as const,
  VINDI_API_URL: 'https://sandbox-app.vindi.com.br/api/v1',
  VINDI_PUBLIC_KEY: 'public-key',
};

describe('Vindi in the CSP', () => {
  const base = buildContentSecurityPolicy({ nonce: 'n', isDevelopment: false });

  it('is allowed only when Vindi is the gateway with a public key', () => {
    expect(vindiCardOrigin(vindi)).toBe('https://sandbox-app.vindi.com.br');
    expect(vindiCardOrigin({ ...vindi, PAYMENT_GATEWAY: undefined })).toBeNull();
    expect(vindiCardOrigin({ ...vindi, PAYMENT_GATEWAY: 'stripe' })).toBeNull();
    expect(vindiCardOrigin({ ...vindi, VINDI_PUBLIC_KEY: undefined })).toBeNull();
    expect(withVindiSources(base, null)).toBe(base);
    expect(base).not.toContain('vindi');
  });

  it('adds the API origin to connect-src and nowhere else', () => {
    const on = directives(withVindiSources(base, vindiCardOrigin(vindi)));
    const off = directives(base);
    expect(on.get('connect-src')).toBe("connect-src 'self' https://sandbox-app.vindi.com.br");
    for (const [name, value] of off) if (name !== 'connect-src') expect(on.get(name)).toBe(value);
  });
});
