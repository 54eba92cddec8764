import 'server-only';
import { eq } from 'drizzle-orm';
import { logisticsSettings } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { LatLng } from './geo';

/** Praça da Sé, São Paulo: where routes start until the store sets its origin. */
export const DEFAULT_DEPOT: LatLng = { lat: -23.5503, lng: -46.6339 };

/** Routes start and end at the store origin (logistics settings), with its default package weight. */
export async function getDispatchSettings(db: Executor) {
  const [row] = await db
    .select({
      lat: logisticsSettings.originLat,
      lng: logisticsSettings.originLng,
      defaultWeightGrams: logisticsSettings.defaultWeightGrams,
    })
    .from(logisticsSettings)
    .where(eq(logisticsSettings.id, 'store'));
  return {
    depot: row ? { lat: row.lat, lng: row.lng } : DEFAULT_DEPOT,
    defaultWeightGrams: row?.defaultWeightGrams,
  };
}
