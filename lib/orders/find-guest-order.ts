import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { orders } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

/** A guest order by number and the e-mail given at checkout (both must match), or null. */
export async function findGuestOrderId(
  db: Executor,
  number: string,
  email: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        eq(orders.number, number.trim().toUpperCase()),
        isNull(orders.userId),
        eq(orders.guestEmail, sql`lower(${email.trim()})`),
      ),
    );
  return row?.id ?? null;
}
