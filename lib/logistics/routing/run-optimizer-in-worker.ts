import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OptimizerJob, OptimizerMessage } from './optimizer-worker';
import type { OptimizerProgress, RoutingPlan, RoutingProblem } from './types';
import { inNextServer } from '@/lib/env';

export interface WorkerRunOptions {
  timeLimitMs?: number;
  maxIterations?: number;
  seed?: number;
  progressIntervalMs?: number;
  onProgress?: (progress: OptimizerProgress) => void;
  /** Aborting stops the search early; the promise still resolves with the best plan so far. */
  signal?: AbortSignal;
}

/**
 * Next's server bundles (next dev and next start) set NEXT_RUNTIME; tsx scripts and vitest run this
 * module from source. (`import.meta.url` cannot tell: the bundler rewrites it to the source path.)
 */
const fromSource = !inNextServer();

/**
 * From source, Node cannot load a TypeScript worker and ignores `--import` in a worker's
 * execArgv, so a small bootstrap registers tsx's loader inside the worker first. In the Next
 * server the literal `new Worker(new URL('./optimizer-worker.ts', import.meta.url))` is what the
 * bundler recognises: it compiles the worker (and its imports) into a chunk of its own, so
 * `next start` needs neither tsx nor the sources.
 */
function createWorker(job: OptimizerJob): Worker {
  if (fromSource) {
    const file = fileURLToPath(new URL('./optimizer-worker.ts', import.meta.url));
    const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`;
    return new Worker(bootstrap, { eval: true, workerData: job });
  }
  return new Worker(new URL('./optimizer-worker.ts', import.meta.url), { workerData: job });
}

/**
 * Runs `optimizeRoutes` on a worker thread so a request thread stays responsive. From source
 * (tsx scripts, vitest) the worker is TypeScript, which Node cannot load alone: it gets tsx's
 * loader; in the Next server it is a bundled JavaScript chunk (see createWorker).
 */
export function runOptimizerInWorker(
  problem: RoutingProblem,
  options: WorkerRunOptions = {},
): Promise<RoutingPlan> {
  const stop = new SharedArrayBuffer(4);
  const job: OptimizerJob = {
    problem,
    timeLimitMs: options.timeLimitMs,
    maxIterations: options.maxIterations,
    seed: options.seed,
    progressIntervalMs: options.progressIntervalMs,
    stop,
  };
  const worker = createWorker(job);
  const requestStop = (): void => {
    Atomics.store(new Int32Array(stop), 0, 1);
  };
  if (options.signal?.aborted) requestStop();
  options.signal?.addEventListener('abort', requestStop, { once: true });

  return new Promise<RoutingPlan>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', requestStop);
      void worker.terminate();
      outcome();
    };
    worker.on('message', (message: OptimizerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.plan));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`Optimizer worker exited with code ${code}`))),
    );
  });
}
