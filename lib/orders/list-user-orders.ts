import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { Executor } from '@/lib/db/client';

/** The actor's own orders, newest first. */
export async function listUserOrders(db: Executor, actor: Pick<Actor, 'userId'>) {
  return db
    .select({
      number: orders.number,
      status: orders.status,
      totalCents: orders.totalCents,
      currency: orders.currency,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.userId, actor.userId))
    .orderBy(desc(orders.createdAt))
    .limit(100);
}
