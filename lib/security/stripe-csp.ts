import type { Env } from '@/lib/env';

/** Stripe Elements load only when Stripe charges (test/production, not Vindi) and has its key. */
export function stripeElementsEnabled(
  env: Pick<Env, 'STRIPE_MODE' | 'PAYMENT_GATEWAY' | 'STRIPE_PUBLISHABLE_KEY'>,
): boolean {
  return (
    env.STRIPE_MODE !== 'sandbox' && env.PAYMENT_GATEWAY !== 'vindi' && !!env.STRIPE_PUBLISHABLE_KEY
  );
}

/** What Stripe Elements needs, per Stripe's CSP guidance: its script, its API and its frames. */
const STRIPE_SOURCES: Record<string, string> = {
  'script-src': 'https://js.stripe.com',
  'connect-src': 'https://api.stripe.com',
  'frame-src': "'self' https://js.stripe.com https://hooks.stripe.com",
};

/**
 * Adds Stripe's origins to a policy, only when Elements are in use (STRIPE_MODE test/production
 * with Stripe as the gateway); the sandbox and Vindi stores keep the strict default.
 */
export function withStripeSources(csp: string, enabled: boolean): string {
  if (!enabled) return csp;
  const directives = csp.split('; ');
  for (const [name, sources] of Object.entries(STRIPE_SOURCES)) {
    const index = directives.findIndex((d) => d.split(' ')[0] === name);
    if (index === -1) directives.push(`${name} ${sources}`);
    else directives[index] = `${directives[index]} ${sources}`;
  }
  return directives.join('; ');
}
