import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;
export type SeenCall = { method: string; path: string; body: unknown };
export type SearchResponder = (index: string, body: Json, docs: Map<string, Json>) => Json;

const HEADERS = {
  'content-type': 'application/vnd.elasticsearch+json;compatible-with=9',
  // The v9 client rejects any 2xx answer without this header.
  'x-elastic-product': 'Elasticsearch',
};

const defaultResponder: SearchResponder = (_index, body, docs) => {
  const size = typeof body.size === 'number' ? body.size : 10;
  const ids = [...docs.keys()].slice(0, size);
  return {
    took: 1,
    timed_out: false,
    hits: {
      total: { value: docs.size, relation: 'eq' },
      hits: ids.map((id) => ({ _id: id, _score: 1 })),
    },
    aggregations: {},
  };
};

/**
 * A local server answering the Elasticsearch REST calls Loja makes (create index, aliases, bulk,
 * refresh, search) with the documented response shapes. Documents are kept in memory per index;
 * search answers come from `respond`, so a test decides what the cluster "found".
 */
export async function startElasticsearchStandIn() {
  const indices = new Map<string, Map<string, Json>>();
  const aliases = new Map<string, string>();
  const seen: SeenCall[] = [];
  const state = { down: false, respond: defaultResponder };
  const resolve = (name: string) => aliases.get(name) ?? name;

  function bulk(defaultIndex: string | undefined, ndjson: string) {
    const lines = ndjson
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Json);
    const items: Json[] = [];
    for (let i = 0; i < lines.length; i++) {
      const [op, meta] = Object.entries(lines[i]!)[0] as [string, { _id: string; _index?: string }];
      const index = resolve(meta._index ?? defaultIndex ?? '');
      const docs = indices.get(index);
      if (!docs) {
        items.push({
          [op]: { _id: meta._id, status: 404, error: { type: 'index_not_found_exception' } },
        });
        if (op === 'index') i++;
        continue;
      }
      if (op === 'index') {
        docs.set(meta._id, lines[++i]!);
        items.push({ index: { _id: meta._id, _index: index, status: 201, result: 'created' } });
      } else {
        const existed = docs.delete(meta._id);
        items.push({
          delete: {
            _id: meta._id,
            _index: index,
            status: existed ? 200 : 404,
            result: existed ? 'deleted' : 'not_found',
          },
        });
      }
    }
    return {
      took: 1,
      errors: items.some((it) => Object.values(it).some((r) => (r as Json).error)),
      items,
    };
  }

  function route(method: string, path: string, body: unknown): [number, unknown] {
    const parts = path.split('/').filter(Boolean);
    if (parts.length === 0)
      return [
        200,
        {
          name: 'stand-in',
          cluster_name: 'loja',
          version: { number: '9.1.0' },
          tagline: 'You Know, for Search',
        },
      ];
    if (parts[0] === '_bulk') return [200, bulk(undefined, String(body))];
    if (parts[0] === '_aliases' && method === 'POST') {
      for (const action of (body as { actions: Json[] }).actions) {
        const [type, args] = Object.entries(action)[0] as [
          string,
          { index: string; alias: string },
        ];
        if (type === 'add') aliases.set(args.alias, args.index);
        if (type === 'remove' && aliases.get(args.alias) === args.index) aliases.delete(args.alias);
      }
      return [200, { acknowledged: true }];
    }
    if (parts[0] === '_alias') {
      const target = aliases.get(parts[1]!);
      if (!target) return [404, { error: `alias [${parts[1]}] missing`, status: 404 }];
      return [200, { [target]: { aliases: { [parts[1]!]: {} } } }];
    }
    const index = parts[0]!;
    const action = parts[1];
    if (!action && method === 'PUT') {
      indices.set(index, new Map());
      return [200, { acknowledged: true, shards_acknowledged: true, index }];
    }
    if (!action && method === 'DELETE') {
      indices.delete(index);
      return [200, { acknowledged: true }];
    }
    const target = resolve(index);
    const docs = indices.get(target);
    if (!docs)
      return [
        404,
        {
          error: { type: 'index_not_found_exception', reason: `no such index [${index}]` },
          status: 404,
        },
      ];
    if (action === '_bulk') return [200, bulk(index, String(body))];
    if (action === '_settings' || action === '_refresh')
      return [200, { acknowledged: true, _shards: { total: 1, successful: 1, failed: 0 } }];
    if (action === '_search') return [200, state.respond(target, (body ?? {}) as Json, docs)];
    return [400, { error: `stand-in does not implement ${method} ${path}` }];
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      const isNdjson = path.endsWith('_bulk');
      const body = raw ? (isNdjson ? raw : JSON.parse(raw)) : undefined;
      seen.push({ method: req.method ?? '', path, body });
      if (state.down) {
        res.writeHead(503, HEADERS);
        return res.end(JSON.stringify({ error: 'unavailable', status: 503 }));
      }
      const [status, payload] = route(req.method ?? 'GET', path, body);
      res.writeHead(status, HEADERS);
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(payload));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    indices,
    aliases,
    docsOf: (name: string) => indices.get(resolve(name)) ?? new Map<string, Json>(),
    setDown: (down: boolean) => {
      state.down = down;
    },
    setResponder: (respond: SearchResponder | null) => {
      state.respond = respond ?? defaultResponder;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
