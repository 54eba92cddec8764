import 'server-only';
import PgBoss from 'pg-boss';
import { refreshRecentSalesRollup } from '@/lib/admin/overview/sales-rollup';
import { getDb, resolveDatabaseUrl } from '@/lib/db/client';
import { deliverOrderEmails } from '@/lib/email/order-emails/deliver-order-emails';
import type { Env } from '@/lib/env';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { getLogger } from '@/lib/log';
import { getElasticsearchClient } from '@/lib/search/elasticsearch-client';
import { syncSearchOutbox } from '@/lib/search/elasticsearch/sync-outbox';
import { refreshSalesCounts } from '@/lib/search/refresh-sales-counts';
import { jobState, type JobRuntime } from './job-runtime';
import { JOBS_SCHEMA, QUEUES } from './queues';

export { JOBS_SCHEMA, QUEUES };

export type JobDefinition = {
  queue: string;
  /** pg-boss cron, evaluated in UTC with one-minute granularity. */
  cron?: string;
  /** Also queue one run as soon as the runner starts. */
  runAtStart?: boolean;
  /** Queue the next run this many seconds after each one ends (cron cannot go below a minute). */
  repeatAfterSeconds?: number;
  /**
   * A run still active after this long is failed by pg-boss and retried. Kept short: a server
   * killed mid-run leaves its job active, and the queue waits this long before running again.
   */
  expireInSeconds: number;
  /** Defaults to RETRY. */
  retry?: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  /** Thin: calls one domain function, returns its counts (logged). Throwing means "retry". */
  run: () => Promise<Record<string, number>>;
};

/** Failed runs retry after 5 s, 10 s, 20 s… (pg-boss backoff), five times, then stay failed. */
const RETRY = { retryLimit: 5, retryDelay: 5, retryBackoff: true };

/** Repeats a batch function while batches come back full, so one run empties a backlog. */
async function drain<T extends Record<string, number>>(
  pass: () => Promise<T>,
  isFull: (result: T) => boolean,
  maxPasses: number,
): Promise<Record<string, number>> {
  const total: Record<string, number> = {};
  for (let i = 0; i < maxPasses; i++) {
    const result = await pass();
    for (const [key, value] of Object.entries(result)) total[key] = (total[key] ?? 0) + value;
    if (!isFull(result)) break;
  }
  return total;
}

/** The jobs this deployment runs. Every domain function is safe to run concurrently and twice. */
export function defineJobs(env: Env): JobDefinition[] {
  const emailBatch = 100;
  const jobs: JobDefinition[] = [
    {
      queue: QUEUES.reservations,
      cron: '* * * * *',
      expireInSeconds: 120,
      run: () => releaseExpiredReservations(getDb()),
    },
    {
      // The outbox table is the source of truth; this job only drains it. Requests that queue
      // e-mails also ask for a run right after their commit (deliverOrderEmailsSoon).
      queue: QUEUES.orderEmails,
      cron: '* * * * *',
      expireInSeconds: 180,
      run: () =>
        drain(
          () => deliverOrderEmails(getDb(), { limit: emailBatch }),
          (r) => r.sent + r.failed >= emailBatch,
          3,
        ),
    },
    {
      queue: QUEUES.salesCounts,
      cron: '*/10 * * * *',
      runAtStart: true,
      expireInSeconds: 600,
      run: () => refreshSalesCounts(getDb()),
    },
    {
      // The admin overview's closed days (lib/admin/overview/sales-rollup.ts): 00:15 in São
      // Paulo (UTC−3, no daylight saving since 2019), and at start so a new install's first
      // overview does not backfill two years while the admin waits.
      queue: QUEUES.salesRollup,
      cron: '15 3 * * *',
      runAtStart: true,
      expireInSeconds: 900,
      run: () => refreshRecentSalesRollup(getDb()),
    },
  ];
  if (env.ELASTICSEARCH_URL)
    jobs.push({
      // Product edits should reach the index within seconds, as the old polling worker did.
      queue: QUEUES.searchSync,
      cron: '* * * * *',
      runAtStart: true,
      repeatAfterSeconds: 5,
      expireInSeconds: 120,
      run: () => {
        const client = getElasticsearchClient();
        if (!client) return Promise.resolve({});
        return drain(
          () => syncSearchOutbox(getDb(), client),
          (r) => r.failed === 0 && r.indexed + r.deleted > 0,
          20,
        );
      },
    });
  return jobs;
}

