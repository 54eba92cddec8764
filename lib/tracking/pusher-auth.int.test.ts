/**
 * The admin live map's Pusher channel: `private-logistics` is signed (as Pusher documents, the
 * signature recomputed here) only for staff holding the logistics permission; every other staff
 * member, a courier, a shopper and an anonymous caller get 403 and no signature. And a position
 * fanned out to LOGISTICS_CHANNEL reaches Pusher under that private name (the stand-in records
 * what the real `pusher` package sent, signature checked).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as pusherAuth } from '@/app/api/pusher/auth/route';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { LOGISTICS_CHANNEL, publishRealtime } from '@/lib/realtime';
import { expectedChannelAuth, usePusherStandIn } from '@/lib/realtime/testing/pusher-stand-in';
import { insertCourierUser } from './testing/tracking-fixtures';

const APP = { id: '4243', key: 'live-map-key', secret: 'live-map-secret' };
const SOCKET = '4321.8765';
const CHANNEL = `private-${LOGISTICS_CHANNEL}`;
let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let standIn: Awaited<ReturnType<typeof usePusherStandIn>>;
const cookies = new Map<string, string>();
let ip = 0;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  standIn = await usePusherStandIn(APP);
  const users = {
    logistics: await createTestUser(t.db, { role: 'admin', permissions: ['logistics'] }),
    superAdmin: await createTestUser(t.db, { role: 'admin', superAdmin: true }),
    ordersStaff: await createTestUser(t.db, {
      role: 'admin',
      permissions: ['orders', 'catalog', 'inventory', 'customers', 'settings', 'staff'],
    }),
    noPermissions: await createTestUser(t.db, { role: 'admin', permissions: [] }),
    shopper: await createTestUser(t.db),
    courier: (await insertCourierUser(t.db, 'Caio')).user,
  };
  for (const [name, user] of Object.entries(users)) {
    const c = await sessionCookieFor(user);
    cookies.set(name, `${c.name}=${c.value}`);
  }
}, 60_000);

afterAll(async () => {
  await standIn.stop();
  await t.release();
});

function subscribe(as: string | undefined, channel = CHANNEL) {
  ip += 1;
  return pusherAuth(
    new Request('http://loja.test/api/pusher/auth', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `203.0.113.${ip}`,
        ...(as ? { cookie: cookies.get(as)! } : {}),
      },
      body: new URLSearchParams({ socket_id: SOCKET, channel_name: channel }).toString(),
    }),
  );
}

describe('private-logistics over /api/pusher/auth', () => {
  it('is signed for staff with the logistics permission (and the super admin)', async () => {
    for (const as of ['logistics', 'superAdmin']) {
      const res = await subscribe(as);
      expect(res.status, as).toBe(200);
      expect(await res.json()).toEqual({
        auth: expectedChannelAuth(APP.key, APP.secret, SOCKET, CHANNEL),
      });
    }
  });

  it('is refused (403, no signature) to staff without logistics, couriers, shoppers, anonymous', async () => {
    for (const as of ['ordersStaff', 'noPermissions', 'courier', 'shopper', undefined]) {
      const res = await subscribe(as);
      expect(res.status, as ?? 'anonymous').toBe(403);
      expect(await res.json()).not.toHaveProperty('auth');
    }
  });

  it('signs only the exact private name: the public or a look-alike name is refused', async () => {
    for (const channel of [LOGISTICS_CHANNEL, `${CHANNEL}-x`, `presence-${LOGISTICS_CHANNEL}`]) {
      const res = await subscribe('logistics', channel);
      expect(res.status, channel).toBe(403);
    }
  });
});

describe('the Pusher driver', () => {
  it('publishes LOGISTICS_CHANNEL messages on private-logistics', async () => {
    const before = standIn.events.length;
    const data = { courierId: 'c-1', firstName: 'Caio', lat: -23.5, lng: -46.6, at: 'now' };
    await publishRealtime([{ channel: LOGISTICS_CHANNEL, event: 'position', data }]);
    await vi.waitFor(() =>
      expect(standIn.events.slice(before)).toContainEqual({
        channel: CHANNEL,
        name: 'position',
        data: JSON.stringify(data),
      }),
    );
    expect(standIn.rejected).toEqual([]);
  });
});
