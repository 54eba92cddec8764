/**
 * `npm run bench:tracking`: N simulated couriers each posting one position per second for S
 * seconds while N shoppers hold an SSE tracking stream open (one order per courier). Reports
 * p50/p95/p99 latency from the start of the POST to the `position` event arriving at the
 * shopper's stream, lost updates (accepted as live, never delivered), POST latency and errors,
 * and the app process's CPU and memory. Prints JSON. Not asserted anywhere.
 *
 *   --couriers N   couriers and connected shoppers (default 1000)
 *   --seconds S    load duration (default 60)
 *   --db URL       PostgreSQL server; a scratch database is created and dropped
 *                  (default TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
 *   --app next|handlers
 *                  next: `next start` from the current production build (default when the build
 *                  is current); handlers: the same route handlers behind node:http (no build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isBuildCurrent } from '../lib/build-stamp';

const { values } = parseArgs({
  options: {
    couriers: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '60' },
    db: { type: 'string' },
    app: { type: 'string' },
    port: { type: 'string', default: '3917' },
  },
});
const COURIERS = Number(values.couriers);
const SECONDS = Number(values.seconds);
const PORT = Number(values.port);
const APP = (values.app ?? (isBuildCurrent() ? 'next' : 'handlers')) as 'next' | 'handlers';
const serverUrl =
  values.db ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `loja_bench_tracking_${randomBytes(4).toString('hex')}`;
const dbUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

// The app and this script must agree on cookie names and secrets: same env for both.
const APP_ENV = {
  NODE_ENV: 'production',
  LOJA_DEMO: 'true',
  DATABASE_URL: dbUrl,
  LOG_LEVEL: 'warn',
  DATABASE_POOL_MAX: '20',
};
Object.assign(process.env, APP_ENV);

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? null
    : Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) /
      10;

async function admin<T>(run: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Couriers (with sessions), one order each on their in-progress route, tracking tokens. */
async function seed() {
  const { runMigrations } = await import('@/db/migrate');
  await runMigrations(dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  await client.query(`
    with u as (
      insert into users (email, name, role)
      select 'bench-courier-' || i || '@loja.test', 'Courier ' || i, 'courier' from generate_series(1, ${COURIERS}) i
      returning id, email
    ), c as (
      insert into couriers (user_id, first_name, capacity_grams, status)
      select id, 'C' || split_part(split_part(email, '-', 3), '@', 1), 50000, 'on_route' from u returning id, first_name
    ), o as (
      insert into orders (number, guest_email, address, idempotency_key, payment_method, status, delivery_lat, delivery_lng, delivery_code)
      select 'LJ-BENCH' || i, 'bench-' || i || '@loja.test', '{"recipient":"B","cep":"01310100","street":"R","number":"1","complement":null,"district":"D","city":"São Paulo","state":"SP"}'::jsonb,
             'bench-' || i, 'card', 'out_for_delivery', -23.55 + (i % 100) * 0.001, -46.63 + (i / 100) * 0.001, '1234'
      from generate_series(1, ${COURIERS}) i returning id, number
    ), r as (
      insert into delivery_routes (courier_id, route_date, status, planner, started_at)
      select id, current_date, 'in_progress', 'manual', now() from c returning id, courier_id
    )
    insert into route_stops (route_id, order_id, sequence)
    select r.id, o.id, 1 from r
      join c on c.id = r.courier_id
      join o on o.number = 'LJ-BENCH' || substr(c.first_name, 2)`);
  const rows = await client.query<{
    user_id: string;
    role: 'courier';
    order_id: string;
    number: string;
  }>(`
    select u.id as user_id, u.role, o.id as order_id, o.number from users u
    join couriers c on c.user_id = u.id join delivery_routes r on r.courier_id = c.id
    join route_stops s on s.route_id = r.id join orders o on o.id = s.order_id order by o.number`);
  await client.end();
  const { createSession } = await import('@/lib/auth/sessions');
  const { getAuthSecret, getSessionCookie } = await import('@/lib/auth/session-cookie');
  const { encode } = await import('next-auth/jwt');
  const { trackingTokenFor } = await import('@/lib/tracking/tracking-token');
  const { closeDb } = await import('@/lib/db/client');
  const { name } = getSessionCookie();
  const couriers = [];
  for (const row of rows.rows) {
    const { token } = await createSession(
      { id: row.user_id, role: 'courier' },
      { ip: '127.0.0.1', userAgent: 'bench' },
    );
    const value = await encode({ token: { sid: token }, secret: getAuthSecret(), salt: name });
    couriers.push({
      cookie: `${name}=${value}`,
      number: row.number,
      trackingToken: trackingTokenFor(row.order_id),
    });
  }
  await closeDb();
  return couriers;
}

function startApp(): Promise<ChildProcess> {
  const env = { ...process.env, ...APP_ENV, PORT: String(PORT) } as NodeJS.ProcessEnv;
  const child =
    APP === 'next'
      ? spawn(
          process.execPath,
          [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'],
          { env, stdio: ['ignore', 'pipe', 'inherit'] },
        )
      : spawn(
          process.execPath,
          ['--import', 'tsx', '--conditions=react-server', 'scripts/bench/tracking-server.ts'],
          { env, stdio: ['ignore', 'pipe', 'inherit'] },
        );
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('app did not start in 120 s')), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (/ready|Ready/.test(d.toString())) {
        clearTimeout(deadline);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
}

/** utime+stime (s) and RSS (MB) of a process, from /proc. */
function processUsage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuSeconds: ticks / 100, rssMb: Number(rss ?? 0) / 1024 };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function post(
  path: string,
  cookie: string,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path,
        method: 'POST',
        agent,
        headers: {
          cookie,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An SSE stream of one order; calls onPosition with each position's device time. */
function subscribe(
  index: number,
  number: string,
  token: string,
  onPosition: (at: string) => void,
): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: PORT,
        path: `/api/tracking/orders/${number}/events?t=${encodeURIComponent(token)}`,
        headers: {
          accept: 'text/event-stream',
          'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
        },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${number}: ${res.statusCode}`));
        let buffer = '';
        let ready = false;
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.includes('event: snapshot') && !ready) {
              ready = true;
              resolve(() => req.destroy());
            } else if (block.includes('event: position')) {
              const data = /data: (.*)/.exec(block)?.[1];
              if (data) onPosition((JSON.parse(data) as { at: string }).at);
            }
          }
        });
      },
    );
    req.on('error', reject);
  });
}

async function main() {
  await admin((c) => c.query(`create database ${database}`));
  let app: ChildProcess | undefined;
  try {
    const seedStarted = performance.now();
    const couriers = await seed();
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    app = await startApp();
    const pid = app.pid!;
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const postLatencies: number[] = [];
    let received = 0;
    let late = 0;
    const connectStarted = performance.now();
    const closers: (() => void)[] = [];
    for (let i = 0; i < couriers.length; i += 50) {
      closers.push(
        ...(await Promise.all(
          couriers.slice(i, i + 50).map((c, j) =>
            subscribe(i + j, c.number, c.trackingToken, (at) => {
              const start = sentAt.get(`${c.number}|${at}`);
              if (start === undefined) return void (late += 1);
              sentAt.delete(`${c.number}|${at}`);
              received += 1;
              latencies.push(performance.now() - start);
            }),
          ),
        )),
      );
    }
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const usageBefore = processUsage(pid);
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(processUsage(pid).rssMb), 1_000);
    const statuses = new Map<number, number>();
    let live = 0;
    let errors = 0;
    let inFlight = 0;
    const runStarted = performance.now();
    const endAt = Date.now() + SECONDS * 1000;
    await Promise.all(
      couriers.map(async (c, i) => {
        await new Promise((r) => setTimeout(r, (i / couriers.length) * 1000));
        let step = 0;
        while (Date.now() < endAt) {
          const tickStart = Date.now();
          step += 1;
          const at = new Date().toISOString();
          // ~5 m per second northwards: a courier in traffic, never an "impossible jump".
          const body = JSON.stringify({
            points: [
              { lat: -23.56 + step * 0.000045, lng: -46.64 + i * 0.0001, speed: 5, recordedAt: at },
            ],
          });
          const start = performance.now();
          sentAt.set(`${c.number}|${at}`, start);
          inFlight += 1;
          try {
            const res = await post('/api/tracking/positions', c.cookie, body);
            postLatencies.push(performance.now() - start);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status === 200 && (JSON.parse(res.body) as { live: boolean }).live) live += 1;
            else sentAt.delete(`${c.number}|${at}`);
          } catch {
            errors += 1;
            sentAt.delete(`${c.number}|${at}`);
          }
          inFlight -= 1;
          await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tickStart))));
        }
      }),
    );
    const runSeconds = (performance.now() - runStarted) / 1000;
    await new Promise((r) => setTimeout(r, 3_000));
    clearInterval(sampler);
    const usageAfter = processUsage(pid);
    for (const close of closers) close();
    latencies.sort((a, b) => a - b);
    postLatencies.sort((a, b) => a - b);
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0) + errors;
    console.log(
      JSON.stringify(
        {
          benchmark: 'tracking',
          app:
            APP === 'next'
              ? 'next start (production build)'
              : 'route handlers behind node:http (no build)',
          transport: 'sse (PostgreSQL LISTEN/NOTIFY)',
          couriers: COURIERS,
          sseClients: closers.length,
          seconds: SECONDS,
          seedSeconds: Math.round(seedSeconds * 10) / 10,
          connectSeconds: Math.round(connectSeconds * 10) / 10,
          posts: {
            sent,
            perSecond: Math.round(sent / runSeconds),
            statuses: Object.fromEntries(statuses),
            networkErrors: errors,
            live,
          },
          postToEventMs: {
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
            max: percentile(latencies, 100),
            samples: latencies.length,
          },
          postResponseMs: {
            p50: percentile(postLatencies, 50),
            p95: percentile(postLatencies, 95),
            p99: percentile(postLatencies, 99),
          },
          lostUpdates: live - received,
          unmatchedEvents: late,
          inFlightAtEnd: inFlight,
          app_process: {
            cpuPercentOfOneCore:
              Math.round(
                ((usageAfter.cpuSeconds - usageBefore.cpuSeconds) / (runSeconds + 3)) * 1000,
              ) / 10,
            rssMbMax: Math.round(Math.max(...rssSamples, usageAfter.rssMb)),
            rssMbAvg: Math.round(
              rssSamples.reduce((a, b) => a + b, 0) / Math.max(1, rssSamples.length),
            ),
          },
          target: { p95Ms: 500, lostUpdates: 0 },
          machine:
            'shared 2-core box; PostgreSQL on the same machine (its CPU is not counted above)',
        },
        null,
        2,
      ),
    );
  } finally {
    app?.kill('SIGTERM');
    agent.destroy();
    await new Promise((r) => setTimeout(r, 500));
    await admin((c) => c.query(`drop database if exists ${database} with (force)`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
