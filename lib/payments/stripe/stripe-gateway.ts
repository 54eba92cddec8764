import 'server-only';
import Stripe from 'stripe';
import type { ChargeOutcome, ChargeRequest, PaymentGateway } from '../gateway';
import { mapPaymentIntent } from './map-payment-intent';

function intentParams(request: ChargeRequest): Stripe.PaymentIntentCreateParams {
  const base = {
    amount: request.amountCents,
    currency: request.currency.toLowerCase(),
    confirm: true,
    description: request.description,
    metadata: { payment_id: request.idempotencyKey },
  };
  if (request.method === 'pix') {
    return {
      ...base,
      allowed_payment_method_types: ['pix'],
      payment_method_data: { type: 'pix' },
      ...(request.expiresAt && {
        payment_method_options: {
          pix: { expires_at: Math.floor(request.expiresAt.getTime() / 1000) },
        },
      }),
    };
  }
  // Cards only (the pinned API renamed payment_method_types): redirect methods would need a return_url.
  return {
    ...base,
    allowed_payment_method_types: ['card'],
    payment_method: request.token ?? undefined,
  };
}

/** A decline is an answer, not an outage: it becomes a failed charge with Stripe's reason. */
function declined(error: unknown): ChargeOutcome | null {
  if (!(error instanceof Stripe.errors.StripeCardError)) return null;
  const intent = error.payment_intent;
  return {
    reference: intent?.id ?? `declined:${error.requestId ?? 'unknown'}`,
    status: 'failed',
    failureCode: error.decline_code ?? error.code ?? 'card_declined',
  };
}

/** The Stripe driver over PaymentIntents; the client is injected so tests can aim it locally. */
export function createStripeGateway(client: Stripe): PaymentGateway {
  return {
    name: 'stripe',
    async charge(request) {
      try {
        const intent = await client.paymentIntents.create(intentParams(request), {
          idempotencyKey: request.idempotencyKey,
        });
        return mapPaymentIntent(intent);
      } catch (error) {
        const outcome = declined(error);
        if (outcome) return outcome;
        throw error;
      }
    },
    async refund(request) {
      const refund = await client.refunds.create(
        { payment_intent: request.reference, amount: request.amountCents },
        { idempotencyKey: request.idempotencyKey },
      );
      return {
        status: refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'succeeded',
      };
    },
  };
}
