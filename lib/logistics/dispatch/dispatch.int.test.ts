import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  deliveryProofs,
  deliveryRoutes,
  orderEvents,
  orders,
  routeStops,
  users,
} from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assignOrders } from './assign-orders';
import { getCourierRoute } from './courier-route';
import { createCourier } from './couriers';
import { MAX_CODE_ATTEMPTS } from './delivery-code';
import { planDispatch } from './plan-dispatch';
import { startRoute } from './routes';
import { arriveAtStop, deliverStop, failStop } from './stop-updates';
import {
  createCourierFixture,
  createLogisticsAdmin,
  createReadyOrder,
  listStopsOf,
  SAO_PAULO_POINTS,
  TINY_PNG,
} from './testing/fixtures';

let t: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createLogisticsAdmin(t.db);
});
afterAll(() => t.drop());

const stopsOf = (routeId: string) => listStopsOf(t.db, routeId);

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** A started route of one new courier with the given orders; returns ids and delivery codes. */
async function runningRoute(count = 2) {
  const courier = await createCourierFixture(t.db);
  const created = [];
  for (let i = 0; i < count; i += 1)
    created.push(await createReadyOrder(t.db, SAO_PAULO_POINTS[i]));
  const { routeId } = await assignOrders(t.db, admin, {
    courierId: courier.id,
    orderIds: created.map((o) => o.id),
  });
  await startRoute(t.db, admin, routeId);
  const stops = await stopsOf(routeId);
  const codes = await t.db
    .select({ id: orders.id, code: orders.deliveryCode })
    .from(orders)
    .where(
      inArray(
        orders.id,
        created.map((o) => o.id),
      ),
    );
  const codeOf = (orderId: string) => codes.find((c) => c.id === orderId)!.code!;
  return { courier, routeId, stops, codeOf };
}

describe('planDispatch', () => {
  it('persists feasible routes that respect capacity, with stops in order and an audit row', async () => {
    const couriers = [
      await createCourierFixture(t.db, { capacityGrams: 4_000 }),
      await createCourierFixture(t.db, { capacityGrams: 4_000 }),
    ];
    const ready = [];
    for (const point of SAO_PAULO_POINTS.slice(0, 6)) {
      ready.push(await createReadyOrder(t.db, { ...point, weightGrams: 1_300 }));
    }
    const result = await planDispatch(t.db, admin, {
      orderIds: ready.map((o) => o.id),
      courierIds: couriers.map((c) => c.id),
      useOptimizer: false,
    });
    expect(result.planner).toBe('baseline');
    expect(result.unassigned).toEqual([]);
    expect(result.routes.length).toBe(2);
    const served = result.routes.flatMap((r) => r.stops.map((s) => s.orderId));
    expect(served.sort()).toEqual(ready.map((o) => o.id).sort());
    for (const route of result.routes) {
      // 4 kg vans, 1.3 kg parcels: at most three per route.
      expect(route.stops.length).toBeLessThanOrEqual(3);
      const rows = await stopsOf(route.id);
      expect(rows.map((s) => s.sequence)).toEqual(rows.map((_, i) => i + 1));
      const [saved] = await t.db
        .select()
        .from(deliveryRoutes)
        .where(eq(deliveryRoutes.id, route.id));
      expect(saved).toMatchObject({ status: 'planned', planner: 'baseline' });
      expect(saved!.totalDistanceM).toBeGreaterThan(0);
      const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, route.id));
      expect(audits.map((a) => a.action)).toEqual(['delivery_route.plan']);
    }
    // Planned orders are no longer offered to the next plan.
    const again = await planDispatch(t.db, admin, {
      orderIds: ready.map((o) => o.id),
      useOptimizer: false,
    });
    expect(again.routes).toEqual([]);
  });

  it('reports orders it cannot serve with a reason, and leaves them ready', async () => {
    const courier = await createCourierFixture(t.db, { capacityGrams: 5_000 });
    const heavy = await createReadyOrder(t.db, { weightGrams: 25_000 });
    const nowhere = await createReadyOrder(t.db, { lat: null, lng: null });
    const fine = await createReadyOrder(t.db, SAO_PAULO_POINTS[3]);
    const result = await planDispatch(t.db, admin, {
      orderIds: [heavy.id, nowhere.id, fine.id],
      courierIds: [courier.id],
      useOptimizer: false,
    });
    expect(result.routes.flatMap((r) => r.stops.map((s) => s.orderId))).toEqual([fine.id]);
    expect(result.unassigned).toEqual(
      expect.arrayContaining([
        { orderId: heavy.id, number: heavy.number, reason: 'demand_exceeds_capacity' },
        { orderId: nowhere.id, number: nowhere.number, reason: 'missing_location' },
      ]),
    );
    const [stillReady] = await t.db.select().from(orders).where(eq(orders.id, heavy.id));
    expect(stillReady!.status).toBe('ready_for_dispatch');
  });

  it('says no courier is available when nobody is on shift today', async () => {
    const off = await createCourierFixture(t.db, { weekdays: [] as number[] });
    const order = await createReadyOrder(t.db);
    const result = await planDispatch(t.db, admin, {
      orderIds: [order.id],
      courierIds: [off.id],
      useOptimizer: false,
    });
    expect(result.unassigned).toEqual([
      { orderId: order.id, number: order.number, reason: 'no_courier_available' },
    ]);
  });

  it('uses the optimizer (worker thread) when asked, with progress, and saves its plan', async () => {
    const courier = await createCourierFixture(t.db, { capacityGrams: 50_000 });
    const ready = [];
    for (const point of SAO_PAULO_POINTS) ready.push(await createReadyOrder(t.db, point));
    const progress: number[] = [];
    const result = await planDispatch(t.db, admin, {
      orderIds: ready.map((o) => o.id),
      courierIds: [courier.id],
      useOptimizer: true,
      timeLimitMs: 400,
      onProgress: (p) => progress.push(p.improvementPct),
    });
    expect(result.planner).toBe('optimizer');
    expect(result.stats?.algorithm).toBe('sisr');
    expect(result.routes).toHaveLength(1);
    expect(result.routes[0]!.stops).toHaveLength(SAO_PAULO_POINTS.length);
    const [saved] = await t.db
      .select()
      .from(deliveryRoutes)
      .where(eq(deliveryRoutes.id, result.routes[0]!.id));
    expect(saved!.planner).toBe('optimizer');
  }, 30_000);
});

