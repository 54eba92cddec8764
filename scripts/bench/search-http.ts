import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { FACETED, PREFIXES, TYPICAL } from './search-queries';
import { runLoad } from './search-stats';

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
 * The same query sets over HTTP against `next start` (the current production build) on the
 * benchmark database: /api/search (JSON, same parameters as /search) and /api/search/suggest.
 * Each distinct URL is requested once cold (first request) and then warm.
 */
export async function measureHttp(databaseUrl: string, rounds: number) {
  if (!existsSync('.next/BUILD_ID'))
    return { skipped: 'no production build: run npm run build first' };
  const port = await freePort();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      LOJA_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${base}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const get = async (url: string) => {
      const response = await fetch(`${base}${url}`);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await response.arrayBuffer();
    };
    const search = (params: Record<string, string | string[]>) => {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(params))
        for (const value of [v].flat()) query.append(k, value);
      return `/api/search?${query}`;
    };
    const typical = TYPICAL.map((q) => search({ q }));
    const faceted = FACETED.map(search);
    const suggest = PREFIXES.map(
      (q) => `/api/search/suggest?q=${encodeURIComponent(q)}&locale=pt-BR`,
    );
    const result: Record<string, unknown> = {};
    for (const concurrency of [1, 8]) {
      const cold = concurrency === 1;
      result[`concurrency${concurrency}`] = {
        // Concurrency 1 goes first: its first pass is the cold one (distinct URLs, empty caches).
        ...(cold
          ? {
              typicalCold: await runLoad(typical, get, { rounds: 1 }),
              facetedCold: await runLoad(faceted, get, { rounds: 1 }),
              autocompleteCold: await runLoad(suggest, get, { rounds: 1 }),
            }
          : {}),
        typicalWarm: await runLoad(typical, get, { rounds, concurrency }),
        facetedWarm: await runLoad(faceted, get, { rounds, concurrency }),
        autocompleteWarm: await runLoad(suggest, get, { rounds, concurrency }),
      };
    }
    return result;
  } finally {
    child.kill('SIGTERM');
  }
}
