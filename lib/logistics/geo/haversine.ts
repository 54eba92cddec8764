import type { GeoPoint } from './locate-cep';

const EARTH_RADIUS_KM = 6_371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km: what distance bands in rate tables measure from the store. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
