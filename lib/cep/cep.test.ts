import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { UFS } from './cep-data';
import { lookupLocalCep, normalizeCep, stateForCep } from './cep';
import { lookupCep } from './lookup-cep';

describe('local CEP table', () => {
  it('normalizes and validates CEPs', () => {
    expect(normalizeCep('01310-100')).toBe('01310100');
    expect(normalizeCep('1310-100')).toBeUndefined();
    expect(normalizeCep('0131a100')).toBeUndefined();
  });

  it('maps every state and knows the capitals', () => {
    expect(stateForCep('01001000')).toBe('SP');
    expect(stateForCep('20040002')).toBe('RJ');
    expect(stateForCep('69301000')).toBe('RR');
    expect(stateForCep('69400000')).toBe('AM');
    expect(stateForCep('73000000')).toBe('DF');
    expect(stateForCep('00999999')).toBeUndefined();
    const covered = new Set(
      Array.from({ length: 99 }, (_, i) => stateForCep(`${String(i + 1).padStart(2, '0')}000000`)),
    );
    for (const uf of UFS.filter((uf) => !['AP', 'RR', 'AC', 'RO'].includes(uf))) {
      expect(covered, uf).toContain(uf);
    }
    expect(lookupLocalCep('01310100')).toMatchObject({
      state: 'SP',
      city: 'São Paulo',
      street: 'Avenida Paulista',
      source: 'local',
    });
    expect(lookupLocalCep('90010000')).toMatchObject({
      state: 'RS',
      city: 'Porto Alegre',
      street: null,
    });
    expect(lookupLocalCep('99500000')).toMatchObject({ state: 'RS', city: null });
  });
});

describe('CEP provider (ViaCEP wire format, local stand-in)', () => {
  let server: Server;
  let mode: 'ok' | 'missing' | 'down' | 'slow' = 'ok';
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (mode === 'down') return void res.writeHead(503).end();
      if (mode === 'slow') return void setTimeout(() => res.end('{}'), 3_000);
      res.setHeader('content-type', 'application/json');
      if (mode === 'missing') return void res.end('{"erro": "true"}');
      expect(req.url).toBe('/ws/13083970/json/');
      res.end(
        JSON.stringify({
          cep: '13083-970',
          logradouro: 'Rua Sérgio Buarque de Holanda',
          bairro: 'Cidade Universitária',
          localidade: 'Campinas',
          uf: 'SP',
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
    vi.stubEnv('CEP_PROVIDER_URL', base);
    resetEnvForTests();
  });
  afterEach(() => {
    mode = 'ok';
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    resetEnvForTests();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fills street, district, city and state from the provider', async () => {
    expect(await lookupCep('13083970')).toEqual({
      cep: '13083970',
      street: 'Rua Sérgio Buarque de Holanda',
      district: 'Cidade Universitária',
      city: 'Campinas',
      state: 'SP',
      source: 'provider',
    });
  });

  it('believes the provider when it says the CEP does not exist', async () => {
    mode = 'missing';
    expect(await lookupCep('13083970')).toBeUndefined();
  });

  it('degrades to the local table when the provider is down or too slow', async () => {
    mode = 'down';
    expect(await lookupCep('13083970')).toMatchObject({
      state: 'SP',
      city: 'Campinas',
      source: 'local',
    });
    mode = 'slow';
    expect(await lookupCep('13083970')).toMatchObject({ source: 'local' });
  }, 10_000);
});
