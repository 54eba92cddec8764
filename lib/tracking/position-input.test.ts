import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { flagImpossibleJumps } from './flag-jumps';
import { positionBatchSchema, toPositionPoints } from './position-input';

const now = new Date('2026-11-26T14:00:00Z');
const iso = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000).toISOString();

describe('position batches', () => {
  it('accepts ISO or epoch-ms times and never a courier id', () => {
    const batch = positionBatchSchema.parse({
      points: [{ lat: 1, lng: 2, recordedAt: now.getTime() - 1000 }],
    });
    expect(toPositionPoints(batch, now)[0]).toMatchObject({ lat: 1, lng: 2, accuracyM: null });
    expect(() => positionBatchSchema.parse({ courierId: 'x', points: batch.points })).toThrow(
      ZodError,
    );
  });

  it('allows two minutes of clock skew ahead, refuses more and anything over 12 hours old', () => {
    const parse = (recordedAt: string) =>
      toPositionPoints(
        positionBatchSchema.parse({ points: [{ lat: 0, lng: 0, recordedAt }] }),
        now,
      );
    expect(() => parse(iso(-90))).not.toThrow();
    expect(() => parse(iso(-180))).toThrow(/future/);
    expect(() => parse(iso(13 * 3600))).toThrow(/too old/);
  });
});

describe('flagImpossibleJumps', () => {
  const point = (lat: number, secondsAgo: number) => ({
    lat,
    lng: -46.6,
    accuracyM: null,
    speedMps: null,
    heading: null,
    recordedAt: new Date(now.getTime() - secondsAgo * 1000),
  });
  const reference = { lat: -23.5, lng: -46.6, recordedAt: new Date(now.getTime() - 60_000) };

  it('flags a point implying more than 200 km/h and keeps judging later points from the last good one', () => {
    // 0.0045° ≈ 500 m in 30 s (60 km/h) is fine; 1° ≈ 111 km in 10 s is not.
    const checked = flagImpossibleJumps(
      [point(-23.4955, 30), point(-22.4955, 20), point(-23.495, 10)],
      reference,
    );
    expect(checked.map((p) => p.flagged)).toEqual([null, 'impossible_jump', null]);
  });

  it('ignores GPS noise of a few metres in the same second, and points older than the reference', () => {
    const checked = flagImpossibleJumps([point(-23.5003, 60), point(-30, 120)], reference);
    expect(checked.map((p) => p.flagged)).toEqual([null, null]);
  });
});