async function runJob(runtime: JobRuntime, job: JobDefinition, id: string | undefined) {
  const log = getLogger().child({ component: 'jobs', queue: job.queue, jobId: id });
  const started = Date.now();
  try {
    const result = await job.run();
    const busy = Object.values(result).some((n) => n > 0);
    log[busy ? 'info' : 'debug']({ result, ms: Date.now() - started }, 'job done');
    return result;
  } catch (error) {
    // pg-boss marks the job failed and schedules the retry; the process carries on.
    log.error({ err: error, ms: Date.now() - started }, 'job failed; it will be retried');
    throw error;
  } finally {
    if (job.repeatAfterSeconds && !runtime.stopping)
      void runtime.boss
        .sendAfter(job.queue, {}, {}, job.repeatAfterSeconds)
        .catch((error: unknown) => log.warn({ err: error }, 'next run not queued'));
  }
}

async function launch(env: Env, options: StartJobsOptions): Promise<JobRuntime> {
  const log = getLogger().child({ component: 'jobs' });
  const boss = new PgBoss({
    connectionString: options.connectionString ?? resolveDatabaseUrl(),
    schema: JOBS_SCHEMA,
    application_name: 'loja-jobs',
    // Pollers and bookkeeping only; the jobs' own queries use the app pool (getDb).
    max: 4,
  });
  // Without a listener an EventEmitter 'error' would throw and take the server down.
  boss.on('error', (error) => log.error({ err: error }, 'job runner error'));
  try {
    await boss.start();
    const jobs = options.jobs ?? defineJobs(env);
    const runtime: JobRuntime = { boss, workers: new Map() };
    for (const job of jobs) {
      // stately: at most one run queued and one active per queue, however many instances ask.
      const queue = {
        policy: 'stately' as const,
        ...(job.retry ?? RETRY),
        expireInSeconds: job.expireInSeconds,
      };
      await boss.createQueue(job.queue, { name: job.queue, ...queue });
      await boss.updateQueue(job.queue, { name: job.queue, ...queue });
      if (job.cron) await boss.schedule(job.queue, job.cron, {}, { tz: 'UTC' });
      const worker = await boss.work(
        job.queue,
        { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        ([item]) => runJob(runtime, job, item?.id),
      );
      runtime.workers.set(job.queue, worker);
      if (job.runAtStart) await boss.send(job.queue, {});
    }
    if (!options.jobs) {
      // A queue this deployment no longer runs (Elasticsearch removed) must stop being scheduled.
      const defined = new Set(jobs.map((job) => job.queue));
      for (const queue of Object.values(QUEUES))
        if (!defined.has(queue)) await boss.unschedule(queue);
    }
    log.info({ queues: jobs.map((job) => job.queue) }, 'background jobs started');
    return runtime;
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
}

export type StartJobsOptions = {
  /** Defaults to the app's database (DATABASE_URL or the embedded server). */
  connectionString?: string;
  /** Defaults to defineJobs(env); tests pass their own. */
  jobs?: JobDefinition[];
  /** How often an idle worker looks for work (a send from this process wakes it at once). */
  pollingIntervalSeconds?: number;
};

/**
 * Starts this process's job runner: creates the pgboss schema and queues when missing, registers
 * the schedules and one worker per queue. Calling it again returns the same runner.
 */
export function startJobs(env: Env, options: StartJobsOptions = {}): Promise<JobRuntime> {
  const state = jobState();
  state.starting ??= launch(env, options).then(
    (runtime) => {
      state.runtime = runtime;
      return runtime;
    },
    (error: unknown) => {
      state.starting = undefined;
      throw error;
    },
  );
  return state.starting;
}

/**
 * Stops the runner: no new fetches, waits up to `timeoutMs` for running jobs, then closes its
 * connections. A job cut off here is failed and retried by whichever runner is left.
 */
export async function stopJobs({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}) {
  const state = jobState();
  const starting = state.starting;
  state.starting = undefined;
  const runtime = state.runtime ?? (await starting?.catch(() => undefined));
  state.runtime = undefined;
  if (runtime) runtime.stopping = true;
  await runtime?.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
