import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isBuildCurrent } from '../scripts/lib/build-stamp';
import { freePort } from './support/free-port';
import { expect, test } from './support/fixtures';

// The README's promise: `npm start` with nothing configured brings up a seeded store, a second
// start reuses the data, and Ctrl-C stops PostgreSQL cleanly. Uses the build `test:e2e` made.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let dataDir: string;
test.beforeAll(async () => {
  // A stale build would make `npm start` rebuild .next under the running e2e servers.
  expect(isBuildCurrent(), 'the production build must be current (npm run build)').toBe(true);
  dataDir = await mkdtemp(path.join(tmpdir(), 'loja-start-'));
});
test.afterAll(() => rm(dataDir, { recursive: true, force: true }));

function startStore(port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOJA_DATA_DIR: dataDir, PORT: String(port) };
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'LOJA_DEMO']) delete env[name];
  // Its own process group, so a signal to the group is what a terminal's Ctrl-C sends.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitUntilReady(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (ready?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start was not ready in time:\n${output()}`);
}

async function pressCtrlC(child: ChildProcess) {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  return exited;
}

test('first start seeds and prints the demo logins; Ctrl-C stops PostgreSQL cleanly', async () => {
  const port = await freePort();
  const { child, output } = startStore(port);
  await waitUntilReady(port, child, output);
  expect(output()).toMatch(/Seeded the demo catalog \(\d+ products\)/);
  expect(output()).toMatch(/admin\s+admin@loja\.dev \/ \S+/);
  expect(output()).toMatch(/customer\s+cliente@loja\.dev \/ \S+/);

  const home = await fetch(`http://127.0.0.1:${port}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('data-testid="product-card"');
  const health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
  expect(health.drivers.postgres).toBe('embedded');

  await pressCtrlC(child);
  expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  expect(existsSync(path.join(dataDir, 'embedded.json'))).toBe(false);
});

test('a second start reuses the data without seeding again', async () => {
  const port = await freePort();
  const { child, output } = startStore(port);
  await waitUntilReady(port, child, output);
  expect(output()).toContain('Demo catalog already present.');
  expect(output()).not.toContain('Creating the embedded PostgreSQL cluster');
  await pressCtrlC(child);
  expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
});
