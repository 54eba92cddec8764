import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inventoryLevels,
  orderLines,
  orders,
  stockMovements,
  stockReservations,
} from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { AppError } from '@/lib/errors';
import { orderAddressSnapshot } from '@/lib/logistics/shipping/order-shipping';
import { createStockedVariant, TEST_ADDRESS } from '@/lib/orders/testing/commerce-fixtures';
import { commitOrderStock } from './commit-order-stock';
import { reserveStock } from './reserve-stock';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function newOrder() {
  const [order] = await t.db
    .insert(orders)
    .values({
      number: `T-${crypto.randomUUID().slice(0, 8)}`,
      guestEmail: 'comprador@loja.test',
      address: orderAddressSnapshot(TEST_ADDRESS, undefined),
      idempotencyKey: `key-${crypto.randomUUID()}`,
      paymentMethod: 'card',
    })
    .returning({ id: orders.id });
  return order!.id;
}
const inAnHour = () => new Date(Date.now() + 3_600_000);
const ledger = (variantIds: string[]) =>
  t.db.select().from(stockMovements).where(inArray(stockMovements.variantId, variantIds));
const holds = (variantIds: string[]) =>
  t.db.select().from(stockReservations).where(inArray(stockReservations.variantId, variantIds));

describe('the one-statement reservation', () => {
  it('reports the short variant and what is available, and writes nothing', async () => {
    const plenty = await createStockedVariant(t.db, 1_000, 10);
    const scarce = await createStockedVariant(t.db, 1_000, 5);
    // Someone else's live hold counts against availability; a lapsed one does not.
    await reserveStock(t.db, {
      orderId: await newOrder(),
      items: [{ variantId: scarce.id, quantity: 2 }],
      expiresAt: inAnHour(),
      actor: 'guest',
    });
    await reserveStock(t.db, {
      orderId: await newOrder(),
      items: [{ variantId: scarce.id, quantity: 1 }],
      expiresAt: new Date(Date.now() - 60_000),
      actor: 'guest',
    });
    const before = { moves: (await ledger([plenty.id, scarce.id])).length };
    const orderId = await newOrder();
    const attempt = reserveStock(t.db, {
      orderId,
      // Same variant twice: summed to 4 before the check (3 available).
      items: [
        { variantId: plenty.id, quantity: 1 },
        { variantId: scarce.id, quantity: 2 },
        { variantId: scarce.id, quantity: 2 },
      ],
      expiresAt: inAnHour(),
      actor: 'guest',
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'out_of_stock', variantId: scarce.id, available: 3 },
    });
    expect(
      await t.db.select().from(stockReservations).where(eq(stockReservations.orderId, orderId)),
    ).toEqual([]);
    expect((await ledger([plenty.id, scarce.id])).length).toBe(before.moves);
  });

  it('counts a hold that belongs to no order (a cart) against availability', async () => {
    const v = await createStockedVariant(t.db, 1_000, 3);
    await t.db
      .insert(stockReservations)
      .values({ variantId: v.id, quantity: 2, orderId: null, expiresAt: inAnHour() });
    const attempt = reserveStock(t.db, {
      orderId: await newOrder(),
      items: [{ variantId: v.id, quantity: 2 }],
      expiresAt: inAnHour(),
      actor: 'guest',
    });
    await expect(attempt).rejects.toMatchObject({
      details: { reason: 'out_of_stock', variantId: v.id, available: 1 },
    });
  });

  it('reserves summed quantities with one reservation and one ledger row per variant', async () => {
    const a = await createStockedVariant(t.db, 1_000, 4);
    const b = await createStockedVariant(t.db, 1_000, 4);
    const orderId = await newOrder();
    await reserveStock(t.db, {
      orderId,
      items: [
        { variantId: b.id, quantity: 1 },
        { variantId: a.id, quantity: 1 },
        { variantId: b.id, quantity: 3 },
      ],
      expiresAt: inAnHour(),
      actor: 'user:test',
    });
    const rows = await holds([a.id, b.id]);
    expect(rows.map((r) => [r.variantId, r.quantity, r.status, r.orderId]).sort()).toEqual(
      [
        [a.id, 1, 'active', orderId],
        [b.id, 4, 'active', orderId],
      ].sort(),
    );
    const moves = await ledger([a.id, b.id]);
    expect(moves.map((m) => [m.variantId, m.kind, m.quantity, m.actor, m.reason]).sort()).toEqual(
      [
        [a.id, 'reservation', 1, 'user:test', 'held while payment is pending'],
        [b.id, 'reservation', 4, 'user:test', 'held while payment is pending'],
      ].sort(),
    );
  });
});

describe('the one-statement sale', () => {
  it('sells summed lines: on hand down, the hold consumed, one sale row per variant', async () => {
    const a = await createStockedVariant(t.db, 1_000, 5);
    const b = await createStockedVariant(t.db, 1_000, 5);
    const orderId = await newOrder();
    const line = (variantId: string, quantity: number) => ({
      orderId,
      variantId,
      sku: 'SKU',
      productName: 'Produto',
      unitPriceCents: 1_000,
      quantity,
      lineTotalCents: 1_000 * quantity,
    });
    await t.db.insert(orderLines).values([line(b.id, 1), line(a.id, 2), line(b.id, 2)]);
    await reserveStock(t.db, {
      orderId,
      items: [
        { variantId: a.id, quantity: 2 },
        { variantId: b.id, quantity: 3 },
      ],
      expiresAt: inAnHour(),
      actor: 'guest',
    });
    const result = await t.db.transaction((tx) => commitOrderStock(tx, orderId, 'gateway:test'));
    expect(result).toEqual({ ok: true });
    const levels = await t.db
      .select()
      .from(inventoryLevels)
      .where(inArray(inventoryLevels.variantId, [a.id, b.id]));
    expect(Object.fromEntries(levels.map((l) => [l.variantId, l.onHand]))).toEqual({
      [a.id]: 3,
      [b.id]: 2,
    });
    expect((await holds([a.id, b.id])).map((h) => h.status)).toEqual(['consumed', 'consumed']);
    const sales = (await ledger([a.id, b.id])).filter((m) => m.kind === 'sale');
    expect(
      sales.map((m) => [m.variantId, m.quantity, m.orderId, m.actor, m.reason]).sort(),
    ).toEqual(
      [
        [a.id, -2, orderId, 'gateway:test', 'order paid'],
        [b.id, -3, orderId, 'gateway:test', 'order paid'],
      ].sort(),
    );
  });

  it('reports a short variant without writing, so the caller can roll back to its savepoint', async () => {
    const v = await createStockedVariant(t.db, 1_000, 1);
    // A late payment: the order's hold lapsed and someone else holds the last unit now.
    const late = await newOrder();
    await t.db.insert(orderLines).values({
      orderId: late,
      variantId: v.id,
      sku: v.sku,
      productName: 'Produto',
      unitPriceCents: 1_000,
      quantity: 1,
      lineTotalCents: 1_000,
    });
    await reserveStock(t.db, {
      orderId: await newOrder(),
      items: [{ variantId: v.id, quantity: 1 }],
      expiresAt: inAnHour(),
      actor: 'guest',
    });
    const before = (await ledger([v.id])).length;
    const result = await t.db.transaction((tx) => commitOrderStock(tx, late, 'gateway:test'));
    expect(result).toEqual({ ok: false, variantId: v.id, available: 0 });
    expect((await ledger([v.id])).length).toBe(before);
    const [level] = await t.db
      .select()
      .from(inventoryLevels)
      .where(eq(inventoryLevels.variantId, v.id));
    expect(level!.onHand).toBe(1);
  });
});
