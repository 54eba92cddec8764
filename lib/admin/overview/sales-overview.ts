import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { OrderStatus } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { listLowStock, type LowStockItem } from '@/lib/inventory/list-low-stock';
import { ADMIN_TIME_ZONE, addDays, isoDate, storeToday } from '../keyset';

/** Orders whose money the store keeps (placed and paid, not cancelled or fully refunded). */
export const SOLD_STATUSES: readonly OrderStatus[] = [
  'paid',
  'preparing',
  'ready_for_dispatch',
  'out_for_delivery',
  'delivered',
  'partially_refunded',
  'return_requested',
];
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
  if (from < addDays(to, -731)) from = addDays(to, -731);
  return { from, to };
}

const inRange = (from: string, to: string) =>
  sql`o.created_at >= (${from}::date)::timestamp at time zone ${ADMIN_TIME_ZONE}
      and o.created_at < (${to}::date + 1)::timestamp at time zone ${ADMIN_TIME_ZONE}`;

export type Totals = { revenueCents: number; orders: number; averageCents: number };
export type DayPoint = { day: string; revenueCents: number; orders: number };

/**
 * Revenue, order count and average ticket per day of the range, from an index-only scan of
 * orders_admin_created_idx (created_at, id) INCLUDE (status, total_cents, payment_method).
 */
export async function salesByDay(db: Executor, from: string, to: string): Promise<DayPoint[]> {
  const { rows } = await db.execute<{ day: string; revenue: string; orders: string }>(sql`
    select to_char(date_trunc('day', o.created_at at time zone ${ADMIN_TIME_ZONE}), 'YYYY-MM-DD') as day,
           coalesce(sum(o.total_cents), 0) as revenue, count(*) as orders
    from orders o
    where ${inRange(from, to)} and o.status in (${list(SOLD_STATUSES)})
    group by 1 order by 1`);
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

/** Best sellers of the range by revenue, per product and per category. */
export async function topSellers(db: Executor, from: string, to: string, limit = 8) {
  const sold = sql`
    select l.variant_id, l.product_name, l.line_total_cents, l.quantity
    from orders o join order_lines l on l.order_id = o.id
    where ${inRange(from, to)} and o.status in (${list(SOLD_STATUSES)})`;
  const [products, categories] = await Promise.all([
    db.execute<{ id: string | null; name: string; revenue: string; units: string }>(sql`
      with s as (${sold})
      select v.product_id as id, coalesce(p.name, min(s.product_name)) as name,
             sum(s.line_total_cents) as revenue, sum(s.quantity) as units
      from s left join variants v on v.id = s.variant_id left join products p on p.id = v.product_id
      group by v.product_id, p.name order by revenue desc limit ${limit}`),
    db.execute<{ id: string | null; name: string; revenue: string; units: string }>(sql`
      with s as (${sold})
      select c.id, coalesce(c.name, '—') as name, sum(s.line_total_cents) as revenue, sum(s.quantity) as units
      from s join variants v on v.id = s.variant_id join products p on p.id = v.product_id
      left join categories c on c.id = p.category_id
      group by c.id, c.name order by revenue desc limit ${limit}`),
  ]);
  const map = (r: { id: string | null; name: string; revenue: string; units: string }) => ({
    id: r.id,
    name: r.name,
    revenueCents: Number(r.revenue),
    units: Number(r.units),
  });
  return { products: products.rows.map(map), categories: categories.rows.map(map) };
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
  const [series, todaySeries, top, lowStock, awaiting, failures, couriers] = await Promise.all([
    salesByDay(db, range.from, range.to),
    salesByDay(db, today, today),
    topSellers(db, range.from, range.to),
    listLowStock(db, 10),
    db.execute<{ status: OrderStatus; count: string }>(sql`
      select o.status, count(*) as count from orders o
      where o.status in (${list(AWAITING_STATUSES)}) group by o.status`),
    db.execute<{
      id: string;
      number: string;
      created_at: string | Date;
      total_cents: number;
      total: string;
    }>(sql`
      select o.id, o.number, o.created_at, o.total_cents, count(*) over () as total
      from orders o where o.status = 'payment_failed' and ${inRange(range.from, range.to)}
      order by o.created_at desc limit 5`),
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
      count: Number(failures.rows[0]?.total ?? 0),
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
