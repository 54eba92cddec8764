import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fetchOsrmMatrices } from './osrm-table';
import { testSetting } from '@/lib/env';

/**
 * A local stand-in speaking OSRM's table service: `GET /table/v1/driving/{lng,lat;…}` with
 * `annotations=distance,duration`, answering `{ code, distances, durations }` (null = no route).
 */
let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^\/table\/v1\/driving\/(.+)$/.exec(url.pathname);
    res.setHeader('content-type', 'application/json');
    if (!match || url.searchParams.get('annotations') !== 'distance,duration') {
      res.statusCode = 400;
      res.end(JSON.stringify({ code: 'InvalidQuery', message: 'bad query' }));
      return;
    }
    const coords = decodeURIComponent(match[1]!).split(';');
    if (coords.some((c) => !/^-?\d+\.\d+,-?\d+\.\d+$/.test(c))) {
      res.statusCode = 400;
      res.end(JSON.stringify({ code: 'InvalidValue', message: 'bad coordinate' }));
      return;
    }
    const n = coords.length;
    const grid = (f: (i: number, j: number) => number | null) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(i, j)));
    res.end(
      JSON.stringify({
        code: 'Ok',
        distances: grid((i, j) => (i === j ? 0 : i === 2 && j === 0 ? null : 1000 * (i + j) + 0.4)),
        durations: grid((i, j) => (i === j ? 0 : 60 * (i + j))),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const points = [
  { lat: -23.5503, lng: -46.6339 },
  { lat: -23.5613, lng: -46.6565 },
  { lat: -23.5874, lng: -46.6576 },
];

describe('fetchOsrmMatrices (contract, local stand-in)', () => {
  it('asks for lng,lat pairs with distance and duration and fills row-major matrices', async () => {
    const m = await fetchOsrmMatrices(base, points);
    expect(seen.at(-1)).toBe(
      '/table/v1/driving/-46.633900,-23.550300;-46.656500,-23.561300;-46.657600,-23.587400?annotations=distance,duration',
    );
    expect(m.source).toBe('osrm');
    expect(m.distances[0 * 3 + 1]).toBe(1000);
    expect(m.durations[1 * 3 + 2]).toBe(180);
    // An unroutable pair becomes a prohibitive cost, never 0.
    expect(m.distances[2 * 3 + 0]).toBeGreaterThan(1_000_000);
    // The profile's average speed over the routable pairs (couriers' speeds scale from it):
    // pairs 01, 02, 10, 12, 21 → 10 002 m in 600 s.
    expect(m.speedKmh).toBeCloseTo((10_002 / 600) * 3.6, 6);
  });

  it('turns a refusal or an unreachable service into service_unavailable', async () => {
    await expect(fetchOsrmMatrices(`${base}broken`, points)).rejects.toBeInstanceOf(AppError);
    await expect(
      fetchOsrmMatrices('http://127.0.0.1:9', points, { timeoutMs: 2_000 }),
    ).rejects.toMatchObject({ code: 'service_unavailable' });
  });
});

// A real OSRM server (e.g. router.project-osrm.org or your own) is a test secret, not app config.
const live = testSetting('TEST_OSRM_URL');
if (!live) console.info('Skipping live OSRM test: set TEST_OSRM_URL');

describe.skipIf(!live)('OSRM table (live)', () => {
  it('answers road distances longer than the straight line', async () => {
    const m = await fetchOsrmMatrices(live!, points);
    expect(m.distances[1]).toBeGreaterThan(2_000);
    expect(m.durations[1]).toBeGreaterThan(60);
  }, 20_000);
});
