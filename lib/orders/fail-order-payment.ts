import 'server-only';
import type { Executor } from '@/lib/db/client';
import { releaseOrderStock } from '@/lib/inventory/release-order-stock';
import { transitionOrder } from './transition-order';
import { lockOrderStatus } from './lock-order';

/**
 * A declined or failed payment: releases the hold and moves a pending order to payment_failed.
 * Returns false (and changes nothing) when the order already moved on, e.g. a success that
 * arrived first: out-of-order events converge on the later state.
 */
export async function failOrderPayment(
  tx: Executor,
  orderId: string,
  actor: string,
  reason: string,
): Promise<boolean> {
  if ((await lockOrderStatus(tx, orderId)) !== 'pending_payment') return false;
  await releaseOrderStock(tx, orderId, actor, reason);
  await transitionOrder(tx, { orderId, to: 'payment_failed', actor, reason });
  return true;
}
