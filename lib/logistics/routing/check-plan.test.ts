import { describe, expect, it } from 'vitest';
import { checkPlan } from './check-plan';
import { buildTestProblem } from './test-problems';

// Depot at the origin, orders 10 apart along a line.
const problem = buildTestProblem(
  [
    [0, 0],
    [10, 0],
    [20, 0],
    [30, 0],
  ],
  [
    { demand: 4, serviceTime: 1, timeWindow: [0, 60] },
    { demand: 4, serviceTime: 1, timeWindow: [0, 60] },
    { demand: 4, serviceTime: 1, timeWindow: [0, 31] },
  ],
  [
    { id: 'a', capacity: 12, fixedCost: 100 },
    { id: 'b', capacity: 8, shift: [0, 60] },
  ],
);

describe('checkPlan', () => {
  it('accepts a feasible plan and recomputes distance and cost', () => {
    const check = checkPlan(problem, { routes: [{ vehicle: 'a', stops: [2, 1, 0] }] });
    expect(check).toMatchObject({ feasible: true, distance: 60, cost: 160 });
  });

  it('reports a late arrival', () => {
    const check = checkPlan(problem, { routes: [{ vehicle: 'a', stops: [0, 1, 2] }] });
    expect(check.feasible).toBe(false);
    expect(check.violations.join()).toMatch(/order 2 served at 32 after 31/);
  });

  it('reports overload, missing, duplicate and unknown orders, and fleet overuse', () => {
    const check = checkPlan(problem, {
      routes: [
        { vehicle: 'b', stops: [2, 1, 2] },
        { vehicle: 'b', stops: [7] },
        { vehicle: 'z', stops: [0] },
      ],
    });
    const text = check.violations.join('\n');
    expect(text).toMatch(/order 2 appears twice/);
    expect(text).toMatch(/load 12 > 8/);
    expect(text).toMatch(/no order 7/);
    expect(text).toMatch(/unknown vehicle z/);
    expect(text).toMatch(/vehicle b used 2 times, has 1/);
    expect(text).toMatch(/order 0 neither served nor listed unassigned/);
  });

  it('enforces shift end and max duration, and accepts listed unassigned orders', () => {
    const late = checkPlan(problem, {
      routes: [{ vehicle: 'b', stops: [2], departureTime: 40 }],
      unassigned: [{ order: 0 }, { order: 1 }],
    });
    expect(late.violations).toEqual([
      'route 0: order 2 served at 70 after 31',
      'route 0: returns at 101 after 60',
    ]);
    const long = checkPlan(
      { ...problem, maxRouteDuration: 50 },
      { routes: [{ vehicle: 'a', stops: [2, 1, 0] }] },
    );
    expect(long.violations).toEqual(['route 0: lasts 63 > 50']);
  });
});
