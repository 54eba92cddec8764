import type PgBoss from 'pg-boss';
import { getLogger } from '@/lib/log';

/**
 * The job runner of this process, when lib/jobs/jobs.ts started one. Kept on globalThis because
 * Next.js loads instrumentation.ts and the route handlers as separate bundles (and dev reloads
 * modules): every copy of this module must see the same runner. Importing this file never loads
 * pg-boss, so request code can ask for a job without pulling the runner into its bundle.
 */
export type JobRuntime = {
  boss: PgBoss;
  /** Queue name → id of this process's worker for it (to wake it up after a send). */
  workers: Map<string, string>;
  /** Set by stopJobs: runs finishing now queue no follow-up. */
  stopping?: boolean;
};

const globalForJobs = globalThis as unknown as {
  lojaJobs?: { runtime?: JobRuntime; starting?: Promise<JobRuntime> };
};

export function jobState() {
  globalForJobs.lojaJobs ??= {};
  return globalForJobs.lojaJobs;
}

/**
 * Queues one run of `queue` and wakes this process's worker for it. Returns false when no runner
 * is active here (a web-only instance, a script, a test), so the caller can do the work inline.
 * Never throws: a failed send is logged and the queue's schedule picks the work up later.
 */
export function requestJob(queue: string): boolean {
  const runtime = jobState().runtime;
  if (!runtime) return false;
  void runtime.boss
    .send(queue, {})
    .then(() => {
      const worker = runtime.workers.get(queue);
      if (worker) runtime.boss.notifyWorker(worker);
    })
    .catch((error: unknown) =>
      getLogger().warn({ err: error, component: 'jobs', queue }, 'job not queued'),
    );
  return true;
}
