import type { DeliveryZone } from '@/db/schema/logistics-zones';
import type { GeoPoint } from '@/lib/logistics/geo/locate-cep';
import { pointInZonePolygon } from '@/lib/logistics/geo/point-in-polygon';

export function cepInRanges(cep: string, ranges: readonly (readonly [string, string])[]): boolean {
  // Eight-digit strings of equal length compare like the numbers they spell.
  return ranges.some(([from, to]) => cep >= from && cep <= to);
}

export function zoneContains(
  zone: Pick<DeliveryZone, 'cepRanges' | 'polygon'>,
  cep: string,
  point: GeoPoint,
): boolean {
  if (cepInRanges(cep, zone.cepRanges)) return true;
  return zone.polygon ? pointInZonePolygon(point, zone.polygon) : false;
}

/**
 * The zone that serves a destination: own fleet first (the store's own delivery wins where it
 * exists), then carrier; within a kind the lowest priority number, then the name for stability.
 */
export function matchZone<Z extends DeliveryZone>(
  zones: readonly Z[],
  cep: string,
  point: GeoPoint,
): Z | undefined {
  const rank = (z: Z) => (z.kind === 'own_fleet' ? 0 : 1);
  return zones
    .filter((z) => z.active && zoneContains(z, cep, point))
    .sort(
      (a, b) => rank(a) - rank(b) || a.priority - b.priority || a.name.localeCompare(b.name),
    )[0];
}
