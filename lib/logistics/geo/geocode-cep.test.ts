import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetCacheForTests } from '@/lib/cache';
import { resetEnvForTests, testSetting } from '@/lib/env';
import { geocodeCep, searchNominatim } from './geocode-cep';

/** A local stand-in speaking Nominatim's /search?format=jsonv2 wire format. */
let server: Server;
let base: string;
const seen: URL[] = [];
let mode: 'ok' | 'empty' | 'error' | 'slow' = 'ok';
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url!, 'http://stand-in');
    seen.push(url);
    if (url.pathname !== '/search' || url.searchParams.get('format') !== 'jsonv2') {
      res.writeHead(400).end();
      return;
    }
    if (mode === 'error') return void res.writeHead(503).end('busy');
    if (mode === 'slow') return; // never answers: the client's timeout must fire
    const body =
      mode === 'empty'
        ? []
        : [{ place_id: 1, lat: '-23.5629', lon: '-46.6544', display_name: '01310-100, São Paulo' }];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
  resetCacheForTests();
  mode = 'ok';
  seen.length = 0;
});

const useGeocoder = () => {
  vi.stubEnv('GEOCODER_URL', base);
  vi.stubEnv('REDIS_URL', '');
  resetEnvForTests();
  resetCacheForTests();
};

describe('Nominatim-compatible geocoder (local stand-in)', () => {
  it('asks for the postcode in Brazil as jsonv2 and reads decimal-string coordinates', async () => {
    const found = await searchNominatim(base, '01310100');
    expect(found).toEqual({ lat: -23.5629, lng: -46.6544, precision: 8, source: 'geocoder' });
    expect(seen[0]!.searchParams.get('postalcode')).toBe('01310-100');
    expect(seen[0]!.searchParams.get('country')).toBe('br');
  });

  it('geocodes through GEOCODER_URL once, then serves the cache', async () => {
    useGeocoder();
    expect(await geocodeCep('01310-100')).toMatchObject({ source: 'geocoder', lat: -23.5629 });
    expect(await geocodeCep('01310100')).toMatchObject({ source: 'geocoder' });
    expect(seen).toHaveLength(1);
  });

  it('falls back to the prefix table when the provider fails, is silent or knows nothing', async () => {
    useGeocoder();
    for (const m of ['error', 'empty'] as const) {
      mode = m;
      expect(await geocodeCep('04101000')).toMatchObject({ source: 'table', precision: 3 });
    }
    mode = 'slow';
    expect(await geocodeCep('20040002')).toMatchObject({ source: 'table' });
  }, 10_000);

  it('uses the table without GEOCODER_URL and refuses CEPs it cannot place, naming cep', async () => {
    expect(await geocodeCep('01310-100')).toMatchObject({ source: 'table', precision: 5 });
    for (const bad of ['123', '00000-000']) {
      const error = await geocodeCep(bad).catch((e: unknown) => e);
      expect(error).toMatchObject({ issues: [{ path: ['cep'] }] });
    }
    expect(seen).toHaveLength(0);
  });
});

// A real Nominatim-compatible service, only when one is named (public Nominatim asks for light use).
const liveUrl = testSetting('LIVE_GEOCODER_URL');
if (!liveUrl) console.info('Skipping live geocoder test: set LIVE_GEOCODER_URL');

describe.skipIf(!liveUrl)('live geocoder', () => {
  it('places Av. Paulista within 5 km of its table centroid', async () => {
    const found = await searchNominatim(liveUrl!, '01310100');
    expect(found).toBeDefined();
    expect(Math.abs(found!.lat - -23.5614)).toBeLessThan(0.05);
    expect(Math.abs(found!.lng - -46.6559)).toBeLessThan(0.05);
  });
});
