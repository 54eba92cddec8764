import type Stripe from 'stripe';
import type { ChargeOutcome } from '../gateway';

/** Stripe's PaymentIntent lifecycle reduced to the four states checkout understands. */
export function mapPaymentIntent(intent: Stripe.PaymentIntent): ChargeOutcome {
  const reference = intent.id;
  switch (intent.status) {
    case 'succeeded':
      return { reference, status: 'succeeded' };
    case 'requires_action': {
      const pix = intent.next_action?.pix_display_qr_code;
      if (pix?.data && pix.expires_at) {
        return {
          reference,
          status: 'pending',
          pix: {
            code: pix.data,
            expiresAt: new Date(pix.expires_at * 1000).toISOString(),
          },
        };
      }
      const url = intent.next_action?.redirect_to_url?.url;
      // use_stripe_sdk challenges have no URL: the browser needs Stripe.js (not built yet).
      return { reference, status: 'requires_action', ...(url && { actionUrl: url }) };
    }
    case 'processing':
      return { reference, status: 'pending' };
    case 'requires_payment_method':
    case 'canceled':
      return {
        reference,
        status: 'failed',
        failureCode:
          intent.last_payment_error?.decline_code ??
          intent.last_payment_error?.code ??
          intent.status,
      };
    default:
      return { reference, status: 'pending' };
  }
}
