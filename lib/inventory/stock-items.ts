import { AppError } from '@/lib/errors';

export type StockItem = { variantId: string; quantity: number };

/**
 * Sums quantities per variant and sorts by variant id: every stock write locks rows in this
 * order, so two transactions touching the same variants can never deadlock.
 */
export function sumStockItems(items: readonly StockItem[]): StockItem[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    if (!Number.isInteger(item.quantity) || item.quantity <= 0) {
      throw new AppError('validation_failed', 'Quantities must be positive whole numbers.');
    }
    totals.set(item.variantId, (totals.get(item.variantId) ?? 0) + item.quantity);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variantId, quantity]) => ({ variantId, quantity }));
}

export function outOfStock(variantId: string, available: number): AppError {
  return new AppError('conflict', 'Not enough stock for this item.', {
    details: { reason: 'out_of_stock', variantId, available: Math.max(0, available) },
  });
}
