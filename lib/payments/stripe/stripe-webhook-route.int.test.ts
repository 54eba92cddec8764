import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as webhook } from '@/app/api/payments/stripe/webhooks/route';
import { orders, payments, webhookEvents } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { resetEnvForTests } from '@/lib/env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { startPayment } from '../start-payment';
import { createStripeGateway } from './stripe-gateway';
import { paymentIntent, startStripeStandIn } from './testing/stripe-stand-in';

const SECRET = 'whsec_route_test_secret';
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
let nextIntent = '';
beforeAll(async () => {
  t = await useAuthTestDatabase();
  standIn = await startStripeStandIn(() => ({
    status: 200,
    body: paymentIntent({ id: nextIntent, status: 'processing' }),
  }));
  vi.stubEnv('STRIPE_MODE', 'test');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_route');
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', SECRET);
  resetEnvForTests();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  resetEnvForTests();
  await standIn.close();
  await t.release();
});

async function processingPayment() {
  nextIntent = `pi_route_${Date.now()}_${Math.random().toString(36).slice(2)}`;
  const v = await createStockedVariant(t.db, 4_000, 5);
  const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
  const started = await startPayment(t.db, createStripeGateway(standIn.client), {
    orderId: placed.id,
    token: 'pm_card_visa',
    actor: 'guest',
  });
  expect(started.status).toBe('pending');
  return { orderId: placed.id, intentId: nextIntent };
}
const statusOf = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

function delivery(type: string, intentId: string, secret = SECRET) {
  const payload = JSON.stringify({
    id: `evt_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type,
    data: { object: { id: intentId, object: 'payment_intent' } },
  });
  const header = standIn.client.webhooks.generateTestHeaderString({ payload, secret });
  return { payload, header };
}
const post = (body: string, signature?: string) =>
  webhook(
    new Request('http://loja.test/api/payments/stripe/webhooks', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '192.0.2.78',
        ...(signature && { 'stripe-signature': signature }),
      },
      body,
    }),
  );

describe('POST /api/payments/stripe/webhooks', () => {
  it('applies payment_intent.succeeded once; the redelivery is a no-op', async () => {
    const { orderId, intentId } = await processingPayment();
    const { payload, header } = delivery('payment_intent.succeeded', intentId);
    const first = await post(payload, header);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, result: 'processed' });
    expect(await statusOf(orderId)).toBe('paid');
    const again = await post(payload, header);
    expect(await again.json()).toEqual({ received: true, result: 'duplicate' });
    const eventId = (JSON.parse(payload) as { id: string }).id;
    expect(await t.db.$count(webhookEvents, eq(webhookEvents.eventId, eventId))).toBe(1);
  });

  it('payment_intent.payment_failed fails the order', async () => {
    const { orderId, intentId } = await processingPayment();
    const { payload, header } = delivery('payment_intent.payment_failed', intentId);
    expect((await post(payload, header)).status).toBe(200);
    expect(await statusOf(orderId)).toBe('payment_failed');
  });

  it('refuses a missing or wrong signature with 401 and changes nothing', async () => {
    const { orderId, intentId } = await processingPayment();
    const forged = delivery('payment_intent.succeeded', intentId, 'whsec_not_the_secret');
    expect((await post(forged.payload)).status).toBe(401);
    expect((await post(forged.payload, forged.header)).status).toBe(401);
    const eventId = (JSON.parse(forged.payload) as { id: string }).id;
    expect(await t.db.$count(webhookEvents, eq(webhookEvents.eventId, eventId))).toBe(0);
    expect(await statusOf(orderId)).not.toBe('paid');
  });

  it('charge.refunded (cumulative amount) refunds partially then fully, each delivery once', async () => {
    const { orderId, intentId } = await processingPayment();
    const paid = delivery('payment_intent.succeeded', intentId);
    await post(paid.payload, paid.header);
    const refunded = (amount: number) => {
      const payload = JSON.stringify({
        id: `evt_${Math.random().toString(36).slice(2)}`,
        object: 'event',
        type: 'charge.refunded',
        data: {
          object: {
            id: 'ch_1',
            object: 'charge',
            payment_intent: intentId,
            amount_refunded: amount,
          },
        },
      });
      return {
        payload,
        header: standIn.client.webhooks.generateTestHeaderString({ payload, secret: SECRET }),
      };
    };
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, orderId));
    const partial = refunded(1_000);
    expect(await (await post(partial.payload, partial.header)).json()).toMatchObject({
      result: 'processed',
    });
    expect(await statusOf(orderId)).toBe('partially_refunded');
    expect(await (await post(partial.payload, partial.header)).json()).toMatchObject({
      result: 'duplicate',
    });
    const full = refunded(payment!.amountCents);
    await post(full.payload, full.header);
    // An older partial event arriving late changes nothing.
    const late = refunded(500);
    expect(await (await post(late.payload, late.header)).json()).toMatchObject({
      result: 'unchanged',
    });
    const [after] = await t.db.select().from(payments).where(eq(payments.id, payment!.id));
    expect(after).toMatchObject({ status: 'refunded', refundedCents: payment!.amountCents });
    expect(await statusOf(orderId)).toBe('refunded');
  });

  it('acknowledges event types it does not act on', async () => {
    const { payload, header } = delivery('customer.created', 'cus_1');
    expect(await (await post(payload, header)).json()).toEqual({
      received: true,
      result: 'ignored',
    });
  });
});
