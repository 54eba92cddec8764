import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orders, payments } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { startPayment } from '../start-payment';
import { createStripeGateway } from './stripe-gateway';
import {
  cardDeclined,
  paymentIntent,
  startStripeStandIn,
  type RecordedRequest,
  type StandInReply,
} from './testing/stripe-stand-in';

let t: TestDatabase;
let reply: (request: RecordedRequest) => StandInReply;
let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
beforeAll(async () => {
  t = await createTestDatabase();
  standIn = await startStripeStandIn((request) => reply(request));
});
afterAll(async () => {
  await standIn.close();
  await t.drop();
});
afterEach(() => standIn.requests.splice(0));

async function order(method: 'card' | 'pix' = 'card') {
  const v = await createStockedVariant(t.db, 12_345, 3);
  return placeOrder(
    t.db,
    GUEST,
    guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: method }),
  );
}
const orderStatus = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

describe('Stripe driver against a local stand-in', () => {
  it('sends a confirmed card PaymentIntent in centavos with our idempotency key', async () => {
    reply = () => ({ status: 200, body: paymentIntent({ id: 'pi_ok', status: 'succeeded' }) });
    const placed = await order();
    const gateway = createStripeGateway(standIn.client);
    const result = await startPayment(t.db, gateway, {
      orderId: placed.id,
      token: 'pm_card_visa',
      actor: 'guest',
    });
    expect(result.status).toBe('succeeded');
    expect(await orderStatus(placed.id)).toBe('paid');
    const [sent] = standIn.requests;
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, placed.id));
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
    expect(sent!.headers['idempotency-key']).toBe(payment!.id);
    expect(sent!.headers.authorization).toBe('Bearer sk_test_local_stand_in');
    expect(sent!.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(sent!.form)).toMatchObject({
      amount: String(payment!.amountCents),
      currency: 'brl',
      confirm: 'true',
      payment_method: 'pm_card_visa',
      'allowed_payment_method_types[0]': 'card',
      'metadata[payment_id]': payment!.id,
    });
    expect(payment).toMatchObject({ gatewayReference: 'pi_ok' });
  });

  it('maps requires_action with a redirect URL to a 3-D Secure challenge', async () => {
    reply = () => ({
      status: 200,
      body: paymentIntent({
        id: 'pi_3ds',
        status: 'requires_action',
        next_action: {
          type: 'redirect_to_url',
          redirect_to_url: { url: 'https://hooks.stripe.com/3ds/x', return_url: null },
        },
      }),
    });
    const outcome = await createStripeGateway(standIn.client).charge(request('card'));
    expect(outcome).toEqual({
      reference: 'pi_3ds',
      status: 'requires_action',
      actionUrl: 'https://hooks.stripe.com/3ds/x',
    });
  });

  it('turns a 402 card_error into a failed charge with the decline code', async () => {
    reply = () => cardDeclined('pi_declined');
    const placed = await order();
    const result = await startPayment(t.db, createStripeGateway(standIn.client), {
      orderId: placed.id,
      token: 'pm_card_chargeDeclined',
      actor: 'guest',
    });
    expect(result.status).toBe('failed');
    expect(result.outcome).toMatchObject({
      reference: 'pi_declined',
      failureCode: 'generic_decline',
    });
    expect(await orderStatus(placed.id)).toBe('payment_failed');
  });

  it('asks for Pix and returns the copy-and-paste code with its expiry', async () => {
    const expires = Math.floor(Date.now() / 1000) + 3600;
    reply = () => ({
      status: 200,
      body: paymentIntent({
        id: 'pi_pix',
        status: 'requires_action',
        next_action: {
          type: 'pix_display_qr_code',
          pix_display_qr_code: { data: '00020126pix-code', expires_at: expires },
        },
      }),
    });
    const outcome = await createStripeGateway(standIn.client).charge(request('pix'));
    expect(outcome).toEqual({
      reference: 'pi_pix',
      status: 'pending',
      pix: { code: '00020126pix-code', expiresAt: new Date(expires * 1000).toISOString() },
    });
    const form = Object.fromEntries(standIn.requests[0]!.form);
    expect(form).toMatchObject({
      'allowed_payment_method_types[0]': 'pix',
      'payment_method_data[type]': 'pix',
    });
    expect(form.payment_method).toBeUndefined();
  });

  it('maps processing to pending', async () => {
    reply = () => ({ status: 200, body: paymentIntent({ id: 'pi_p', status: 'processing' }) });
    const outcome = await createStripeGateway(standIn.client).charge(request('card'));
    expect(outcome).toEqual({ reference: 'pi_p', status: 'pending' });
  });

  it('refunds against the PaymentIntent with an idempotency key', async () => {
    reply = () => ({
      status: 200,
      body: { id: 're_1', object: 'refund', status: 'succeeded', amount: 500 },
    });
    const result = await createStripeGateway(standIn.client).refund({
      reference: 'pi_ok',
      amountCents: 500,
      idempotencyKey: 'refund-key-1',
    });
    expect(result).toEqual({ status: 'succeeded' });
    const [sent] = standIn.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/refunds' });
    expect(sent!.headers['idempotency-key']).toBe('refund-key-1');
    expect(Object.fromEntries(sent!.form)).toEqual({ payment_intent: 'pi_ok', amount: '500' });
  });
});

function request(method: 'card' | 'pix') {
  return {
    idempotencyKey: `key-${method}-${Math.random()}`,
    amountCents: 9_990,
    currency: 'BRL',
    method,
    token: method === 'card' ? 'pm_card_threeDSecure2Required' : null,
    description: 'Pedido teste',
    expiresAt: method === 'pix' ? new Date(Date.now() + 3_600_000) : null,
  } as const;
}
