import { describe, expect, it } from 'vitest';
import { checkPlan } from './check-plan';
import { optimizeRoutes } from './optimize-routes';
import { planBaselineRoutes } from './plan-baseline';
import { buildRandomProblem, buildTestProblem } from './test-problems';
import type { RoutingPlan, RoutingProblem, RoutingVehicle } from './types';

// Depot at the origin; order 0 is 30 away with a window closing at 40, order 1 is 40 away
// (50 from order 0), so one route visits order 0 first.
const points = [
  [0, 0],
  [30, 0],
  [0, 40],
] as const;
const orders = [{ demand: 1, timeWindow: [0, 40] as const }, { demand: 1 }];
// The slow courier comes first and costs nothing to use: only its speed keeps it off order 0.
const slow: RoutingVehicle = { id: 'slow', capacity: 10, fixedCost: 0, travelTimeScale: 2 };
const fast: RoutingVehicle = { id: 'fast', capacity: 10, fixedCost: 50, travelTimeScale: 1 };
const problem = buildTestProblem(points, orders, [slow, fast]);
const sameSpeed = buildTestProblem(points, orders, [
  { ...slow, travelTimeScale: undefined },
  { ...fast, travelTimeScale: undefined },
]);

const vehicleOf = (plan: RoutingPlan, order: number) =>
  plan.routes.find((route) => route.stops.includes(order))?.vehicle;

describe('per-vehicle travel speed', () => {
  it('checkPlan rejects a plan only feasible at a faster speed', () => {
    const plan = { routes: [{ vehicle: 'slow', stops: [0] }], unassigned: [{ order: 1 }] };
    expect(checkPlan(problem, plan).violations).toEqual(['route 0: order 0 served at 60 after 40']);
    expect(checkPlan(sameSpeed, plan).feasible).toBe(true);
    expect(
      checkPlan(problem, { ...plan, routes: [{ vehicle: 'fast', stops: [0] }] }).feasible,
    ).toBe(true);
  });

  it('checkPlan checks the shift end with the vehicle’s own times', () => {
    const shifted = buildTestProblem(
      points,
      [{ demand: 1 }, { demand: 1 }],
      [{ ...slow, shift: [0, 150] }],
    );
    const check = checkPlan(shifted, { routes: [{ vehicle: 'slow', stops: [0, 1] }] });
    // 2 × (30 + 50 + 40): back after the shift that a unit-speed vehicle (120) would make.
    expect(check.violations).toEqual(['route 0: returns at 240 after 150']);
    expect(
      checkPlan(
        { ...shifted, vehicles: [{ ...slow, shift: [0, 150], travelTimeScale: 1 }] },
        {
          routes: [{ vehicle: 'slow', stops: [0, 1] }],
        },
      ).feasible,
    ).toBe(true);
  });

  it.each([
    ['baseline', (p: RoutingProblem) => planBaselineRoutes(p)],
    ['optimizer', (p: RoutingProblem) => optimizeRoutes(p, { maxIterations: 500, seed: 3 })],
  ])('%s gives the tight window to the fast courier', (_name, plan) => {
    // Control: at one speed for everyone, the free slow courier would take it.
    expect(vehicleOf(plan(sameSpeed), 0)).toBe('slow');
    const result = plan(problem);
    expect(vehicleOf(result, 0)).toBe('fast');
    expect(result.unassigned).toEqual([]);
    expect(checkPlan(problem, result).violations).toEqual([]);
    const route = result.routes.find((r) => r.vehicle === 'fast')!;
    expect(route.arrivalTimes[route.stops.indexOf(0)]).toBeLessThanOrEqual(40);
  });

  it('reports the window unreachable when only the slow courier works', () => {
    const alone = { ...problem, vehicles: [slow] };
    for (const plan of [planBaselineRoutes(alone), optimizeRoutes(alone, { maxIterations: 50 })]) {
      expect(plan.unassigned).toEqual([
        { order: 0, orderId: 'o0', reason: 'time_window_unreachable' },
      ]);
      // Order 1 is served, with arrival times at the slow courier's pace.
      expect(plan.routes[0]!.arrivalTimes).toEqual([80]);
    }
  });

  it('keeps a homogeneous fleet’s results identical with an explicit scale of 1', () => {
    const base = buildRandomProblem(40, 5);
    const explicit = {
      ...base,
      vehicles: base.vehicles.map((v) => ({ ...v, travelTimeScale: 1 })),
    };
    const run = (p: RoutingProblem) => optimizeRoutes(p, { maxIterations: 1500, seed: 9 });
    expect(run(explicit).routes).toEqual(run(base).routes);
    expect(planBaselineRoutes(explicit).routes).toEqual(planBaselineRoutes(base).routes);
  });

  it('refuses a non-positive scale', () => {
    expect(() =>
      planBaselineRoutes({ ...problem, vehicles: [{ ...slow, travelTimeScale: 0 }] }),
    ).toThrow(/travelTimeScale must be > 0/);
  });
});
