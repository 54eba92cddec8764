import 'server-only';
import { courierTimeScale, SERVICE_TIME_S } from './build-problem';
import type { LatLng } from './geo';
import type { RouteSnapshot } from './route-lock';
import type { StoreClock } from '@/lib/time/store-clock';
import { loadTravelMatrices } from './travel-matrices';

type Stop = RouteSnapshot['stops'][number];

/**
 * Where the courier leaves from, and when (model seconds since local midnight), for the stops
 * still ahead: a planned route leaves the store at max(now, shift start); a running one leaves
 * the stop the courier is at (arrived, after handing over) or last finished, now at the earliest.
 */
function routeOrigin(snapshot: RouteSnapshot, depot: LatLng, clock: StoreClock) {
  const nowSecond = clock.secondOfDay;
  if (snapshot.route.status === 'planned') {
    return { point: depot, leaveAt: Math.max(nowSecond, snapshot.route.shiftStartMinute * 60) };
  }
  const located = (s: Stop) => s.status !== 'pending' && s.lat !== null && s.lng !== null;
  const seconds = (at: Date | null) => (at ? (at.getTime() - clock.midnightMs) / 1000 : -Infinity);
  const here = snapshot.stops.find((s) => s.status === 'arrived' && located(s));
  if (here) {
    const leaveAt = Math.max(nowSecond, seconds(here.arrivedAt) + SERVICE_TIME_S);
    return { point: { lat: here.lat!, lng: here.lng! }, leaveAt };
  }
  const last = snapshot.stops
    .filter(located)
    .sort((a, b) => seconds(b.completedAt) - seconds(a.completedAt))[0];
  return { point: last ? { lat: last.lat!, lng: last.lng! } : depot, leaveAt: nowSecond };
}

/**
 * Planned arrival of each stop of `ordered` (the pending stops in their new order), with the
 * planner's distance provider (OSRM when configured, else haversine) at the courier's own speed
 * and the planner's service time per stop. A stop without coordinates gets no arrival and the
 * courier's clock skips it.
 */
export async function computeArrivals(input: {
  snapshot: RouteSnapshot;
  ordered: readonly Stop[];
  depot: LatLng;
  clock: StoreClock;
  osrmUrl?: string;
}): Promise<Map<string, Date | null>> {
  const { snapshot, ordered, clock } = input;
  const origin = routeOrigin(snapshot, input.depot, clock);
  const located = ordered.filter((s) => s.lat !== null && s.lng !== null);
  const arrivals = new Map<string, Date | null>(ordered.map((s) => [s.id, null]));
  if (located.length === 0) return arrivals;
  const points = [origin.point, ...located.map((s) => ({ lat: s.lat!, lng: s.lng! }))];
  const speedKmh = snapshot.route.speedKmh;
  const matrices = await loadTravelMatrices(points, speedKmh, input.osrmUrl);
  const scale = courierTimeScale(matrices, { averageSpeedKmh: speedKmh });
  const n = points.length;
  let clockS = origin.leaveAt;
  located.forEach((stop, i) => {
    clockS += matrices.durations[i * n + (i + 1)]! * scale;
    arrivals.set(stop.id, new Date(clock.midnightMs + Math.round(clockS * 1000)));
    clockS += SERVICE_TIME_S;
  });
  return arrivals;
}
