import 'server-only';
import { eq } from 'drizzle-orm';
import { coupons, type Coupon } from '@/db/schema/coupons';
import { assertVersion } from '@/lib/admin/optimistic-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { getDb, type Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { couponInputSchema } from './coupon-input';

/** Coupons are managed with the `orders` permission (they change what orders cost). */
export const COUPON_PERMISSION = 'orders' as const;

const isUniqueViolation = (error: unknown) =>
  (error as { cause?: { code?: string } })?.cause?.code === '23505' ||
  (error as { code?: string })?.code === '23505';

/**
 * Creates (no id) or edits a coupon, audited in the same transaction. A usage limit below the
 * uses already taken is refused by the table's CHECK and reported as a conflict. An edit from
 * the admin form names the version it was based on (`expectedVersion`); a newer row means
 * someone else saved meanwhile, and the edit is refused naming them.
 */
export async function saveCoupon(
  actor: Actor,
  input: unknown,
  {
    id,
    db = getDb(),
    ip = null,
    expectedVersion,
  }: { id?: string; db?: Database; ip?: string | null; expectedVersion?: string } = {},
): Promise<Coupon> {
  assertAllowed(actor, { permission: COUPON_PERMISSION });
  const values = couponInputSchema.parse(input);
  try {
    return await db.transaction(async (tx) => {
      const [before] = id
        ? await tx.select().from(coupons).where(eq(coupons.id, id)).for('update')
        : [null];
      if (id && !before) throw new AppError('not_found', 'No such coupon.');
      if (before)
        await assertVersion(
          tx,
          { entity: 'coupon', entityId: before.id, label: 'coupon' },
          before.updatedAt,
          expectedVersion,
        );
      const [saved] = before
        ? await tx
            .update(coupons)
            .set({ ...values, updatedAt: new Date() })
            .where(eq(coupons.id, before.id))
            .returning()
        : await tx.insert(coupons).values(values).returning();
      await recordAudit(tx, {
        actor,
        action: before ? 'coupon.update' : 'coupon.create',
        entity: 'coupon',
        entityId: saved!.id,
        before,
        after: saved,
        ip,
      });
      return saved!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('conflict', 'Another coupon already uses this code.', {
        details: { reason: 'coupon_code_taken' },
      });
    const constraint = (error as { cause?: { constraint?: string } })?.cause?.constraint;
    if (constraint === 'coupons_usage_check')
      throw new AppError('conflict', 'The usage limit is below the uses already taken.', {
        details: { reason: 'coupon_limit_below_used' },
      });
    throw error;
  }
}

/** Disables (or re-enables) a coupon without touching anything else. */
export async function setCouponActive(
  actor: Actor,
  id: string,
  active: boolean,
  { db = getDb(), ip = null }: { db?: Database; ip?: string | null } = {},
): Promise<void> {
  assertAllowed(actor, { permission: COUPON_PERMISSION });
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(coupons).where(eq(coupons.id, id)).for('update');
    if (!before) throw new AppError('not_found', 'No such coupon.');
    const [after] = await tx
      .update(coupons)
      .set({ active, updatedAt: new Date() })
      .where(eq(coupons.id, id))
      .returning();
    await recordAudit(tx, {
      actor,
      action: active ? 'coupon.enable' : 'coupon.disable',
      entity: 'coupon',
      entityId: id,
      before,
      after,
      ip,
    });
  });
}
