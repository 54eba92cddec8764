import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getStripeMode } from '@/lib/features';
import type { PaymentGateway } from './gateway';
import { createSandboxGateway } from './sandbox-gateway';
import { createStripeClient } from './stripe/create-stripe-client';
import { createStripeGateway } from './stripe/stripe-gateway';
import { createVindiClient } from './vindi/vindi-client';
import { createVindiGateway } from './vindi/vindi-gateway';

/**
 * The configured driver: PAYMENT_GATEWAY=vindi selects Vindi; otherwise the built-in sandbox by
 * default and Stripe in STRIPE_MODE test/production.
 */
export function getPaymentGateway(): PaymentGateway {
  const env = getEnv();
  if (env.PAYMENT_GATEWAY === 'vindi') {
    return createVindiGateway(
      createVindiClient({ apiUrl: env.VINDI_API_URL!, apiToken: env.VINDI_API_TOKEN! }),
    );
  }
  const mode = getStripeMode();
  if (mode === 'sandbox') return createSandboxGateway();
  if (!env.STRIPE_SECRET_KEY) {
    throw new AppError('service_unavailable', 'Payments are not configured (STRIPE_SECRET_KEY).');
  }
  return createStripeGateway(
    createStripeClient({ mode, secretKey: env.STRIPE_SECRET_KEY, apiBase: env.STRIPE_API_BASE }),
  );
}

/** The sandbox's demo endpoints (tokens, Pix simulator) exist only in sandbox mode. */
export function requireSandboxMode(): void {
  if (getStripeMode() !== 'sandbox' || getEnv().PAYMENT_GATEWAY === 'vindi') {
    throw new AppError('feature_disabled', 'The payment sandbox is disabled on this store.');
  }
}
