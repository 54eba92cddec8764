import 'server-only';
import type { Executor } from '@/lib/db/client';
import { sumStockItems, type StockItem } from '@/lib/inventory/stock-items';
import { fieldError } from '@/lib/logistics/field-error';
import { geocodeCep } from '@/lib/logistics/geo/geocode-cep';
import type { CepLocation } from '@/lib/logistics/geo/locate-cep';
import { priceOrderLines } from '@/lib/orders/price-order-lines';
import { loadActiveZones, loadLogisticsSettings, loadPackage } from './load-shipping-context';
import { buildQuote } from './quote-options';
import type { PackageSummary, ShippingOption, ShippingQuote } from './types';

export type QuoteShippingInput = {
  cep: string;
  items: readonly StockItem[];
  /** Computed from the database when omitted (product page); checkout passes its own. */
  subtotalCents?: number;
  now?: Date;
  /** Already geocoded (placement geocodes before opening its transaction). */
  location?: CepLocation;
};

export type QuotedShipping = ShippingQuote & { location: CepLocation; pkg: PackageSummary };

/**
 * Shipping options for a CEP and cart lines. Weights, sizes and the subtotal come from the
 * database; the client only names variants and quantities.
 */
export async function quoteShipping(
  db: Executor,
  input: QuoteShippingInput,
): Promise<QuotedShipping> {
  const location = input.location ?? (await geocodeCep(input.cep));
  const cep = input.cep.replace(/\D/g, '');
  const items = sumStockItems(input.items);
  const settings = await loadLogisticsSettings(db);
  const [zones, pkg, subtotalCents] = await Promise.all([
    loadActiveZones(db),
    loadPackage(db, items, settings),
    input.subtotalCents ??
      priceOrderLines(db, items, 'BRL').then((lines) =>
        lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
      ),
  ]);
  const quote = buildQuote({
    cep,
    destination: location,
    pkg,
    subtotalCents,
    now: input.now ?? new Date(),
    zones,
    settings,
  });
  return { ...quote, location, pkg };
}

/**
 * The option a shopper chose, re-priced now. A stale or forged id (another zone's, a service
 * that no longer applies) is a 422 naming `shippingOptionId`; nothing client-sent is priced.
 */
export function chosenOptionOrThrow(quote: ShippingQuote, optionId: string): ShippingOption {
  const option = quote.options.find((o) => o.id === optionId);
  if (!option) {
    throw fieldError('shippingOptionId', 'This shipping option is not available for this address.');
  }
  return option;
}
