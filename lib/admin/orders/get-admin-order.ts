import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import {
  orderEvents,
  orderLines,
  orderNotes,
  orderRefunds,
  orders,
  payments,
  users,
} from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { allowedActions } from './allowed-actions';
import { orderIdSchema } from './order-form-schemas';

/** Everything the admin order page shows. */
export async function getAdminOrder(db: Executor, orderId: string) {
  if (!orderIdSchema.safeParse(orderId).success) return null;
  const [row] = await db
    .select({ order: orders, userEmail: users.email, userName: users.name })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId));
  if (!row) return null;
  const [lines, events, paymentRows, refunds, notes] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, orderId)),
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(asc(orderEvents.at)),
    db
      .select()
      .from(payments)
      .where(eq(payments.orderId, orderId))
      .orderBy(asc(payments.createdAt)),
    db
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.orderId, orderId))
      .orderBy(asc(orderRefunds.createdAt)),
    db
      .select()
      .from(orderNotes)
      .where(eq(orderNotes.orderId, orderId))
      .orderBy(desc(orderNotes.createdAt)),
  ]);
  const payment = paymentRows.findLast((p) => p.status !== 'failed') ?? paymentRows.at(-1) ?? null;
  const reserved = refunds
    .filter((r) => r.status !== 'failed' && r.paymentId === payment?.id)
    .reduce((sum, r) => sum + r.amountCents, 0);
  const captured =
    payment && (payment.status === 'succeeded' || payment.status === 'refunded')
      ? payment.amountCents
      : 0;
  return {
    order: row.order,
    customer: {
      email: row.userEmail ?? row.order.guestEmail,
      name: row.userName,
      userId: row.order.userId,
    },
    lines,
    events,
    payments: paymentRows,
    payment,
    refunds,
    notes,
    refundable: Math.max(0, captured - Math.max(reserved, payment?.refundedCents ?? 0)),
    actions: allowedActions(row.order.status),
  };
}
export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;
