import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { commitOrderStock } from '@/lib/inventory/commit-order-stock';
import { transitionOrder } from './transition-order';
import { lockExistingOrder } from './lock-order';

/** paid: moved now; already: an earlier event did it; no_stock: a late payment found no stock. */
export type MarkPaidOutcome = 'paid' | 'already' | 'no_stock';

const PAYABLE = new Set(['pending_payment', 'payment_failed', 'expired']);

/**
 * Applies a confirmed payment inside the caller's transaction. Locks the order first (the expiry
 * job does too, so a late payment and the job serialise), then turns the hold into a sale. A
 * payment confirming after its reservation lapsed re-reserves when stock allows; otherwise the
 * order ends expired and the caller must refund (outcome no_stock).
 *
 * The stock statement runs last: it locks the variants' inventory rows, which every checkout of
 * the same variant waits on, so nothing else may run between it and the caller's COMMIT. The move
 * to paid is therefore made first, optimistically, behind a savepoint; in the rare case the stock
 * is gone it is rolled back and the order moves to expired/cancelled instead.
 */
export async function markOrderPaid(
  tx: Executor,
  orderId: string,
  actor: string,
): Promise<MarkPaidOutcome> {
  const current = await lockExistingOrder(tx, orderId);
  if (!PAYABLE.has(current)) return current === 'cancelled' ? 'no_stock' : 'already';
  await tx.execute(sql`savepoint mark_order_paid`);
  const late = current !== 'pending_payment';
  await transitionOrder(tx, {
    orderId,
    to: 'paid',
    actor,
    reason: late ? 'late payment confirmed; stock re-reserved' : 'payment confirmed',
    lockedStatus: current,
  });
  const committed = await commitOrderStock(tx, orderId, actor);
  if (committed.ok) return 'paid';
  await tx.execute(sql`rollback to savepoint mark_order_paid`);
  if (current !== 'expired') {
    await transitionOrder(tx, {
      orderId,
      to: current === 'payment_failed' ? 'cancelled' : 'expired',
      actor,
      reason: 'payment confirmed after the reservation lapsed and the stock is gone',
      lockedStatus: current,
    });
  }
  return 'no_stock';
}
