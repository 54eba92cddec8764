import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderStatuses, type OrderStatus } from '@/db/schema';
import { anonymizeUser } from '@/lib/accounts/delete-account';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { ADMIN_TIME_ZONE, addDays, storeToday } from '../keyset';
import { getOverview, SOLD_STATUSES, type OverviewData } from './sales-overview';
import { fullMonths, refreshRecentSalesRollup, ROLLUP_DAYS } from './sales-rollup';

/*
 * The rollup-backed overview against an oracle computed here in JS from the raw orders (store
 * day via Intl, sold = SOLD_STATUSES), after every kind of change the triggers must catch.
 */
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
const today = storeToday();
let variants: { id: string; sku: string; productName: string; price: number }[] = [];
let users: { id: string; email: string }[] = [];
let seq = 0;

// Deterministic pseudo-random numbers, so a failure reproduces.
let state = 20261126;
const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const startOf = (day: string) => sql`(${day}::date)::timestamp at time zone ${ADMIN_TIME_ZONE}`;

type Exec = (query: SQL) => Promise<{ rows: unknown[] }>;
const onPool: Exec = (query) => t.db.execute(query);
const onClient =
  (client: pg.Client): Exec =>
  async (query) => {
    const { sql: text, params } = new PgDialect().sqlToQuery(query);
    return client.query(text, params);
  };

async function insertOrder(
  at: SQL,
  status: OrderStatus,
  lines: { variant: (typeof variants)[number]; quantity: number }[],
  exec: Exec = onPool,
) {
  seq += 1;
  const total = lines.reduce((s, l) => s + l.variant.price * l.quantity, 0) + 990;
  const user = seq % 3 === 0 ? null : users[seq % users.length]!;
  const { rows } = (await exec(sql`
    insert into orders (number, user_id, guest_email, address, subtotal_cents, shipping_cents,
                        total_cents, status, idempotency_key, payment_method, created_at)
    values (${`RT-${seq}`}, ${user?.id ?? null}, ${user ? null : `g${seq}@loja.test`},
            '{}'::jsonb, ${total - 990}, 990, ${total}, ${status}, ${`rt-${seq}`}, 'pix', ${at})
    returning id`)) as { rows: { id: string }[] };
  const id = rows[0]!.id;
  for (const l of lines)
    await exec(sql`
      insert into order_lines (order_id, variant_id, sku, product_name, unit_price_cents, quantity, line_total_cents)
      values (${id}, ${l.variant.id}, ${l.variant.sku}, ${l.variant.productName}, ${l.variant.price},
              ${l.quantity}, ${l.variant.price * l.quantity})`);
  return id;
}

const randomLines = () =>
  Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
    variant: pick(variants),
    quantity: 1 + Math.floor(rand() * 3),
  }));

const storeDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ADMIN_TIME_ZONE }).format(d);

/** The overview's sales figures computed directly from orders, in JS. */
async function oracle(range: { from: string; to: string }) {
  const { rows: orders } = await t.db.execute<{
    id: string;
    created_at: string;
    status: OrderStatus;
    total_cents: number;
  }>(sql`select id, created_at::text, status, total_cents from orders`);
  const sold = new Map(
    orders
      .filter((o) => SOLD_STATUSES.includes(o.status))
      .map((o) => [o.id, { ...o, day: storeDay(new Date(o.created_at)) }]),
  );
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const series: { day: string; revenueCents: number; orders: number }[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const of = [...sold.values()].filter((o) => o.day === day);
    series.push({
      day,
      revenueCents: of.reduce((s, o) => s + o.total_cents, 0),
      orders: of.length,
    });
  }
  const { rows: lines } = await t.db.execute<{
    order_id: string;
    product_name: string;
    line_total_cents: number;
    quantity: number;
    product_id: string | null;
    current_name: string | null;
    category_id: string | null;
    category_name: string | null;
  }>(sql`
    select l.order_id, l.product_name, l.line_total_cents, l.quantity, p.id as product_id,
           p.name as current_name, c.id as category_id, c.name as category_name
    from order_lines l left join variants v on v.id = l.variant_id
    left join products p on p.id = v.product_id left join categories c on c.id = p.category_id`);
  const group = (key: (l: (typeof lines)[number]) => string | null, onlyKnown: boolean) => {
    const acc = new Map<string | null, { names: string[]; revenueCents: number; units: number }>();
    for (const l of lines) {
      const order = sold.get(l.order_id);
      if (!order || !inRange(order.day) || (onlyKnown && l.product_id === null)) continue;
      const k = key(l);
      const item = acc.get(k) ?? { names: [], revenueCents: 0, units: 0 };
      item.names.push(onlyKnown ? l.category_name! : (l.current_name ?? l.product_name));
      item.revenueCents += l.line_total_cents;
      item.units += l.quantity;
      acc.set(k, item);
    }
    return [...acc.entries()]
      .map(([id, v]) => ({
        id,
        name: [...v.names].sort()[0]!,
        revenueCents: v.revenueCents,
        units: v.units,
      }))
      .sort((a, b) => b.revenueCents - a.revenueCents)
      .slice(0, 8);
  };
  return {
    series,
    products: group((l) => l.product_id, false),
    categories: group((l) => l.category_id, true),
  };
}

