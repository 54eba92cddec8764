import { describe, expect, it } from 'vitest';
import { checkPlan } from './check-plan';
import { runOptimizerInWorker } from './run-optimizer-in-worker';
import { buildRandomProblem } from './test-problems';
import type { OptimizerProgress } from './types';

describe('runOptimizerInWorker', () => {
  it('solves off the calling thread, reports progress, and returns best-so-far on abort', async () => {
    const problem = buildRandomProblem(80, 4);
    const progress: OptimizerProgress[] = [];
    const controller = new AbortController();
    let ticks = 0;
    // The calling thread keeps running while the worker searches.
    const timer = setInterval(() => ticks++, 20);
    const startedAt = Date.now();
    const plan = await runOptimizerInWorker(problem, {
      timeLimitMs: 30_000,
      seed: 5,
      progressIntervalMs: 50,
      onProgress: (p) => {
        progress.push(p);
        if (progress.length === 3) controller.abort();
      },
      signal: controller.signal,
    });
    clearInterval(timer);
    expect(Date.now() - startedAt).toBeLessThan(15_000);
    expect(ticks).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(plan.stats.bestCost).toBeLessThanOrEqual(plan.stats.initialCost);
    expect(checkPlan(problem, plan).violations).toEqual([]);
  }, 30_000);

  it('rejects with the worker error for an invalid problem', async () => {
    const problem = { ...buildRandomProblem(5, 1), distances: new Float64Array(3) };
    await expect(runOptimizerInWorker(problem, { timeLimitMs: 100 })).rejects.toThrow(/distances/);
  }, 30_000);
});
