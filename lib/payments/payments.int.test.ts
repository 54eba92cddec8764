import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryLevels, orders, payments, stockMovements, webhookEvents } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { applyPaymentWebhook } from './apply-payment-webhook';
import type { PaymentGateway } from './gateway';
import { tokenizeSandboxCard } from './sandbox-cards';
import { createSandboxGateway } from './sandbox-gateway';
import { startPayment } from './start-payment';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

function countingGateway() {
  const inner = createSandboxGateway();
  const calls = { charge: 0, refund: 0 };
  const gateway: PaymentGateway = {
    name: inner.name,
    charge: (r) => (calls.charge++, inner.charge(r)),
    refund: (r) => (calls.refund++, inner.refund(r)),
  };
  return { gateway, calls };
}
const orderRow = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!;
const onHand = async (variantId: string) =>
  (await t.db.select().from(inventoryLevels).where(eq(inventoryLevels.variantId, variantId)))[0]!
    .onHand;

describe('confirm and pay', () => {
  it('the same confirm 50× concurrently: one order, one charge, stock taken once', async () => {
    const v = await createStockedVariant(t.db, 5_000, 5);
    const { gateway, calls } = countingGateway();
    const input = guestOrder([{ variantId: v.id, quantity: 1 }]);
    const token = tokenizeSandboxCard('4242424242424242');
    const results = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const placed = await placeOrder(t.db, GUEST, input);
        return startPayment(t.db, gateway, { orderId: placed.id, token, actor: 'guest' });
      }),
    );
    expect(calls.charge).toBe(1);
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    const [order] = await t.db
      .select()
      .from(orders)
      .where(eq(orders.idempotencyKey, input.idempotencyKey));
    expect(order!.status).toBe('paid');
    expect(await t.db.$count(payments, eq(payments.orderId, order!.id))).toBe(1);
    expect(await onHand(v.id)).toBe(4);
  });

  it('a declined card fails the order and releases its hold', async () => {
    const v = await createStockedVariant(t.db, 5_000, 1);
    const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    const result = await startPayment(t.db, createSandboxGateway(), {
      orderId: placed.id,
      token: tokenizeSandboxCard('4000000000000002'),
      actor: 'guest',
    });
    expect(result.status).toBe('failed');
    expect((await orderRow(placed.id)).status).toBe('payment_failed');
    // The unit is free again for the next attempt.
    await expect(
      placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }])),
    ).resolves.toMatchObject({ created: true });
  });

  it('a Pix payment stays pending until its webhook; a late one without stock is refunded', async () => {
    const v = await createStockedVariant(t.db, 5_000, 1);
    const { gateway, calls } = countingGateway();
    const placed = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: 'pix' }),
    );
    const started = await startPayment(t.db, gateway, {
      orderId: placed.id,
      token: null,
      actor: 'guest',
    });
    expect(started).toMatchObject({
      status: 'pending',
      outcome: { pix: { code: expect.any(String) } },
    });
    // The hold lapses and someone else buys the unit.
    await t.db
      .update(orders)
      .set({ status: 'pending_payment', reservedUntil: sql`now() - interval '1 minute'` })
      .where(eq(orders.id, placed.id));
    await t.db.execute(
      sql`update stock_reservations set expires_at = now() - interval '1 minute' where order_id = ${placed.id}`,
    );
    const other = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    await startPayment(t.db, gateway, {
      orderId: other.id,
      token: tokenizeSandboxCard('4242424242424242'),
      actor: 'guest',
    });
    const outcome = await applyPaymentWebhook(t.db, gateway, {
      eventId: 'evt-late-pix',
      type: 'payment.succeeded',
      reference: started.outcome!.reference,
      status: 'succeeded',
    });
    expect(outcome).toBe('processed');
    expect((await orderRow(placed.id)).status).toBe('refunded');
    expect(calls.refund).toBe(1);
    const [payment] = await t.db.select().from(payments).where(eq(payments.id, started.paymentId));
    expect(payment).toMatchObject({ status: 'refunded', refundedCents: payment!.amountCents });
    expect(await onHand(v.id)).toBe(0);
  });
});

describe('webhooks', () => {
  it('1,000 deliveries with duplicates in shuffled order: each effect exactly once', async () => {
    const v = await createStockedVariant(t.db, 1_000, 100);
    const gateway = createSandboxGateway();
    const eventsBefore = await t.db.$count(webhookEvents);
    const refs: string[] = [];
    for (let i = 0; i < 100; i++) {
      const placed = await placeOrder(
        t.db,
        GUEST,
        guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: 'pix' }),
      );
      refs.push(
        (await startPayment(t.db, gateway, { orderId: placed.id, token: null, actor: 'guest' }))
          .outcome!.reference,
      );
    }
    const events = refs.flatMap((reference, i) => [
      {
        eventId: `evt-${i}-pending`,
        type: 'payment.pending',
        reference,
        status: 'pending' as const,
      },
      {
        eventId: `evt-${i}-paid`,
        type: 'payment.succeeded',
        reference,
        status: 'succeeded' as const,
      },
    ]);
    const deliveries = Array.from({ length: 1_000 }, (_, i) => events[i % events.length]!);
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    const outcomes: string[] = [];
    const queue = [...deliveries];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let e = queue.shift(); e; e = queue.shift()) {
          outcomes.push(await applyPaymentWebhook(t.db, gateway, e));
        }
      }),
    );
    expect(outcomes.filter((o) => o === 'processed')).toHaveLength(200);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(800);
    expect(await t.db.$count(webhookEvents)).toBe(eventsBefore + 200);
    const paid = await t.db
      .select({ n: count() })
      .from(payments)
      .where(sql`${payments.status} = 'succeeded' and ${payments.gatewayReference} in ${refs}`);
    expect(paid[0]!.n).toBe(100);
    expect(await onHand(v.id)).toBe(0);
    const sales = await t.db
      .select({ n: count() })
      .from(stockMovements)
      .where(sql`${stockMovements.variantId} = ${v.id} and ${stockMovements.kind} = 'sale'`);
    expect(sales[0]!.n).toBe(100);
  }, 180_000); // a correctness proof of 1,100 transactions, not a timing: generous on a loaded CI box
});
