import 'server-only';
import { listCartCoupons } from '@/lib/coupons/find-coupons';
import { evaluateCoupons } from '@/lib/coupons/price-coupons';
import type { Executor } from '@/lib/db/client';
import type { CartOwner } from './cart-token';
import { findCartId } from './find-cart';

/**
 * The cart's coupon discount for each shipping option on offer, keyed by option id. The cart
 * view prices coupons against the flat estimate; a free-shipping coupon waives the price of the
 * option the shopper actually picks, which is what placement charges (the same evaluateCoupons).
 */
export async function discountsByShippingOption(
  db: Executor,
  owner: CartOwner,
  subtotalCents: number,
  options: readonly { id: string; priceCents: number }[],
  now = new Date(),
): Promise<Record<string, number>> {
  const cartId = await findCartId(db, owner);
  const coupons = cartId ? await listCartCoupons(db, cartId) : [];
  return Object.fromEntries(
    options.map((option) => [
      option.id,
      evaluateCoupons(coupons, subtotalCents, option.priceCents, now).discount.discountCents,
    ]),
  );
}
