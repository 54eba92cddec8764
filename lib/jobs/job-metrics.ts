import 'server-only';
import type pg from 'pg';
import { Gauge, type Registry } from 'prom-client';
import { withTimeout } from '@/lib/health/timeout';
import { getLogger } from '@/lib/log';
import { JOBS_SCHEMA } from './queues';

/** One queue's figures at scrape time, as read from pg-boss's own tables. */
export type QueueFigures = {
  queue: string;
  created: number;
  retry: number;
  active: number;
  /** Finished in the last 24 hours (live table and archive: pg-boss archives after 12 hours). */
  completed: number;
  failed: number;
  /** Seconds since the oldest job that could run now became runnable; 0 when none waits. */
  oldestWaitingSeconds: number;
};

/** A scrape must answer even when the database is slow: the jobs figures are left out instead. */
const TIMEOUT_MS = 2_000;

const s = `"${JOBS_SCHEMA}"`;
// Every queue pg-boss knows (pgboss.queue), so a quiet queue reports zeros rather than vanishing.
// "Waiting" excludes jobs deferred to the future (sendAfter, retry back-off): those are not late.
const FIGURES_SQL = `
with open as (
  select name,
         count(*) filter (where state = 'created') as created,
         count(*) filter (where state = 'retry') as retry,
         count(*) filter (where state = 'active') as active,
         min(start_after) filter (where state < 'active' and start_after <= now()) as oldest
    from ${s}.job
   where state < 'completed'
   group by name
), finished as (
  select name,
         count(*) filter (where state = 'completed') as completed,
         count(*) filter (where state = 'failed') as failed
    from (select name, state from ${s}.job
           where state in ('completed', 'failed') and completed_on > now() - interval '24 hours'
          union all
          select name, state from ${s}.archive
           where archived_on > now() - interval '24 hours'
             and state in ('completed', 'failed') and completed_on > now() - interval '24 hours') f
   group by name
)
select q.name as queue,
       coalesce(o.created, 0)::int as created,
       coalesce(o.retry, 0)::int as retry,
       coalesce(o.active, 0)::int as active,
       coalesce(f.completed, 0)::int as completed,
       coalesce(f.failed, 0)::int as failed,
       coalesce(extract(epoch from now() - o.oldest), 0)::float8 as "oldestWaitingSeconds"
  from ${s}.queue q
  left join open o on o.name = q.name
  left join finished f on f.name = q.name
 order by q.name`;

// undefined_table / invalid_schema_name: jobs never started on this database (jobs disabled).
const NO_JOBS_SCHEMA = new Set(['42P01', '3F000']);

/**
 * Reads every queue's figures in one statement bounded by a statement timeout. Null when pg-boss
 * has no tables here, or the read failed or took too long (logged): the scrape goes on without.
 */
export async function readQueueFigures(pool: pg.Pool): Promise<QueueFigures[] | null> {
  const read = async () => {
    const client = await pool.connect();
    try {
      await client.query('begin read only');
      await client.query(`set local statement_timeout = ${TIMEOUT_MS}`);
      const { rows } = await client.query<QueueFigures>(FIGURES_SQL);
      await client.query('commit');
      return rows;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      if (NO_JOBS_SCHEMA.has((error as { code?: string }).code ?? '')) return null;
      throw error;
    } finally {
      client.release();
    }
  };
  const failed = (error: unknown) => {
    getLogger().warn({ err: error, component: 'metrics' }, 'job queue figures not read');
    return null;
  };
  // The statement timeout bounds the query; this also bounds waiting for a pool client.
  return withTimeout(read().catch(failed), TIMEOUT_MS + 500, null);
}

/**
 * Registers the job gauges. Their three collect callbacks run concurrently on each scrape and
 * share one read; each clears its gauge first, so a vanished queue or schema exports nothing.
 */
export function registerJobMetrics(registry: Registry, getPool: () => pg.Pool) {
  let current: Promise<QueueFigures[] | null> | undefined;
  const figures = () => {
    current ??= (async () => {
      try {
        return await readQueueFigures(getPool());
      } catch {
        return null; // no database configured at all
      }
    })().finally(() => {
      current = undefined;
    });
    return current;
  };
  const gauge = (
    name: string,
    help: string,
    labelNames: readonly ('queue' | 'state')[],
    fill: (gauge: Gauge<'queue' | 'state'>, row: QueueFigures) => void,
  ) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const rows = await figures();
        this.reset();
        for (const row of rows ?? []) fill(this, row);
      },
    });
  gauge(
    'jobs_queued',
    'Background jobs per queue in state created, retry or active (pg-boss)',
    ['queue', 'state'],
    (g, row) => {
      for (const state of ['created', 'retry', 'active'] as const)
        g.set({ queue: row.queue, state }, row[state]);
    },
  );
  gauge(
    'jobs_finished_last_24h',
    'Background jobs per queue that completed or failed (for good) in the last 24 hours',
    ['queue', 'state'],
    (g, row) => {
      for (const state of ['completed', 'failed'] as const)
        g.set({ queue: row.queue, state }, row[state]);
    },
  );
  gauge(
    'jobs_oldest_waiting_seconds',
    'Seconds the oldest runnable job of each queue has waited to start (0 when none waits)',
    ['queue'],
    (g, row) => g.set({ queue: row.queue }, row.oldestWaitingSeconds),
  );
}
