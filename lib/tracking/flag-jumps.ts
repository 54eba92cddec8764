import { haversineMetres, type LatLng } from '@/lib/logistics/dispatch/geo';
import type { PositionPoint } from './position-input';

/** ~200 km/h: no courier vehicle gets there in a city, a GPS glitch or spoof does. */
export const MAX_SPEED_MPS = 200 / 3.6;
/** Below this, a "jump" is GPS noise over a short interval, not a teleport. */
const NOISE_M = 150;

export type Reference = LatLng & { recordedAt: Date };
export type CheckedPoint = PositionPoint & { flagged: 'impossible_jump' | null };

/**
 * Flags points whose distance from the previous trusted point implies more than ~200 km/h. Points
 * are walked in device-time order from the current live position; a flagged point never becomes
 * the reference, so one glitch does not also flag the correct point after it.
 */
export function flagImpossibleJumps(
  points: readonly PositionPoint[],
  reference: Reference | null,
): CheckedPoint[] {
  const sorted = [...points].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  let previous = reference;
  return sorted.map((point) => {
    if (!previous || point.recordedAt <= previous.recordedAt) {
      return { ...point, flagged: null };
    }
    const metres = haversineMetres(previous, point);
    const seconds = (point.recordedAt.getTime() - previous.recordedAt.getTime()) / 1000;
    const impossible = metres > NOISE_M && metres / Math.max(seconds, 1) > MAX_SPEED_MPS;
    if (impossible) return { ...point, flagged: 'impossible_jump' as const };
    previous = point;
    return { ...point, flagged: null };
  });
}
