import 'server-only';
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
