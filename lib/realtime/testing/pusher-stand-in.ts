import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { resetRealtimeForTests } from '@/lib/realtime';

export type ReceivedEvent = { channel: string; name: string; data: string };

/**
 * A local stand-in for Pusher Channels' HTTP API, checking requests the way Pusher documents
 * (https://pusher.com/docs/channels/library_auth_reference/rest-api/#authentication): the query
 * carries auth_key, auth_timestamp (±600 s), auth_version=1.0, body_md5 (hex MD5 of the body) and
 * auth_signature = hex HMAC-SHA256(secret, "METHOD\nPATH\nsorted lower-cased query without
 * auth_signature"). It serves POST /apps/{id}/events, POST /apps/{id}/batch_events and
 * GET /apps/{id}/channels; `failing` makes every call answer 500, as an outage would.
 */
export async function startPusherStandIn(app: { id: string; key: string; secret: string }) {
  const events: ReceivedEvent[] = [];
  const rejected: string[] = [];
  const state = { failing: false };

  function verify(req: IncomingMessage, url: URL, body: string): string | null {
    const query = Object.fromEntries(url.searchParams);
    if (query.auth_key !== app.key) return 'unknown auth_key';
    if (query.auth_version !== '1.0') return 'auth_version must be 1.0';
    if (Math.abs(Date.now() / 1000 - Number(query.auth_timestamp)) > 600)
      return 'stale auth_timestamp';
    if (body && query.body_md5 !== createHash('md5').update(body).digest('hex'))
      return 'body_md5 mismatch';
    const signed = Object.keys(query)
      .filter((k) => k !== 'auth_signature')
      .map((k) => k.toLowerCase())
      .sort()
      .map((k) => `${k}=${url.searchParams.get(k)}`)
      .join('&');
    const expected = createHmac('sha256', app.secret)
      .update(`${req.method}\n${url.pathname}\n${signed}`)
      .digest('hex');
    const given = Buffer.from(query.auth_signature ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
      return 'auth_signature mismatch';
    }
    return null;
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      if (state.failing) return res.writeHead(500).end('stand-in is down');
      const problem = verify(req, url, body);
      if (problem) {
        rejected.push(problem);
        return res.writeHead(401).end(problem);
      }
      const base = `/apps/${app.id}`;
      if (req.method === 'GET' && url.pathname === `${base}/channels`) {
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"channels":{}}');
      }
      if (req.method === 'POST' && url.pathname === `${base}/events`) {
        const e = JSON.parse(body) as {
          name: string;
          data: string;
          channels?: string[];
          channel?: string;
        };
        for (const channel of e.channels ?? [e.channel!])
          events.push({ channel, name: e.name, data: e.data });
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }
      if (req.method === 'POST' && url.pathname === `${base}/batch_events`) {
        const { batch } = JSON.parse(body) as { batch: ReceivedEvent[] };
        if (batch.length > 10) return res.writeHead(400).end('batch over 10 events');
        events.push(...batch.map(({ channel, name, data }) => ({ channel, name, data })));
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"batch":[]}');
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    events,
    rejected,
    setFailing: (failing: boolean) => void (state.failing = failing),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Pusher's documented channel-auth signature: hex HMAC-SHA256(secret, "socket_id:channel"). */
export function expectedChannelAuth(
  key: string,
  secret: string,
  socketId: string,
  channel: string,
) {
  return `${key}:${createHmac('sha256', secret).update(`${socketId}:${channel}`).digest('hex')}`;
}

/**
 * The stand-in with this process's Pusher driver pointed at it (PUSHER_* stubbed, env and realtime
 * reset); `stop` closes it and undoes both.
 */
export async function usePusherStandIn(app: { id: string; key: string; secret: string }) {
  const standIn = await startPusherStandIn(app);
  vi.stubEnv('PUSHER_APP_ID', app.id);
  vi.stubEnv('PUSHER_KEY', app.key);
  vi.stubEnv('PUSHER_SECRET', app.secret);
  vi.stubEnv('PUSHER_CLUSTER', 'sa1');
  vi.stubEnv('PUSHER_HOST', '127.0.0.1');
  vi.stubEnv('PUSHER_PORT', String(standIn.port));
  resetEnvForTests();
  await resetRealtimeForTests();
  return Object.assign(standIn, {
    async stop() {
      await resetRealtimeForTests();
      await standIn.close();
      vi.unstubAllEnvs();
      resetEnvForTests();
    },
  });
}
