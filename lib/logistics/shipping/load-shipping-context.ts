import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { variants } from '@/db/schema/catalog';
import { deliveryZones, logisticsSettings, zoneRates } from '@/db/schema/logistics-zones';
import type { LogisticsSettings } from '@/db/schema/logistics-zones';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { StockItem } from '@/lib/inventory/stock-items';
import type { PackageSummary, ZoneWithRates } from './types';

/** Used when the store has not saved its own settings yet (weights only; no origin, no pickup). */
const FALLBACK_PACKAGE = { weightGrams: 500, lengthCm: 20, widthCm: 15, heightCm: 10 };

export async function loadLogisticsSettings(db: Executor): Promise<LogisticsSettings | null> {
  const [row] = await db.select().from(logisticsSettings).where(eq(logisticsSettings.id, 'store'));
  return row ?? null;
}

export async function loadActiveZones(db: Executor): Promise<ZoneWithRates[]> {
  const zones = await db.select().from(deliveryZones).where(eq(deliveryZones.active, true));
  if (zones.length === 0) return [];
  const rates = await db
    .select()
    .from(zoneRates)
    .where(
      inArray(
        zoneRates.zoneId,
        zones.map((z) => z.id),
      ),
    )
    .orderBy(asc(zoneRates.position));
  return zones.map((z) => ({ ...z, rates: rates.filter((r) => r.zoneId === z.id) }));
}

/**
 * Weight and size of the items, read from the variants (store defaults where a variant has no
 * package data). An unknown variant is a 422: quotes never trust client-sent dimensions.
 */
export async function loadPackage(
  db: Executor,
  items: readonly StockItem[],
  settings: LogisticsSettings | null,
): Promise<PackageSummary> {
  const rows = await db
    .select({
      id: variants.id,
      weightGrams: variants.weightGrams,
      lengthCm: variants.lengthCm,
      widthCm: variants.widthCm,
      heightCm: variants.heightCm,
    })
    .from(variants)
    .where(
      inArray(
        variants.id,
        items.map((i) => i.variantId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const fallback = settings
    ? {
        weightGrams: settings.defaultWeightGrams,
        lengthCm: settings.defaultLengthCm,
        widthCm: settings.defaultWidthCm,
        heightCm: settings.defaultHeightCm,
      }
    : FALLBACK_PACKAGE;
  let totalWeightGrams = 0;
  // Size limits apply per item, so the envelope of every item's sorted sides is what must fit.
  const largest: [number, number, number] = [0, 0, 0];
  for (const item of items) {
    const row = byId.get(item.variantId);
    if (!row) throw new AppError('validation_failed', 'An item in the cart is no longer sold.');
    totalWeightGrams += (row.weightGrams ?? fallback.weightGrams) * item.quantity;
    const sides = [
      row.lengthCm ?? fallback.lengthCm,
      row.widthCm ?? fallback.widthCm,
      row.heightCm ?? fallback.heightCm,
    ].sort((a, b) => b - a);
    sides.forEach((side, i) => (largest[i] = Math.max(largest[i]!, side)));
  }
  return { totalWeightGrams, largestItemCm: largest };
}
