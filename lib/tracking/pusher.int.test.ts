/**
 * The Pusher transport with the real `pusher` package against a local stand-in of the Channels
 * HTTP API (signature checked as Pusher documents), the /api/pusher/auth channel authorisation
 * (signature recomputed here), the fan-out of a courier's position, and /health when Pusher fails.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as pusherAuth } from '@/app/api/pusher/auth/route';
import { POST as postPositions } from '@/app/api/tracking/positions/route';
import { GET as health } from '@/app/health/route';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { getRealtime } from '@/lib/realtime';
import { PgRealtimeHub } from '@/lib/realtime/pg-realtime-hub';
import { createPusherClient, PusherPublisher } from '@/lib/realtime/pusher-publisher';
import { expectedChannelAuth, usePusherStandIn } from '@/lib/realtime/testing/pusher-stand-in';
import { insertCourierUser, insertRoute, insertTrackedOrder } from './testing/tracking-fixtures';
import { trackingTokenFor } from './tracking-token';

const APP = { id: '4242', key: 'stand-in-key', secret: 'stand-in-secret' };
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof usePusherStandIn>>;
const cookies = new Map<string, string>();
let owned: { id: string; number: string };
let guest: { id: string; number: string };
let ip = 0;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  standIn = await usePusherStandIn(APP);
  const owner = await createTestUser(t.db);
  const other = await createTestUser(t.db);
  const admin = await createTestUser(t.db, { role: 'admin', permissions: ['logistics'] });
  const courier = await insertCourierUser(t.db, 'Carla');
  owned = await insertTrackedOrder(t.db, { userId: owner.id, lat: -23.55, lng: -46.63 });
  guest = await insertTrackedOrder(t.db, { lat: -23.56, lng: -46.64 });
  await insertRoute(t.db, courier.courierId, [owned.id, guest.id]);
  for (const [name, user] of [
    ['owner', owner],
    ['other', other],
    ['admin', admin],
    ['courier', courier.user],
  ] as const) {
    const c = await sessionCookieFor(user);
    cookies.set(name, `${c.name}=${c.value}`);
  }
}, 60_000);

afterAll(async () => {
  await standIn.stop();
  await t.release();
});

function authRequest(as: string | undefined, form: Record<string, string>) {
  ip += 1;
  return pusherAuth(
    new Request('http://loja.test/api/pusher/auth', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `198.51.100.${ip}`,
        ...(as ? { cookie: cookies.get(as)! } : {}),
      },
      body: new URLSearchParams(form).toString(),
    }),
  );
}

describe('Pusher driver against the stand-in', () => {
  it('publishes signed batches to private channels, 10 events per call at most', async () => {
    const publisher = new PusherPublisher(
      createPusherClient({
        appId: APP.id,
        key: APP.key,
        secret: APP.secret,
        cluster: 'sa1',
        host: '127.0.0.1',
        port: standIn.port,
      }),
    );
    const messages = Array.from({ length: 12 }, (_, i) => ({
      channel: `order-test-${i}`,
      event: 'position' as const,
      data: { lat: -23.5, lng: -46.6, at: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z` },
    }));
    const before = standIn.events.length;
    await publisher.publish(messages);
    const received = standIn.events.slice(before);
    expect(standIn.rejected).toEqual([]);
    expect(received).toHaveLength(12);
    expect(received[0]).toEqual({
      channel: 'private-order-test-0',
      name: 'position',
      data: JSON.stringify(messages[0]!.data),
    });
    expect(publisher.isFailing()).toBe(false);
    expect(await publisher.probe()).toBe(true);
  });

  it('a wrong secret is refused by the stand-in (the check is real)', async () => {
    const publisher = new PusherPublisher(
      createPusherClient({
        appId: APP.id,
        key: APP.key,
        secret: 'wrong',
        cluster: 'sa1',
        host: '127.0.0.1',
        port: standIn.port,
      }),
    );
    await publisher.publish([{ channel: 'order-x', event: 'eta', data: {} }]);
    expect(publisher.isFailing()).toBe(true);
    expect(standIn.rejected.at(-1)).toBe('auth_signature mismatch');
    standIn.rejected.length = 0;
  });

  it('fans a courier position out to the order channels of its route', async () => {
    const before = standIn.events.length;
    const res = await postPositions(
      new Request('http://loja.test/api/tracking/positions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.get('courier')! },
        body: JSON.stringify({
          points: [{ lat: -23.54, lng: -46.62, recordedAt: new Date().toISOString() }],
        }),
      }),
    );
    expect(res.status).toBe(200);
    const received = standIn.events.slice(before);
    const channels = new Set(received.map((e) => e.channel));
    expect(channels).toEqual(
      new Set([`private-order-${owned.id}`, `private-order-${guest.id}`, 'private-logistics']),
    );
    const eta = received.find((e) => e.channel === `private-order-${guest.id}` && e.name === 'eta');
    expect(JSON.parse(eta!.data)).toMatchObject({ stopNumber: 2, stopsBefore: 1 });
  });
});

describe('status changes over Pusher', () => {
  it('are relayed from the database trigger by exactly one instance', async () => {
    const { hub } = getRealtime();
    await vi.waitFor(() => expect(hub.isRelayLeader()).toBe(true));
    const second = new PgRealtimeHub({
      connectionString: t.url,
      query: (q, v) => t.pool.query(q, v),
    });
    const relayedBySecond: unknown[] = [];
    await second.startRelay((m) => relayedBySecond.push(...m));
    expect(second.isRelayLeader()).toBe(false);
    const before = standIn.events.length;
    await t.pool.query(`update orders set status = 'ready_for_dispatch' where id = $1`, [guest.id]);
    await vi.waitFor(() =>
      expect(standIn.events.slice(before)).toContainEqual({
        channel: `private-order-${guest.id}`,
        name: 'status',
        data: expect.stringContaining('ready_for_dispatch'),
      }),
    );
    await t.pool.query(`update orders set status = 'out_for_delivery' where id = $1`, [guest.id]);
    await vi.waitFor(() => expect(standIn.events.length - before).toBe(2));
    expect(relayedBySecond).toEqual([]);
    await second.close();
  });
});

describe('POST /api/pusher/auth', () => {
  const socket = '1234.5678';

  it('signs the owner\u2019s order channel as Pusher documents', async () => {
    const channel = `private-order-${owned.id}`;
    const res = await authRequest('owner', { socket_id: socket, channel_name: channel });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      auth: expectedChannelAuth(APP.key, APP.secret, socket, channel),
    });
  });

  it('signs a guest\u2019s order channel only with that order\u2019s tracking token', async () => {
    const channel = `private-order-${guest.id}`;
    const ok = await authRequest(undefined, {
      socket_id: socket,
      channel_name: channel,
      t: trackingTokenFor(guest.id),
    });
    expect(await ok.json()).toEqual({
      auth: expectedChannelAuth(APP.key, APP.secret, socket, channel),
    });
    const wrong = await authRequest(undefined, {
      socket_id: socket,
      channel_name: channel,
      t: trackingTokenFor(owned.id),
    });
    expect(wrong.status).toBe(403);
  });

  it('refuses another shopper, anonymous callers, unknown channels and the admin channel to non-admins', async () => {
    const ownedChannel = `private-order-${owned.id}`;
    for (const [as, channel] of [
      ['other', ownedChannel],
      [undefined, ownedChannel],
      ['courier', ownedChannel],
      ['owner', 'private-logistics'],
      ['owner', `private-order-${guest.id}`],
      ['owner', 'presence-everything'],
      ['owner', `order-${owned.id}`],
    ] as const) {
      const res = await authRequest(as, { socket_id: socket, channel_name: channel });
      expect(res.status, `${as ?? 'anonymous'} → ${channel}`).toBe(403);
      expect(await res.json()).not.toHaveProperty('auth');
    }
  });

  it('signs the logistics channel for the logistics permission; rejects a malformed socket id', async () => {
    const ok = await authRequest('admin', { socket_id: socket, channel_name: 'private-logistics' });
    expect(await ok.json()).toEqual({
      auth: expectedChannelAuth(APP.key, APP.secret, socket, 'private-logistics'),
    });
    const bad = await authRequest('owner', {
      socket_id: 'nope',
      channel_name: `private-order-${owned.id}`,
    });
    expect(bad.status).toBe(422);
  });
});

describe('Pusher down', () => {
  it('keeps accepting positions, still delivers over SSE, and /health says degraded', async () => {
    standIn.setFailing(true);
    const { hub } = getRealtime();
    const received: unknown[] = [];
    const unsubscribe = await hub.subscribe(`order-${owned.id}`, (m) => received.push(m.event));
    const res = await postPositions(
      new Request('http://loja.test/api/tracking/positions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.get('courier')! },
        body: JSON.stringify({
          points: [{ lat: -23.5401, lng: -46.6201, recordedAt: new Date().toISOString() }],
        }),
      }),
    );
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(received).toContain('position'));
    unsubscribe();
    const down = await health(new Request('http://loja.test/health'));
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'degraded' });
    standIn.setFailing(false);
    await getRealtime().pusher!.publish([{ channel: 'order-x', event: 'eta', data: {} }]);
    const up = await health(new Request('http://loja.test/health'));
    expect(up.status).toBe(200);
  });
});
