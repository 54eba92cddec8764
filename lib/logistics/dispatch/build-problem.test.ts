import { describe, expect, it } from 'vitest';
import { checkPlan, planBaselineRoutes, optimizeRoutes } from '@/lib/logistics/routing';
import {
  buildRoutingProblem,
  courierTimeScale,
  matrixSpeedKmh,
  remainingShift,
  type DispatchCourier,
} from './build-problem';
import { haversineMatrices, haversineMetres } from './geo';
import { readStoreClock } from '@/lib/time/store-clock';

const courier = (overrides: Partial<DispatchCourier> = {}): DispatchCourier => ({
  id: 'c1',
  firstName: 'Ana',
  capacityGrams: 10_000,
  shiftStartMinute: 8 * 60,
  shiftEndMinute: 18 * 60,
  weekdays: [1, 2, 3, 4, 5],
  averageSpeedKmh: 30,
  ...overrides,
});

// Thursday 26 Nov 2026, 10:00 in São Paulo.
const thursdayTen = readStoreClock(new Date('2026-11-26T13:00:00Z'));

describe('remainingShift', () => {
  it('starts now when the shift already began, and ends at the shift end', () => {
    expect(remainingShift(courier(), thursdayTen)).toEqual([10 * 3600, 18 * 3600]);
  });

  it('is null on a day off or after the shift', () => {
    expect(remainingShift(courier({ weekdays: [6, 7] }), thursdayTen)).toBeNull();
    expect(remainingShift(courier({ shiftEndMinute: 9 * 60 }), thursdayTen)).toBeNull();
  });
});

describe('buildRoutingProblem', () => {
  it('uses package weights as demands, capacities and shifts, depot first in the matrix', () => {
    const depot = { lat: -23.5614, lng: -46.6559 };
    const stop = { lat: -23.5874, lng: -46.6576 };
    const matrices = haversineMatrices([depot, stop], 30);
    const problem = buildRoutingProblem({
      orders: [{ id: 'o1', number: 'LJ-1', location: stop, weightGrams: 1200 }],
      couriers: [courier(), courier({ id: 'off', weekdays: [7] })],
      clock: thursdayTen,
      matrices,
    });
    expect(problem.orders).toEqual([{ id: 'o1', demand: 1200, serviceTime: 240 }]);
    expect(problem.vehicles).toEqual([
      { id: 'c1', capacity: 10_000, shift: [36_000, 64_800], fixedCost: 1, travelTimeScale: 1 },
    ]);
    const straight = haversineMetres(depot, stop);
    expect(straight).toBeGreaterThan(2_800);
    expect(straight).toBeLessThan(3_000);
    expect(problem.distances[1]).toBe(Math.round(straight * 1.3));
    // 30 km/h = 8.33 m/s.
    expect(problem.travelTimes![1]).toBe(Math.round(problem.distances[1]! / (30_000 / 3600)));
  });
});

describe('per-courier speed', () => {
  const depot = { lat: -23.5614, lng: -46.6559 };
  const stop = { lat: -23.5874, lng: -46.6576 };
  // Both shifts end at 10:30; the round trip (~3.9 km each way, 4 min at the door) takes a
  // 40 km/h courier about 16 minutes and a 10 km/h one about 51.
  const slow = courier({ id: 'slow', averageSpeedKmh: 10, shiftEndMinute: 10 * 60 + 30 });
  const fast = courier({ id: 'fast', averageSpeedKmh: 40, shiftEndMinute: 10 * 60 + 30 });

  it('computes the matrix at the fastest speed and scales each courier from it', () => {
    expect(matrixSpeedKmh([slow, fast])).toBe(40);
    const matrices = haversineMatrices([depot, stop], matrixSpeedKmh([slow, fast]));
    expect(courierTimeScale(matrices, fast)).toBe(1);
    expect(courierTimeScale(matrices, slow)).toBe(4);
    // OSRM: relative to the profile's own average speed over the matrix; unknown → unscaled.
    expect(courierTimeScale({ ...matrices, source: 'osrm', speedKmh: 30 }, slow)).toBe(3);
    expect(courierTimeScale({ ...matrices, source: 'osrm', speedKmh: 0 }, slow)).toBe(1);
  });

  it.each([
    ['baseline', planBaselineRoutes],
    [
      'optimizer',
      (p: Parameters<typeof optimizeRoutes>[0]) => optimizeRoutes(p, { maxIterations: 200 }),
    ],
  ] as const)(
    '%s gives an order only the fast courier can serve in time to the fast one',
    (_n, plan) => {
      const problem = buildRoutingProblem({
        orders: [{ id: 'o1', number: 'LJ-1', location: stop, weightGrams: 1000 }],
        couriers: [slow, fast],
        clock: thursdayTen,
        matrices: haversineMatrices([depot, stop], matrixSpeedKmh([slow, fast])),
      });
      expect(problem.vehicles.map((v) => [v.id, v.travelTimeScale])).toEqual([
        ['slow', 4],
        ['fast', 1],
      ]);
      const result = plan(problem);
      expect(result.unassigned).toEqual([]);
      expect(result.routes.map((r) => r.vehicle)).toEqual(['fast']);
      expect(checkPlan(problem, result).feasible).toBe(true);
      // The slow courier alone cannot make it back before the shift ends.
      expect(
        checkPlan(problem, { routes: [{ vehicle: 'slow', stops: [0] }] }).violations.join(),
      ).toMatch(/returns at .* after 37800/);
    },
  );
});
