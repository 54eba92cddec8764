import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { ADMIN_TIME_ZONE, addDays, storeToday } from '../keyset';
import { SOLD_STATUSES } from '@/lib/orders/sold-statuses';

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
 * - Whole closed months are also summed per variant (`sales_months`, `sales_monthly_variants`,
 *   built from the daily rows; a trigger drops a month with any of its days), so a year reads
 *   ~12 rows per variant instead of ~365.
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

/** The first day of the month after `day`'s. */
const nextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** First days of the calendar months lying wholly inside [from, to]. */
export function fullMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let month = from.endsWith('-01') ? from : nextMonth(from);
  while (addDays(nextMonth(month), -1) <= to) {
    months.push(month);
    month = nextMonth(month);
  }
  return months;
}

/**
 * Sold lines per variant of the closed days [from, to] as SQL rows (variant_id, product_name,
 * revenue, units): whole months from the monthly rollup, the days around them from the daily one.
 */
export function closedLines(from: string, to: string): SQL {
  const months = fullMonths(from, to);
  const days = (a: string, b: string) => sql`
    select r.variant_id, r.product_name, r.revenue_cents as revenue, r.units
    from sales_daily_variants r where r.day >= ${a}::date and r.day <= ${b}::date`;
  if (months.length === 0) return days(from, to);
  const first = months[0]!;
  const after = nextMonth(months.at(-1)!);
  const parts = [
    sql`
    select r.variant_id, r.product_name, r.revenue_cents as revenue, r.units
    from sales_monthly_variants r where r.month >= ${first}::date and r.month < ${after}::date`,
  ];
  if (from < first) parts.push(days(from, addDays(first, -1)));
  if (after <= to) parts.push(days(after, to));
  return sql.join(parts, sql` union all `);
}

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

/** The longest range the overview accepts (parseRange): what the nightly refresh keeps ready. */
export const ROLLUP_DAYS = 731;

/**
 * The nightly job (lib/jobs): applies the day's change log and computes every closed day of the
 * overview's longest range, so the first read after midnight, or after a quiet week, does not
 * pay for it. Only dropped or missing days are computed; a current rollup costs one lookup.
 */
export async function refreshRecentSalesRollup(db: Executor, now = new Date()) {
  const today = storeToday(now);
  await refreshSalesRollup(db, addDays(today, -ROLLUP_DAYS), addDays(today, -1), today);
  return {};
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
    if (missing.length > 0) await computeDays(tx, missing);
    await computeMonths(tx, fullMonths(from, until));
  });
}

/** Day totals and day×variant lines of the given days, straight from orders. */
async function computeDays(tx: Executor, missing: string[]) {
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
}

/** Sums the daily rows of each whole month not yet summed (its days are all computed by now). */
async function computeMonths(tx: Executor, months: string[]) {
  if (months.length === 0) return;
  const { rows } = await tx.execute<{ month: string }>(sql`
    insert into sales_months (month)
    select m from unnest(array[${list(months)}]::date[]) m
    where not exists (select 1 from sales_months s where s.month = m)
    returning to_char(month, 'YYYY-MM-DD') as month`);
  if (rows.length === 0) return;
  const added = rows.map((r) => r.month).sort();
  await tx.execute(sql`
    insert into sales_monthly_variants (month, variant_id, product_name, revenue_cents, units)
    select date_trunc('month', r.day)::date, r.variant_id, min(r.product_name),
           sum(r.revenue_cents), sum(r.units)
    from sales_daily_variants r
    where r.day >= ${added[0]!}::date and r.day < ${nextMonth(added.at(-1)!)}::date
      and date_trunc('month', r.day)::date in (${list(added)})
    group by 1, 2`);
}
