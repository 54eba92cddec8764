import 'server-only';
import type { Executor } from '@/lib/db/client';
import { couponError, type CouponFailure } from './coupon-errors';
import {
  checkCombination,
  checkCoupon,
  computeDiscount,
  type CouponDiscount,
  type DiscountCoupon,
} from './compute-discount';
import { findCouponsByCode, normalizeCouponCode } from './find-coupons';

export type CouponEvaluation = {
  discount: CouponDiscount;
  rejected: { code: string; reason: CouponFailure }[];
};

/** Applies what can apply and says why the rest cannot (cart preview). */
export function evaluateCoupons(
  list: readonly DiscountCoupon[],
  subtotalCents: number,
  shippingCents: number,
  now = new Date(),
): CouponEvaluation {
  const rejected: CouponEvaluation['rejected'] = [];
  const usable = list.filter((c) => {
    const reason = checkCoupon(c, subtotalCents, now);
    if (reason) rejected.push({ code: c.code, reason });
    return !reason;
  });
  const combination = checkCombination(usable);
  // Not combinable: keep the first applied, reject the others.
  const applied = combination ? usable.slice(0, 1) : usable;
  for (const c of usable.slice(applied.length))
    rejected.push({ code: c.code, reason: 'coupon_not_combinable' });
  return { discount: computeDiscount(applied, subtotalCents, shippingCents), rejected };
}

/**
 * Placement: every code must exist and apply, or the order is refused with the reason (a 409):
 * the shopper never pays a price different from the one they confirmed.
 */
export async function priceCoupons(
  db: Executor,
  codes: readonly string[],
  subtotalCents: number,
  shippingCents: number,
  now = new Date(),
): Promise<CouponDiscount> {
  const empty = { discountCents: 0, perCoupon: [] };
  if (codes.length === 0) return empty;
  const found = await findCouponsByCode(db, codes);
  for (const code of new Set(codes.map(normalizeCouponCode)))
    if (!found.some((c) => c.code === code)) throw couponError('coupon_unknown', code);
  const { discount, rejected } = evaluateCoupons(found, subtotalCents, shippingCents, now);
  if (rejected[0]) throw couponError(rejected[0].reason, rejected[0].code);
  return discount;
}
