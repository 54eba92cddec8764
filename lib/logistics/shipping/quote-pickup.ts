import 'server-only';
import { eq } from 'drizzle-orm';
import { deliveryZones } from '@/db/schema/logistics-zones';
import type { Executor } from '@/lib/db/client';
import { loadLogisticsSettings } from './load-shipping-context';
import { pickupOption } from './quote-options';
import type { ShippingOption } from './types';

/** Store pickup alone, for a checkout that has no CEP yet; empty when pickup is off. */
export async function quoteCartPickupOnly(
  db: Executor,
  now = new Date(),
): Promise<ShippingOption[]> {
  const settings = await loadLogisticsSettings(db);
  return settings?.pickupEnabled ? [pickupOption(settings, now)] : [];
}

/** False for a store with no zones and no logistics settings: checkout keeps the flat rate. */
export async function isShippingConfigured(db: Executor): Promise<boolean> {
  const [settings, zones] = await Promise.all([
    loadLogisticsSettings(db),
    db.$count(deliveryZones, eq(deliveryZones.active, true)),
  ]);
  return settings !== null || zones > 0;
}
