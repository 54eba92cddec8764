export const LOW_STOCK_THRESHOLD = 5;

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

export function getStockStatus(onHand: number): StockStatus {
  if (onHand <= 0) return 'out_of_stock';
  return onHand <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}
