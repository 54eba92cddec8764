import path from 'node:path';
import { startEmbeddedPostgres } from '@/db/embedded';
import { embeddedUrl, readEmbeddedState } from '@/db/embedded-state';
import type { Env } from '@/lib/env';

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database a script should use: DATABASE_URL; else the embedded server a running
 * `npm start` owns; else an embedded server started for this script and stopped after it.
 */
export async function withDatabase<T>(env: Env, run: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return run(env.DATABASE_URL);
  const state = await readEmbeddedState(env.LOJA_DATA_DIR);
  if (state && isAlive(state.ownerPid)) return run(embeddedUrl(state));
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(env.LOJA_DATA_DIR),
    log: console.log,
  });
  try {
    return await run(server.url);
  } finally {
    await server.stop();
  }
}
