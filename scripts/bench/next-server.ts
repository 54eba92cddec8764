import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next start` (the current production build) on a given database and pool size, for HTTP
 * benchmarks; resolves once /health/live answers. Skipped (with the reason) without a build.
 */
export async function startNextServer(
  databaseUrl: string,
  poolMax: number,
): Promise<{ base: string; stop: () => Promise<void> } | { skipped: string }> {
  if (!existsSync('.next/BUILD_ID'))
    return { skipped: 'no production build: run npm run build first' };
  const port = await freePort();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: String(poolMax),
      NODE_ENV: 'production',
      LOJA_DEMO: 'true',
      LOG_LEVEL: 'warn',
      STRIPE_MODE: 'sandbox',
      PAYMENT_GATEWAY: '',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  return { skipped: 'next start did not become ready within 60 s' };
}
