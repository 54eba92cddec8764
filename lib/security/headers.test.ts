import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from './headers';

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

describe('createNonce', () => {
  it('is base64 of 16 random bytes and differs every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only from self or with the nonce, and locks down framing, objects, base and forms', () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: 'abc123', isDevelopment: false }));
    expect(csp.get('script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp.get('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("img-src 'self' data: blob:");
    expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp.get('base-uri')).toBe("base-uri 'self'");
    expect(csp.get('form-action')).toBe("form-action 'self'");
    expect(csp.get('object-src')).toBe("object-src 'none'");
    expect(csp.get('default-src')).toBe("default-src 'self'");
    expect([...csp.values()].join(' ')).not.toContain('unsafe-eval');
  });

  it("adds 'unsafe-eval' in development only", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: 'n', isDevelopment: true }));
    expect(csp.get('script-src')).toBe(
      "script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'",
    );
  });
});

describe('buildSecurityHeaders', () => {
  it('sets the fixed headers everywhere and HSTS only in production', () => {
    const dev = buildSecurityHeaders({ csp: 'x', isProduction: false });
    expect(dev).toMatchObject({
      'Content-Security-Policy': 'x',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
    expect(dev['Permissions-Policy']).toContain('camera=()');
    expect(dev).not.toHaveProperty('Strict-Transport-Security');
    expect(
      buildSecurityHeaders({ csp: 'x', isProduction: true })['Strict-Transport-Security'],
    ).toMatch(/^max-age=\d{8,}; includeSubDomains/);
  });
});

describe('map tiles in the CSP', () => {
  it('allows only the tile origin as an image source', () => {
    const csp = directives(
      buildContentSecurityPolicy({
        nonce: 'n',
        isDevelopment: false,
        mapTileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      }),
    );
    expect(csp.get('img-src')).toContain('https://*.tile.example.org');
    expect(csp.get('connect-src')).not.toContain('tile.example.org');
  });

  it('lets the browser reach Pusher only when the Pusher transport is configured', () => {
    const connect = (pusher?: { cluster: string; host?: string; port?: number }) =>
      directives(buildContentSecurityPolicy({ nonce: 'n', isDevelopment: false, pusher })).get(
        'connect-src',
      );
    expect(connect()).toBe("connect-src 'self'");
    expect(connect({ cluster: 'sa1' })).toBe(
      "connect-src 'self' wss://ws-sa1.pusher.com https://sockjs-sa1.pusher.com",
    );
    expect(connect({ cluster: 'sa1', host: 'soketi.local', port: 6001 })).toContain(
      'wss://soketi.local:6001',
    );
  });
});
