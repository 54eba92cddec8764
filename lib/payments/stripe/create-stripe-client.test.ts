import { describe, expect, it } from 'vitest';
import { assertKeyMatchesMode, createStripeClient } from './create-stripe-client';

describe('Stripe mode guard', () => {
  it('test mode refuses a live key, production refuses a test key', () => {
    expect(() => createStripeClient({ mode: 'test', secretKey: 'sk_live_abc' })).toThrow(
      /STRIPE_MODE=test refuses a live/,
    );
    expect(() => createStripeClient({ mode: 'production', secretKey: 'sk_test_abc' })).toThrow(
      /STRIPE_MODE=production needs a live/,
    );
    expect(() => assertKeyMatchesMode('test', 'rk_live_abc')).toThrow();
  });

  it('accepts matching keys', () => {
    expect(() => assertKeyMatchesMode('test', 'sk_test_abc')).not.toThrow();
    expect(() => assertKeyMatchesMode('production', 'sk_live_abc')).not.toThrow();
    expect(() => assertKeyMatchesMode('production', 'rk_live_abc')).not.toThrow();
  });
});
