import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { proxy } from './proxy';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('proxy', () => {
  it('passes a fresh nonce and CSP to Next on the request and sets security headers on the response', () => {
    const first = proxy(new NextRequest('http://loja.test/p/tenis'));
    const second = proxy(new NextRequest('http://loja.test/p/tenis'));
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('keeps a valid incoming request id and replaces a malformed one', () => {
    const kept = proxy(
      new NextRequest('http://loja.test/', { headers: { 'x-request-id': 'lb-0123456789' } }),
    );
    expect(kept.headers.get('x-request-id')).toBe('lb-0123456789');
    expect(kept.headers.get('x-middleware-request-x-request-id')).toBe('lb-0123456789');
    const replaced = proxy(
      new NextRequest('http://loja.test/', { headers: { 'x-request-id': '<script>' } }),
    );
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends HSTS in production only', () => {
    expect(
      proxy(new NextRequest('http://loja.test/')).headers.get('strict-transport-security'),
    ).toBeNull();
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('LOJA_DEMO', 'true');
    resetEnvForTests();
    expect(
      proxy(new NextRequest('https://loja.test/')).headers.get('strict-transport-security'),
    ).toContain('max-age=');
  });
});
