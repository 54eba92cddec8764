import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './headers';
import { stripeElementsEnabled, withStripeSources } from './stripe-csp';

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

describe('Stripe in the CSP', () => {
  const base = buildContentSecurityPolicy({ nonce: 'n', isDevelopment: false });
  it('changes nothing unless Elements are in use', () => {
    expect(withStripeSources(base, false)).toBe(base);
    expect(base).not.toContain('stripe');
  });
  it('allows js.stripe.com, api.stripe.com and the Stripe frames, nothing else', () => {
    const on = directives(withStripeSources(base, true));
    expect(on.get('script-src')).toBe(
      "script-src 'self' 'nonce-n' 'strict-dynamic' https://js.stripe.com",
    );
    expect(on.get('connect-src')).toBe("connect-src 'self' https://api.stripe.com");
    expect(on.get('frame-src')).toBe(
      "frame-src 'self' https://js.stripe.com https://hooks.stripe.com",
    );
    expect(on.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(on.get('default-src')).toBe("default-src 'self'");
  });
});

describe('stripeElementsEnabled', () => {
  it('only for Stripe test/production with a publishable key', () => {
    const key = { STRIPE_PUBLISHABLE_KEY: 'pk_test_x' };
    expect(stripeElementsEnabled({ STRIPE_MODE: 'sandbox', ...key })).toBe(false);
    expect(stripeElementsEnabled({ STRIPE_MODE: 'test', ...key })).toBe(true);
    expect(stripeElementsEnabled({ STRIPE_MODE: 'test', PAYMENT_GATEWAY: 'vindi', ...key })).toBe(
      false,
    );
    expect(stripeElementsEnabled({ STRIPE_MODE: 'production' })).toBe(false);
  });
});