async function expectMatches(range: { from: string; to: string }) {
  const actual: OverviewData = await getOverview(t.db, range, today);
  const want = await oracle(range);
  expect(actual.series).toEqual(want.series);
  const period = want.series.reduce(
    (s, p) => ({ revenueCents: s.revenueCents + p.revenueCents, orders: s.orders + p.orders }),
    { revenueCents: 0, orders: 0 },
  );
  expect(actual.period.revenueCents).toBe(period.revenueCents);
  expect(actual.period.orders).toBe(period.orders);
  const todayWant = (await oracle({ from: today, to: today })).series[0]!;
  expect([actual.today.revenueCents, actual.today.orders]).toEqual([
    todayWant.revenueCents,
    todayWant.orders,
  ]);
  expect(actual.top.products).toEqual(want.products);
  expect(actual.top.categories).toEqual(want.categories);
  return actual;
}

const last30 = { from: addDays(today, -29), to: today };
const pastOrder = async (status: OrderStatus, daysAgo: number) =>
  insertOrder(
    sql`${startOf(addDays(today, -daysAgo))} + interval '13 hours'`,
    status,
    randomLines(),
  );

beforeAll(async () => {
  t = await useAuthTestDatabase();
  const { rows: cats } = await t.db.execute<{ id: string }>(sql`
    insert into categories (slug, name) select 'rt-cat-' || g, 'Categoria ' || g
    from generate_series(1, 4) g returning id`);
  await t.db.execute(sql`
    insert into products (category_id, slug, name)
    select (array[${sql.join(
      cats.map((c) => sql`${c.id}::uuid`),
      sql`, `,
    )}])[1 + g % 4], 'rt-p-' || g, 'Produto ' || g
    from generate_series(1, 12) g`);
  await t.db.execute(sql`
    insert into variants (product_id, sku, price_cents)
    select p.id, 'RT-' || p.slug || '-' || k, 1000 + (abs(hashtext(p.slug || k)) % 90000)
    from products p cross join generate_series(1, 2) k where p.slug like 'rt-p-%'`);
  const { rows } = await t.db.execute<{ id: string; sku: string; name: string; price: number }>(
    sql`select v.id, v.sku, p.name, v.price_cents as price
        from variants v join products p on p.id = v.product_id where v.sku like 'RT-%'`,
  );
  variants = rows.map((r) => ({ id: r.id, sku: r.sku, productName: r.name, price: r.price }));
  users = [];
  for (let i = 0; i < 4; i++) {
    const u = await createTestUser(t.db);
    users.push({ id: u.id, email: u.email });
  }
  for (let i = 0; i < 240; i++) {
    const at = sql`${startOf(addDays(today, -Math.floor(rand() * 45)))} + ${`${Math.floor(rand() * 86_400)} seconds`}::interval`;
    const status = rand() < 0.7 ? pick(SOLD_STATUSES) : pick(orderStatuses);
    await insertOrder(at, status, randomLines());
  }
});
afterAll(() => t.release());

