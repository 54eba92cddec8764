/**
 * Several app instances: each PgRealtimeHub holds its own LISTEN connection, as separate
 * processes would, and every one of them delivers what any instance publishes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { PgRealtimeHub } from './pg-realtime-hub';
import type { DeliveredMessage } from './types';

let t: TestDatabase;
const hubs: PgRealtimeHub[] = [];

const newHub = () => {
  const hub = new PgRealtimeHub({
    connectionString: t.url,
    query: (text, values) => t.pool.query(text, values),
  });
  hubs.push(hub);
  return hub;
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(hubs.map((h) => h.close()));
  await t.drop();
});

describe('PgRealtimeHub', () => {
  it('delivers a message published on one instance to subscribers on every instance, once each', async () => {
    const [a, b, c] = [newHub(), newHub(), newHub()];
    const got = {
      a: [] as DeliveredMessage[],
      b: [] as DeliveredMessage[],
      c: [] as DeliveredMessage[],
    };
    await a.subscribe('order-1', (m) => got.a.push(m));
    await b.subscribe('order-1', (m) => got.b.push(m));
    await c.subscribe('order-2', (m) => got.c.push(m));
    const listeners = await t.pool.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen%'`,
    );
    expect(listeners.rows[0]!.n).toBe(3);
    await c.publish([{ channel: 'order-1', event: 'position', data: { lat: 1, lng: 2, at: 'x' } }]);
    await vi.waitFor(() => {
      expect(got.a).toHaveLength(1);
      expect(got.b).toHaveLength(1);
    });
    expect(got.a[0]).toMatchObject({ channel: 'order-1', event: 'position', data: { lat: 1 } });
    expect(got.c).toEqual([]);
  });

  it('stops delivering after unsubscribe, and resubscribes after losing its connection', async () => {
    const hub = newHub();
    const got: DeliveredMessage[] = [];
    const gaps: number[] = [];
    const unsubscribe = await hub.subscribe(
      'order-3',
      (m) => got.push(m),
      () => gaps.push(1),
    );
    await t.pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`,
    );
    await vi.waitFor(() => expect(gaps.length).toBeGreaterThan(0), { timeout: 5_000 });
    await hub.publish([{ channel: 'order-3', event: 'eta', data: {} }]);
    await vi.waitFor(() => expect(got).toHaveLength(1));
    unsubscribe();
    await hub.publish([{ channel: 'order-3', event: 'eta', data: {} }]);
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toHaveLength(1);
    expect(hub.subscriberCount()).toBe(0);
  });
});
