import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { OrderStatus } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { listLowStock, type LowStockItem } from '@/lib/inventory/list-low-stock';
import { ADMIN_TIME_ZONE, addDays, isoDate, storeToday } from '../keyset';
import {
  closedLines,
  dayStart,
  refreshSalesRollup,
  ROLLUP_DAYS,
  soldStatusList,
} from './sales-rollup';
import { SOLD_STATUSES } from '@/lib/orders/sold-statuses';

export { SOLD_STATUSES };
/** Orders waiting for someone in the store to act. */
export const AWAITING_STATUSES: readonly OrderStatus[] = [
  'paid',
  'preparing',
  'ready_for_dispatch',
  'return_requested',
];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD (store calendar, inclusive), last 30 days by default, max 2 years. */
export function parseRange(
  input: { from?: string | null; to?: string | null },
  today = storeToday(),
): { from: string; to: string } {
  const day = z.string().regex(isoDate);
  const to = day.safeParse(input.to).success ? input.to! : today;
  let from = day.safeParse(input.from).success ? input.from! : addDays(to, -29);
  if (from > to) from = to;
  if (from < addDays(to, -ROLLUP_DAYS)) from = addDays(to, -ROLLUP_DAYS);
  return { from, to };
}

const inRange = (from: string, to: string) =>
  sql`o.created_at >= ${dayStart(from)} and o.created_at < ${dayStart(addDays(to, 1))}`;

export type Totals = { revenueCents: number; orders: number; averageCents: number };
export type DayPoint = { day: string; revenueCents: number; orders: number };

/**
 * Splits a range into closed days (read from the rollup, see sales-rollup.ts) and days from
 * today on (computed live from orders); either part may be empty.
 */
function split(from: string, to: string, today: string) {
  const lastClosed = addDays(today, -1);
  return {
    closed: from <= lastClosed ? { from, to: to < lastClosed ? to : lastClosed } : null,
    live: to >= today ? { from: from > today ? from : today, to } : null,
  };
}

/**
 * Revenue, order count and average ticket per day of the range. Call refreshSalesRollup first
 * (getOverview does) or closed days may be missing or stale.
 */
export async function salesByDay(
  db: Executor,
  from: string,
  to: string,
  today = storeToday(),
): Promise<DayPoint[]> {
  const { closed, live } = split(from, to, today);
  const parts: SQL[] = [];
  if (closed)
    parts.push(sql`
      select to_char(s.day, 'YYYY-MM-DD') as day, s.revenue_cents as revenue, s.orders
      from sales_daily s where s.day >= ${closed.from}::date and s.day <= ${closed.to}::date`);
  // Index-only scan of orders_admin_created_idx (created_at, id) INCLUDE (status, total_cents).
  if (live)
    parts.push(sql`
      select to_char(o.created_at at time zone ${ADMIN_TIME_ZONE}, 'YYYY-MM-DD') as day,
             sum(o.total_cents) as revenue, count(*) as orders
      from orders o
      where ${inRange(live.from, live.to)} and o.status in (${soldStatusList()})
      group by 1`);
  const { rows } = await db.execute<{ day: string; revenue: string; orders: string }>(
    sql.join(parts, sql` union all `),
  );
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const points: DayPoint[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const row = byDay.get(day);
    points.push({ day, revenueCents: Number(row?.revenue ?? 0), orders: Number(row?.orders ?? 0) });
  }
  return points;
}

export function totalsOf(points: readonly DayPoint[]): Totals {
  const revenueCents = points.reduce((s, p) => s + p.revenueCents, 0);
  const orders = points.reduce((s, p) => s + p.orders, 0);
  return { revenueCents, orders, averageCents: orders ? Math.round(revenueCents / orders) : 0 };
}

export type TopItem = { id: string | null; name: string; revenueCents: number; units: number };

/**
 * Best sellers of the range by revenue, per product and per category: sold lines summed per
 * variant (rollup for closed months and days, live lines from today on) once, then grouped both
 * ways.
 * Lines whose variant is gone share one nameless-product entry and no category, as before.
 */
