import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startEmbeddedPostgres } from './embedded';
import { readEmbeddedState } from './embedded-state';

let dataDir: string;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'loja-embedded-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('creates a cluster on first start and keeps its data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "create table kept (v text); insert into kept values ('still here')");
    expect(await readEmbeddedState(dataDir)).toMatchObject({
      ownerPid: process.pid,
      port: first.state.port,
    });
    await first.stop();
    expect(await readEmbeddedState(dataDir)).toBeUndefined();
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    expect(await query(second.url, 'select v from kept')).toEqual([{ v: 'still here' }]);
    await second.stop();
  });

  it('recovers a stale lock file left by a crash', async () => {
    // A pid that cannot be a live process on Linux (above pid_max).
    await writeFile(path.join(dataDir, 'pg', 'postmaster.pid'), '99999999\n/somewhere\n');
    const server = await startEmbeddedPostgres({ dataDir });
    expect(await query(server.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await server.stop();
  });

  it('takes over from an orphaned server whose owner was killed', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('db/testing/embedded-child.ts'), dataDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
      child.once('exit', () => reject(new Error('child exited before the server was ready')));
    });
    const lock = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
    const orphanPid = Number(lock.split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(() => process.kill(orphanPid, 0)).not.toThrow();

    const server = await startEmbeddedPostgres({ dataDir });
    expect(() => process.kill(orphanPid, 0)).toThrow();
    expect(await query(server.url, 'select v from kept')).toEqual([{ v: 'still here' }]);
    await server.stop();
  });

  it('refuses a data folder that a live process still owns', async () => {
    const server = await startEmbeddedPostgres({ dataDir });
    const state = (await readEmbeddedState(dataDir))!;
    await writeFile(
      path.join(dataDir, 'embedded.json'),
      JSON.stringify({ ...state, ownerPid: process.ppid }),
    );
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by process/);
    await writeFile(path.join(dataDir, 'embedded.json'), JSON.stringify(state));
    await server.stop();
  });

  it('moves to another port when the preferred one is taken', async () => {
    const blocker = net.createServer();
    const taken = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    const port = await findFreePort(taken, 3);
    expect(port).not.toBe(taken);
    await new Promise((resolve) => blocker.close(resolve));
  });
});
