/**
 * The tracking endpoints on real PostgreSQL through their route handlers: who may post positions,
 * what is stored, and who receives which live events over SSE (LISTEN/NOTIFY underneath).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postPositions } from '@/app/api/tracking/positions/route';
import { GET as orderEvents } from '@/app/api/tracking/orders/[number]/events/route';
import { GET as orderSnapshot } from '@/app/api/tracking/orders/[number]/route';
import { GET as courierEvents } from '@/app/api/tracking/couriers/events/route';
import { courierLatestPositions, courierPositions } from '@/db/schema';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { resetRealtimeForTests } from '@/lib/realtime';
import { readSse } from '@/lib/realtime/testing/read-sse';
import { insertCourierUser, insertRoute, insertTrackedOrder } from './testing/tracking-fixtures';
import { trackingTokenFor } from './tracking-token';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
const cookies = new Map<string, string>();
let courierA: Awaited<ReturnType<typeof insertCourierUser>>;
let courierB: Awaited<ReturnType<typeof insertCourierUser>>;
let ownerOrder: Awaited<ReturnType<typeof insertTrackedOrder>>;
let guestOrder: Awaited<ReturnType<typeof insertTrackedOrder>>;
let ip = 0;

async function cookieFor(
  name: string,
  user: { id: string; email: string; role: 'customer' | 'admin' | 'courier' },
) {
  const c = await sessionCookieFor(user);
  cookies.set(name, `${c.name}=${c.value}`);
}

beforeAll(async () => {
  t = await useAuthTestDatabase();
  courierA = await insertCourierUser(t.db, 'Ana');
  courierB = await insertCourierUser(t.db, 'Bruno');
  const owner = await createTestUser(t.db);
  const other = await createTestUser(t.db);
  const logistics = await createTestUser(t.db, { role: 'admin', permissions: ['logistics'] });
  ownerOrder = await insertTrackedOrder(t.db, { userId: owner.id, lat: -23.5614, lng: -46.6559 });
  guestOrder = await insertTrackedOrder(t.db, { lat: -23.57, lng: -46.64 });
  await insertRoute(t.db, courierA.courierId, [guestOrder.id, ownerOrder.id]);
  await cookieFor('courierA', courierA.user);
  await cookieFor('courierB', courierB.user);
  await cookieFor('owner', owner);
  await cookieFor('other', other);
  await cookieFor('logistics', logistics);
}, 60_000);

afterAll(async () => {
  await resetRealtimeForTests();
  await t.release();
});

function request(
  path: string,
  init: { as?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  ip += 1;
  return new Request(`http://loja.test${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.51.100.${ip % 250}`,
      ...(init.as ? { cookie: cookies.get(init.as)! } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

const post = (as: string | undefined, body: unknown) =>
  postPositions(request('/api/tracking/positions', { as, body }));

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

function subscribe(number: string, as?: string, query = '') {
  return orderEvents(request(`/api/tracking/orders/${number}/events${query}`, { as }), {
    params: Promise.resolve({ number }),
  });
}

describe('POST /api/tracking/positions', () => {
  it('refuses anyone but a courier, and changes nothing', async () => {
    const body = { points: [{ lat: -23.56, lng: -46.65, recordedAt: at(5) }] };
    expect((await post(undefined, body)).status).toBe(401);
    expect((await post('owner', body)).status).toBe(403);
    expect((await post('logistics', body)).status).toBe(403);
    expect(await t.db.select().from(courierPositions)).toHaveLength(0);
  });

  it('stores points under the authenticated courier; a courier id in the body is refused', async () => {
    const forged = {
      courierId: courierB.user.id,
      points: [{ lat: -23.56, lng: -46.65, recordedAt: at(60) }],
    };
    const refused = await post('courierA', forged);
    expect(refused.status).toBe(422);
    const ok = await post('courierA', {
      points: [{ lat: -23.56, lng: -46.65, recordedAt: at(60) }],
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ accepted: 1, duplicates: 0, flagged: 0, live: true });
    const rows = await t.db.select().from(courierPositions);
    expect(rows.map((r) => r.courierId)).toEqual([courierA.user.id]);
    const ofB = await t.db
      .select()
      .from(courierLatestPositions)
      .where(eq(courierLatestPositions.courierId, courierB.user.id));
    expect(ofB).toEqual([]);
  });

  it('ignores duplicates and never moves the live position back for an older report', async () => {
    const newer = { lat: -23.5605, lng: -46.6505, recordedAt: at(30) };
    const first = await (await post('courierA', { points: [newer] })).json();
    expect(first).toMatchObject({ accepted: 1, live: true });
    const again = await (await post('courierA', { points: [newer] })).json();
    expect(again).toEqual({ accepted: 0, duplicates: 1, flagged: 0, live: false });
    const older = await (
      await post('courierA', { points: [{ lat: -23.5601, lng: -46.6501, recordedAt: at(45) }] })
    ).json();
    expect(older).toMatchObject({ accepted: 1, live: false });
    const [live] = await t.db
      .select()
      .from(courierLatestPositions)
      .where(eq(courierLatestPositions.courierId, courierA.user.id));
    expect(live).toMatchObject({ lat: newer.lat, lng: newer.lng });
  });

  it('stores an impossible jump flagged, without making it the live position', async () => {
    // ~300 km away 10 s after the last report.
    const res = await post('courierA', {
      points: [{ lat: -21.0, lng: -46.65, recordedAt: at(20) }],
    });
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, flagged: 1, live: false });
    const [stored] = await t.db
      .select()
      .from(courierPositions)
      .where(eq(courierPositions.lat, -21.0));
    expect(stored?.flagged).toBe('impossible_jump');
    const [live] = await t.db
      .select()
      .from(courierLatestPositions)
      .where(eq(courierLatestPositions.courierId, courierA.user.id));
    expect(live?.lat).toBe(-23.5605);
  });

  it.each([
    ['a latitude out of range', { lat: 91, lng: 0, recordedAt: at(1) }, 'points.0.lat'],
    [
      'a future timestamp',
      { lat: 0, lng: 0, recordedAt: new Date(Date.now() + 3_600_000).toISOString() },
      'points.0.recordedAt',
    ],
    ['a day-old timestamp', { lat: 0, lng: 0, recordedAt: at(86_400) }, 'points.0.recordedAt'],
  ])('refuses %s with 422 naming the field', async (_, point, field) => {
    const res = await post('courierA', { points: [point] });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain(field);
  });

  it('refuses an empty batch and one over 100 points', async () => {
    expect((await post('courierA', { points: [] })).status).toBe(422);
    const many = Array.from({ length: 101 }, (_, i) => ({
      lat: -23.5,
      lng: -46.6,
      recordedAt: at(200 + i),
    }));
    expect((await post('courierA', { points: many })).status).toBe(422);
  });
});

describe('GET /api/tracking/orders/[number]/events (SSE)', () => {
  it('is 404 for another shopper, an anonymous caller and a wrong token', async () => {
    expect((await subscribe(ownerOrder.number, 'other')).status).toBe(404);
    expect((await subscribe(ownerOrder.number)).status).toBe(404);
    expect((await subscribe(guestOrder.number, undefined, '?t=wrong')).status).toBe(404);
    // A valid token of one order opens no other order.
    const tokenOfGuest = trackingTokenFor(guestOrder.id);
    expect((await subscribe(ownerOrder.number, undefined, `?t=${tokenOfGuest}`)).status).toBe(404);
    const snapshot = await orderSnapshot(
      request(`/api/tracking/orders/${ownerOrder.number}`, { as: 'other' }),
      { params: Promise.resolve({ number: ownerOrder.number }) },
    );
    expect(snapshot.status).toBe(404);
  });

  it('streams a snapshot, then each new position and ETA to the owner', async () => {
    const res = await subscribe(ownerOrder.number, 'owner');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const sse = readSse(res.body!);
    const snapshot = await sse.nextOf('snapshot');
    expect(snapshot.data).toMatchObject({
      number: ownerOrder.number,
      courier: { firstName: 'Ana' },
      stop: { number: 2, before: 1 },
      deliveryCode: '4821',
    });
    // Nothing about the other stop of the route leaks.
    expect(JSON.stringify(snapshot.data)).not.toContain(guestOrder.id);
    const sent = Date.now();
    await post('courierA', { points: [{ lat: -23.561, lng: -46.651, recordedAt: at(1) }] });
    const position = await sse.nextOf('position');
    expect(position.data).toMatchObject({ lat: -23.561, lng: -46.651 });
    expect(Date.now() - sent).toBeLessThan(1_000);
    const eta = await sse.nextOf('eta');
    expect(eta.data).toMatchObject({ stopNumber: 2, stopsBefore: 1 });
    await sse.close();
  });

  it('lets a guest in with the tracking token, and delivers status changes', async () => {
    const res = await subscribe(
      guestOrder.number,
      undefined,
      `?t=${trackingTokenFor(guestOrder.id)}`,
    );
    expect(res.status).toBe(200);
    const sse = readSse(res.body!);
    await sse.nextOf('snapshot');
    await t.pool.query(`update orders set status = 'delivered' where id = $1`, [guestOrder.id]);
    const status = await sse.nextOf('status');
    expect(status.data).toMatchObject({ orderStatus: 'delivered' });
    await sse.close();
  });

  it('does not deliver one order\u2019s events on another order\u2019s stream', async () => {
    const other = await insertTrackedOrder(t.db, { userId: null, lat: -23.6, lng: -46.7 });
    const res = await subscribe(other.number, undefined, `?t=${trackingTokenFor(other.id)}`);
    const sse = readSse(res.body!);
    await sse.nextOf('snapshot');
    await post('courierA', { points: [{ lat: -23.5611, lng: -46.6511, recordedAt: at(0) }] });
    await expect(sse.nextOf('position', 700)).rejects.toThrow('no SSE event in time');
    await sse.close();
  });
});

describe('GET /api/tracking/couriers/events (admin live map)', () => {
  it('needs the logistics permission', async () => {
    const call = (as?: string) => courierEvents(request('/api/tracking/couriers/events', { as }));
    expect((await call()).status).toBe(401);
    expect((await call('owner')).status).toBe(403);
    expect((await call('courierA')).status).toBe(403);
    const res = await call('logistics');
    expect(res.status).toBe(200);
    const sse = readSse(res.body!);
    const snapshot = await sse.nextOf('snapshot');
    expect(snapshot.data).toMatchObject({
      couriers: [expect.objectContaining({ firstName: 'Ana' })],
    });
    await post('courierA', {
      points: [{ lat: -23.5612, lng: -46.6512, recordedAt: new Date().toISOString() }],
    });
    const position = await sse.nextOf('position');
    expect(position.data).toMatchObject({
      courierId: courierA.user.id,
      firstName: 'Ana',
      lat: -23.5612,
    });
    await sse.close();
  });
});
