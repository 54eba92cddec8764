import { parentPort, workerData } from 'node:worker_threads';
import { optimizeRoutes } from './optimize-routes';
import type { RoutingProblem } from './types';

/** Plain module on purpose (no Next imports): it must load under tsx and in the Next server. */
export interface OptimizerJob {
  problem: RoutingProblem;
  timeLimitMs?: number;
  maxIterations?: number;
  seed?: number;
  progressIntervalMs?: number;
  /** Int32 flag the parent sets to 1 to stop: the solver loop is synchronous, so messages would wait. */
  stop: SharedArrayBuffer;
}

export type OptimizerMessage =
  | { type: 'progress'; progress: import('./types').OptimizerProgress }
  | { type: 'done'; plan: import('./types').RoutingPlan }
  | { type: 'error'; message: string };

function runJob(job: OptimizerJob): void {
  const stop = new Int32Array(job.stop);
  const post = (message: OptimizerMessage): void => parentPort?.postMessage(message);
  try {
    const plan = optimizeRoutes(job.problem, {
      timeLimitMs: job.timeLimitMs,
      maxIterations: job.maxIterations,
      seed: job.seed,
      progressIntervalMs: job.progressIntervalMs,
      onProgress: (progress) => post({ type: 'progress', progress }),
      shouldStop: () => Atomics.load(stop, 0) === 1,
    });
    post({ type: 'done', plan });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort && workerData) runJob(workerData as OptimizerJob);
