import 'server-only';
import type { LatLng, TravelMatrices } from './geo';
import { haversineMatrices } from './geo';
import { fetchOsrmMatrices } from './osrm-table';

/**
 * Distances and durations between the points (depot first): OSRM's road table when `osrmUrl` is
 * set, else haversine × detour at `speedKmh`. Planning and re-ordering both go through here, so a
 * re-ordered route's arrivals use the same provider as the plan did.
 */
export async function loadTravelMatrices(
  points: readonly LatLng[],
  speedKmh: number,
  osrmUrl?: string,
): Promise<TravelMatrices> {
  return osrmUrl ? fetchOsrmMatrices(osrmUrl, points) : haversineMatrices(points, speedKmh);
}
