import 'server-only';
import { eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { commitOrderStock } from '@/lib/inventory/commit-order-stock';
import { transitionOrder } from './transition-order';

/** paid: moved now; already: an earlier event did it; no_stock: a late payment found no stock. */
export type MarkPaidOutcome = 'paid' | 'already' | 'no_stock';

const PAYABLE = new Set(['pending_payment', 'payment_failed', 'expired']);

/**
 * Applies a confirmed payment inside the caller's transaction. Locks the order first (the expiry
 * job does too, so a late payment and the job serialise), then turns the hold into a sale. A
 * payment confirming after its reservation lapsed re-reserves when stock allows; otherwise the
 * order ends expired and the caller must refund (outcome no_stock).
 */
export async function markOrderPaid(
  tx: Executor,
  orderId: string,
  actor: string,
): Promise<MarkPaidOutcome> {
  const [order] = await tx
    .select({ status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId))
    .for('update');
  if (!order) throw new AppError('not_found', 'Order not found.');
  if (!PAYABLE.has(order.status)) return order.status === 'cancelled' ? 'no_stock' : 'already';
  const committed = await commitOrderStock(tx, orderId, actor);
  if (!committed.ok) {
    if (order.status !== 'expired') {
      await transitionOrder(tx, {
        orderId,
        to: order.status === 'payment_failed' ? 'cancelled' : 'expired',
        actor,
        reason: 'payment confirmed after the reservation lapsed and the stock is gone',
      });
    }
    return 'no_stock';
  }
  const late = order.status !== 'pending_payment';
  await transitionOrder(tx, {
    orderId,
    to: 'paid',
    actor,
    reason: late ? 'late payment confirmed; stock re-reserved' : 'payment confirmed',
  });
  return 'paid';
}
