import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { courierLatestPositions } from '@/db/schema';
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
 * Two round trips: the live position (the jump check's reference), then one statement that stores
 * the points and moves the live position together (atomic on its own, one commit).
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
  const newestTrusted = checked.filter((p) => !p.flagged).at(-1);
  const newest =
    newestTrusted && (!latest || newestTrusted.recordedAt > latest.recordedAt)
      ? newestTrusted
      : null;
  const rows = JSON.stringify(
    checked.map((p) => ({
      lat: p.lat,
      lng: p.lng,
      accuracy_m: p.accuracyM,
      speed_mps: p.speedMps,
      heading: p.heading,
      recorded_at: p.recordedAt.toISOString(),
      flagged: p.flagged,
    })),
  );
  // The WHERE keeps the newest report even when two batches of one courier race.
  const moveLive = newest
    ? sql`, moved as (
        insert into courier_latest_positions
          (courier_id, lat, lng, accuracy_m, speed_mps, heading, recorded_at, received_at)
        values (${courierId}::uuid, ${newest.lat}, ${newest.lng}, ${newest.accuracyM},
          ${newest.speedMps}, ${newest.heading}, ${newest.recordedAt.toISOString()}::timestamptz, now())
        on conflict (courier_id) do update set lat = excluded.lat, lng = excluded.lng,
          accuracy_m = excluded.accuracy_m, speed_mps = excluded.speed_mps,
          heading = excluded.heading, recorded_at = excluded.recorded_at,
          received_at = excluded.received_at
        where courier_latest_positions.recorded_at < excluded.recorded_at
        returning 1)`
    : sql``;
  const result = await db.execute<{ accepted: number; moved: number }>(sql`
    with inserted as (
      insert into courier_positions
        (courier_id, lat, lng, accuracy_m, speed_mps, heading, recorded_at, flagged)
      select ${courierId}::uuid, p.lat, p.lng, p.accuracy_m, p.speed_mps, p.heading, p.recorded_at,
        p.flagged
      from jsonb_to_recordset(${rows}::jsonb) as p(lat float8, lng float8, accuracy_m real,
        speed_mps real, heading real, recorded_at timestamptz, flagged text)
      on conflict (courier_id, recorded_at) do nothing
      returning 1)${moveLive}
    select (select count(*) from inserted)::int as accepted,
      ${newest ? sql`(select count(*) from moved)::int` : sql`0`} as moved`);
  const { accepted, moved } = result.rows[0]!;
  return {
    accepted,
    duplicates: points.length - accepted,
    flagged: checked.filter((p) => p.flagged).length,
    live:
      newest && moved > 0
        ? { lat: newest.lat, lng: newest.lng, recordedAt: newest.recordedAt }
        : null,
  };
}
