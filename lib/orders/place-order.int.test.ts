import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { inventoryLevels, orderEvents, orderLines, orders, stockMovements } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import { markOrderPaid } from './mark-order-paid';
import { placeOrder } from './place-order';
import { FLAT_SHIPPING_CENTS } from './shipping';
import { GUEST, createStockedVariant, guestOrder } from './testing/commerce-fixtures';
import { transitionOrder } from './transition-order';

let t: TestDatabase;
let wide: pg.Pool;
let db: Database;
beforeAll(async () => {
  t = await createTestDatabase();
  // Separate connections so the concurrency below is real, not serialised by a small pool.
  wide = new pg.Pool({ connectionString: t.url, max: 50 });
  wide.on('error', () => {});
  db = drizzle(wide, { schema });
});
afterAll(async () => {
  await wide.end();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await t.drop();
});

const onHand = async (variantId: string) =>
  (await db.select().from(inventoryLevels).where(eq(inventoryLevels.variantId, variantId)))[0]!
    .onHand;

describe('placeOrder', () => {
  it('prices from the database and ignores price-like fields sent by the client', async () => {
    const v = await createStockedVariant(db, 4_990, 10);
    const tampered = guestOrder([
      { variantId: v.id, quantity: 2, priceCents: 1 } as { variantId: string; quantity: number },
    ]);
    const placed = await placeOrder(db, GUEST, {
      ...tampered,
      totalCents: 1,
      shippingCents: 0,
    } as typeof tampered);
    expect(placed).toMatchObject({ created: true, status: 'pending_payment' });
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({
      subtotalCents: 9_980,
      shippingCents: FLAT_SHIPPING_CENTS,
      totalCents: 9_980 + FLAT_SHIPPING_CENTS,
    });
    expect(order!.number).toMatch(/^LJ-[2-9A-Z]{8}$/);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.id));
    expect(line).toMatchObject({ unitPriceCents: 4_990, quantity: 2, lineTotalCents: 9_980 });
    expect((await getAvailableStock(db, [v.id])).get(v.id)).toBe(8);
    expect(await onHand(v.id)).toBe(10);
  });

  it('sums quantities of the same variant before checking stock', async () => {
    const v = await createStockedVariant(db, 1_000, 5);
    const attempt = placeOrder(
      db,
      GUEST,
      guestOrder([
        { variantId: v.id, quantity: 3 },
        { variantId: v.id, quantity: 3 },
      ]),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'out_of_stock', available: 5 },
    });
    expect(
      await db.$count(
        orders,
        sql`${orders.guestEmail} is not null and ${orders.subtotalCents} = 6000`,
      ),
    ).toBe(0);
  });

  it('200 concurrent buyers for the last 10 units: exactly 10 orders, stock 0, only clean out-of-stock errors', async () => {
    const v = await createStockedVariant(db, 2_500, 10);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, async () => {
        const placed = await placeOrder(db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
        const outcome = await db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test'));
        return { placed, outcome };
      }),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(10);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason).toMatchObject({ code: 'conflict', details: { reason: 'out_of_stock' } });
    }
    expect(await onHand(v.id)).toBe(0);
    const paid = await db
      .select({ n: count() })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(sql`${orderLines.variantId} = ${v.id} and ${orders.status} = 'paid'`);
    expect(paid[0]!.n).toBe(10);
    const sales = await db
      .select({ total: sql<number>`sum(${stockMovements.quantity})::int` })
      .from(stockMovements)
      .where(sql`${stockMovements.variantId} = ${v.id} and ${stockMovements.kind} = 'sale'`);
    expect(sales[0]!.total).toBe(-10);
  });

  it('the same confirm 50 times concurrently creates one order', async () => {
    const v = await createStockedVariant(db, 3_000, 100);
    const input = guestOrder([{ variantId: v.id, quantity: 1 }]);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => placeOrder(db, GUEST, input)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.$count(orders, eq(orders.idempotencyKey, input.idempotencyKey))).toBe(1);
    expect((await getAvailableStock(db, [v.id])).get(v.id)).toBe(99);
  });

  it('refuses to replay another buyer’s idempotency key', async () => {
    const v = await createStockedVariant(db, 3_000, 10);
    const input = guestOrder([{ variantId: v.id, quantity: 1 }]);
    await placeOrder(db, GUEST, input);
    await expect(
      placeOrder(db, GUEST, { ...input, guestEmail: 'outra@loja.test' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('order transitions', () => {
  it('records every move with actor and reason and answers an illegal move with 409', async () => {
    const v = await createStockedVariant(db, 1_000, 3);
    const placed = await placeOrder(db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    await db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test'));
    await db.transaction((tx) =>
      transitionOrder(tx, {
        orderId: placed.id,
        to: 'preparing',
        actor: `user:${randomUUID()}`,
        reason: 'picking',
      }),
    );
    const illegal = db.transaction((tx) =>
      transitionOrder(tx, { orderId: placed.id, to: 'delivered', actor: 'system', reason: 'skip' }),
    );
    await expect(illegal).rejects.toMatchObject({ code: 'conflict', status: 409 });
    const events = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, placed.id))
      .orderBy(orderEvents.at);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'pending_payment'],
      ['pending_payment', 'paid'],
      ['paid', 'preparing'],
    ]);
    expect(events[2]).toMatchObject({ reason: 'picking' });
    // A second confirmation of the same payment changes nothing.
    expect(await db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test'))).toBe(
      'already',
    );
    expect(await onHand(v.id)).toBe(2);
  });
});
