import type { ZonePolygon } from '@/db/schema/logistics-zones';
import type { GeoPoint } from './locate-cep';

/** Ray casting on one ring of [lng, lat] positions (GeoJSON order). */
function inRing(point: GeoPoint, ring: readonly number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const crosses =
      yi > point.lat !== yj > point.lat &&
      point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. Planar: fine for city-sized zones. */
function inPolygon(point: GeoPoint, rings: readonly number[][][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRing(point, outer)) return false;
  return !holes.some((hole) => inRing(point, hole));
}

export function pointInZonePolygon(point: GeoPoint, polygon: ZonePolygon): boolean {
  if (polygon.type === 'Polygon') return inPolygon(point, polygon.coordinates);
  return polygon.coordinates.some((rings) => inPolygon(point, rings));
}
