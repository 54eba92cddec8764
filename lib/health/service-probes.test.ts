import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createElasticsearchClient, pingElasticsearch } from '@/lib/search/elasticsearch-client';
import { createQdrantClient, pingQdrant } from '@/lib/vectors/qdrant-client';
import { closedPortUrl, startStandIn } from './testing/stand-in-server';

// What Elasticsearch 9 answers on its root; the client checks x-elastic-product on every 2xx.
const ES_ROOT = {
  name: 'node-1',
  cluster_name: 'loja',
  cluster_uuid: 'x7b3WZ9yQn2mJ4k5L6p8Aw',
  version: {
    number: '9.1.0',
    build_flavor: 'default',
    lucene_version: '10.2.2',
    minimum_wire_compatibility_version: '8.19.0',
    minimum_index_compatibility_version: '8.0.0',
  },
  tagline: 'You Know, for Search',
};

describe('Elasticsearch probe (real client against a wire-format stand-in)', () => {
  let es: Awaited<ReturnType<typeof startStandIn>>;
  beforeAll(async () => {
    es = await startStandIn((req, mode) => ({
      status: req.url === '/' ? 200 : 404,
      headers: {
        'content-type': 'application/vnd.elasticsearch+json;compatible-with=9',
        ...(mode === 'impostor' ? {} : { 'x-elastic-product': 'Elasticsearch' }),
      },
      body: JSON.stringify(ES_ROOT),
    }));
  });
  afterAll(() => es.close());
  beforeEach(() => {
    es.seen.length = 0;
    es.setMode('ok');
  });
  const client = (url = es.url) =>
    createElasticsearchClient({ url, apiKey: 'es-key-123', requestTimeoutMs: 300, maxRetries: 0 });

  it('is up when the cluster answers HEAD / as Elasticsearch, sending the API key', async () => {
    expect(await pingElasticsearch(client(), 300)).toBe(true);
    expect(es.seen[0]).toMatchObject({ method: 'HEAD', url: '/' });
    expect(es.seen[0]?.headers.authorization).toBe('ApiKey es-key-123');
  });

  it('is down on a 500, on a non-Elasticsearch server, on a hang and on a closed port', async () => {
    es.setMode('error');
    expect(await pingElasticsearch(client(), 300)).toBe(false);
    es.setMode('impostor');
    expect(await pingElasticsearch(client(), 300)).toBe(false);
    es.setMode('hang');
    const started = Date.now();
    expect(await pingElasticsearch(client(), 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await pingElasticsearch(client(await closedPortUrl()), 300)).toBe(false);
  });
});

describe('Qdrant probe (real client against a wire-format stand-in)', () => {
  let qdrant: Awaited<ReturnType<typeof startStandIn>>;
  beforeAll(async () => {
    qdrant = await startStandIn((req) =>
      req.url === '/collections'
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              result: { collections: [{ name: 'products' }] },
              status: 'ok',
              time: 0.0001,
            }),
          }
        : {
            status: 404,
            headers: { 'content-type': 'application/json' },
            body: '{"status":{"error":"Not found"}}',
          },
    );
  });
  afterAll(() => qdrant.close());
  beforeEach(() => {
    qdrant.seen.length = 0;
    qdrant.setMode('ok');
  });
  const client = (url = qdrant.url) => createQdrantClient({ url, timeoutMs: 300 });

  it('is up when GET /collections lists collections', async () => {
    expect(await pingQdrant(client())).toBe(true);
    expect(qdrant.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /collections']);
  });

  it('is down on a 500, on a hang and on a closed port', async () => {
    qdrant.setMode('error');
    expect(await pingQdrant(client())).toBe(false);
    qdrant.setMode('hang');
    const started = Date.now();
    expect(await pingQdrant(client())).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await pingQdrant(client(await closedPortUrl()))).toBe(false);
  });
});
