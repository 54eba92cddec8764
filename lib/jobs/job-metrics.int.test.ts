import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/metrics/route';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { JOBS_SCHEMA } from './queues';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let boss: PgBoss | undefined;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await t?.release();
});

/** Scrapes /metrics and returns its job samples as "name{labels}" → value. */
async function scrapeJobs() {
  const res = await GET(new Request('http://loja.test/metrics'));
  const text = await res.text();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^(jobs_\w+\{[^}]*\}) (\S+)$/.exec(line);
    if (match) samples.set(match[1]!, Number(match[2]));
  }
  return { status: res.status, text, samples };
}

const queued = (queue: string, state: string) => `jobs_queued{queue="${queue}",state="${state}"}`;
const finished = (queue: string, state: string) =>
  `jobs_finished_last_24h{queue="${queue}",state="${state}"}`;
const oldest = (queue: string) => `jobs_oldest_waiting_seconds{queue="${queue}"}`;

const exec = (query: ReturnType<typeof sql>) => t.db.execute(query);
const jobs = sql.identifier(JOBS_SCHEMA);

describe('job queue metrics', () => {
  it('exports nothing for jobs, and still answers 200, when the pgboss schema does not exist', async () => {
    const { rows } = await exec(sql`select to_regnamespace(${JOBS_SCHEMA}) as ns`);
    expect(rows[0]!.ns, 'the test database must start without pg-boss').toBeNull();
    const scrape = await scrapeJobs();
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain('db_pool_connections_total');
    expect([...scrape.samples.keys()]).toEqual([]);
  });

  it('reports jobs per queue and state, finished ones of the last 24 h, and the oldest wait', async () => {
    boss = new PgBoss({
      connectionString: t.url,
      schema: JOBS_SCHEMA,
      supervise: false,
      schedule: false,
    });
    boss.on('error', () => {});
    await boss.start();
    for (const name of ['m-waiting', 'm-busy', 'm-retry', 'm-idle'])
      await boss.createQueue(name, { name, retryLimit: 0 });

    // m-waiting: three runnable jobs, one of them runnable for 5 minutes, and one deferred an hour.
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push((await boss.send('m-waiting', {}))!);
    await boss.send('m-waiting', {}, { startAfter: 3600 });
    await exec(
      sql`update ${jobs}.job set start_after = now() - interval '300 seconds' where id = ${waiting[1]!}`,
    );

    // m-busy: 5 sent, 4 started: 2 completed (one of them 25 h ago), 1 failed, 1 still active.
    for (let i = 0; i < 5; i++) await boss.send('m-busy', {});
    const started = await boss.fetch('m-busy', { batchSize: 4 });
    expect(started).toHaveLength(4);
    await boss.complete('m-busy', started[0]!.id);
    await boss.complete('m-busy', started[1]!.id);
    await boss.fail('m-busy', started[2]!.id);
    await exec(
      sql`update ${jobs}.job set completed_on = now() - interval '25 hours' where id = ${started[1]!.id}`,
    );
    // pg-boss moves finished jobs to its archive after 12 h: recent ones there still count.
    // Archived copies of the completed job, with the state and times each case needs.
    await exec(sql`
      insert into ${jobs}.archive
        (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff,
         start_after, started_on, expire_in, created_on, completed_on, keep_until, policy,
         archived_on)
      select gen_random_uuid(), j.name, j.priority, j.data, c.state::${jobs}.job_state,
             j.retry_limit, j.retry_count, j.retry_delay, j.retry_backoff, j.start_after,
             j.started_on, j.expire_in, j.created_on, now() - c.completed_ago::interval,
             j.keep_until, j.policy, now() - c.archived_ago::interval
        from ${jobs}.job j,
             (values ('completed', '20 hours', '8 hours'),
                     ('failed', '13 hours', '1 hour'),
                     ('completed', '30 hours', '18 hours')) as c(state, completed_ago, archived_ago)
       where j.id = ${started[0]!.id}`);

    // m-retry: one failed run waiting out its retry delay: not runnable yet, so not "waiting".
    await boss.send('m-retry', {}, { retryLimit: 2, retryDelay: 60 });
    const [retried] = await boss.fetch('m-retry');
    await boss.fail('m-retry', retried!.id);

    const { status, samples } = await scrapeJobs();
    expect(status).toBe(200);
    expect(samples.get(queued('m-waiting', 'created'))).toBe(4);
    expect(samples.get(queued('m-waiting', 'active'))).toBe(0);
    expect(samples.get(oldest('m-waiting'))).toBeGreaterThanOrEqual(300);
    expect(samples.get(oldest('m-waiting'))).toBeLessThan(360);

    expect(samples.get(queued('m-busy', 'created'))).toBe(1);
    expect(samples.get(queued('m-busy', 'retry'))).toBe(0);
    expect(samples.get(queued('m-busy', 'active'))).toBe(1);
    expect(samples.get(finished('m-busy', 'completed'))).toBe(2);
    expect(samples.get(finished('m-busy', 'failed'))).toBe(2);
    expect(samples.get(oldest('m-busy'))).toBeLessThan(60);

    expect(samples.get(queued('m-retry', 'retry'))).toBe(1);
    expect(samples.get(queued('m-retry', 'created'))).toBe(0);
    expect(samples.get(finished('m-retry', 'failed'))).toBe(0);
    expect(samples.get(oldest('m-retry'))).toBe(0);

    // A queue with no jobs reports zeros, so an alert on it has a series to read.
    expect(samples.get(queued('m-idle', 'created'))).toBe(0);
    expect(samples.get(finished('m-idle', 'completed'))).toBe(0);
    expect(samples.get(oldest('m-idle'))).toBe(0);
  });

  it('leaves the job figures out, without failing the scrape, when reading them times out', async () => {
    const locker = new pg.Client({ connectionString: t.url });
    await locker.connect();
    try {
      await locker.query(`begin; lock table "${JOBS_SCHEMA}".queue in access exclusive mode`);
      const started = Date.now();
      const scrape = await scrapeJobs();
      expect(scrape.status).toBe(200);
      expect(scrape.text).toContain('db_pool_connections_total');
      expect([...scrape.samples.keys()]).toEqual([]);
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    expect((await scrapeJobs()).samples.get(queued('m-busy', 'active'))).toBe(1);
  });
});
