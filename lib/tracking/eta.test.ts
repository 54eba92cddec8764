import { describe, expect, it } from 'vitest';
import { averageSpeedMps, DETOUR_FACTOR, estimateArrival, type EtaStop } from './eta';
import { haversineMetres } from '@/lib/logistics/dispatch/geo';

const now = new Date('2026-11-26T14:00:00Z');
const stop = (
  orderId: string,
  sequence: number,
  lat: number,
  status: EtaStop['status'] = 'pending',
): EtaStop => ({
  orderId,
  sequence,
  status,
  point: { lat, lng: -46.63 },
});
// Stops 1 km apart going north (0.009° of latitude ≈ 1 km).
const stops = [stop('a', 1, -23.55), stop('b', 2, -23.541), stop('c', 3, -23.532)];
const start = { lat: -23.559, lng: -46.63 };

describe('estimateArrival', () => {
  it('counts travel through the stops before this one plus their service time, as a range', () => {
    const eta = estimateArrival({
      position: start,
      stops,
      orderId: 'c',
      speedMps: 10,
      serviceSeconds: 300,
      now,
    })!;
    expect(eta.stopNumber).toBe(3);
    expect(eta.stopsBefore).toBe(2);
    const metres =
      (haversineMetres(start, stops[0]!.point!) +
        2 * haversineMetres(stops[0]!.point!, stops[1]!.point!)) *
      DETOUR_FACTOR;
    const seconds = metres / 10 + 2 * 300;
    expect(eta.from.getTime()).toBeLessThanOrEqual(now.getTime() + seconds * 900);
    expect(eta.to.getTime()).toBeGreaterThanOrEqual(now.getTime() + seconds * 1250);
    expect(eta.to.getTime() - eta.from.getTime()).toBeGreaterThanOrEqual(5 * 60_000);
    expect(eta.from.getUTCMinutes() % 5).toBe(0);
  });

  it('skips delivered stops and is earlier for a stop further up the route', () => {
    const done = [stop('a', 1, -23.55, 'delivered'), stops[1]!, stops[2]!];
    const c = estimateArrival({ position: start, stops: done, orderId: 'c', speedMps: 10, now })!;
    expect(c.stopsBefore).toBe(1);
    const b = estimateArrival({ position: start, stops: done, orderId: 'b', speedMps: 10, now })!;
    expect(b.stopsBefore).toBe(0);
    expect(b.to.getTime()).toBeLessThanOrEqual(c.to.getTime());
  });

  it('uses the default speed when none is known, and is null for a finished or unknown stop', () => {
    const slow = estimateArrival({ position: start, stops, orderId: 'c', speedMps: 2, now })!;
    const unknown = estimateArrival({ position: start, stops, orderId: 'c', speedMps: null, now })!;
    expect(unknown.to.getTime()).toBeLessThan(slow.to.getTime());
    expect(
      estimateArrival({
        position: start,
        stops: [stop('a', 1, -23.55, 'delivered')],
        orderId: 'a',
        now,
      }),
    ).toBeNull();
    expect(estimateArrival({ position: start, stops, orderId: 'zzz', now })).toBeNull();
  });

  it('still gives a range before the first position report', () => {
    const eta = estimateArrival({ position: null, stops, orderId: 'b', now });
    expect(eta).toMatchObject({ stopNumber: 2, stopsBefore: 1 });
  });
});

describe('averageSpeedMps', () => {
  const at = (s: number) => new Date(now.getTime() + s * 1000);
  it('prefers the device speed readings', () => {
    const points = [5, 7, 9].map((speed, i) => ({
      lat: -23.5,
      lng: -46.6,
      recordedAt: at(i * 10),
      speedMps: speed,
    }));
    expect(averageSpeedMps(points)).toBe(7);
  });

  it('falls back to distance over time, ignoring standing still, and null with too little data', () => {
    const moving = [0, 60, 120].map((s, i) => ({
      lat: -23.5 + i * 0.0054,
      lng: -46.6,
      recordedAt: at(s),
      speedMps: null,
    }));
    expect(averageSpeedMps(moving)).toBeCloseTo(10, 0);
    const still = [0, 60, 120].map((s) => ({
      lat: -23.5,
      lng: -46.6,
      recordedAt: at(s),
      speedMps: null,
    }));
    expect(averageSpeedMps(still)).toBeNull();
  });
});
