import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { storeToday } from '../keyset';
import { paidOrder } from '../testing/admin-fixtures';
import { getOverview, parseRange } from './sales-overview';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

describe('overview', () => {
  it('parses the URL range: default last 30 days, swapped or huge ranges clamped', () => {
    expect(parseRange({}, '2026-11-26')).toEqual({ from: '2026-10-28', to: '2026-11-26' });
    expect(parseRange({ from: '2026-12-01', to: '2026-11-01' }, '2026-11-26')).toEqual({
      from: '2026-11-01',
      to: '2026-11-01',
    });
    expect(parseRange({ from: '2001-01-01', to: 'nope' }, '2026-11-26').from).toBe('2024-11-25');
  });

  it('sums paid orders of today and the period, ranks products, counts orders awaiting action', async () => {
    const today = storeToday();
    const before = await getOverview(t.db, parseRange({}, today), today);
    await paidOrder(t.db, 10_000);
    await paidOrder(t.db, 30_000);
    const after = await getOverview(t.db, parseRange({}, today), today);
    expect(after.today.orders - before.today.orders).toBe(2);
    expect(after.period.revenueCents - before.period.revenueCents).toBeGreaterThanOrEqual(40_000);
    expect(after.period.averageCents).toBeGreaterThan(0);
    expect(after.series).toHaveLength(30);
    expect(after.series.at(-1)?.day).toBe(today);
    expect(after.top.products.length).toBeGreaterThanOrEqual(2);
    expect(after.top.products[0]!.revenueCents).toBeGreaterThanOrEqual(30_000);
    expect(after.awaiting.find((a) => a.status === 'paid')?.count).toBeGreaterThanOrEqual(2);
  });
});
