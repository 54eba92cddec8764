import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { coupons, type Coupon } from '@/db/schema/coupons';
import type { Executor } from '@/lib/db/client';

/** Admin list, newest first (a store has dozens, not thousands). */
export async function listCoupons(db: Executor, limit = 200): Promise<Coupon[]> {
  return db.select().from(coupons).orderBy(desc(coupons.createdAt)).limit(limit);
}

export async function getCoupon(db: Executor, id: string): Promise<Coupon | null> {
  const [row] = await db.select().from(coupons).where(eq(coupons.id, id));
  return row ?? null;
}
