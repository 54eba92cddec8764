import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { products, variants } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { StockItem } from '@/lib/inventory/stock-items';

export type PricedLine = {
  variantId: string;
  sku: string;
  productName: string;
  options: Record<string, string>;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
};

/** Prices lines from the database only; the client sends variant ids and quantities, nothing else. */
export async function priceOrderLines(
  db: Executor,
  items: readonly StockItem[],
  currency: string,
): Promise<PricedLine[]> {
  const ids = items.map((i) => i.variantId);
  const rows = await db
    .select({
      id: variants.id,
      sku: variants.sku,
      options: variants.options,
      priceCents: variants.priceCents,
      currency: variants.currency,
      productName: products.name,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(inArray(variants.id, ids), eq(products.status, 'active')));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((item) => {
    const row = byId.get(item.variantId);
    if (!row) throw new AppError('validation_failed', 'An item in the cart is no longer sold.');
    if (row.currency !== currency) {
      throw new AppError('validation_failed', 'Items in different currencies cannot be combined.');
    }
    return {
      variantId: row.id,
      sku: row.sku,
      productName: row.productName,
      options: row.options,
      unitPriceCents: row.priceCents,
      quantity: item.quantity,
      lineTotalCents: row.priceCents * item.quantity,
    };
  });
}
