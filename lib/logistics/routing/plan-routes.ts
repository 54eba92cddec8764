import { planBaselineRoutes } from './plan-baseline';
import { runOptimizerInWorker, type WorkerRunOptions } from './run-optimizer-in-worker';
import type { RoutingPlan, RoutingProblem } from './types';

export interface PlanRoutesOptions extends WorkerRunOptions {
  /** The caller passes `isFeatureEnabled('OR_TOOLS_LOGISTICS')`: the flag is read where the request is. */
  useOptimizer: boolean;
}

/** The one entry point for dispatch: the optimizer on a worker thread, or the baseline when flagged off. */
export async function planRoutes(
  problem: RoutingProblem,
  { useOptimizer, ...options }: PlanRoutesOptions,
): Promise<RoutingPlan> {
  return useOptimizer ? runOptimizerInWorker(problem, options) : planBaselineRoutes(problem);
}
