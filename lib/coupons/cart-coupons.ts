import 'server-only';
import { and, eq } from 'drizzle-orm';
import { cartCoupons } from '@/db/schema/coupons';
import type { Executor } from '@/lib/db/client';
import { couponError } from './coupon-errors';
import { checkCoupon } from './compute-discount';
import { findCouponsByCode, listCartCoupons } from './find-coupons';

/**
 * Applies a code to a cart after checking it exists and applies to the cart's subtotal now. A
 * non-combinable coupon replaces the cart's others, and nothing joins a non-combinable one. The
 * limits are only taken at placement (a cart reserves nothing).
 */
export async function applyCartCoupon(
  db: Executor,
  cartId: string,
  code: string,
  subtotalCents: number,
): Promise<void> {
  const [coupon] = await findCouponsByCode(db, [code]);
  if (!coupon) throw couponError('coupon_unknown', code);
  const reason = checkCoupon(coupon, subtotalCents, new Date());
  if (reason) throw couponError(reason, coupon.code);
  const current = await listCartCoupons(db, cartId);
  if (current.some((c) => c.id === coupon.id)) return;
  if (current.length >= 3) throw couponError('coupon_not_combinable', coupon.code);
  await db.transaction(async (tx) => {
    if (!coupon.combinable || current.some((c) => !c.combinable))
      await tx.delete(cartCoupons).where(eq(cartCoupons.cartId, cartId));
    await tx.insert(cartCoupons).values({ cartId, couponId: coupon.id }).onConflictDoNothing();
  });
}

export async function removeCartCoupon(db: Executor, cartId: string, couponId: string) {
  await db
    .delete(cartCoupons)
    .where(and(eq(cartCoupons.cartId, cartId), eq(cartCoupons.couponId, couponId)));
}
