import type { OrderStatus } from '@/db/schema/commerce';

/**
 * The only moves an order may make. `expired → paid` is the explicit late-payment path: a payment
 * that confirms after its reservation lapsed re-reserves stock when it can (otherwise the payment
 * is refunded and the order stays expired).
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['paid', 'payment_failed', 'expired', 'cancelled'],
  payment_failed: ['paid', 'cancelled'],
  expired: ['paid', 'refunded'],
  paid: ['preparing', 'cancelled', 'refunded', 'partially_refunded'],
  preparing: ['ready_for_dispatch', 'cancelled', 'refunded', 'partially_refunded'],
  ready_for_dispatch: ['out_for_delivery', 'preparing'],
  out_for_delivery: ['delivered', 'ready_for_dispatch'],
  delivered: ['return_requested'],
  return_requested: ['returned', 'delivered'],
  returned: ['refunded', 'partially_refunded'],
  partially_refunded: ['refunded', 'preparing', 'return_requested'],
  cancelled: ['refunded'],
  refunded: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}
