import type { DeliveryZone, LogisticsSettings, ZoneRate } from '@/db/schema/logistics-zones';
import { RATE_FIELDS } from './zone-form-schema';

const reais = (cents: number | null) =>
  cents === null ? '' : `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
const cep = (c: string) => `${c.slice(0, 5)}-${c.slice(5)}`;

/** A saved zone as the editor's string values (the inverse of zoneFormInput). */
export function zoneFormDefaults(
  zone: DeliveryZone & { rates: ZoneRate[] },
): Record<string, string> {
  const values: Record<string, string> = {
    name: zone.name,
    kind: zone.kind,
    active: String(zone.active),
    priority: String(zone.priority),
    cepRanges: zone.cepRanges.map(([a, b]) => `${cep(a)}..${cep(b)}`).join('\n'),
    polygon: zone.polygon ? JSON.stringify(zone.polygon) : '',
    freeShippingFromCents: reais(zone.freeShippingFromCents),
    sameDayCutoff: zone.sameDayCutoff ?? '',
  };
  zone.rates.forEach((rate, i) => {
    for (const field of RATE_FIELDS) {
      const v = rate[field];
      values[`rates.${i}.${field}`] =
        field === 'priceCents' || field === 'perExtraKgCents'
          ? reais(v as number | null)
          : v === null
            ? ''
            : String(v);
    }
  });
  return values;
}

export function settingsFormDefaults(s: LogisticsSettings | null): Record<string, string> {
  if (!s)
    return {
      pickupReadyHours: '2',
      defaultWeightGrams: '500',
      defaultLengthCm: '20',
      defaultWidthCm: '15',
      defaultHeightCm: '10',
    };
  return {
    originLat: String(s.originLat),
    originLng: String(s.originLng),
    pickupEnabled: String(s.pickupEnabled),
    pickupName: s.pickupName,
    pickupAddress: s.pickupAddress,
    pickupReadyHours: String(s.pickupReadyHours),
    defaultWeightGrams: String(s.defaultWeightGrams),
    defaultLengthCm: String(s.defaultLengthCm),
    defaultWidthCm: String(s.defaultWidthCm),
    defaultHeightCm: String(s.defaultHeightCm),
  };
}
