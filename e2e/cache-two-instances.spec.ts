import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEMO_LOGINS } from '@/db/seed';
import { signIn } from './support/accounts';
import { withClient } from './support/db';
import { expect, test } from './support/fixtures';
import { freePort } from './support/free-port';

/**
 * Two app processes (`next start` on the same build and database) sharing one Redis: an admin
 * edit on instance A must reach shoppers on instance B at once, for the product page and search.
 * The integration suite proves the cache layer with two Redis clients; this proves it with two
 * real app instances, as a store behind a load balancer runs.
 */
const redisBase = process.env.TEST_REDIS_URL;
const sharedDatabase = process.env.TEST_DATABASE_URL;
const skipReason = !redisBase
  ? 'TEST_REDIS_URL is not set: the two-instance cache test needs a shared Redis'
  : !sharedDatabase
    ? 'TEST_DATABASE_URL is not set: two instances need one shared PostgreSQL server'
    : null;
if (skipReason) console.warn(`Skipping cache-two-instances.spec: ${skipReason}.`);

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.skip(skipReason !== null, skipReason ?? '');

// Redis logical database 9 belongs to this spec alone, so it starts empty and stale keys of other
// runs (same demo slugs, other databases) cannot answer for this store.
const REDIS_DB = 9;
const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
const servers: ChildProcess[] = [];
const origins: string[] = [];

async function startInstance(args: string[]) {
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'e2e/support/server.ts', String(port), 'twocache', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  servers.push(child);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited ${child.exitCode}`);
    const ok = await fetch(`${origin}/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return origin;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance on ${port} did not become ready`);
}

test.beforeAll(async () => {
  // Seeding a store and starting two production servers beside the suite's own servers.
  test.setTimeout(300_000);
  const redisUrl = new URL(redisBase!);
  redisUrl.pathname = `/${REDIS_DB}`;
  const redis = new Redis(redisUrl.toString());
  await redis.flushdb();
  redis.disconnect();
  const env = [`REDIS_URL=${redisUrl.toString()}`, 'JOBS_ENABLED=false'];
  // A creates and seeds the store; B joins the same database once A is up.
  origins.push(await startInstance(env));
  origins.push(await startInstance([...env, 'E2E_JOIN=twocache']));
});

test.afterAll(async () => {
  for (const child of servers) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  }
  await Promise.all(
    servers.map((c) =>
      c.exitCode === null ? new Promise((resolve) => c.once('exit', resolve)) : null,
    ),
  );
});

test('an admin edit on instance A is what shoppers on instance B see, product page and search', async ({
  browser,
}) => {
  const [a, b] = origins as [string, string];
  const product = await withClient('twocache', async (client) => {
    const { rows } = await client.query<{ id: string; slug: string; name: string }>(
      `select id, slug, name from products where status = 'active' order by slug limit 1`,
    );
    return rows[0]!;
  });
  const shopper = await (await browser.newContext({ locale: 'pt-BR', baseURL: b })).newPage();
  const heading = () => shopper.getByRole('heading', { level: 1 });

  await shopper.goto(`/p/${product.slug}`);
  await expect(heading()).toHaveText(product.name);

  // A write behind the app's back: B still shows the cached name, so B really reads the cache…
  await withClient('twocache', (client) =>
    client.query(`update products set name = name || ' (stale)' where id = $1`, [product.id]),
  );
  await shopper.goto(`/p/${product.slug}`);
  await expect(heading()).toHaveText(product.name);

  // …and an admin saving on A invalidates it for B: product page and search.
  // A made-up word no seeded product contains, so search finds exactly the renamed one.
  const word = `aurora${randomBytes(3)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
  const renamed = `${product.name} ${word}`;
  const adminPage = await (await browser.newContext({ locale: 'pt-BR', baseURL: a })).newPage();
  await signIn(adminPage, admin.email, admin.password, `/admin/catalog/${product.id}`);
  await adminPage.getByLabel('Nome', { exact: true }).fill(renamed);
  await adminPage.getByRole('button', { name: 'Salvar produto' }).click();
  await adminPage.waitForURL(/saved=1/);

  await shopper.goto(`/p/${product.slug}`);
  await expect(heading()).toHaveText(renamed);
  await shopper.goto(`/search?q=${word}`);
  const card = shopper.getByTestId('product-card').filter({ hasText: word });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(renamed);
  await adminPage.context().close();
  await shopper.context().close();
});
