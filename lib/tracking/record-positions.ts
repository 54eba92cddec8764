import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { courierLatestPositions, courierPositions } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { flagImpossibleJumps } from './flag-jumps';
import type { PositionPoint } from './position-input';

export type RecordedPositions = {
  accepted: number;
  duplicates: number;
  flagged: number;
  /** The new live position when this batch moved it (a newer, unflagged point). */
  live: { lat: number; lng: number; recordedAt: Date } | null;
};

/**
 * Stores a courier's batch: every new point is kept (flagged or not), a repeated
 * (courier, recorded_at) is ignored, and the live position moves only to a newer unflagged point.
 */
export async function recordPositions(
  db: Executor,
  courierId: string,
  points: readonly PositionPoint[],
): Promise<RecordedPositions> {
  const [latest] = await db
    .select({
      lat: courierLatestPositions.lat,
      lng: courierLatestPositions.lng,
      recordedAt: courierLatestPositions.recordedAt,
    })
    .from(courierLatestPositions)
    .where(eq(courierLatestPositions.courierId, courierId));
  const checked = flagImpossibleJumps(points, latest ?? null);
  const inserted = await db
    .insert(courierPositions)
    .values(checked.map((p) => ({ ...p, courierId })))
    .onConflictDoNothing({ target: [courierPositions.courierId, courierPositions.recordedAt] })
    .returning({ id: courierPositions.id });
  const newest = checked.filter((p) => !p.flagged).at(-1);
  let live: RecordedPositions['live'] = null;
  if (newest && (!latest || newest.recordedAt > latest.recordedAt)) {
    const values = {
      courierId,
      lat: newest.lat,
      lng: newest.lng,
      accuracyM: newest.accuracyM,
      speedMps: newest.speedMps,
      heading: newest.heading,
      recordedAt: newest.recordedAt,
      receivedAt: new Date(),
    };
    // The WHERE keeps the newest report even when two batches of one courier race.
    const moved = await db
      .insert(courierLatestPositions)
      .values(values)
      .onConflictDoUpdate({
        target: courierLatestPositions.courierId,
        set: { ...values, courierId: undefined },
        setWhere: sql`${courierLatestPositions.recordedAt} < excluded.recorded_at`,
      })
      .returning({ courierId: courierLatestPositions.courierId });
    if (moved.length > 0)
      live = { lat: newest.lat, lng: newest.lng, recordedAt: newest.recordedAt };
  }
  const flaggedCount = checked.filter((p) => p.flagged).length;
  return {
    accepted: inserted.length,
    duplicates: points.length - inserted.length,
    flagged: flaggedCount,
    live,
  };
}