describe('sales rollup', () => {
  it('backfills closed days on first read and equals the direct aggregate; today is never stored', async () => {
    await expectMatches(last30);
    await expectMatches({ from: addDays(today, -364), to: today });
    const { rows } = await t.db.execute<{ n: number; past: number }>(sql`
      select count(*) filter (where day >= ${today}::date)::int as n,
             count(*) filter (where day < ${today}::date)::int as past from sales_daily`);
    expect(rows[0]).toEqual({ n: 0, past: 364 });
  });

  it('follows status changes, refunds, new, deleted and re-dated orders on past days', async () => {
    const { rows } = await t.db.execute<{ id: string; status: OrderStatus }>(sql`
      select id, status from orders where created_at < ${startOf(today)}
        and status in ('paid', 'delivered', 'preparing') order by number limit 6`);
    const next: OrderStatus[] = ['cancelled', 'refunded', 'partially_refunded', 'returned'];
    for (const [i, o] of rows.slice(0, 4).entries())
      await t.db.execute(sql`update orders set status = ${next[i]!} where id = ${o.id}`);
    await t.db.execute(
      sql`update orders set total_cents = total_cents + 12345 where id = ${rows[4]!.id}`,
    );
    await t.db.execute(sql`delete from orders where id = ${rows[5]!.id}`);
    // A pending Pix order of 3 days ago paid today, and one moved to another day.
    const pending = await pastOrder('pending_payment', 3);
    await expectMatches(last30);
    await t.db.execute(sql`update orders set status = 'paid' where id = ${pending}`);
    await pastOrder('delivered', 12);
    await t.db.execute(sql`
      update orders set created_at = created_at - interval '9 days'
      where id = (select id from orders where status = 'delivered' and created_at < ${startOf(today)}
                  order by number desc limit 1)`);
    await expectMatches(last30);
  });

  it('counts exactly SOLD_STATUSES as revenue, status by status', async () => {
    const id = await pastOrder('pending_payment', 2);
    for (const status of orderStatuses) {
      await t.db.execute(sql`update orders set status = ${status} where id = ${id}`);
      const before = (await getOverview(t.db, last30, today)).series.at(-3)!;
      const want = (await oracle(last30)).series.at(-3)!;
      expect([status, before.revenueCents, before.orders]).toEqual([
        status,
        want.revenueCents,
        want.orders,
      ]);
    }
  });

  it('puts orders on the São Paulo calendar day, across midnight', async () => {
    const v = variants[0]!;
    const yesterday = addDays(today, -1);
    await insertOrder(sql`${startOf(today)} - interval '1 millisecond'`, 'paid', [
      { variant: v, quantity: 1 },
    ]);
    await insertOrder(sql`${startOf(today)}`, 'paid', [{ variant: v, quantity: 2 }]);
    await insertOrder(sql`${startOf(yesterday)} - interval '1 millisecond'`, 'delivered', [
      { variant: v, quantity: 3 },
    ]);
    await insertOrder(sql`${startOf(yesterday)}`, 'delivered', [{ variant: v, quantity: 4 }]);
    const overview = await expectMatches(last30);
    // 00:00 in São Paulo is 03:00 UTC: the UTC date would put these on the wrong day.
    expect(overview.series.at(-1)!.orders).toBeGreaterThanOrEqual(1);
    expect(overview.series.at(-2)!.orders).toBeGreaterThanOrEqual(2);
  });

  it('reads names and categories as they are now: renamed, moved and deleted products', async () => {
    const [a, b, c] = variants;
    await t.db.execute(sql`update products set name = 'Renomeado' where id =
      (select product_id from variants where id = ${a!.id})`);
    await t.db.execute(sql`update products set category_id =
      (select id from categories where slug = 'rt-cat-1') where id =
      (select product_id from variants where id = ${b!.id})`);
    await t.db.execute(sql`delete from variants where id = ${c!.id}`);
    variants = variants.filter((v) => v.id !== c!.id);
    await expectMatches(last30);
  });

  it('is unchanged by customers deleting their accounts (anonymised)', async () => {
    const before = await expectMatches(last30);
    // Deleting an account with orders is an anonymisation (orders_owner_check keeps the row).
    await anonymizeUser(t.db, users[0]!.id, users[0]!.email);
    await anonymizeUser(t.db, users[1]!.id, users[1]!.email);
    const after = await expectMatches(last30);
    expect(after.series).toEqual(before.series);
  });

  it('does not serialize concurrent checkouts and loses no change committed during a refresh', async () => {
    const one = new pg.Client({ connectionString: t.url });
    const two = new pg.Client({ connectionString: t.url });
    await Promise.all([one.connect(), two.connect()]);
    try {
      await one.query('begin');
      await insertOrder(sql`now()`, 'paid', randomLines(), onClient(one));
      await two.query("begin; set local lock_timeout = '2s'");
      // Would time out if checkouts of the same day shared a rollup row.
      await insertOrder(sql`now()`, 'paid', randomLines(), onClient(two));
      // A past day changed in an open transaction while the overview refreshes.
      await two.query(
        `update orders set status = 'cancelled' where id = (select id from orders
         where status = 'delivered' and created_at < now() - interval '5 days' order by number limit 1)`,
      );
      await getOverview(t.db, last30, today);
      await Promise.all([one.query('commit'), two.query('commit')]);
      await expectMatches(last30);
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });

  it('sums whole months once and drops a month with any of its days', async () => {
    expect(fullMonths('2026-01-01', '2026-03-30')).toEqual(['2026-01-01', '2026-02-01']);
    expect(fullMonths('2025-11-02', '2026-02-28')).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(fullMonths('2026-01-02', '2026-01-31')).toEqual([]);
    const last90 = { from: addDays(today, -89), to: today };
    const id = await pastOrder('delivered', 40);
    await expectMatches(last90);
    const { rows } = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from sales_months`,
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
    await t.db.execute(sql`update orders set status = 'refunded' where id = ${id}`);
    await expectMatches(last90);
    await t.db.execute(sql`delete from order_lines where id =
      (select l.id from order_lines l join orders o on o.id = l.order_id
       where o.status = 'delivered' and o.created_at < now() - interval '35 days' limit 1)`);
    await expectMatches(last90);
    await expectMatches({ from: addDays(today, -700), to: today });
  });

  it('answers ranges wholly in the past or from today on', async () => {
    await expectMatches({ from: addDays(today, -40), to: addDays(today, -10) });
    await expectMatches({ from: today, to: addDays(today, 3) });
  });
  it('the nightly job applies the change log and keeps every closed day of the longest range ready', async () => {
    const id = await pastOrder('paid', 6);
    await t.db.execute(sql`update orders set status = 'preparing' where id = ${id}`);
    await refreshRecentSalesRollup(t.db);
    const { rows } = await t.db.execute<{ pending: number; days: number; oldest: string }>(sql`
      select (select count(*) from sales_rollup_changes where order_created_at < ${startOf(today)})::int as pending,
             count(*)::int as days, to_char(min(day), 'YYYY-MM-DD') as oldest
        from sales_daily`);
    expect(rows[0]).toEqual({
      pending: 0,
      days: ROLLUP_DAYS,
      oldest: addDays(today, -ROLLUP_DAYS),
    });
    // The day of the new order, straight from the table the overview reads, against orders.
    const day = addDays(today, -6);
    const { rows: both } = await t.db.execute<{ stored: number; direct: number }>(sql`
      select (select revenue_cents from sales_daily where day = ${day}::date)::int as stored,
             (select coalesce(sum(total_cents), 0) from orders
               where created_at >= ${startOf(day)} and created_at < ${startOf(addDays(day, 1))}
                 and status in ('paid', 'preparing', 'ready_for_dispatch', 'out_for_delivery',
                                'delivered', 'partially_refunded', 'return_requested'))::int as direct`);
    expect(both[0]!.stored).toBe(both[0]!.direct);
    expect(both[0]!.stored).toBeGreaterThan(0);
  });
});
