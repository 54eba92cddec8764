import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coupons } from '@/db/schema/coupons';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { applyCartCoupon } from '@/lib/coupons/cart-coupons';
import { createStockedVariant } from '@/lib/orders/testing/commerce-fixtures';
import { createCartToken, hashCartToken } from './cart-token';
import { discountsByShippingOption } from './discounts-by-shipping';
import { ensureCartId } from './find-cart';
import { loadCart } from './load-cart';
import { setCartQuantity } from './set-cart-quantity';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const guest = () => ({ guestTokenHash: hashCartToken(createCartToken())! });
const options = [
  { id: 'pickup', priceCents: 0 },
  { id: 'own-fleet', priceCents: 9_90 },
  { id: 'carrier', priceCents: 32_50 },
];

describe('coupon discount per shipping option (checkout preview)', () => {
  it('a free-shipping coupon waives the chosen option, not the flat estimate', async () => {
    const v = await createStockedVariant(t.db, 60_00, 10);
    const owner = guest();
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 2, mode: 'add' });
    const [frete] = await t.db
      .insert(coupons)
      .values({ code: `FRETE${Date.now()}`, kind: 'free_shipping', value: 0, combinable: true })
      .returning();
    const [dez] = await t.db
      .insert(coupons)
      .values({ code: `DEZ${Date.now()}`, kind: 'percentage', value: 10, combinable: true })
      .returning();
    const cartId = await ensureCartId(t.db, owner);
    await applyCartCoupon(t.db, cartId, frete!.code, 120_00);
    expect(await discountsByShippingOption(t.db, owner, 120_00, options)).toEqual({
      pickup: 0,
      'own-fleet': 9_90,
      carrier: 32_50,
    });
    // With 10% off the R$ 120,00 subtotal as well: R$ 12,00 plus the waived option.
    await applyCartCoupon(t.db, cartId, dez!.code, 120_00);
    expect(await discountsByShippingOption(t.db, owner, 120_00, options)).toEqual({
      pickup: 12_00,
      'own-fleet': 21_90,
      carrier: 44_50,
    });
    // The cart view still says which coupon waives shipping, for the checkout summary.
    const cart = await loadCart(t.db, owner);
    expect(cart.coupons.map((c) => c.kind).sort()).toEqual(['free_shipping', 'percentage']);
  });

  it('no cart or no coupon: nothing off', async () => {
    expect(await discountsByShippingOption(t.db, guest(), 50_00, options)).toEqual({
      pickup: 0,
      'own-fleet': 0,
      carrier: 0,
    });
  });

  it('a coupon whose minimum the subtotal no longer meets takes nothing off', async () => {
    const v = await createStockedVariant(t.db, 80_00, 10);
    const owner = guest();
    await setCartQuantity(t.db, owner, { variantId: v.id, quantity: 1, mode: 'add' });
    const [frete] = await t.db
      .insert(coupons)
      .values({
        code: `FRETEMIN${Date.now()}`,
        kind: 'free_shipping',
        value: 0,
        minSubtotalCents: 70_00,
      })
      .returning();
    await applyCartCoupon(t.db, await ensureCartId(t.db, owner), frete!.code, 80_00);
    expect((await discountsByShippingOption(t.db, owner, 80_00, options)).carrier).toBe(32_50);
    expect((await discountsByShippingOption(t.db, owner, 60_00, options)).carrier).toBe(0);
  });
});
