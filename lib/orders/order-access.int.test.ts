import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { findGuestOrderId } from './find-guest-order';
import { getOrderDetail } from './get-order-detail';
import { listUserOrders } from './list-user-orders';
import { placeOrder } from './place-order';
import { GUEST, createStockedVariant, guestOrder } from './testing/commerce-fixtures';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function customer() {
  const [u] = await t.db
    .insert(users)
    .values({ email: `c-${randomBytes(4).toString('hex')}@loja.test`, name: 'C' })
    .returning();
  return u!;
}

describe('order visibility', () => {
  it('customer B can neither read nor list customer A’s order', async () => {
    const v = await createStockedVariant(t.db, 1_000, 5);
    const a = await customer();
    const b = await customer();
    const { guestEmail: _omit, ...input } = guestOrder([{ variantId: v.id, quantity: 1 }]);
    const placed = await placeOrder(t.db, { userId: a.id, actor: `user:${a.id}` }, input);
    const asA = await getOrderDetail(t.db, placed.number, { userId: a.id, orderIds: [] });
    expect(asA?.order.id).toBe(placed.id);
    expect(asA?.events.map((e) => e.toStatus)).toEqual(['pending_payment']);
    expect(await getOrderDetail(t.db, placed.number, { userId: b.id, orderIds: [] })).toBeNull();
    expect(await getOrderDetail(t.db, placed.number, { userId: null, orderIds: [] })).toBeNull();
    expect((await listUserOrders(t.db, { userId: a.id })).map((o) => o.number)).toEqual([
      placed.number,
    ]);
    expect(await listUserOrders(t.db, { userId: b.id })).toEqual([]);
    // A signed-in user's order is never found through the guest lookup.
    expect(await findGuestOrderId(t.db, placed.number, a.email)).toBeNull();
  });

  it('a guest finds an order only with the matching number and e-mail', async () => {
    const v = await createStockedVariant(t.db, 1_000, 5);
    const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    expect(await findGuestOrderId(t.db, placed.number.toLowerCase(), 'Comprador@Loja.test')).toBe(
      placed.id,
    );
    expect(await findGuestOrderId(t.db, placed.number, 'outra@loja.test')).toBeNull();
    const seen = await getOrderDetail(t.db, placed.number, { userId: null, orderIds: [placed.id] });
    expect(seen?.order.number).toBe(placed.number);
  });
});
