import { describe, expect, it } from 'vitest';
import { checkPlan } from './check-plan';
import { planRoutes } from './plan-routes';
import { buildRandomProblem } from './test-problems';

describe('planRoutes', () => {
  const problem = buildRandomProblem(30, 8);

  it('uses the baseline when the optimizer flag is off', async () => {
    const plan = await planRoutes(problem, { useOptimizer: false });
    expect(plan.stats.algorithm).toBe('baseline');
    expect(checkPlan(problem, plan).violations).toEqual([]);
  });

  it('uses the optimizer on a worker thread when the flag is on', async () => {
    const plan = await planRoutes(problem, { useOptimizer: true, timeLimitMs: 300, seed: 1 });
    expect(plan.stats.algorithm).toBe('sisr');
    expect(checkPlan(problem, plan).violations).toEqual([]);
    expect(plan.cost).toBeLessThanOrEqual(
      (await planRoutes(problem, { useOptimizer: false })).cost,
    );
  }, 30_000);
});
