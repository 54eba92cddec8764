import type { CouponKind } from '@/db/schema/coupons';

export type DiscountCoupon = {
  id: string;
  code: string;
  kind: CouponKind;
  value: number;
  minSubtotalCents: number;
  startsAt: Date | null;
  endsAt: Date | null;
  combinable: boolean;
  active: boolean;
};

export type CouponRejection =
  | 'coupon_inactive'
  | 'coupon_not_started'
  | 'coupon_ended'
  | 'coupon_min_subtotal'
  | 'coupon_not_combinable';

export type CouponDiscount = {
  /** Everything taken off the order: items plus waived shipping. */
  discountCents: number;
  perCoupon: { couponId: string; code: string; kind: CouponKind; discountCents: number }[];
};

/** Why a coupon cannot apply to this subtotal now (limits are checked when it is redeemed). */
export function checkCoupon(
  coupon: DiscountCoupon,
  subtotalCents: number,
  now: Date,
): CouponRejection | null {
  if (!coupon.active) return 'coupon_inactive';
  if (coupon.startsAt && now < coupon.startsAt) return 'coupon_not_started';
  if (coupon.endsAt && now >= coupon.endsAt) return 'coupon_ended';
  if (subtotalCents < coupon.minSubtotalCents) return 'coupon_min_subtotal';
  return null;
}

/** Several coupons only when every one of them is marked combinable. */
export function checkCombination(list: readonly DiscountCoupon[]): CouponRejection | null {
  return list.length > 1 && list.some((c) => !c.combinable) ? 'coupon_not_combinable' : null;
}

const ORDER: Record<CouponKind, number> = { percentage: 0, fixed: 1, free_shipping: 2 };

/**
 * Integer centavos throughout. Percentages apply first, to the subtotal, rounded half up per
 * coupon; fixed amounts next; item discounts never exceed the subtotal. Free shipping waives the
 * shipping price (counted in the discount, so orders keep the real shipping cost).
 */
export function computeDiscount(
  coupons: readonly DiscountCoupon[],
  subtotalCents: number,
  shippingCents: number,
): CouponDiscount {
  let itemsLeft = subtotalCents;
  let shippingLeft = shippingCents;
  const perCoupon: CouponDiscount['perCoupon'] = [];
  const sorted = [...coupons].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const coupon of sorted) {
    let off = 0;
    if (coupon.kind === 'percentage') {
      off = Math.min(itemsLeft, Math.floor((subtotalCents * coupon.value + 50) / 100));
      itemsLeft -= off;
    } else if (coupon.kind === 'fixed') {
      off = Math.min(itemsLeft, coupon.value);
      itemsLeft -= off;
    } else {
      off = shippingLeft;
      shippingLeft = 0;
    }
    perCoupon.push({
      couponId: coupon.id,
      code: coupon.code,
      kind: coupon.kind,
      discountCents: off,
    });
  }
  return { discountCents: perCoupon.reduce((s, c) => s + c.discountCents, 0), perCoupon };
}