export async function topSellers(
  db: Executor,
  from: string,
  to: string,
  limit = 8,
  today = storeToday(),
): Promise<{ products: TopItem[]; categories: TopItem[] }> {
  const { closed, live } = split(from, to, today);
  const parts: SQL[] = [];
  if (closed) parts.push(closedLines(closed.from, closed.to));
  if (live)
    parts.push(sql`
      select l.variant_id, l.product_name, l.line_total_cents as revenue, l.quantity as units
      from orders o join order_lines l on l.order_id = o.id
      where ${inRange(live.from, live.to)} and o.status in (${soldStatusList()})`);
  const { rows } = await db.execute<{
    kind: 'product' | 'category';
    id: string | null;
    name: string;
    revenue: string;
    units: string;
  }>(sql`
    with s as materialized (
      select u.variant_id, min(u.product_name) as product_name, sum(u.revenue) as revenue,
             sum(u.units) as units
      from (${sql.join(parts, sql` union all `)}) u group by u.variant_id)
    (select 'product' as kind, v.product_id as id, coalesce(p.name, min(s.product_name)) as name,
            sum(s.revenue) as revenue, sum(s.units) as units
     from s left join variants v on v.id = s.variant_id left join products p on p.id = v.product_id
     group by v.product_id, p.name order by revenue desc, name limit ${limit})
    union all
    (select 'category', c.id, coalesce(c.name, '—'), sum(s.revenue) as revenue, sum(s.units)
     from s join variants v on v.id = s.variant_id join products p on p.id = v.product_id
     left join categories c on c.id = p.category_id
     group by c.id, c.name order by revenue desc, coalesce(c.name, '—') limit ${limit})`);
  const pick = (kind: 'product' | 'category') =>
    rows
      .filter((r) => r.kind === kind)
      .map((r) => ({
        id: r.id,
        name: r.name,
        revenueCents: Number(r.revenue),
        units: Number(r.units),
      }));
  return { products: pick('product'), categories: pick('category') };
}

export type OverviewData = {
  range: { from: string; to: string };
  today: Totals;
  period: Totals;
  series: DayPoint[];
  top: { products: TopItem[]; categories: TopItem[] };
  lowStock: LowStockItem[];
  awaiting: { status: OrderStatus; count: number }[];
  paymentFailures: {
    count: number;
    recent: { id: string; number: string; at: Date; totalCents: number }[];
  };
  couriers: { status: string; count: number }[] | null;
};

export async function getOverview(
  db: Executor,
  range: { from: string; to: string },
  today = storeToday(),
): Promise<OverviewData> {
  await refreshSalesRollup(db, range.from, range.to, today);
  const [series, todaySeries, top, lowStock, awaiting, failureCount, failures, couriers] =
    await Promise.all([
      salesByDay(db, range.from, range.to, today),
      salesByDay(db, today, today, today),
      topSellers(db, range.from, range.to, 8, today),
      listLowStock(db, 10),
      db.execute<{ status: OrderStatus; count: string }>(sql`
        select o.status, count(*) as count from orders o
        where o.status in (${list(AWAITING_STATUSES)}) group by o.status`),
      // Counted apart from the five shown: an index-only count, and a top-5 that stops early.
      db.execute<{ total: string }>(sql`
        select count(*) as total from orders o
        where o.status = 'payment_failed' and ${inRange(range.from, range.to)}`),
      db.execute<{ id: string; number: string; created_at: string | Date; total_cents: number }>(
        sql`
        select o.id, o.number, o.created_at, o.total_cents
        from orders o where o.status = 'payment_failed' and ${inRange(range.from, range.to)}
        order by o.created_at desc limit 5`,
      ),
      db
        .execute<{ status: string; count: string }>(
          sql`select status, count(*) as count from couriers group by status order by status`,
        )
        .then((r) => r.rows.map((c) => ({ status: c.status, count: Number(c.count) })))
        .catch(() => null),
    ]);
  return {
    range,
    today: totalsOf(todaySeries),
    period: totalsOf(series),
    series,
    top,
    lowStock,
    awaiting: AWAITING_STATUSES.map((status) => ({
      status,
      count: Number(awaiting.rows.find((r) => r.status === status)?.count ?? 0),
    })),
    paymentFailures: {
      count: Number(failureCount.rows[0]?.total ?? 0),
      recent: failures.rows.map((r) => ({
        id: r.id,
        number: r.number,
        at: new Date(r.created_at),
        totalCents: Number(r.total_cents),
      })),
    },
    couriers,
  };
}
