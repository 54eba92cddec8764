import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { receiveStripeWebhook } from '@/lib/payments/stripe/receive-stripe-webhook';

/** Stripe events: no body schema, because the signature covers the exact raw bytes. */
export const POST = apiHandler({ auth: 'public' }, async ({ req }) => {
  const result = await receiveStripeWebhook(
    getDb(),
    await req.text(),
    req.headers.get('stripe-signature'),
  );
  return { received: true, result };
});
