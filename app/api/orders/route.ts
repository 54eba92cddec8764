import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { resolveRequestActor } from '@/lib/auth/request-auth';
import { clientIp } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { placeAndPay } from '@/lib/orders/place-and-pay';
import type { PlaceOrderInput } from '@/lib/orders/place-order';
import { getPaymentGateway } from '@/lib/payments/get-payment-gateway';
import { consumeRateLimit } from '@/lib/rate-limit';

/** Only the gateway token is read here; placeOrder validates the rest and drops price-like fields. */
const body = z.looseObject({ cardToken: z.string().min(1).max(300).optional() });

/**
 * Checkout over the API (apps, integrations, the HTTP benchmark): a guest, or the caller of a
 * bearer token/session, places an order with an idempotency key and it is charged once.
 */
export const POST = apiHandler({ auth: 'public', body }, async ({ req, body }) => {
  await consumeRateLimit('checkoutIp', clientIp(req.headers) ?? 'unknown');
  const actor = await resolveRequestActor(req);
  const { cardToken, ...input } = body;
  const result = await placeAndPay(
    getDb(),
    getPaymentGateway(),
    actor,
    input as PlaceOrderInput,
    cardToken ?? null,
  );
  return Response.json(result, { status: result.order.created ? 201 : 200 });
});
