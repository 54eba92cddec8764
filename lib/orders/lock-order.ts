import 'server-only';
import { eq } from 'drizzle-orm';
import { orders, type OrderStatus } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * Locks an order's row until the transaction ends and reads its status, or null when there is no
 * such order. Every move of an order (payment, expiry, cancel, refund, return, admin moves) takes
 * this lock first, so two moves of the same order run one after the other.
 */
export async function lockOrderStatus(tx: Executor, orderId: string): Promise<OrderStatus | null> {
  const [order] = await tx
    .select({ status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId))
    .for('update');
  return order?.status ?? null;
}

/** lockOrderStatus for an order that must exist: a 404 otherwise. */
export async function lockExistingOrder(tx: Executor, orderId: string): Promise<OrderStatus> {
  const status = await lockOrderStatus(tx, orderId);
  if (!status) throw new AppError('not_found', 'Order not found.');
  return status;
}
