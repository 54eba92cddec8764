import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Database } from '@/lib/db/client';
import { deliverOrderEmailsSoon } from '@/lib/email/order-emails/deliver-order-emails';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { startPayment } from '@/lib/payments/start-payment';
import { placeOrder, type PlaceOrderInput } from './place-order';

/**
 * The API's checkout: the same idempotent placeOrder the checkout page uses, then one charge
 * (startPayment is idempotent per order too), then the queued e-mails after commit. Answers only
 * what the client needs: number, status, amounts and the Pix/boleto instructions.
 */
export async function placeAndPay(
  db: Database,
  gateway: PaymentGateway,
  actor: Actor | null,
  input: PlaceOrderInput,
  cardToken: string | null,
) {
  const buyer = actor
    ? { userId: actor.userId, actor: `user:${actor.userId}` }
    : { userId: null, actor: 'guest' };
  const placed = await placeOrder(db, buyer, input);
  const paid = await startPayment(db, gateway, {
    orderId: placed.id,
    token: cardToken,
    actor: buyer.actor,
  });
  deliverOrderEmailsSoon(db);
  return {
    order: {
      number: placed.number,
      created: placed.created,
      totalCents: placed.totalCents,
      currency: placed.currency,
    },
    payment: {
      status: paid.status,
      pix: paid.outcome?.pix ?? null,
      boleto: paid.outcome?.boleto ?? null,
    },
  };
}
