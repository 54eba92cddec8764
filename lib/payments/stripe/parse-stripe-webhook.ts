import 'server-only';
import Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { VerifiedWebhookEvent } from '../apply-payment-webhook';

const STATUS_BY_TYPE = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.processing': 'pending',
} as const;

/**
 * Verifies Stripe-Signature (HMAC compared in constant time by the library, with its 5-minute
 * replay tolerance) before reading the body. Returns null for event types we do not act on
 * (charge.refunded included: the status path has no refunded transition for gateway events yet).
 */
export function parseStripeWebhook(
  client: Stripe,
  secret: string,
  rawBody: string,
  signature: string | null,
): VerifiedWebhookEvent | null {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('missing signature');
    event = client.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    throw new AppError('unauthorized', 'Invalid webhook signature.', { cause: error });
  }
  if (
    event.type === 'payment_intent.succeeded' ||
    event.type === 'payment_intent.payment_failed' ||
    event.type === 'payment_intent.processing'
  ) {
    return {
      eventId: event.id,
      type: event.type,
      reference: event.data.object.id,
      status: STATUS_BY_TYPE[event.type],
    };
  }
  return null;
}
