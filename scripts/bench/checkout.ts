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
 *   --http-orders N   orders per scenario over HTTP (default: --orders); 0 skips HTTP
 *
 * Over HTTP: `next start` (the current production build, `npm run build` first) on the same
 * scratch database with the same pool size, driven through POST /api/orders (placeOrder plus the
 * sandbox card charge, one request per order; each request gets its own client address so the
 * per-IP checkout limit does not throttle the benchmark). Skipped with a reason without a build.
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
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { startNextServer } from './next-server';

if (existsSync('.env')) process.loadEnvFile('.env');
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    orders: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    'http-orders': { type: 'string' },
  },
});
const ORDERS = Number(values.orders);
const CONCURRENCY = Number(values.concurrency);
const HTTP_ORDERS = Number(values['http-orders'] ?? ORDERS);
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

/** The same journey over HTTP: one POST /api/orders per order, 10% replayed with the same key. */
async function httpCheckoutRate(base: string, variantIds: string[], total: number) {
  let duplicates = 0;
  let failures = 0;
  const card = tokenizeSandboxCard('4242424242424242');
  const post = (body: unknown, i: number) =>
    fetch(`${base}/api/orders`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      },
      body: JSON.stringify(body),
    });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < total; i = next++) {
        const input = {
          ...guestOrder([{ variantId: variantIds[i % variantIds.length]!, quantity: 1 }]),
          cardToken: card,
        };
        const res = await post(input, i);
        await res.arrayBuffer();
        if (res.status !== 201) failures++;
        if (i % 10 === 0) {
          const replay = await post(input, i);
          await replay.arrayBuffer();
          if (replay.status === 201) duplicates++;
        }
      }
    }),
  );
  return { rate: total / ((performance.now() - started) / 1000), duplicates, failures };
}

async function measureHttp(db: Database, url: string) {
  if (HTTP_ORDERS === 0) return { skipped: '--http-orders 0' };
  const server = await startNextServer(url, CONCURRENCY + 4);
  if ('skipped' in server) return server;
  try {
    // Warm-up (first-request caches, pool connections) on its own variant: not timed.
    const warm = await createStockedVariant(db, 1_990, 50);
    await httpCheckoutRate(server.base, [warm.id], 50);
    const hot = await createStockedVariant(db, 1_990, HTTP_ORDERS);
    const hotRun = await httpCheckoutRate(server.base, [hot.id], HTTP_ORDERS);
    const spread = [];
    for (let i = 0; i < 1_000; i++)
      spread.push((await createStockedVariant(db, 1_990, Math.ceil(HTTP_ORDERS / 1_000))).id);
    const spreadRun = await httpCheckoutRate(server.base, spread, HTTP_ORDERS);
    return { hotRun, spreadRun };
  } finally {
    await server.stop();
  }
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
    const http = await measureHttp(db, url.toString());
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
    // Three decimals, rounded once (dividing a one-decimal percentage printed 0.11699999999999999).
    const ratio = (rate: number) => Math.round((rate / rawTxPerSec) * 1000) / 1000;
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
              ratio: ratio(hotRun.rate),
            },
            thousandVariants: {
              ordersPerSec: round(spreadRun.rate),
              ratio: ratio(spreadRun.rate),
            },
          },
          http:
            'skipped' in http
              ? { skipped: http.skipped }
              : {
                  orders: HTTP_ORDERS,
                  hotVariant: {
                    ordersPerSec: round(http.hotRun.rate),
                    ratio: ratio(http.hotRun.rate),
                    failedRequests: http.hotRun.failures,
                  },
                  thousandVariants: {
                    ordersPerSec: round(http.spreadRun.rate),
                    ratio: ratio(http.spreadRun.rate),
                    failedRequests: http.spreadRun.failures,
                  },
                },
          // Every variant was stocked with exactly what its scenario could sell: any negative level
          // is an oversell, and the paid orders must equal the distinct idempotency keys.
          oversell: check.negative,
          duplicates:
            hotRun.duplicates +
            spreadRun.duplicates +
            ('skipped' in http ? 0 : http.hotRun.duplicates + http.spreadRun.duplicates) +
            (check.orders - check.keys),
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
