import { AppError } from '@/lib/errors';
import type { CouponRejection } from './compute-discount';

export type CouponFailure =
  CouponRejection | 'coupon_unknown' | 'coupon_exhausted' | 'coupon_customer_limit';

export const COUPON_FAILURES: readonly CouponFailure[] = [
  'coupon_unknown',
  'coupon_inactive',
  'coupon_not_started',
  'coupon_ended',
  'coupon_min_subtotal',
  'coupon_not_combinable',
  'coupon_exhausted',
  'coupon_customer_limit',
];

/** A coupon that cannot be used: a 409 whose `details.reason` the UI translates. */
export function couponError(reason: CouponFailure, code?: string): AppError {
  return new AppError('conflict', `Coupon ${code ?? ''} cannot be used (${reason}).`.trim(), {
    details: { reason, code },
  });
}

export function couponFailureOf(error: unknown): CouponFailure | null {
  if (!(error instanceof AppError)) return null;
  const reason = error.details?.reason;
  return COUPON_FAILURES.includes(reason as CouponFailure) ? (reason as CouponFailure) : null;
}
