import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variants } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { createCartToken, hashCartToken } from './cart-token';
import { clearCart } from './clear-cart';
import { loadCart } from './load-cart';
import { setCartQuantity } from './set-cart-quantity';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const guest = () => ({ guestTokenHash: hashCartToken(createCartToken())! });

describe('cart', () => {
  it('adds, sums, sets and removes lines, priced from the database', async () => {
    const v = await createStockedVariant(t.db, 1_500, 10);
    const owner = guest();
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 2, mode: 'add' });
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 1, mode: 'add' });
    let cart = await loadCart(t.db, owner);
    expect(cart).toMatchObject({ itemCount: 3, subtotalCents: 4_500, lines: [{ quantity: 3 }] });
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 5, mode: 'set' });
    expect((await loadCart(t.db, owner)).itemCount).toBe(5);
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 0, mode: 'set' });
    cart = await loadCart(t.db, owner);
    expect(cart.lines).toEqual([]);
  });

  it('limits the quantity by available stock (on hand minus reservations) with the available count', async () => {
    const v = await createStockedVariant(t.db, 1_000, 5);
    await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 3 }]));
    const owner = guest();
    await expect(
      setCartQuantity(t.db, owner, { variantId: v.id, quantity: 3, mode: 'add' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'insufficient_stock', available: 2 },
    });
    expect((await loadCart(t.db, owner)).lines).toEqual([]);
  });

  it('shows a price change since the line was added', async () => {
    const v = await createStockedVariant(t.db, 1_000, 5);
    const owner = guest();
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 1, mode: 'add' });
    await t.db.update(variants).set({ priceCents: 1_200 }).where(eq(variants.id, v.id));
    const [line] = (await loadCart(t.db, owner)).lines;
    expect(line).toMatchObject({ priceCentsAtAdd: 1_000, unitPriceCents: 1_200 });
  });

  it('keeps carts apart: one owner never sees or changes another owner’s cart', async () => {
    const v = await createStockedVariant(t.db, 1_000, 10);
    const a = guest();
    const b = guest();
    await setCartQuantity(t.db, a, { variantId: v.id, quantity: 2, mode: 'add' });
    expect((await loadCart(t.db, b)).lines).toEqual([]);
    await setCartQuantity(t.db, b, { variantId: v.id, quantity: 0, mode: 'set' });
    await clearCart(t.db, b);
    expect((await loadCart(t.db, a)).itemCount).toBe(2);
    expect(await loadCart(t.db, null)).toMatchObject({ lines: [] });
  });

  it('rejects a malformed cart token', () => {
    expect(hashCartToken('short')).toBeNull();
    expect(hashCartToken(createCartToken())).toMatch(/^[a-f0-9]{64}$/);
  });
});

describe('merging the guest cart on sign-in', () => {
  it('sums quantities per variant, caps by stock, loses and duplicates nothing, applies once', async () => {
    const { mergeGuestCart } = await import('./merge-guest-cart');
    const { users } = await import('@/db/schema');
    const [user] = await t.db
      .insert(users)
      .values({ email: `m-${Date.now()}@loja.test`, name: 'M' })
      .returning();
    const scarce = await createStockedVariant(t.db, 1_000, 4);
    const plenty = await createStockedVariant(t.db, 2_000, 50);
    const only = await createStockedVariant(t.db, 3_000, 50);
    const account = { userId: user!.id };
    await setCartQuantity(t.db, account, { variantId: scarce.id, quantity: 3, mode: 'add' });
    await setCartQuantity(t.db, account, { variantId: plenty.id, quantity: 1, mode: 'add' });
    const token = hashCartToken(createCartToken())!;
    const guestOwner = { guestTokenHash: token };
    await setCartQuantity(t.db, guestOwner, { variantId: scarce.id, quantity: 3, mode: 'add' });
    await setCartQuantity(t.db, guestOwner, { variantId: plenty.id, quantity: 2, mode: 'add' });
    await setCartQuantity(t.db, guestOwner, { variantId: only.id, quantity: 1, mode: 'add' });
    const results = await Promise.all([
      mergeGuestCart(t.db, token, user!.id),
      mergeGuestCart(t.db, token, user!.id),
    ]);
    expect(results.flat()).toEqual([{ variantId: scarce.id, wanted: 6, quantity: 4 }]);
    const cart = await loadCart(t.db, account);
    const byVariant = Object.fromEntries(cart.lines.map((l) => [l.variantId, l.quantity]));
    expect(byVariant).toEqual({ [scarce.id]: 4, [plenty.id]: 3, [only.id]: 1 });
    expect((await loadCart(t.db, guestOwner)).lines).toEqual([]);
  });
});
