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

export type StockShortfall = { variantId: string; available: number };

/** SQLSTATE the stock functions (db/migrations/0024_stock_functions.sql) raise for short stock. */
const OUT_OF_STOCK_SQLSTATE = 'LJ409';

/**
 * The variant and availability a stock function reported as short, or null for any other error.
 * Reads the PostgreSQL error directly or wrapped by drizzle (DrizzleQueryError keeps it as cause).
 */
export function stockShortfallOf(error: unknown): StockShortfall | null {
  const pgError = [error, (error as { cause?: unknown } | null)?.cause].find(
    (e): e is { code: string; detail?: string } =>
      typeof e === 'object' &&
      e !== null &&
      (e as { code?: unknown }).code === OUT_OF_STOCK_SQLSTATE,
  );
  if (!pgError?.detail) return null;
  const detail = JSON.parse(pgError.detail) as StockShortfall;
  return { variantId: detail.variantId, available: Number(detail.available) };
}
