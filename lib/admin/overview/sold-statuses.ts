import type { OrderStatus } from '@/db/schema';

/**
 * Orders whose money the store keeps (placed and paid, not cancelled or fully refunded). The one
 * definition: the live queries and the daily rollup both build their SQL from it.
 */
export const SOLD_STATUSES: readonly OrderStatus[] = [
  'paid',
  'preparing',
  'ready_for_dispatch',
  'out_for_delivery',
  'delivered',
  'partially_refunded',
  'return_requested',
];
