import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './check-plan';
import { loadBenchmarkInstance, type BenchmarkSet } from './instances/benchmark-files';
import { optimizeRoutes } from './optimize-routes';
import { planBaselineRoutes } from './plan-baseline';
import { buildRandomProblem, buildTestProblem } from './test-problems';
import type { RoutingPlan, RoutingProblem } from './types';

const testdata = path.resolve(__dirname, 'testdata');

function expectFeasible(problem: RoutingProblem, plan: RoutingPlan): void {
  const check = checkPlan(problem, plan);
  expect(check.violations).toEqual([]);
  expect(check.cost).toBeCloseTo(plan.cost, 6);
}

describe('optimizeRoutes', () => {
  // Feasibility only: quality is measured by `npm run bench:vrp`, never asserted here.
  it.each([
    ['A', 'A-n33-k5'],
    ['CMT', 'CMT7'],
    ['solomon', 'C101'],
  ] as const)('returns a feasible, complete plan for %s %s', (set: BenchmarkSet, name) => {
    const { problem } = loadBenchmarkInstance(testdata, set, name);
    const plan = optimizeRoutes(problem, { timeLimitMs: 400, seed: 7 });
    expectFeasible(problem, plan);
    expect(plan.unassigned).toEqual([]);
    expect(plan.cost).toBeLessThanOrEqual(plan.stats.initialCost);
    const baseline = planBaselineRoutes(problem);
    expectFeasible(problem, baseline);
    expect(plan.cost).toBeLessThan(baseline.cost);
  });

  it('replays exactly for a seed when bounded by iterations', () => {
    const problem = buildRandomProblem(40, 3);
    const run = (seed: number): RoutingPlan =>
      optimizeRoutes(problem, { maxIterations: 2000, timeLimitMs: 60_000, seed });
    const first = run(11);
    expect(run(11).routes).toEqual(first.routes);
    expect(first.stats.iterations).toBe(2000);
    expectFeasible(problem, first);
  });

  it('explains orders it cannot serve and uses a heterogeneous fleet within shifts', () => {
    const problem = buildTestProblem(
      [
        [0, 0],
        [10, 0],
        [0, 10],
        [500, 0],
        [5, 5],
        [-10, 0],
      ],
      [
        { demand: 5, timeWindow: [0, 100] },
        { demand: 6, timeWindow: [0, 100] },
        { demand: 1, timeWindow: [0, 100] },
        { demand: 99 },
        { demand: 6, timeWindow: [0, 5] },
      ],
      [
        { id: 'bike', capacity: 5, shift: [0, 50] },
        { id: 'van', capacity: 10, shift: [20, 200] },
      ],
    );
    const plan = optimizeRoutes(problem, { timeLimitMs: 100, seed: 1 });
    expectFeasible(problem, plan);
    expect(plan.unassigned).toEqual([
      { order: 2, orderId: 'o2', reason: 'time_window_unreachable' },
      { order: 3, orderId: 'o3', reason: 'demand_exceeds_capacity' },
      { order: 4, orderId: 'o4', reason: 'time_window_unreachable' },
    ]);
    expect(plan.routes.map((route) => route.vehicle).sort()).toEqual(['bike', 'van']);
  });

  it('leaves orders unassigned as fleet_exhausted when the fleet is too small', () => {
    const problem = buildTestProblem(
      [
        [0, 0],
        [10, 0],
        [0, 10],
        [-10, 0],
      ],
      [{ demand: 6 }, { demand: 6 }, { demand: 6 }],
      [{ id: 'van', capacity: 12 }],
    );
    const plan = optimizeRoutes(problem, { timeLimitMs: 50 });
    expectFeasible(problem, plan);
    expect(plan.routes).toHaveLength(1);
    expect(plan.unassigned).toHaveLength(1);
    expect(plan.unassigned[0]?.reason).toBe('fleet_exhausted');
  });

  it('trades distance for fewer vehicles when vehicles carry a fixed cost', () => {
    const free = buildRandomProblem(30, 5);
    const costly: RoutingProblem = {
      ...free,
      vehicles: [{ id: 'van', capacity: 40, count: 30, fixedCost: 10_000 }],
    };
    const options = { maxIterations: 3000, timeLimitMs: 60_000, seed: 2 };
    const byDistance = optimizeRoutes(free, options);
    const byVehicles = optimizeRoutes(costly, options);
    expectFeasible(costly, byVehicles);
    expect(byVehicles.routes.length).toBeLessThanOrEqual(byDistance.routes.length);
    expect(byVehicles.cost).toBeCloseTo(byVehicles.distance + 10_000 * byVehicles.routes.length, 6);
  });

  it('returns at once for a problem with nothing to route', () => {
    const empty = buildTestProblem([[0, 0]], [], [{ id: 'van', capacity: 1 }]);
    const plan = optimizeRoutes(empty, { timeLimitMs: 5_000 });
    expect(plan).toMatchObject({ routes: [], unassigned: [], cost: 0 });
    expect(plan.stats.elapsedMs).toBeLessThan(1_000);
  });

  it('reports progress and stops when asked, with the best plan so far', () => {
    const problem = buildRandomProblem(60, 9);
    const seen: number[] = [];
    let calls = 0;
    const plan = optimizeRoutes(problem, {
      timeLimitMs: 10_000,
      progressIntervalMs: 0,
      onProgress: (progress) => seen.push(progress.improvementPct),
      shouldStop: () => ++calls > 20,
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(plan.stats.elapsedMs).toBeLessThan(5_000);
    expectFeasible(problem, plan);
  });
});
