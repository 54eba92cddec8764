import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as simulatePix } from '@/app/api/payments/sandbox/pix/[reference]/simulate/route';
import { POST as tokenize } from '@/app/api/payments/sandbox/tokens/route';
import { POST as webhook } from '@/app/api/payments/sandbox/webhooks/route';
import { orders, webhookEvents } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import {
  SANDBOX_SIGNATURE_HEADER,
  createSandboxGateway,
  signSandboxWebhook,
} from './sandbox-gateway';
import { getSandboxWebhookSecret } from './sandbox-webhook-secret';
import { startPayment } from './start-payment';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`http://loja.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77', ...headers },
    body,
  });

async function pendingPix() {
  const v = await createStockedVariant(t.db, 2_000, 5);
  const placed = await placeOrder(
    t.db,
    GUEST,
    guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: 'pix' }),
  );
  const started = await startPayment(t.db, createSandboxGateway(), {
    orderId: placed.id,
    token: null,
    actor: 'guest',
  });
  return { orderId: placed.id, reference: started.outcome!.reference };
}
const statusOf = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

describe('sandbox payment endpoints', () => {
  it('refuses an unsigned or wrongly signed webhook with 401 and changes nothing', async () => {
    const { orderId, reference } = await pendingPix();
    const body = JSON.stringify({
      id: 'evt-forged',
      type: 'payment.succeeded',
      data: { reference },
    });
    expect((await webhook(post('/api/payments/sandbox/webhooks', body))).status).toBe(401);
    const wrong = signSandboxWebhook('not-the-secret', body);
    const res = await webhook(
      post('/api/payments/sandbox/webhooks', body, { [SANDBOX_SIGNATURE_HEADER]: wrong }),
    );
    expect(res.status).toBe(401);
    expect(await statusOf(orderId)).toBe('pending_payment');
    expect(await t.db.$count(webhookEvents, eq(webhookEvents.eventId, 'evt-forged'))).toBe(0);
  });

  it('applies a signed webhook once; a redelivery is acknowledged as a duplicate', async () => {
    const { orderId, reference } = await pendingPix();
    const body = JSON.stringify({
      id: `evt-${reference}`,
      type: 'payment.succeeded',
      data: { reference },
    });
    const headers = {
      [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(getSandboxWebhookSecret(), body),
    };
    const first = await webhook(post('/api/payments/sandbox/webhooks', body, headers));
    expect(await first.json()).toEqual({ received: true, result: 'processed' });
    const again = await webhook(post('/api/payments/sandbox/webhooks', body, headers));
    expect(await again.json()).toEqual({ received: true, result: 'duplicate' });
    expect(await statusOf(orderId)).toBe('paid');
  });

  it('the Pix simulator confirms a pending Pix payment', async () => {
    const { orderId, reference } = await pendingPix();
    const res = await simulatePix(post(`/api/payments/sandbox/pix/${reference}/simulate`, ''), {
      params: Promise.resolve({ reference }),
    });
    expect(res.status).toBe(200);
    expect(await statusOf(orderId)).toBe('paid');
  });

  it('tokenises only test cards and never echoes the number', async () => {
    const ok = await tokenize(
      post('/api/payments/sandbox/tokens', JSON.stringify({ number: '4242424242424242' })),
    );
    const text = await ok.text();
    expect(ok.status).toBe(200);
    expect(text).not.toContain('4242');
    const bad = await tokenize(
      post('/api/payments/sandbox/tokens', JSON.stringify({ number: '4111111111111111' })),
    );
    expect(bad.status).toBe(422);
  });
});
