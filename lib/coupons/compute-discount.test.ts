import { describe, expect, it } from 'vitest';
import {
  checkCombination,
  checkCoupon,
  computeDiscount,
  type DiscountCoupon,
} from './compute-discount';

const coupon = (over: Partial<DiscountCoupon>): DiscountCoupon => ({
  id: over.code ?? 'c',
  code: 'C',
  kind: 'percentage',
  value: 10,
  minSubtotalCents: 0,
  startsAt: null,
  endsAt: null,
  combinable: false,
  active: true,
  ...over,
});

describe('computeDiscount', () => {
  it('percentage of the subtotal, rounded half up to the centavo', () => {
    expect(computeDiscount([coupon({ value: 15 })], 9_99, 1_990).discountCents).toBe(150);
    expect(computeDiscount([coupon({ value: 10 })], 12_345, 0).discountCents).toBe(1_235);
  });

  it('fixed amounts never exceed the subtotal; free shipping waives shipping only', () => {
    expect(computeDiscount([coupon({ kind: 'fixed', value: 50_00 })], 30_00, 1_990)).toEqual({
      discountCents: 30_00,
      perCoupon: [{ couponId: 'c', code: 'C', kind: 'fixed', discountCents: 30_00 }],
    });
    expect(
      computeDiscount([coupon({ kind: 'free_shipping', value: 0 })], 100_00, 1_990).discountCents,
    ).toBe(1_990);
  });

  it('combines percentage, then fixed, then shipping', () => {
    const result = computeDiscount(
      [
        coupon({ code: 'FRETE', kind: 'free_shipping', value: 0, combinable: true }),
        coupon({ code: 'DEZ', kind: 'fixed', value: 10_00, combinable: true }),
        coupon({ code: 'PCT', value: 20, combinable: true }),
      ],
      100_00,
      19_90,
    );
    expect(result.perCoupon.map((c) => [c.code, c.discountCents])).toEqual([
      ['PCT', 20_00],
      ['DEZ', 10_00],
      ['FRETE', 19_90],
    ]);
    expect(result.discountCents).toBe(49_90);
  });
});

describe('checkCoupon / checkCombination', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('rejects inactive, early, ended and below-minimum coupons', () => {
    expect(checkCoupon(coupon({ active: false }), 1, now)).toBe('coupon_inactive');
    expect(checkCoupon(coupon({ startsAt: new Date('2026-12-01') }), 1, now)).toBe(
      'coupon_not_started',
    );
    expect(checkCoupon(coupon({ endsAt: now }), 1, now)).toBe('coupon_ended');
    expect(checkCoupon(coupon({ minSubtotalCents: 100_00 }), 99_99, now)).toBe(
      'coupon_min_subtotal',
    );
    expect(checkCoupon(coupon({ minSubtotalCents: 100_00 }), 100_00, now)).toBeNull();
  });
  it('two coupons only when both are combinable', () => {
    const a = coupon({ code: 'A', combinable: true });
    expect(checkCombination([a, coupon({ code: 'B' })])).toBe('coupon_not_combinable');
    expect(checkCombination([a, coupon({ code: 'B', combinable: true })])).toBeNull();
    expect(checkCombination([coupon({ code: 'B' })])).toBeNull();
  });
});
