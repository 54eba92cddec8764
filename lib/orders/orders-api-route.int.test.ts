import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/orders/route';
import { orders } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { FLAT_SHIPPING_CENTS } from './shipping';
import { TEST_ADDRESS, createStockedVariant } from './testing/commerce-fixtures';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

const post = (body: unknown, ip = `198.51.100.${Math.floor(Math.random() * 200)}`) =>
  POST(
    new Request('http://loja.test/api/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );

describe('POST /api/orders', () => {
  it('places and charges once per idempotency key; price-like fields are ignored', async () => {
    const v = await createStockedVariant(t.db, 25_00, 3);
    const body = {
      idempotencyKey: `api-${randomUUID()}`,
      guestEmail: 'api@loja.test',
      address: TEST_ADDRESS,
      paymentMethod: 'card',
      items: [{ variantId: v.id, quantity: 1, priceCents: 1 }],
      totalCents: 1,
      cardToken: tokenizeSandboxCard('4242424242424242'),
    };
    const first = await post(body);
    expect(first.status).toBe(201);
    const created = (await first.json()) as {
      order: { number: string; totalCents: number };
      payment: { status: string };
    };
    expect(created.payment.status).toBe('succeeded');
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { order: { number: string } }).order.number).toBe(
      created.order.number,
    );
    const [order] = await t.db.select().from(orders).where(eq(orders.number, created.order.number));
    expect(order).toMatchObject({ status: 'paid', subtotalCents: 25_00 });
    expect(order!.totalCents).toBeGreaterThanOrEqual(25_00);
    expect(order!.totalCents).toBeLessThanOrEqual(25_00 + FLAT_SHIPPING_CENTS);
  });

  it('refuses bad input with 422 naming the field, and changes nothing', async () => {
    const res = await post({ idempotencyKey: 'short', paymentMethod: 'card', items: [] });
    expect(res.status).toBe(422);
  });
});
