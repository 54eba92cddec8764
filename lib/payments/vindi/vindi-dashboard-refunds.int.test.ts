import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as webhook } from '@/app/api/payments/vindi/webhooks/route';
import { orderEmailOutbox, orderEvents, orders, payments, webhookEvents } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { getPaymentGateway } from '../get-payment-gateway';
import { startPayment } from '../start-payment';
import { useVindiTestEnvironment } from './testing/vindi-test-environment';

const API_KEY = 'vindi-private-key-refunds';
const SECRET = 'vindi-webhook-secret-refunds-0123';
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof useVindiTestEnvironment>>['standIn'];

let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, standIn, stop } = await useVindiTestEnvironment(API_KEY, SECRET));
});
afterAll(() => stop());

async function paidCardOrder() {
  const v = await createStockedVariant(t.db, 120_00, 5);
  const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
  const started = await startPayment(t.db, getPaymentGateway(), {
    orderId: placed.id,
    token: standIn.issueToken(),
    actor: 'guest',
  });
  expect(started.status).toBe('succeeded');
  const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, placed.id));
  return {
    orderId: placed.id,
    payment: payment!,
    billId: Number(payment!.gatewayReference!.slice(5)),
  };
}

const deliver = async (body: unknown, password = SECRET) => {
  const res = await webhook(
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
  return { status: res.status, result: ((await res.json()) as { result?: string }).result };
};

const paymentOf = async (id: string) =>
  (await t.db.select().from(payments).where(eq(payments.id, id)))[0]!;
const statusOf = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

describe('refunds made in Vindi’s dashboard (charge_refunded through the webhook route)', () => {
  it('partial, duplicate, out of order, then the rest: recorded once each, cumulative', async () => {
    const { orderId, payment, billId } = await paidCardOrder();
    const first = standIn.refundInDashboard(billId, 40_00);
    expect(first.event.data.charge).toMatchObject({
      status: 'paid',
      last_transaction: { transaction_type: 'refund', amount: '40.00' },
    });

    expect(await deliver(first)).toEqual({ status: 200, result: 'processed' });
    expect(await paymentOf(payment.id)).toMatchObject({
      refundedCents: 40_00,
      status: 'succeeded',
    });
    expect(await statusOf(orderId)).toBe('partially_refunded');
    expect(await deliver(first)).toEqual({ status: 200, result: 'duplicate' });

    // Two more partial refunds whose webhooks arrive newest first.
    const second = standIn.refundInDashboard(billId, 20_00);
    const third = standIn.refundInDashboard(billId, 30_00);
    expect(await deliver(third)).toEqual({ status: 200, result: 'processed' });
    expect((await paymentOf(payment.id)).refundedCents).toBe(90_00);
    expect(await deliver(second)).toEqual({ status: 200, result: 'unchanged' });
    expect(await deliver(third)).toEqual({ status: 200, result: 'duplicate' });
    expect((await paymentOf(payment.id)).refundedCents).toBe(90_00);
    expect(await statusOf(orderId)).toBe('partially_refunded');

    const rest = standIn.refundInDashboard(billId, payment.amountCents - 90_00);
    expect(rest.event.data.charge?.status).toBe('refunded');
    expect(await deliver(rest)).toEqual({ status: 200, result: 'processed' });
    expect(await deliver(rest)).toEqual({ status: 200, result: 'duplicate' });
    expect(await deliver(first)).toEqual({ status: 200, result: 'duplicate' });
    expect(await paymentOf(payment.id)).toMatchObject({
      refundedCents: payment.amountCents,
      status: 'refunded',
    });
    expect(await statusOf(orderId)).toBe('refunded');

    const events = (
      await t.db
        .select()
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.actor, 'gateway:vindi')))
        .orderBy(asc(orderEvents.at))
    ).filter((e) => e.toStatus.endsWith('refunded'));
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ['paid', 'partially_refunded'],
      ['partially_refunded', 'refunded'],
    ]);
    const mails = await t.db
      .select()
      .from(orderEmailOutbox)
      .where(eq(orderEmailOutbox.orderId, orderId));
    expect(
      mails
        .filter((m) => m.kind === 'refunded')
        .map((m) => m.eventId)
        .sort(),
    ).toEqual(events.map((e) => e.id).sort());
  });

  it('a refund the operator makes before any webhook arrives is still applied in full', async () => {
    const { orderId, payment, billId } = await paidCardOrder();
    const early = standIn.refundInDashboard(billId, 10_00);
    const later = standIn.refundInDashboard(billId, 15_00);
    // Vindi delivers the older event last; the first delivery already reads the total of both.
    expect(await deliver(later)).toEqual({ status: 200, result: 'processed' });
    expect(await deliver(early)).toEqual({ status: 200, result: 'unchanged' });
    expect(await paymentOf(payment.id)).toMatchObject({
      refundedCents: 25_00,
      status: 'succeeded',
    });
    expect(await statusOf(orderId)).toBe('partially_refunded');
  });

  it('wrong credentials: 401, nothing stored, so the genuine delivery still applies', async () => {
    const { payment, billId } = await paidCardOrder();
    const event = standIn.refundInDashboard(billId, 5_00);
    const before = await t.db.$count(webhookEvents);
    expect((await deliver(event, 'not-the-secret')).status).toBe(401);
    expect(await t.db.$count(webhookEvents)).toBe(before);
    expect((await paymentOf(payment.id)).refundedCents).toBe(0);
    expect(await deliver(event)).toEqual({ status: 200, result: 'processed' });
    expect((await paymentOf(payment.id)).refundedCents).toBe(5_00);
  });

  it('Vindi unable to report the refunds: 503, nothing stored, the redelivery applies it', async () => {
    const { payment, billId } = await paidCardOrder();
    const event = standIn.refundInDashboard(billId, 7_00);
    const before = await t.db.$count(webhookEvents);
    standIn.setOutage('/api/v1/transactions');
    try {
      expect((await deliver(event)).status).toBe(503);
    } finally {
      standIn.setOutage(null);
    }
    expect(await t.db.$count(webhookEvents)).toBe(before);
    expect(await deliver(event)).toEqual({ status: 200, result: 'processed' });
    expect((await paymentOf(payment.id)).refundedCents).toBe(7_00);
  });
});
