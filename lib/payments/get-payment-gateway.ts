import 'server-only';
import { getStripeMode } from '@/lib/features';
import { AppError } from '@/lib/errors';
import type { PaymentGateway } from './gateway';
import { createSandboxGateway } from './sandbox-gateway';

/** The configured driver. Only the built-in sandbox exists so far; Stripe and Vindi plug in here. */
export function getPaymentGateway(): PaymentGateway {
  if (getStripeMode() !== 'sandbox') {
    throw new AppError('service_unavailable', 'The Stripe driver is not available yet.');
  }
  return createSandboxGateway();
}

/** The sandbox's demo endpoints (tokens, Pix simulator) exist only in sandbox mode. */
export function requireSandboxMode(): void {
  if (getStripeMode() !== 'sandbox') {
    throw new AppError('feature_disabled', 'The payment sandbox is disabled on this store.');
  }
}
