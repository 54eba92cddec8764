import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getStripeMode } from '@/lib/features';
import type { PaymentGateway } from './gateway';
import { createSandboxGateway } from './sandbox-gateway';
import { createStripeClient } from './stripe/create-stripe-client';
import { createStripeGateway } from './stripe/stripe-gateway';

/** The configured driver: the built-in sandbox by default, Stripe in test/production mode. */
export function getPaymentGateway(): PaymentGateway {
  const mode = getStripeMode();
  if (mode === 'sandbox') return createSandboxGateway();
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) {
    throw new AppError('service_unavailable', 'Payments are not configured (STRIPE_SECRET_KEY).');
  }
  return createStripeGateway(
    createStripeClient({ mode, secretKey: env.STRIPE_SECRET_KEY, apiBase: env.STRIPE_API_BASE }),
  );
}

/** The sandbox's demo endpoints (tokens, Pix simulator) exist only in sandbox mode. */
export function requireSandboxMode(): void {
  if (getStripeMode() !== 'sandbox') {
    throw new AppError('feature_disabled', 'The payment sandbox is disabled on this store.');
  }
}
