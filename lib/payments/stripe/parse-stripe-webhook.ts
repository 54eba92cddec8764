import 'server-only';
import Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { GatewayRefundEvent } from '../apply-gateway-refund';
import type { VerifiedWebhookEvent } from '../apply-payment-webhook';

const STATUS_BY_TYPE = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.processing': 'pending',
} as const;

/**
 * Verifies Stripe-Signature (HMAC compared in constant time by the library, with its 5-minute
 * replay tolerance) before reading the body. Returns null for event types we do not act on.
 * charge.refunded carries the cumulative `amount_refunded`, applied by the refund path.
 */
export function parseStripeWebhook(
  client: Stripe,
  secret: string,
  rawBody: string,
  signature: string | null,
): VerifiedWebhookEvent | { refund: GatewayRefundEvent } | null {
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
  if (event.type === 'charge.refunded') {
    const charge = event.data.object;
    const intent =
      typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (!intent) return null;
    return {
      refund: {
        gateway: 'stripe',
        eventId: event.id,
        type: event.type,
        reference: intent,
        refundedCents: charge.amount_refunded,
      },
    };
  }
  return null;
}
