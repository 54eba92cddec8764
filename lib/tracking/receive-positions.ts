import 'server-only';
import type { Database } from '@/lib/db/client';
import type { Logger } from '@/lib/log';
import { consumeRateLimit } from '@/lib/rate-limit';
import { fanOutPosition } from './fan-out-position';
import { toPositionPoints, type PositionBatch } from './position-input';
import { recordPositions } from './record-positions';

/**
 * A courier's position batch, end to end: rate limit, timestamp checks, storage, and the live
 * fan-out. A fan-out failure is logged, not returned: the points are stored and the next report
 * publishes again, so the phone must not re-send (and duplicate) them.
 */
export async function receivePositions(
  db: Database,
  courierUserId: string,
  batch: PositionBatch,
  log: Logger,
) {
  await consumeRateLimit('trackingPositions', courierUserId);
  const points = toPositionPoints(batch, new Date());
  const result = await recordPositions(db, courierUserId, points);
  if (result.live) {
    await fanOutPosition(db, courierUserId, result.live).catch((error: unknown) =>
      log.error({ err: error }, 'position fan-out failed'),
    );
  }
  return {
    accepted: result.accepted,
    duplicates: result.duplicates,
    flagged: result.flagged,
    live: result.live !== null,
  };
}
