import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as webhook } from '@/app/api/payments/vindi/webhooks/route';
import { orders, paymentInstructions, payments, webhookEvents } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { getPaymentGateway } from '../get-payment-gateway';
import { startPayment } from '../start-payment';
import { useVindiTestEnvironment } from './testing/vindi-test-environment';
import { createVindiClient } from './vindi-client';
import { createVindiGateway } from './vindi-gateway';

const API_KEY = 'vindi-private-key-test';
const SECRET = 'vindi-webhook-secret-0123456789';
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof useVindiTestEnvironment>>['standIn'];

let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, standIn, stop } = await useVindiTestEnvironment(API_KEY, SECRET));
});
afterAll(() => stop());

async function pay(method: 'card' | 'pix' | 'boleto', token: string | null, installments = 1) {
  const v = await createStockedVariant(t.db, 120_00, 5);
  const placed = await placeOrder(
    t.db,
    GUEST,
    guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: method, installments }),
  );
  const started = await startPayment(t.db, getPaymentGateway(), {
    orderId: placed.id,
    token,
    actor: 'guest',
  });
  const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, placed.id));
  return { placed, started, payment: payment! };
}
const statusOf = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

const deliver = (body: unknown, password = SECRET) =>
  webhook(
    new Request('http://loja.test/api/payments/vindi/webhooks', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`vindi:${password}`).toString('base64')}`,
      },
      body: JSON.stringify(body),
    }) as never,
    { params: Promise.resolve({}) } as never,
  );

const billEvent = (type: string, billId: number, createdAt = new Date().toISOString()) => ({
  event: { type, created_at: createdAt, data: { bill: standIn.bills.get(billId) } },
});

describe('Vindi driver (contract, against a local stand-in)', () => {
  it('card: customer, payment profile from the gateway token, bill with installments; paid', async () => {
    const token = standIn.issueToken();
    const { started, payment, placed } = await pay('card', token, 3);
    expect(started.status).toBe('succeeded');
    expect(await statusOf(placed.id)).toBe('paid');
    expect(payment.gatewayReference).toMatch(/^bill_\d+$/);
    const paths = standIn.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /api/v1/customers',
        'POST /api/v1/payment_profiles',
        'POST /api/v1/bills',
      ]),
    );
    const bill = standIn.requests
      .filter((r) => r.path === '/api/v1/bills' && r.method === 'POST')
      .at(-1)!;
    expect(bill.body).toMatchObject({
      code: payment.id,
      payment_method_code: 'credit_card',
      installments: 3,
      bill_items: [{ amount: '139.90' }],
    });
    const profile = standIn.requests.find((r) => r.path === '/api/v1/payment_profiles')!;
    expect(profile.body).toMatchObject({
      gateway_token: token,
      payment_method_code: 'credit_card',
    });
  });

  it('a retried charge with the same key finds the first bill instead of billing twice', async () => {
    const gateway = createVindiGateway(
      createVindiClient({ apiUrl: standIn.url, apiToken: API_KEY }),
    );
    const request = {
      idempotencyKey: `retry-${Date.now()}`,
      amountCents: 10_00,
      currency: 'BRL',
      method: 'pix' as const,
      token: null,
      description: 'Loja test',
      expiresAt: null,
      customer: { name: 'Ana', email: 'ana@loja.test' },
    };
    const [a, b] = [await gateway.charge(request), await gateway.charge(request)];
    expect(a.reference).toBe(b.reference);
    expect(
      [...standIn.bills.values()].filter((x) => x.code === request.idempotencyKey),
    ).toHaveLength(1);
  });

  it('a declined card fails the payment and releases the order', async () => {
    const { started, placed } = await pay('card', standIn.issueToken(true));
    expect(started.status).toBe('failed');
    expect(await statusOf(placed.id)).toBe('payment_failed');
  });

  it('Pix: QR code fields stored; bill_paid webhook (Basic credentials) pays once, duplicates no-op', async () => {
    const { started, payment, placed } = await pay('pix', null);
    expect(started.status).toBe('pending');
    const [instructions] = await t.db
      .select()
      .from(paymentInstructions)
      .where(eq(paymentInstructions.paymentId, payment.id));
    expect(instructions!.pixCode).toMatch(/^000201/);
    expect(instructions!.pixImageUrl).toMatch(/\.png$/);

    const billId = Number(payment.gatewayReference!.slice(5));
    standIn.bills.get(billId)!.status = 'paid';
    const event = billEvent('bill_paid', billId);
    expect((await deliver(event, 'wrong-secret-wrong-secret')).status).toBe(401);
    expect(await statusOf(placed.id)).toBe('pending_payment');
    const first = await deliver(event);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ result: 'processed' });
    expect(await statusOf(placed.id)).toBe('paid');
    expect(await (await deliver(event)).json()).toMatchObject({ result: 'duplicate' });
  });

  it('boleto: typable line and PDF stored; charge_rejected after bill_paid changes nothing', async () => {
    const { payment, placed } = await pay('boleto', null);
    const [instructions] = await t.db
      .select()
      .from(paymentInstructions)
      .where(eq(paymentInstructions.paymentId, payment.id));
    expect(instructions).toMatchObject({ boletoPdfUrl: expect.stringMatching(/\.pdf$/) });
    expect(instructions!.boletoLine).toMatch(/^\d{5}\.\d{5} /);
    const billId = Number(payment.gatewayReference!.slice(5));
    const bill = standIn.bills.get(billId)!;
    // Out of order: the paid event arrives, then an older rejection of a previous attempt.
    await deliver(billEvent('bill_paid', billId, '2026-11-26T10:00:00-03:00'));
    await deliver({
      event: {
        type: 'charge_rejected',
        created_at: '2026-11-26T09:00:00-03:00',
        data: { charge: { ...bill.charges[0], status: 'rejected' } },
      },
    });
    expect(await statusOf(placed.id)).toBe('paid');
  });

  it('refund through the driver, then the charge_refunded echo converges without double effects', async () => {
    const { payment, placed } = await pay('card', standIn.issueToken());
    const gateway = getPaymentGateway();
    const refund = await gateway.refund({
      reference: payment.gatewayReference!,
      amountCents: payment.amountCents,
      idempotencyKey: `refund-${payment.id}`,
    });
    expect(refund.status).toBe('succeeded');
    const refundCall = standIn.requests
      .filter((r) => /\/charges\/\d+\/refund$/.test(r.path))
      .at(-1)!;
    expect(refundCall.body).toMatchObject({ amount: '139.90', cancel_bill: false });
    const billId = Number(payment.gatewayReference!.slice(5));
    const charge = standIn.bills.get(billId)!.charges[0]!;
    const event = {
      event: { type: 'charge_refunded', created_at: new Date().toISOString(), data: { charge } },
    };
    expect(await (await deliver(event)).json()).toMatchObject({ result: 'processed' });
    expect(await (await deliver(event)).json()).toMatchObject({ result: 'duplicate' });
    const [after] = await t.db.select().from(payments).where(eq(payments.id, payment.id));
    expect(after).toMatchObject({ status: 'refunded', refundedCents: payment.amountCents });
    expect(await statusOf(placed.id)).toBe('refunded');
    const stored = await t.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.gateway, 'vindi'));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('the API key goes only in the Basic header; a wrong key is refused by Vindi', async () => {
    const wrong = createVindiGateway(createVindiClient({ apiUrl: standIn.url, apiToken: 'nope' }));
    await expect(
      wrong.charge({
        idempotencyKey: 'k-wrong',
        amountCents: 100,
        currency: 'BRL',
        method: 'pix',
        token: null,
        description: 'x',
        expiresAt: null,
      }),
    ).rejects.toMatchObject({ status: 401 });
    expect(standIn.requests.every((r) => !r.path.includes(API_KEY))).toBe(true);
  });
});
