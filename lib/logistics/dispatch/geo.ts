export type LatLng = { lat: number; lng: number };

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres: the default when no road-distance provider is configured. */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type TravelMatrices = {
  /** Row-major n² metres. */
  distances: Float64Array;
  /** Row-major n² seconds. */
  durations: Float64Array;
  source: 'haversine' | 'osrm';
  /**
   * The average speed the durations stand for: the speed they were computed at (haversine), or
   * OSRM's own over this matrix (its profile's road speeds). 0 when unknown (nothing moves).
   */
  speedKmh: number;
};

/**
 * Straight-line distances are shorter than roads: a 1.3 detour factor (typical for dense Brazilian
 * cities) keeps durations and planned arrivals honest without a road network.
 */
export const DETOUR_FACTOR = 1.3;

export function haversineMatrices(points: readonly LatLng[], speedKmh: number): TravelMatrices {
  const n = points.length;
  const distances = new Float64Array(n * n);
  const durations = new Float64Array(n * n);
  const metresPerSecond = (speedKmh * 1000) / 3600;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      const metres = Math.round(haversineMetres(points[i]!, points[j]!) * DETOUR_FACTOR);
      distances[i * n + j] = metres;
      durations[i * n + j] = Math.round(metres / metresPerSecond);
    }
  }
  return { distances, durations, source: 'haversine', speedKmh };
}
