import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

type Command = [string, ...(string | number)[]];
type Reply = { result: unknown } | { error: string };

/**
 * A local stand-in for Upstash's REST API (POST / with one command as a JSON array, /pipeline
 * and /multi-exec with an array of them; Bearer token auth), executing on a real Redis server.
 * Tests run the real @upstash/redis client against it.
 */
export async function startUpstashRedisStandIn(redisUrl: string, token = 'stand-in-token') {
  const redis = new Redis(redisUrl);
  const run = async ([name, ...args]: Command): Promise<Reply> => {
    try {
      return { result: await redis.call(name, ...args.map(String)) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (req.headers.authorization !== `Bearer ${token}`)
        return reply(401, { error: 'Unauthorized' });
      const parsed = JSON.parse(body || '[]') as Command | Command[];
      if (req.url === '/pipeline')
        return reply(200, await Promise.all((parsed as Command[]).map(run)));
      if (req.url === '/multi-exec') {
        const results = await redis
          .multi((parsed as Command[]).map(([n, ...a]) => ['call', n, ...a.map(String)]))
          .exec();
        return reply(
          200,
          (results ?? []).map(([err, result]) => (err ? { error: err.message } : { result })),
        );
      }
      return reply(200, await run(parsed as Command));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      redis.disconnect();
    },
  };
}
