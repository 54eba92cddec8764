import { z } from 'zod';

/** How far ahead of our clock a device may be (phones drift a little). */
export const FUTURE_SKEW_MS = 2 * 60 * 1000;
/** Older reports (a phone offline all day) are refused rather than replayed as "live". */
export const MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const MAX_BATCH = 100;

const point = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000).nullish(),
  speed: z.number().min(0).max(1_000).nullish(),
  heading: z.number().min(0).max(360).nullish(),
  /** Device time: ISO-8601 or epoch milliseconds. */
  recordedAt: z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]),
});

/**
 * The positions API body. Deliberately no courier id: whose positions these are comes from the
 * caller's authentication.
 */
export const positionBatchSchema = z.strictObject({
  points: z.array(point).min(1).max(MAX_BATCH),
});

export type PositionBatch = z.infer<typeof positionBatchSchema>;

export type PositionPoint = {
  lat: number;
  lng: number;
  accuracyM: number | null;
  speedMps: number | null;
  heading: number | null;
  recordedAt: Date;
};

/** Normalises the batch and rejects timestamps outside [now - 12 h, now + 2 min]. */
export function toPositionPoints(batch: PositionBatch, now: Date): PositionPoint[] {
  return batch.points.map((p, index) => {
    const recordedAt = new Date(p.recordedAt);
    const age = now.getTime() - recordedAt.getTime();
    if (age < -FUTURE_SKEW_MS || age > MAX_AGE_MS) {
      throw new z.ZodError([
        {
          code: 'custom',
          path: ['points', index, 'recordedAt'],
          message: age < 0 ? 'is in the future' : 'is too old (over 12 hours)',
          input: p.recordedAt,
        },
      ]);
    }
    return {
      lat: p.lat,
      lng: p.lng,
      accuracyM: p.accuracy ?? null,
      speedMps: p.speed ?? null,
      heading: p.heading ?? null,
      recordedAt,
    };
  });
}
