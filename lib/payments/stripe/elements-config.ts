import 'server-only';
import { getEnv } from '@/lib/env';
import { stripeElementsEnabled } from '@/lib/security/stripe-csp';

/**
 * The publishable key the checkout hands to Stripe's Payment Element, or null when the store does
 * not charge through Stripe (sandbox demo, or Vindi). Public by design; never the secret key.
 */
export function getStripeElementsConfig(): { publishableKey: string } | null {
  const env = getEnv();
  return stripeElementsEnabled(env) ? { publishableKey: env.STRIPE_PUBLISHABLE_KEY! } : null;
}