describe('manual assignment and starting a route', () => {
  it('appends, inserts at a position, and refuses orders already routed', async () => {
    const courier = await createCourierFixture(t.db);
    const [a, b, c] = [
      await createReadyOrder(t.db),
      await createReadyOrder(t.db),
      await createReadyOrder(t.db),
    ];
    const { routeId } = await assignOrders(t.db, admin, {
      courierId: courier.id,
      orderIds: [a!.id, b!.id],
    });
    await assignOrders(t.db, admin, { courierId: courier.id, orderIds: [c!.id], position: 1 });
    expect((await stopsOf(routeId)).map((s) => s.orderId)).toEqual([c!.id, a!.id, b!.id]);
    const other = await createCourierFixture(t.db);
    await expectAppError(
      assignOrders(t.db, admin, { courierId: other.id, orderIds: [a!.id] }),
      'conflict',
    );
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, routeId));
    expect(audits.map((x) => x.action)).toEqual(['delivery_route.assign', 'delivery_route.assign']);
  });

  it('start: every order goes out for delivery through the transition table with a code', async () => {
    const { stops, codeOf, routeId } = await runningRoute(2);
    for (const stop of stops) {
      const [order] = await t.db.select().from(orders).where(eq(orders.id, stop.orderId));
      expect(order!.status).toBe('out_for_delivery');
      expect(codeOf(stop.orderId)).toMatch(/^\d{6}$/);
      const events = await t.db
        .select()
        .from(orderEvents)
        .where(eq(orderEvents.orderId, stop.orderId));
      expect(events.map((e) => [e.fromStatus, e.toStatus, e.actor])).toContainEqual([
        'ready_for_dispatch',
        'out_for_delivery',
        `user:${admin.userId}`,
      ]);
    }
    await expectAppError(startRoute(t.db, admin, routeId), 'conflict');
  });
});

