import 'server-only';
import type { Database } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { applyGatewayRefund } from '../apply-gateway-refund';
import { applyPaymentWebhook, type WebhookResult } from '../apply-payment-webhook';
import { createStripeClient } from './create-stripe-client';
import { parseStripeWebhook } from './parse-stripe-webhook';
import { createStripeGateway } from './stripe-gateway';

/** Verifies one Stripe delivery and applies it once per event id; unhandled types are acknowledged. */
export async function receiveStripeWebhook(
  db: Database,
  rawBody: string,
  signature: string | null,
): Promise<WebhookResult | 'ignored' | 'unchanged'> {
  const env = getEnv();
  if (env.STRIPE_MODE === 'sandbox') {
    throw new AppError('feature_disabled', 'Stripe is not the payment gateway of this store.');
  }
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
    throw new AppError('service_unavailable', 'Stripe webhooks are not configured.');
  }
  const client = createStripeClient({
    mode: env.STRIPE_MODE,
    secretKey: env.STRIPE_SECRET_KEY,
    apiBase: env.STRIPE_API_BASE,
  });
  const event = parseStripeWebhook(client, env.STRIPE_WEBHOOK_SECRET, rawBody, signature);
  if (!event) return 'ignored';
  if ('refund' in event) return applyGatewayRefund(db, event.refund);
  return applyPaymentWebhook(db, createStripeGateway(client), event);
}
