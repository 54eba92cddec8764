/**
 * Replaying courier actions (the courier app's offline queue) through the route handlers on real
 * PostgreSQL: the same Idempotency-Key answers the same without a second effect; a new key is a
 * new action that the stop's state machine judges.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postArrive } from '@/app/api/courier/stops/[id]/arrive/route';
import { POST as postDeliver } from '@/app/api/courier/stops/[id]/deliver/route';
import { POST as postFail } from '@/app/api/courier/stops/[id]/fail/route';
import { courierActions, deliveryProofs, orderEvents, orders, routeStops } from '@/db/schema';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { createRunningStop, TINY_PNG } from './testing/fixtures';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let courier: { id: string; cookie: string };
let intruder: { id: string; cookie: string };

async function courierAccount() {
  const user = await createTestUser(t.db, { role: 'courier' });
  const c = await sessionCookieFor(user);
  return { id: user.id, cookie: `${c.name}=${c.value}` };
}

beforeAll(async () => {
  t = await useAuthTestDatabase();
  courier = await courierAccount();
  intruder = await courierAccount();
}, 60_000);
afterAll(() => t.release());

const handlers = { arrive: postArrive, deliver: postDeliver, fail: postFail };

async function send(
  step: keyof typeof handlers,
  stopId: string,
  input: { actionId?: string; body?: object; as?: { cookie: string } } = {},
) {
  const request = new Request(`http://loja.test/api/courier/stops/${stopId}/${step}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: (input.as ?? courier).cookie,
      ...(input.actionId ? { 'idempotency-key': input.actionId } : {}),
    },
    body: input.body ? JSON.stringify(input.body) : undefined,
  });
  const response = await handlers[step](request, {
    params: Promise.resolve({ id: stopId }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const signature = `data:image/png;base64,${TINY_PNG.toString('base64')}`;
const deliverBody = (code: string) => ({ recipientName: 'Maria Souza', code, signature });

const eventsOf = (orderId: string) =>
  t.db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));

const stopRow = async (stopId: string) =>
  (await t.db.select().from(routeStops).where(eq(routeStops.id, stopId)))[0]!;

describe('courier actions with an Idempotency-Key', () => {
  it('a replayed delivery answers the same: one delivered event, one proof', async () => {
    const stop = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    const first = await send('deliver', stop.id, { actionId, body: deliverBody(stop.code) });
    const replay = await send('deliver', stop.id, { actionId, body: deliverBody(stop.code) });
    expect(first).toEqual({ status: 200, body: { ok: true, status: 'delivered' } });
    expect(replay).toEqual(first);
    const delivered = (await eventsOf(stop.orderId)).filter((e) => e.toStatus === 'delivered');
    expect(delivered).toHaveLength(1);
    const proofs = await t.db
      .select()
      .from(deliveryProofs)
      .where(eq(deliveryProofs.stopId, stop.id));
    expect(proofs).toHaveLength(1);
    const [order] = await t.db.select().from(orders).where(eq(orders.id, stop.orderId));
    expect(order!.status).toBe('delivered');

    // A new action after the delivery is judged by the stop: already delivered.
    const again = await send('deliver', stop.id, {
      actionId: randomUUID(),
      body: deliverBody(stop.code),
    });
    expect(again.status).toBe(409);
    expect((await eventsOf(stop.orderId)).filter((e) => e.toStatus === 'delivered')).toHaveLength(
      1,
    );
  });

  it('two copies of one arrival sent at once apply once', async () => {
    const stop = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    const answers = await Promise.all([
      send('arrive', stop.id, { actionId }),
      send('arrive', stop.id, { actionId }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const notes = (await eventsOf(stop.orderId)).filter(
      (e) => e.reason === 'Courier arrived at the address',
    );
    expect(notes).toHaveLength(1);
    expect(await stop.status()).toBe('arrived');
    const other = await send('arrive', stop.id, { actionId: randomUUID() });
    expect(other.status).toBe(409);
  });

  it('a replayed wrong code gets the same 422 and counts one attempt; a new action may retry', async () => {
    const stop = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    const first = await send('deliver', stop.id, { actionId, body: deliverBody('000000') });
    const replay = await send('deliver', stop.id, { actionId, body: deliverBody('000000') });
    expect(first.status).toBe(422);
    expect(first.body).toMatchObject({ error: { fields: { code: ['wrong delivery code'] } } });
    expect(replay).toEqual(first);
    expect((await stopRow(stop.id)).deliveryCodeAttempts).toBe(1);
    const retry = await send('deliver', stop.id, {
      actionId: randomUUID(),
      body: deliverBody(stop.code),
    });
    expect(retry.status).toBe(200);
    expect(await stop.status()).toBe('delivered');
  });

  it('a replayed failure moves the order back once', async () => {
    const stop = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    const body = { reason: 'recipient_absent' };
    expect((await send('fail', stop.id, { actionId, body })).status).toBe(200);
    expect((await send('fail', stop.id, { actionId, body })).status).toBe(200);
    const back = (await eventsOf(stop.orderId)).filter((e) => e.toStatus === 'ready_for_dispatch');
    expect(back).toHaveLength(1);
  });

  it('an action id reused for another stop or step is a 409 and changes nothing', async () => {
    const one = await createRunningStop(t.db, courier.id);
    const two = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    expect((await send('arrive', one.id, { actionId })).status).toBe(200);
    expect((await send('arrive', two.id, { actionId })).status).toBe(409);
    expect((await send('fail', one.id, { actionId, body: { reason: 'refused' } })).status).toBe(
      409,
    );
    expect(await two.status()).toBe('pending');
    expect(await one.status()).toBe('arrived');
  });

  it('another courier’s stop is 404 and leaves no claim behind; a malformed key is 422', async () => {
    const stop = await createRunningStop(t.db, courier.id);
    const actionId = randomUUID();
    const refused = await send('arrive', stop.id, { actionId, as: intruder });
    expect(refused.status).toBe(404);
    const claims = await t.db
      .select()
      .from(courierActions)
      .where(and(eq(courierActions.userId, intruder.id), eq(courierActions.actionId, actionId)));
    expect(claims).toEqual([]);

    const malformed = await send('arrive', stop.id, { actionId: 'not-a-uuid' });
    expect(malformed.status).toBe(422);
    expect(malformed.body).toMatchObject({
      error: { code: 'validation_failed', fields: { 'Idempotency-Key': ['must be a UUID'] } },
    });
    expect(await stop.status()).toBe('pending');
    // The rightful courier may still use that id (the refused request claimed nothing).
    expect((await send('arrive', stop.id, { actionId })).status).toBe(200);
  });
});
