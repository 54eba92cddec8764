export { checkPlan, type PlanCheck } from './check-plan';
export { optimizeRoutes } from './optimize-routes';
export { planBaselineRoutes } from './plan-baseline';
export { planRoutes, type PlanRoutesOptions } from './plan-routes';
export { runOptimizerInWorker, type WorkerRunOptions } from './run-optimizer-in-worker';
export { buildDistanceMatrix, type DistanceRounding } from './instances/distance-matrix';
export type * from './types';
