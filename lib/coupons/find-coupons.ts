import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { cartCoupons, coupons } from '@/db/schema/coupons';
import type { Executor } from '@/lib/db/client';
import type { DiscountCoupon } from './compute-discount';

const columns = {
  id: coupons.id,
  code: coupons.code,
  kind: coupons.kind,
  value: coupons.value,
  minSubtotalCents: coupons.minSubtotalCents,
  startsAt: coupons.startsAt,
  endsAt: coupons.endsAt,
  combinable: coupons.combinable,
  active: coupons.active,
};

export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

export async function findCouponsByCode(
  db: Executor,
  codes: readonly string[],
): Promise<DiscountCoupon[]> {
  const normalized = [...new Set(codes.map(normalizeCouponCode))].filter(Boolean);
  if (normalized.length === 0) return [];
  return db.select(columns).from(coupons).where(inArray(coupons.code, normalized));
}

/** The coupons a shopper applied to this cart, oldest first. */
export async function listCartCoupons(db: Executor, cartId: string): Promise<DiscountCoupon[]> {
  return db
    .select(columns)
    .from(cartCoupons)
    .innerJoin(coupons, eq(coupons.id, cartCoupons.couponId))
    .where(eq(cartCoupons.cartId, cartId))
    .orderBy(asc(cartCoupons.createdAt));
}
