/**
 * `npm run bench:admin`: p50/p95 render times of the admin pages over HTTP against `next start`
 * (the current production build) on a generated order history. Prints JSON.
 *
 *   --db URL       benchmark database (default postgres://postgres@127.0.0.1:5432/loja_bench_admin);
 *                  created, migrated and seeded (demo catalog + order history) when short of --orders
 *   --orders N     orders in the history (default 1000000)
 *   --rounds N     requests per page (default 20, after one warm-up)
 *   --seed-only    seed and exit
 *
 * Baselines measured in the same run: a trivial admin page (/admin/sessions) for the cost of the
 * shell itself, and the deep orders page by OFFSET in SQL against the keyset query actually used.
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { seedOrderHistory } from '@/db/seed/seed-order-history';
import { summarize, type Stats } from './search-stats';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    orders: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '20' },
    'seed-only': { type: 'boolean', default: false },
  },
});
const url = args.db ?? 'postgresql://postgres@127.0.0.1:5432/loja_bench_admin';
const wanted = Number(args.orders);
const rounds = Number(args.rounds);
const AUTH_SECRET = randomBytes(32).toString('base64url');
const log = (line: string) => process.stderr.write(`[bench:admin] ${line}\n`);

async function ensureDatabase() {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) await admin.query(`create database "${name}"`);
  await admin.end();
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function timed(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main() {
  await ensureDatabase();
  await runMigrations(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = drizzle(pool, { schema });
  await seedDemo(db);
  const { rows } = await db.execute<{ n: string }>(
    sql`select count(*) as n from orders where number like 'BN%'`,
  );
  const have = Number(rows[0]?.n ?? 0);
  if (have < wanted) {
    const started = Date.now();
    log(`seeding ${wanted - have} orders (have ${have})…`);
    await seedOrderHistory(db, wanted - have, {
      customers: Math.max(1_000, Math.round(wanted / 10)),
      auditEntries: have === 0 ? Math.round(wanted / 5) : 0,
      onProgress: (done) => log(`  ${done} orders`),
    });
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const counts = await db.execute<{
    orders: string;
    lines: string;
    customers: string;
    audit: string;
  }>(sql`
    select (select count(*) from orders) as orders, (select count(*) from order_lines) as lines,
           (select count(*) from users where role = 'customer') as customers,
           (select count(*) from audit_log) as audit`);
  if (args['seed-only']) {
    console.log(JSON.stringify({ seeded: counts.rows[0] }, null, 2));
    await pool.end();
    return;
  }
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run npm run build first.');

  // A super-admin with a server-side session, and the exact cookie Auth.js would set for it.
  await db.execute(sql`
    insert into users (email, name, role, super_admin, email_verified_at)
    values ('bench-super@bench.loja', 'Bench', 'admin', true, now())
    on conflict (lower(email)) do update set role = 'admin', super_admin = true`);
  const [admin] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(sql`lower(${schema.users.email}) = 'bench-super@bench.loja'`);
  // The app's own session code (PostgreSQL store: REDIS_URL is blank here and in the server).
  Object.assign(process.env, { DATABASE_URL: url, REDIS_URL: '', AUTH_SECRET, LOJA_DEMO: 'true' });
  const { createSession } = await import('@/lib/auth/sessions');
  const { getSessionCookie } = await import('@/lib/auth/session-cookie');
  const { closeDb } = await import('@/lib/db/client');
  const { token } = await createSession(
    { id: admin!.id, role: 'admin' },
    { ip: '127.0.0.1', userAgent: 'bench:admin' },
  );
  const cookieName = getSessionCookie().name;
  const cookie = `${cookieName}=${await encode({ token: { sid: token }, secret: AUTH_SECRET, salt: cookieName })}`;
  await closeDb();

  const port = await freePort();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      REDIS_URL: '',
      AUTH_SECRET,
      NODE_ENV: 'production',
      LOJA_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(`${base}/health/live`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
      const body = await response.text();
      if (response.status !== 200 || body.includes('>403<')) {
        throw new Error(`${path}: ${response.status}`);
      }
      return body;
    };
    // A cursor deep in the list: the keyset key of the 500,000th newest order.
    const deep = await db.execute<{ at: string; id: string }>(sql`
      select created_at::text as at, id from orders order by created_at desc, id desc
      offset ${Math.floor(Number(counts.rows[0]?.orders ?? 0) / 2)} limit 1`);
    const deepCursor = deep.rows[0]
      ? Buffer.from(JSON.stringify([deep.rows[0].at, deep.rows[0].id])).toString('base64url')
      : '';
    const someone = await db.execute<{ email: string }>(
      sql`select email from users where email like 'bench-%@bench.loja' order by email limit 1 offset 500`,
    );
    const email = someone.rows[0]?.email ?? 'bench-1@bench.loja';
    const to = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    const pages: Record<string, string> = {
      shellBaseline: '/admin/sessions',
      overview30d: '/admin',
      overview365d: `/admin?from=${yearAgo}&to=${to}`,
      ordersFirst: '/admin/orders',
      ordersDeepKeyset: `/admin/orders?cursor=${deepCursor}`,
      ordersFiltered: '/admin/orders?status=delivered&method=pix',
      ordersByEmail: `/admin/orders?email=${encodeURIComponent(email)}`,
      ordersByCep: '/admin/orders?cep=10001000',
      ordersByDateRange: `/admin/orders?from=${yearAgo}&to=${yearAgo}`,
      customersFirst: '/admin/customers',
      customersSearch: '/admin/customers?q=silva%2012',
      auditFirst: '/admin/audit',
      auditFiltered: '/admin/audit?action=order.refund',
    };
    const results: Record<string, Stats> = {};
    for (const [name, path] of Object.entries(pages)) {
      await get(path); // warm-up: compiles nothing in production, but fills the pool and caches
      const samples: number[] = [];
      const started = performance.now();
      for (let i = 0; i < rounds; i++) samples.push(await timed(() => get(path)));
      results[name] = summarize(samples, performance.now() - started);
      log(`${name}: p50 ${results[name].p50} ms, p95 ${results[name].p95} ms`);
    }
    // SQL only: the deep page by keyset (as the app does) against OFFSET, same result.
    const half = Math.floor(Number(counts.rows[0]?.orders ?? 0) / 2);
    const keysetMs: number[] = [];
    const offsetMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      keysetMs.push(
        await timed(() =>
          db.execute(sql`select id from orders where (created_at, id) < (${deep.rows[0]?.at ?? 'now()'}::timestamptz, ${deep.rows[0]?.id ?? '00000000-0000-0000-0000-000000000000'}::uuid)
                         order by created_at desc, id desc limit 51`),
        ),
      );
      offsetMs.push(
        await timed(() =>
          db.execute(
            sql`select id from orders order by created_at desc, id desc offset ${half} limit 51`,
          ),
        ),
      );
    }
    const keyset = summarize(keysetMs, 1);
    const offset = summarize(offsetMs, 1);
    const shell = results.shellBaseline!;
    console.log(
      JSON.stringify(
        {
          data: counts.rows[0],
          rounds,
          pages: results,
          ratioToShellP95: Object.fromEntries(
            Object.entries(results).map(([k, v]) => [
              k,
              Math.round((v.p95 / shell.p95) * 100) / 100,
            ]),
          ),
          deepPageSql: {
            keysetP50: keyset.p50,
            offsetP50: offset.p50,
            offsetOverKeyset: Math.round((offset.p50 / Math.max(0.01, keyset.p50)) * 10) / 10,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    child.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
