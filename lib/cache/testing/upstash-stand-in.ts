import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Entry = { value: string; expiresAt: number | null };

/**
 * A local server speaking Upstash's REST protocol (POST / with a JSON command array, bearer
 * token, {"result": …} replies) and /pipeline, over the commands the cache uses, backed by an in-memory map.
 */
export async function startUpstashStandIn(token: string) {
  const data = new Map<string, Entry>();
  const state = { down: false };
  const read = (key: string) => {
    const entry = data.get(key);
    if (entry?.expiresAt && entry.expiresAt <= Date.now()) data.delete(key);
    return data.get(key)?.value ?? null;
  };
  const run = ([name, ...args]: string[]): unknown => {
    switch (name?.toLowerCase()) {
      case 'ping':
        return 'PONG';
      case 'get':
        return read(args[0]!);
      case 'mget':
        return args.map(read);
      case 'set': {
        const ex = args.findIndex((a) => a.toLowerCase() === 'ex');
        const seconds = ex >= 0 ? Number(args[ex + 1]) : null;
        data.set(args[0]!, {
          value: args[1]!,
          expiresAt: seconds ? Date.now() + seconds * 1000 : null,
        });
        return 'OK';
      }
      case 'del':
        return args.filter((key) => data.delete(key)).length;
      case 'incr': {
        const next = Number(read(args[0]!) ?? 0) + 1;
        data.set(args[0]!, { value: String(next), expiresAt: null });
        return next;
      }
      default:
        throw new Error(`ERR unknown command '${name}'`);
    }
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (state.down) return reply(503, { error: 'service unavailable' });
      if (req.headers.authorization !== `Bearer ${token}`)
        return reply(401, { error: 'Unauthorized' });
      const exec = (command: unknown[]) => {
        try {
          return { result: run(command.map(String)) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      };
      // The Node client auto-pipelines: POST /pipeline with a list of commands, a list of replies.
      if (req.url === '/pipeline') return reply(200, (JSON.parse(body) as unknown[][]).map(exec));
      const single = exec(JSON.parse(body) as unknown[]);
      reply('error' in single ? 400 : 200, single);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    data,
    setDown: (down: boolean) => {
      state.down = down;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
