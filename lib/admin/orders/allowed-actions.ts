import type { OrderStatus } from '@/db/schema/commerce';
import { ORDER_TRANSITIONS } from '@/lib/orders/order-transitions';
import { MANUAL_MOVES } from './order-form-schemas';

/** Statuses an admin may cancel from (stock still held or sold, not yet shipped). */
export const CANCELLABLE: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'pending_payment',
  'payment_failed',
  'paid',
  'preparing',
]);

/**
 * The buttons the order page shows: only the table's moves from the current status. A requested
 * return is decided by accept/decline (restock, refund, the shopper's e-mail), not bare moves.
 */
export function allowedActions(status: OrderStatus) {
  const next = ORDER_TRANSITIONS[status];
  const returnDecision = status === 'return_requested';
  return {
    moves: returnDecision ? [] : MANUAL_MOVES.filter((to) => next.includes(to)),
    returnDecision,
    cancel: CANCELLABLE.has(status) && next.includes('cancelled'),
    refund:
      next.includes('refunded') ||
      next.includes('partially_refunded') ||
      status === 'partially_refunded',
  };
}
