import 'server-only';
import Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { StripeMode } from '@/lib/features';

export type StripeClientConfig = {
  mode: Exclude<StripeMode, 'sandbox'>;
  secretKey: string;
  apiBase?: string;
};

/**
 * A live key in test mode (or a test key in production) would charge real cards during a trial,
 * or take orders that never get paid: refuse to start rather than find out from the bank.
 */
export function assertKeyMatchesMode(mode: StripeClientConfig['mode'], secretKey: string): void {
  const live = /^(sk|rk)_live_/.test(secretKey);
  if (mode === 'test' && live) {
    throw new AppError('internal', 'STRIPE_MODE=test refuses a live Stripe key (sk_live_…).');
  }
  if (mode === 'production' && !live) {
    throw new AppError('internal', 'STRIPE_MODE=production needs a live Stripe key (sk_live_…).');
  }
}

export function createStripeClient(config: StripeClientConfig): Stripe {
  assertKeyMatchesMode(config.mode, config.secretKey);
  const base = config.apiBase ? new URL(config.apiBase) : null;
  return new Stripe(config.secretKey, {
    // Our own idempotency key makes a retry safe, but the caller decides when to retry.
    maxNetworkRetries: 0,
    timeout: 20_000,
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol === 'https:' ? 'https' : 'http',
    }),
  });
}
