import type { OrderStatus } from '@/db/schema';

/**
 * Orders that count as sales: placed and paid, not cancelled, fully refunded or returned. The one
 * definition: the admin overview (live queries and the daily rollup) and the best-selling counts
 * of search (lib/search/refresh-sales-counts.ts) all build their SQL from it.
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