describe('courier stop updates', () => {
  it('a courier cannot touch another courier’s stop', async () => {
    const mine = await runningRoute(1);
    const intruder = await createCourierFixture(t.db);
    const stop = mine.stops[0]!;
    await expectAppError(arriveAtStop(t.db, intruder.userId, stop.id), 'not_found');
    await expectAppError(
      failStop(t.db, intruder.userId, stop.id, { reason: 'refused' }),
      'not_found',
    );
    await expectAppError(
      deliverStop(t.db, intruder.userId, stop.id, {
        recipientName: 'Maria',
        code: mine.codeOf(stop.orderId),
        proof: { kind: 'signature', bytes: TINY_PNG },
      }),
      'not_found',
    );
    const [unchanged] = await t.db.select().from(routeStops).where(eq(routeStops.id, stop.id));
    expect(unchanged!.status).toBe('pending');
  });

  it('arrive → deliver with proof and the right code → order delivered, route completed', async () => {
    const { courier, stops, codeOf, routeId } = await runningRoute(1);
    const stop = stops[0]!;
    await arriveAtStop(t.db, courier.userId, stop.id);
    await expectAppError(
      deliverStop(t.db, courier.userId, stop.id, {
        recipientName: 'Maria Silva',
        code: codeOf(stop.orderId),
        proof: { kind: 'signature', bytes: Buffer.from('not an image at all') },
      }),
      'validation_failed',
    );
    await deliverStop(t.db, courier.userId, stop.id, {
      recipientName: 'Maria Silva',
      code: codeOf(stop.orderId),
      proof: { kind: 'signature', bytes: TINY_PNG },
    });
    const [order] = await t.db.select().from(orders).where(eq(orders.id, stop.orderId));
    expect(order!.status).toBe('delivered');
    const [proof] = await t.db
      .select()
      .from(deliveryProofs)
      .where(eq(deliveryProofs.stopId, stop.id));
    expect(proof).toMatchObject({ kind: 'signature', contentType: 'image/png' });
    const [route] = await t.db.select().from(deliveryRoutes).where(eq(deliveryRoutes.id, routeId));
    expect(route!.status).toBe('completed');
    const events = await t.db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, stop.orderId));
    expect(
      events.filter((e) => e.actor === `user:${courier.userId}`).map((e) => e.toStatus),
    ).toEqual(['out_for_delivery', 'delivered']);
  });

  it('a wrong code is refused and counted; after the limit even the right code is refused', async () => {
    const { courier, stops, codeOf } = await runningRoute(1);
    const stop = stops[0]!;
    const wrong = codeOf(stop.orderId) === '000000' ? '111111' : '000000';
    const attempt = (code: string) =>
      deliverStop(t.db, courier.userId, stop.id, {
        recipientName: 'Maria Silva',
        code,
        proof: { kind: 'photo', bytes: TINY_PNG },
      });
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i += 1)
      await expectAppError(attempt(wrong), 'validation_failed');
    const view = await getCourierRoute(t.db, courier.userId, MAX_CODE_ATTEMPTS);
    expect(view!.route!.stops[0]!.codeAttemptsLeft).toBe(1);
    await expectAppError(attempt(wrong), 'conflict');
    await expectAppError(attempt(codeOf(stop.orderId)), 'conflict');
    const [order] = await t.db.select().from(orders).where(eq(orders.id, stop.orderId));
    expect(order!.status).toBe('out_for_delivery');
  });

  it('failed with a reason → order back to ready_for_dispatch and plannable again', async () => {
    const { courier, stops } = await runningRoute(2);
    const stop = stops[0]!;
    await failStop(t.db, courier.userId, stop.id, { reason: 'recipient_absent', note: 'ninguém' });
    const [order] = await t.db.select().from(orders).where(eq(orders.id, stop.orderId));
    expect(order!.status).toBe('ready_for_dispatch');
    const [row] = await t.db.select().from(routeStops).where(eq(routeStops.id, stop.id));
    expect(row).toMatchObject({
      status: 'failed',
      active: false,
      failureReason: 'recipient_absent: ninguém',
    });
    const [event] = await t.db
      .select()
      .from(orderEvents)
      .where(
        and(eq(orderEvents.orderId, stop.orderId), eq(orderEvents.toStatus, 'ready_for_dispatch')),
      );
    expect(event!.actor).toBe(`user:${courier.userId}`);
    const next = await createCourierFixture(t.db);
    const replanned = await planDispatch(t.db, admin, {
      orderIds: [stop.orderId],
      courierIds: [next.id],
      useOptimizer: false,
    });
    expect(replanned.routes[0]!.stops.map((s) => s.orderId)).toEqual([stop.orderId]);
  });
});

describe('couriers', () => {
  const profile = {
    firstName: 'Dora',
    vehicleKind: 'bicycle' as const,
    capacityGrams: 8_000,
    capacityLitres: null,
    shiftStartMinute: 480,
    shiftEndMinute: 1080,
    weekdays: [1, 2, 3],
    status: 'available' as const,
    averageSpeedKmh: 15,
  };

  it('turns an existing customer into a courier, refuses unknown e-mails unless invited', async () => {
    const email = `dora-${Date.now()}@loja.test`;
    await expectAppError(createCourier(t.db, admin, { ...profile, email }), 'not_found');
    const [customer] = await t.db
      .insert(users)
      .values({ email, name: 'Dora Cliente' })
      .returning({ id: users.id });
    const made = await createCourier(t.db, admin, { ...profile, email: email.toUpperCase() });
    expect(made.invitedUserId).toBeNull();
    const [account] = await t.db.select().from(users).where(eq(users.id, customer!.id));
    expect(account!.role).toBe('courier');
    await expectAppError(createCourier(t.db, admin, { ...profile, email }), 'conflict');

    const invitedEmail = `nova-${Date.now()}@loja.test`;
    const invited = await createCourier(t.db, admin, {
      ...profile,
      email: invitedEmail,
      invite: true,
    });
    const [fresh] = await t.db.select().from(users).where(eq(users.id, invited.invitedUserId!));
    expect(fresh).toMatchObject({ email: invitedEmail, role: 'courier', passwordHash: null });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, invited.courierId));
    expect(audits.map((a) => a.action)).toEqual(['courier.create']);
  });
});
