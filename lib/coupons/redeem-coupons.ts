import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { couponRedemptions, coupons } from '@/db/schema/coupons';
import type { Executor } from '@/lib/db/client';
import { couponError } from './coupon-errors';
import type { CouponDiscount } from './compute-discount';

/** `user:<id>` or `email:<address>`: guests are limited per e-mail. */
export function customerKeyOf(buyer: { userId: string | null; email?: string | null }): string {
  return buyer.userId ? `user:${buyer.userId}` : `email:${(buyer.email ?? '').toLowerCase()}`;
}

/**
 * Takes one use of each coupon for `orderId`, inside the order's transaction. The conditional
 * UPDATE both checks the overall limit and locks the coupon row until commit, so of two shoppers
 * racing for the last use one gets it and the other's UPDATE (re-evaluated after the first
 * commits) matches nothing. The per-customer count is read under that same lock. Coupons are
 * taken in id order so two orders with the same pair cannot deadlock. Throws (rolling the whole
 * order back) when a use is not available.
 */
export async function redeemCoupons(
  tx: Executor,
  input: { orderId: string; customerKey: string; discount: CouponDiscount; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const uses = [...input.discount.perCoupon].sort((a, b) => a.couponId.localeCompare(b.couponId));
  for (const use of uses) {
    const [taken] = await tx
      .update(coupons)
      .set({ usedCount: sql`${coupons.usedCount} + 1` })
      .where(
        and(
          eq(coupons.id, use.couponId),
          eq(coupons.active, true),
          sql`(${coupons.usageLimit} is null or ${coupons.usedCount} < ${coupons.usageLimit})`,
          sql`(${coupons.startsAt} is null or ${coupons.startsAt} <= ${now})`,
          sql`(${coupons.endsAt} is null or ${coupons.endsAt} > ${now})`,
        ),
      )
      .returning({ perCustomerLimit: coupons.perCustomerLimit });
    if (!taken) throw couponError('coupon_exhausted', use.code);
    if (taken.perCustomerLimit !== null) {
      const [{ used } = { used: 0 }] = await tx
        .select({ used: sql<number>`count(*)::int` })
        .from(couponRedemptions)
        .where(
          and(
            eq(couponRedemptions.couponId, use.couponId),
            eq(couponRedemptions.customerKey, input.customerKey),
            eq(couponRedemptions.status, 'active'),
          ),
        );
      if (used >= taken.perCustomerLimit) throw couponError('coupon_customer_limit', use.code);
    }
    await tx.insert(couponRedemptions).values({
      couponId: use.couponId,
      orderId: input.orderId,
      customerKey: input.customerKey,
      discountCents: use.discountCents,
    });
  }
}

/**
 * Gives the uses of an order that will never be paid (cancelled or expired before payment) back.
 * Idempotent: only active redemptions are released, each once.
 */
export async function releaseCoupons(tx: Executor, orderId: string): Promise<number> {
  const released = await tx
    .update(couponRedemptions)
    .set({ status: 'released' })
    .where(and(eq(couponRedemptions.orderId, orderId), eq(couponRedemptions.status, 'active')))
    .returning({ couponId: couponRedemptions.couponId });
  for (const { couponId } of released.sort((a, b) => a.couponId.localeCompare(b.couponId)))
    await tx
      .update(coupons)
      .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)` })
      .where(eq(coupons.id, couponId));
  return released.length;
}

/**
 * A payment that confirms after its order expired honours the price the shopper already paid:
 * the released uses come back even past the limit (the CHECK is satisfied by raising nothing
 * above the limit — if the limit is full, the use is recorded but not counted).
 */
export async function reclaimCoupons(tx: Executor, orderId: string): Promise<void> {
  const reclaimed = await tx
    .update(couponRedemptions)
    .set({ status: 'active' })
    .where(and(eq(couponRedemptions.orderId, orderId), eq(couponRedemptions.status, 'released')))
    .returning({ couponId: couponRedemptions.couponId });
  for (const { couponId } of reclaimed.sort((a, b) => a.couponId.localeCompare(b.couponId)))
    await tx
      .update(coupons)
      .set({
        usedCount: sql`case when ${coupons.usageLimit} is null or ${coupons.usedCount} < ${coupons.usageLimit} then ${coupons.usedCount} + 1 else ${coupons.usedCount} end`,
      })
      .where(eq(coupons.id, couponId));
}
