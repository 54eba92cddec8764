/**
 * The app side of `npm run bench:tracking` when no production build is used: Loja's real tracking
 * route handlers behind a bare node:http server (what `next start` does for these routes, minus
 * Next's routing layer). Run by the bench in its own process so its CPU and memory are measured
 * apart from the load generator. Env: DATABASE_URL, PORT.
 */
import { createServer, type IncomingMessage } from 'node:http';

type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type Route = { method: string; pattern: RegExp; load: () => Promise<Handler> };

const routes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/tracking\/positions$/,
    load: async () => (await import('@/app/api/tracking/positions/route')).POST as Handler,
  },
  {
    method: 'GET',
    pattern: /^\/api\/tracking\/orders\/(?<number>[^/]+)\/events$/,
    load: async () =>
      (await import('@/app/api/tracking/orders/[number]/events/route')).GET as Handler,
  },
];

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const port = Number(process.env.PORT ?? 3999);
async function main() {
  const handlers = await Promise.all(routes.map(async (r) => ({ ...r, handler: await r.load() })));
  createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const route = handlers.find((r) => r.method === req.method && r.pattern.test(url.pathname));
      if (!route) return res.writeHead(404).end();
      const params = route.pattern.exec(url.pathname)?.groups ?? {};
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string') headers.set(k, v);
      const request = new Request(url, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? await readBody(req) : undefined,
        signal: abort.signal,
      });
      const response = await route.handler(request, { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.flushHeaders();
      if (!response.body) return res.end();
      try {
        for await (const chunk of response.body) res.write(chunk);
      } catch {
        // the client went away
      }
      res.end();
    })().catch(() => res.writeHead(500).end());
  }).listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
}

void main();
