import 'server-only';
import { eq } from 'drizzle-orm';
import { orders, type Order } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { OrderViewer } from './get-order-detail';

/** The shopper's own order, locked; not_found for anyone else (indistinguishable from missing). */
export async function lockShopperOrder(
  tx: Executor,
  number: string,
  viewer: OrderViewer,
): Promise<Order> {
  const [order] = await tx.select().from(orders).where(eq(orders.number, number)).for('update');
  const mine = order && order.userId !== null && order.userId === viewer.userId;
  if (!order || (!mine && !viewer.orderIds.includes(order.id))) {
    throw new AppError('not_found', 'Order not found.');
  }
  return order;
}

export const shopperActor = (viewer: OrderViewer) =>
  viewer.userId ? `user:${viewer.userId}` : 'guest';
