/**
 * `npm run bench:checkout`: orders per second through the real placement path (placeOrder, then
 * the payment confirmation that turns the hold into a sale) on one hot variant and spread over
 * 1,000 variants, in-process, as a ratio to raw PostgreSQL single-row UPDATE transactions per
 * second measured in the same run on the same server. Checks 0 oversell and 0 duplicate orders
 * (10% of confirms are replayed with the same idempotency key). Prints JSON.
 *
 *   --db URL          server to use (default DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres);
 *                     a scratch database is created on it and dropped afterwards
 *   --orders N        orders per scenario (default 2000)
 *   --concurrency C   concurrent buyers (default 16)
 *
 * Not measured yet: the same over HTTP.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { markOrderPaid } from '@/lib/orders/mark-order-paid';
import { placeOrder } from '@/lib/orders/place-order';
import { createStockedVariant, GUEST, guestOrder } from '@/lib/orders/testing/commerce-fixtures';

if (existsSync('.env')) process.loadEnvFile('.env');
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    orders: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
  },
});
const ORDERS = Number(values.orders);
const CONCURRENCY = Number(values.concurrency);
const serverUrl =
  values.db ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function runWorkers(total: number, work: (i: number) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < total; i = next++) await work(i);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

async function rawUpdateRate(pool: pg.Pool) {
  await pool.query('create table bench_counter (id int primary key, n int not null)');
  await pool.query('insert into bench_counter values (1, 0)');
  return runWorkers(ORDERS, async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('update bench_counter set n = n + 1 where id = 1');
      await client.query('commit');
    } finally {
      client.release();
    }
  });
}

async function checkoutRate(db: Database, variantIds: string[]) {
  let duplicates = 0;
  const rate = await runWorkers(ORDERS, async (i) => {
    const input = guestOrder([{ variantId: variantIds[i % variantIds.length]!, quantity: 1 }]);
    const placed = await placeOrder(db, GUEST, input);
    await db.transaction((tx) => markOrderPaid(tx, placed.id, 'bench'));
    if (i % 10 === 0 && (await placeOrder(db, GUEST, input)).created) duplicates++;
  });
  return { rate, duplicates };
}

async function main() {
  const name = `loja_bench_checkout_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: CONCURRENCY + 4 });
  pool.on('error', () => {});
  try {
    await runMigrations(url.toString());
    const db = drizzle(pool, { schema });
    const rawTxPerSec = await rawUpdateRate(pool);
    const hot = await createStockedVariant(db, 1_990, ORDERS);
    const hotRun = await checkoutRate(db, [hot.id]);
    const spread = [];
    for (let i = 0; i < 1_000; i++) {
      spread.push((await createStockedVariant(db, 1_990, Math.ceil(ORDERS / 1_000))).id);
    }
    const spreadRun = await checkoutRate(db, spread);
    const stock = await pool.query<{
      negative: number;
      sold: number;
      orders: number;
      keys: number;
    }>(
      `select (select count(*) from inventory_levels where on_hand < 0)::int as negative,
              (select -sum(quantity) from stock_movements where kind = 'sale')::int as sold,
              (select count(*) from orders where status = 'paid')::int as orders,
              (select count(distinct idempotency_key) from orders)::int as keys`,
    );
    const check = stock.rows[0]!;
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify(
        {
          runId: randomUUID(),
          orders: ORDERS,
          concurrency: CONCURRENCY,
          rawSingleRowUpdateTxPerSec: round(rawTxPerSec),
          inProcess: {
            hotVariant: {
              ordersPerSec: round(hotRun.rate),
              ratio: round((hotRun.rate / rawTxPerSec) * 100) / 100,
            },
            thousandVariants: {
              ordersPerSec: round(spreadRun.rate),
              ratio: round((spreadRun.rate / rawTxPerSec) * 100) / 100,
            },
          },
          http: null,
          oversell:
            check.negative + Math.max(0, check.sold - (ORDERS + 1_000 * Math.ceil(ORDERS / 1_000))),
          duplicates: hotRun.duplicates + spreadRun.duplicates + (check.orders - check.keys),
          paidOrders: check.orders,
        },
        null,
        2,
      ),
    );
  } finally {
    await pool.end();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
