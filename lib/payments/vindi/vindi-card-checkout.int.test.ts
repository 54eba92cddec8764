import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as placeOrderRoute } from '@/app/api/orders/route';
import { orders, payments } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { TEST_ADDRESS, createStockedVariant } from '@/lib/orders/testing/commerce-fixtures';
import { VINDI_DECLINED_CARD } from './testing/vindi-stand-in';
import { useVindiTestEnvironment } from './testing/vindi-test-environment';
import { tokenizeVindiCard } from './tokenize-card';

const API_KEY = 'vindi-private-key-checkout';
const CARD = {
  holderName: 'Maria Silva',
  number: '5555 5555 5555 4444',
  expiry: '12/2039',
  cvv: '737',
};
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof useVindiTestEnvironment>>['standIn'];

let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, standIn, stop } = await useVindiTestEnvironment(
    API_KEY,
    'vindi-webhook-secret-checkout-01',
  ));
});
afterAll(() => stop());

/** What the browser does: tokenize at Vindi with the public key, then post the order to Loja. */
async function checkout(card: typeof CARD, extra: Record<string, unknown> = {}) {
  const tokenized = await tokenizeVindiCard(
    { apiUrl: standIn.url, publicKey: standIn.publicKey },
    card,
  );
  if (!tokenized.ok) throw new Error(`tokenization failed: ${JSON.stringify(tokenized)}`);
  const v = await createStockedVariant(t.db, 80_00, 3);
  const res = await placeOrderRoute(
    new Request('http://loja.test/api/orders', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200)}`,
      },
      body: JSON.stringify({
        idempotencyKey: `vindi-${randomUUID()}`,
        guestEmail: 'cartao@loja.test',
        address: TEST_ADDRESS,
        paymentMethod: 'card',
        items: [{ variantId: v.id, quantity: 1 }],
        installments: 2,
        cardToken: tokenized.gatewayToken,
        ...extra,
      }),
    }),
  );
  const body = (await res.json()) as { order: { number: string }; payment: { status: string } };
  const [order] = await t.db.select().from(orders).where(eq(orders.number, body.order.number));
  return { res, body, order: order!, token: tokenized.gatewayToken };
}

describe('Vindi card checkout: gateway token → payment profile → bill', () => {
  it('charges the browser’s token; card fields a client adds are ignored and never leave Loja', async () => {
    const digits = CARD.number.replace(/\s/g, '');
    const before = standIn.requests.length;
    const { res, body, order, token } = await checkout(CARD, {
      card_number: digits,
      card_cvv: CARD.cvv,
      card_expiration: CARD.expiry,
    });
    expect(res.status).toBe(201);
    expect(body.payment.status).toBe('succeeded');
    expect(order.status).toBe('paid');

    const serverCalls = standIn.requests.slice(before).filter((r) => !r.path.includes('/public/'));
    const profile = serverCalls.find(
      (r) => r.method === 'POST' && r.path === '/api/v1/payment_profiles',
    );
    expect(profile?.body).toEqual({
      gateway_token: token,
      customer_id: expect.any(Number),
      payment_method_code: 'credit_card',
    });
    const bill = serverCalls.find((r) => r.method === 'POST' && r.path === '/api/v1/bills');
    expect(bill?.body).toMatchObject({
      payment_method_code: 'credit_card',
      installments: 2,
      payment_profile: { id: expect.any(Number) },
    });
    const sent = JSON.stringify(serverCalls);
    expect(sent).not.toContain(digits);
    expect(sent).not.toContain('card_cvv');
    expect(sent).not.toContain('card_number');

    // Nothing card-like was stored with the order or its payment either.
    const stored = await t.db.execute<{ row: string }>(
      sql`select row_to_json(o)::text || row_to_json(p)::text as row from orders o join payments p on p.order_id = o.id where o.id = ${order.id}`,
    );
    expect(stored.rows[0]!.row).not.toContain(digits);
  });

  it('a card the acquirer refuses fails the payment (no 500) and releases the order', async () => {
    const { res, body, order } = await checkout({ ...CARD, number: VINDI_DECLINED_CARD });
    expect(res.status).toBe(201);
    expect(body.payment.status).toBe('failed');
    expect(order.status).toBe('payment_failed');
  });

  it('a token Vindi will not attach (reused) fails the payment instead of erroring', async () => {
    const first = await checkout(CARD);
    expect(first.body.payment.status).toBe('succeeded');
    const v = await createStockedVariant(t.db, 10_00, 1);
    const res = await placeOrderRoute(
      new Request('http://loja.test/api/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.251' },
        body: JSON.stringify({
          idempotencyKey: `vindi-${randomUUID()}`,
          guestEmail: 'cartao@loja.test',
          address: TEST_ADDRESS,
          paymentMethod: 'card',
          items: [{ variantId: v.id, quantity: 1 }],
          cardToken: first.token,
        }),
      }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as { order: { number: string }; payment: { status: string } };
    expect(body.payment.status).toBe('failed');
    const [order] = await t.db.select().from(orders).where(eq(orders.number, body.order.number));
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, order!.id));
    expect(payment).toMatchObject({ status: 'failed' });
  });
});
