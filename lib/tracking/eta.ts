import { haversineMetres, type LatLng } from '@/lib/logistics/dispatch/geo';

/** Straight lines are shorter than streets (same factor the route planner uses). */
export const DETOUR_FACTOR = 1.3;
export const DEFAULT_SPEED_MPS = 25 / 3.6;
export const SERVICE_SECONDS_PER_STOP = 4 * 60;

export type EtaStop = {
  orderId: string;
  sequence: number;
  status: 'pending' | 'arrived' | 'delivered' | 'failed';
  point: LatLng | null;
};

export type Eta = {
  /** 1-based position on today's route ("you are stop 3"). */
  stopNumber: number;
  /** Undelivered stops still ahead of this one. */
  stopsBefore: number;
  from: Date;
  to: Date;
};

const FIVE_MIN = 5 * 60 * 1000;
const floorTo = (ms: number) => Math.floor(ms / FIVE_MIN) * FIVE_MIN;
const ceilTo = (ms: number) => Math.ceil(ms / FIVE_MIN) * FIVE_MIN;

/**
 * Arrival window for one order: travel from the courier's position through every undelivered
 * stop before it (straight line × detour factor at the courier's average speed) plus service time
 * at each of those stops; widened to -10 %/+25 % and rounded out to five minutes, because a single
 * minute would promise a precision we do not have. Null once the stop is done or unknown.
 */
export function estimateArrival(input: {
  position: LatLng | null;
  stops: readonly EtaStop[];
  orderId: string;
  speedMps?: number | null;
  serviceSeconds?: number;
  now: Date;
}): Eta | null {
  const ordered = [...input.stops].sort((a, b) => a.sequence - b.sequence);
  const index = ordered.findIndex((s) => s.orderId === input.orderId);
  const target = ordered[index];
  if (!target || target.status === 'delivered' || target.status === 'failed') return null;
  const ahead = ordered
    .slice(0, index)
    .filter((s) => s.status === 'pending' || s.status === 'arrived');
  const speed = input.speedMps && input.speedMps > 0.5 ? input.speedMps : DEFAULT_SPEED_MPS;
  const service = input.serviceSeconds ?? SERVICE_SECONDS_PER_STOP;
  let metres = 0;
  let from = input.position;
  for (const stop of [...ahead, target]) {
    if (from && stop.point) metres += haversineMetres(from, stop.point) * DETOUR_FACTOR;
    from = stop.point ?? from;
  }
  // A courier already at a stop is part-way through its service time: count half.
  const serviceCount = ahead.reduce((n, s) => n + (s.status === 'arrived' ? 0.5 : 1), 0);
  const seconds = metres / speed + serviceCount * service;
  const now = input.now.getTime();
  return {
    stopNumber: index + 1,
    stopsBefore: ahead.length,
    from: new Date(floorTo(now + seconds * 900)),
    to: new Date(Math.max(ceilTo(now + seconds * 1250), floorTo(now + seconds * 900) + FIVE_MIN)),
  };
}

/**
 * Average moving speed from recent reports: the device's own speed readings when it gives them,
 * else distance over time between consecutive points. Standing still at a stop is not "slow
 * driving", so near-zero segments are left out. Null when there is not enough to say.
 */
export function averageSpeedMps(
  points: readonly (LatLng & { recordedAt: Date; speedMps: number | null })[],
): number | null {
  const readings = points.map((p) => p.speedMps).filter((s): s is number => s !== null && s > 0.5);
  if (readings.length >= 3) return readings.reduce((a, b) => a + b, 0) / readings.length;
  const sorted = [...points].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  let metres = 0;
  let seconds = 0;
  for (let i = 1; i < sorted.length; i += 1) {
    const d = haversineMetres(sorted[i - 1]!, sorted[i]!);
    const t = (sorted[i]!.recordedAt.getTime() - sorted[i - 1]!.recordedAt.getTime()) / 1000;
    if (t <= 0 || d / t < 0.5) continue;
    metres += d;
    seconds += t;
  }
  return seconds >= 30 ? metres / seconds : null;
}
