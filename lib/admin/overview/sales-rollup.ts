import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { ADMIN_TIME_ZONE, addDays } from '../keyset';
import { SOLD_STATUSES } from './sold-statuses';

/*
 * Daily sales rollup: why it looks like this.
 *
 * - `sales_daily` (revenue, order count) and `sales_daily_variants` (revenue and units per variant)
 *   hold CLOSED store days only (ADMIN_TIME_ZONE). Today, and any day not yet closed, is always
 *   computed live from orders, so checkouts never write a rollup row and never queue on a shared
 *   row lock.
 * - Triggers on orders (insert, delete, a change of status / total / created_at) and on order_lines
 *   append the order's created_at, truncated to the hour, to `sales_rollup_changes`. The log is
 *   insert-only with no unique key: concurrent writers never wait on each other. It holds no copy
 *   of SOLD_STATUSES either: every change is logged, and what counts as revenue is decided here,
 *   in SQL built from the one TS constant.
 * - Before reading, `refreshSalesRollup` (serialized by an advisory lock) deletes the log rows of
 *   days before today, drops the rollup rows of the days they name, and computes every day of the
 *   requested range that has no row — a dropped day, or one never computed (this is also the
 *   backfill: the first read of a range over existing orders computes it, one set-based pass).
 *   A change committed after the log delete leaves its own log row behind and is picked up on the
 *   next read; one committed before it is visible to the recompute (a later statement snapshot),
 *   so no change is lost, including an order placed just before midnight and committed after it.
 * - Names and categories are joined at read time, so a product rename or category move needs no
 *   refresh; rows of a deleted variant read like lines whose variant_id was set null.
 * - Log rows of today wait until the day closes; with no overview reads the log grows by a row or
 *   two per order change, drained by the next read.
 */

const REFRESH_LOCK = 724_001;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The instant a store day starts, as SQL. */
export const dayStart = (day: string) =>
  sql`(${day}::date)::timestamp at time zone ${ADMIN_TIME_ZONE}`;

export const soldStatusList = () => list(SOLD_STATUSES);

/** Runs of consecutive days, so each run is one index range over orders.created_at. */
function spans(days: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const day of [...days].sort()) {
    const last = out.at(-1);
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}

function inSpans(days: readonly string[]): SQL {
  return sql.join(
    spans(days).map(
      ([from, to]) =>
        sql`(o.created_at >= ${dayStart(from)} and o.created_at < ${dayStart(addDays(to, 1))})`,
    ),
    sql` or `,
  );
}

/**
 * Brings the rollup of every closed day in [from, to] up to date with orders (see above).
 * Days from `today` on are never stored.
 */
export async function refreshSalesRollup(db: Executor, from: string, to: string, today: string) {
  const lastClosed = addDays(today, -1);
  const until = to < lastClosed ? to : lastClosed;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    // An hour bucket names the days of its first and last instant (a zone may be off by 30 min).
    await tx.execute(sql`
      with gone as (
        delete from sales_rollup_changes where order_created_at < ${dayStart(today)}
        returning order_created_at)
      delete from sales_daily where day in (
        select (order_created_at at time zone ${ADMIN_TIME_ZONE})::date from gone
        union
        select ((order_created_at + interval '1 hour' - interval '1 microsecond')
                at time zone ${ADMIN_TIME_ZONE})::date from gone)`);
    if (from > until) return;
    const { rows } = await tx.execute<{ day: string }>(sql`
      select to_char(d, 'YYYY-MM-DD') as day
      from generate_series(${from}::date, ${until}::date, interval '1 day') d
      where not exists (select 1 from sales_daily s where s.day = d::date)`);
    const missing = rows.map((r) => r.day);
    if (missing.length === 0) return;
    const localDay = sql`(o.created_at at time zone ${ADMIN_TIME_ZONE})::date`;
    await tx.execute(sql`
      insert into sales_daily (day, revenue_cents, orders)
      select d.day, coalesce(x.revenue, 0), coalesce(x.orders, 0)
      from unnest(array[${list(missing)}]::date[]) d(day)
      left join (
        select ${localDay} as day, sum(o.total_cents) as revenue, count(*) as orders
        from orders o
        where (${inSpans(missing)}) and o.status in (${soldStatusList()})
        group by 1
      ) x on x.day = d.day`);
    await tx.execute(sql`
      insert into sales_daily_variants (day, variant_id, product_name, revenue_cents, units)
      select ${localDay}, l.variant_id, min(l.product_name), sum(l.line_total_cents), sum(l.quantity)
      from orders o join order_lines l on l.order_id = o.id
      where (${inSpans(missing)}) and o.status in (${soldStatusList()})
      group by 1, 2`);
  });
}
