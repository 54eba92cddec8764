import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryLevels, orders, stockReservations } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { markOrderPaid } from '@/lib/orders/mark-order-paid';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { getAvailableStock } from './get-available-stock';
import { releaseExpiredReservations } from './release-expired-reservations';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function lapse(orderId: string) {
  const past = sql`now() - interval '1 minute'`;
  await t.db.update(orders).set({ reservedUntil: past }).where(eq(orders.id, orderId));
  await t.db
    .update(stockReservations)
    .set({ expiresAt: past })
    .where(eq(stockReservations.orderId, orderId));
}
const status = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;
const onHand = async (variantId: string) =>
  (await t.db.select().from(inventoryLevels).where(eq(inventoryLevels.variantId, variantId)))[0]!
    .onHand;

describe('reservation expiry', () => {
  it('ignores a lapsed hold in reads and the job releases it and expires the order', async () => {
    const v = await createStockedVariant(t.db, 1_000, 2);
    const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 2 }]));
    expect((await getAvailableStock(t.db, [v.id])).get(v.id)).toBe(0);
    await lapse(placed.id);
    expect((await getAvailableStock(t.db, [v.id])).get(v.id)).toBe(2);
    expect(await releaseExpiredReservations(t.db)).toEqual({ expiredOrders: 1 });
    expect(await status(placed.id)).toBe('expired');
    const holds = await t.db
      .select()
      .from(stockReservations)
      .where(eq(stockReservations.orderId, placed.id));
    expect(holds.map((h) => h.status)).toEqual(['released']);
    expect(await releaseExpiredReservations(t.db)).toEqual({ expiredOrders: 0 });
  });

  it('expiry racing a late payment converges: paid once, stock taken once', async () => {
    for (let round = 0; round < 10; round++) {
      const v = await createStockedVariant(t.db, 1_000, 1);
      const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
      await lapse(placed.id);
      const [, outcome] = await Promise.all([
        releaseExpiredReservations(t.db),
        t.db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test')),
      ]);
      // Stock was still there, so whichever ran first the late payment re-reserves it.
      expect(outcome).toBe('paid');
      expect(await status(placed.id)).toBe('paid');
      expect(await onHand(v.id)).toBe(0);
    }
  });

  it('a late payment finding the stock sold elsewhere leaves the order expired and reports no_stock', async () => {
    const v = await createStockedVariant(t.db, 1_000, 1);
    const late = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    await lapse(late.id);
    await releaseExpiredReservations(t.db);
    const other = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    await t.db.transaction((tx) => markOrderPaid(tx, other.id, 'gateway:test'));
    const outcome = await t.db.transaction((tx) => markOrderPaid(tx, late.id, 'gateway:test'));
    expect(outcome).toBe('no_stock');
    expect(await status(late.id)).toBe('expired');
    expect(await onHand(v.id)).toBe(0);
  });
});

describe('stock ledger', () => {
  it('records holds, releases and sales with actor and reason, newest first', async () => {
    const { listStockMovements } = await import('./list-stock-movements');
    const v = await createStockedVariant(t.db, 1_000, 3);
    const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 2 }]));
    await t.db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test'));
    const ledger = await listStockMovements(t.db, v.id);
    expect(ledger.map((m) => [m.kind, m.quantity, m.actor])).toEqual([
      ['sale', -2, 'gateway:test'],
      ['reservation', 2, 'guest'],
    ]);
    expect(ledger.every((m) => m.reason.length > 0 && m.orderId === placed.id)).toBe(true);
  });
});
