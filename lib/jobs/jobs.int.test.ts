import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderEmailOutbox } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { getDb } from '@/lib/db/client';
import { deliverOrderEmailsSoon } from '@/lib/email/order-emails/deliver-order-emails';
import { getEnv } from '@/lib/env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { jobState, requestJob } from './job-runtime';
import { JOBS_SCHEMA, QUEUES, defineJobs, startJobs, stopJobs } from './jobs';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => {
  await stopJobs();
  await t?.release();
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const jobRows = async (queue: string) =>
  (
    await t.db.execute<{ state: string; retry_count: number }>(
      sql`select state, retry_count from ${sql.identifier(JOBS_SCHEMA)}.job where name = ${queue}`,
    )
  ).rows;

const runnerConnections = async () =>
  (
    await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_stat_activity
          where application_name = 'loja-jobs' and datname = current_database()`,
    )
  ).rows[0]!.n;

describe('background jobs on pg-boss', () => {
  it('runs the Elasticsearch sync only when an index is configured', () => {
    const queues = (url?: string) =>
      defineJobs({ ...getEnv(), ELASTICSEARCH_URL: url }).map((job) => job.queue);
    expect(queues()).not.toContain(QUEUES.searchSync);
    expect(queues('http://127.0.0.1:9200')).toContain(QUEUES.searchSync);
  });

  it('creates its schema, queues and schedules, and drains the e-mail outbox when asked', async () => {
    const runtime = await startJobs(getEnv(), { connectionString: t.url });
    expect(await startJobs(getEnv())).toBe(runtime);

    const queues = (await runtime.boss.getQueues()).map((queue) => queue.name);
    expect(queues).toEqual(
      expect.arrayContaining([QUEUES.reservations, QUEUES.orderEmails, QUEUES.salesCounts]),
    );
    expect(queues).not.toContain(QUEUES.searchSync);
    const schedules = await runtime.boss.getSchedules();
    expect(Object.fromEntries(schedules.map((s) => [s.name, s.cron]))).toEqual({
      [QUEUES.reservations]: '* * * * *',
      [QUEUES.orderEmails]: '* * * * *',
      [QUEUES.salesCounts]: '*/10 * * * *',
      [QUEUES.salesRollup]: '15 3 * * *',
    });

    const v = await createStockedVariant(t.db, 30_00, 5);
    const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }]));
    const outbox = () =>
      t.db.select().from(orderEmailOutbox).where(eq(orderEmailOutbox.orderId, placed.id));
    expect((await outbox()).map((row) => row.status)).toEqual(['pending']);

    // What checkout does after its commit: with a runner here it becomes a job, not inline work.
    deliverOrderEmailsSoon(getDb());
    const rows = await waitFor(outbox, (r) => r.every((row) => row.status === 'sent'));
    expect(rows.map((row) => row.status)).toEqual(['sent']);
    expect((await jobRows(QUEUES.orderEmails)).map((job) => job.state)).toContain('completed');
  });

  it('retries a job whose handler throws, without taking the process down', async () => {
    await stopJobs();
    let calls = 0;
    await startJobs(getEnv(), {
      connectionString: t.url,
      pollingIntervalSeconds: 0.5,
      jobs: [
        {
          queue: 'test-flaky',
          expireInSeconds: 30,
          retry: { retryLimit: 3, retryDelay: 1, retryBackoff: false },
          run: async () => {
            calls += 1;
            if (calls < 3) throw new Error(`flaky failure ${calls}`);
            return { calls };
          },
        },
      ],
    });
    expect(requestJob('test-flaky')).toBe(true);
    const jobs = await waitFor(
      () => jobRows('test-flaky'),
      (rows) => rows.some((row) => row.state === 'completed'),
    );
    expect(calls).toBe(3);
    expect(jobs).toEqual([{ state: 'completed', retry_count: 2 }]);
  });

  it('repeats a job at a sub-minute cadence from its start, and stopping ends the chain', async () => {
    await stopJobs();
    let runs = 0;
    await startJobs(getEnv(), {
      connectionString: t.url,
      pollingIntervalSeconds: 0.5,
      jobs: [
        {
          queue: 'test-repeat',
          runAtStart: true,
          repeatAfterSeconds: 1,
          expireInSeconds: 30,
          run: async () => ({ runs: ++runs }),
        },
      ],
    });
    expect(
      await waitFor(
        async () => runs,
        (n) => n >= 3,
        15_000,
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it('stops cleanly: no runner left and its connections closed', async () => {
    const runtime = jobState().runtime;
    expect(runtime).toBeDefined();
    expect(await runnerConnections()).toBeGreaterThan(0);
    await stopJobs();
    expect(jobState().runtime).toBeUndefined();
    expect(requestJob(QUEUES.orderEmails)).toBe(false);
    expect(await waitFor(runnerConnections, (n) => n === 0, 5_000)).toBe(0);
    // The repeating job queued at most one follow-up, and nothing runs it any more.
    const pending = (await jobRows('test-repeat')).filter((job) => job.state !== 'completed');
    expect(pending.length).toBeLessThanOrEqual(1);
  });
});
