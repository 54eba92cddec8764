import type { OrderStatus } from '@/db/schema';

/**
 * The code the shopper reads out to the courier, shown to them (order page, "out for delivery"
 * e-mail) only while the order is out for delivery: before, it does not exist yet; after, it is
 * spent. Callers have already established that the viewer owns the order or holds its access.
 */
export function shopperDeliveryCode(order: {
  status: OrderStatus;
  deliveryCode: string | null;
}): string | null {
  return order.status === 'out_for_delivery' ? order.deliveryCode : null;
}
