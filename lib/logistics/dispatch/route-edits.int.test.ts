/**
 * Cancelling and re-ordering routes from the dispatch board, on real PostgreSQL: refusals change
 * nothing, a stale board gets 409, and a re-order racing a route start ends consistent.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, couriers, deliveryRoutes, orders, routeStops } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { isStaleWrite } from '@/lib/catalog/admin/catalog-errors';
import { AppError } from '@/lib/errors';
import { assignOrders } from './assign-orders';
import { cancelRoute } from './cancel-route';
import { getDispatchSettings } from './depot';
import { DETOUR_FACTOR, haversineMetres } from './geo';
import { planDispatch } from './plan-dispatch';
import { listReadyOrders } from './ready-orders';
import { reorderRouteStops } from './reorder-route';
import { listRoutesForDate, startRoute } from './routes';
import { readStoreClock } from '@/lib/time/store-clock';
import {
  createCourierFixture,
  createLogisticsAdmin,
  createReadyOrder,
  listStopsOf,
  SAO_PAULO_POINTS,
} from './testing/fixtures';

let t: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createLogisticsAdmin(t.db);
});
afterAll(() => t.drop());

const stopsOf = (routeId: string) => listStopsOf(t.db, routeId);

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A planned (manual) route of a new courier with `count` located orders. */
async function plannedRoute(count = 3, courierSpeedKmh = 25) {
  const courier = await createCourierFixture(t.db, { averageSpeedKmh: courierSpeedKmh });
  const created = [];
  for (let i = 0; i < count; i += 1)
    created.push(await createReadyOrder(t.db, SAO_PAULO_POINTS[i]));
  const { routeId } = await assignOrders(t.db, admin, {
    courierId: courier.id,
    orderIds: created.map((o) => o.id),
  });
  return { courier, routeId, orderIds: created.map((o) => o.id) };
}

async function versionOf(routeId: string) {
  const [route] = await t.db
    .select({ date: deliveryRoutes.routeDate })
    .from(deliveryRoutes)
    .where(eq(deliveryRoutes.id, routeId));
  const board = await listRoutesForDate(t.db, route!.date);
  return board.find((r) => r.id === routeId)!.version;
}

const auditsOf = (routeId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, routeId), eq(auditLog.action, action)));

describe('cancelRoute', () => {
  it('cancels a planned route: its orders are ready again and can be planned again', async () => {
    const { courier, routeId, orderIds } = await plannedRoute(2);
    const version = await versionOf(routeId);
    const before = await listReadyOrders(t.db, { orderIds });
    expect(before).toEqual([]);

    expect(await cancelRoute(t.db, admin, { routeId, expectedVersion: version })).toEqual({
      orderIds: expect.arrayContaining(orderIds),
    });
    const [route] = await t.db.select().from(deliveryRoutes).where(eq(deliveryRoutes.id, routeId));
    expect(route!.status).toBe('cancelled');
    expect((await stopsOf(routeId)).map((s) => s.active)).toEqual([false, false]);
    const [c] = await t.db.select().from(couriers).where(eq(couriers.id, courier.id));
    expect(c!.status).toBe('available');
    const statuses = await t.db
      .select({ status: orders.status })
      .from(orders)
      .where(inArray(orders.id, orderIds));
    expect(statuses.map((s) => s.status)).toEqual(['ready_for_dispatch', 'ready_for_dispatch']);
    expect((await listReadyOrders(t.db, { orderIds })).map((o) => o.id).sort()).toEqual(
      [...orderIds].sort(),
    );
    expect(await auditsOf(routeId, 'delivery_route.cancel')).toHaveLength(1);

    const again = await planDispatch(t.db, admin, {
      orderIds,
      courierIds: [courier.id],
      useOptimizer: false,
    });
    expect(again.routes.flatMap((r) => r.stops.map((s) => s.orderId)).sort()).toEqual(
      [...orderIds].sort(),
    );
  });

  it('refuses a started route (409) and changes nothing', async () => {
    const { routeId } = await plannedRoute(2);
    await startRoute(t.db, admin, routeId);
    const before = await stopsOf(routeId);
    const error = await caught(
      cancelRoute(t.db, admin, { routeId, expectedVersion: await versionOf(routeId) }),
    );
    expect(error.status).toBe(409);
    expect(error.details?.code).toBe('route_started');
    const [route] = await t.db.select().from(deliveryRoutes).where(eq(deliveryRoutes.id, routeId));
    expect(route!.status).toBe('in_progress');
    expect(await stopsOf(routeId)).toEqual(before);
    expect(await auditsOf(routeId, 'delivery_route.cancel')).toHaveLength(0);
  });

  it('needs the logistics permission (403) and a current board (409)', async () => {
    const { routeId } = await plannedRoute(1);
    const version = await versionOf(routeId);
    const catalogOnly: Actor = { ...admin, permissions: ['catalog'] };
    expect(
      (await caught(cancelRoute(t.db, catalogOnly, { routeId, expectedVersion: version }))).status,
    ).toBe(403);
    const stopIds = (await stopsOf(routeId)).map((s) => s.id);
    await reorderRouteStops(t.db, admin, { routeId, expectedVersion: version, stopIds });
    const stale = await caught(cancelRoute(t.db, admin, { routeId, expectedVersion: version }));
    expect(stale.status).toBe(409);
    expect(isStaleWrite(stale)).toBe(true);
    // Named after the audited re-order: the admin's account (a fixture user named Carla).
    expect(stale.details?.by).toBe('Carla Entregadora');
    const [route] = await t.db.select().from(deliveryRoutes).where(eq(deliveryRoutes.id, routeId));
    expect(route!.status).toBe('planned');
  });
});

describe('reorderRouteStops', () => {
  it('rewrites sequences and recomputes arrivals at the courier’s speed', async () => {
    const { routeId } = await plannedRoute(3, 20);
    const before = await stopsOf(routeId);
    expect(before.map((s) => s.plannedArrivalAt)).toEqual([null, null, null]);
    const reversed = [...before].reverse().map((s) => s.id);
    const now = new Date();
    await reorderRouteStops(
      t.db,
      admin,
      { routeId, expectedVersion: await versionOf(routeId), stopIds: reversed },
      { now },
    );
    const after = await stopsOf(routeId);
    expect(after.map((s) => s.id)).toEqual(reversed);
    expect(after.map((s) => s.sequence)).toEqual([1, 2, 3]);
    const arrivals = after.map((s) => s.plannedArrivalAt!.getTime());
    expect(arrivals[1]).toBeGreaterThan(arrivals[0]!);
    expect(arrivals[2]).toBeGreaterThan(arrivals[1]!);
    // First leg: store → last order's point, haversine × detour at 20 km/h, leaving now.
    const { depot } = await getDispatchSettings(t.db);
    const metres = Math.round(haversineMetres(depot, SAO_PAULO_POINTS[2]!) * DETOUR_FACTOR);
    const clock = readStoreClock(now);
    const expected =
      clock.midnightMs + (clock.secondOfDay + Math.round(metres / (20 / 3.6))) * 1000;
    expect(Math.abs(arrivals[0]! - expected)).toBeLessThan(1000);
    expect(await auditsOf(routeId, 'delivery_route.reorder')).toHaveLength(1);
  });

  it('moves only the pending stops of a running route; delivered stops keep their place', async () => {
    const { routeId } = await plannedRoute(3);
    await startRoute(t.db, admin, routeId);
    const [first, second, third] = await stopsOf(routeId);
    await t.db
      .update(routeStops)
      .set({ status: 'delivered', completedAt: new Date(), updatedAt: new Date() })
      .where(eq(routeStops.id, first!.id));
    const now = new Date();
    await reorderRouteStops(
      t.db,
      admin,
      { routeId, expectedVersion: await versionOf(routeId), stopIds: [third!.id, second!.id] },
      { now },
    );
    const after = await stopsOf(routeId);
    // The courier leaves the stop they last finished, now, at their 25 km/h.
    const metres = Math.round(
      haversineMetres(SAO_PAULO_POINTS[0]!, SAO_PAULO_POINTS[2]!) * DETOUR_FACTOR,
    );
    const clock = readStoreClock(now);
    const expected =
      clock.midnightMs + (clock.secondOfDay + Math.round(metres / (25 / 3.6))) * 1000;
    expect(Math.abs(after[1]!.plannedArrivalAt!.getTime() - expected)).toBeLessThan(1000);
    expect(after[2]!.plannedArrivalAt!.getTime()).toBeGreaterThan(expected);
    expect(after.map((s) => [s.id, s.sequence])).toEqual([
      [first!.id, 1],
      [third!.id, 2],
      [second!.id, 3],
    ]);
    expect(after[0]!.plannedArrivalAt).toEqual(first!.plannedArrivalAt);
  });

  it.each([
    ['a stop of another route', 'stop_not_in_route'],
    ['a delivered stop', 'stop_not_pending'],
    ['a pending stop left out', 'stops_missing'],
    ['a stop twice', 'duplicate_stop'],
  ])('refuses %s (422 naming stopIds) and changes nothing', async (_case, code) => {
    const { routeId } = await plannedRoute(3);
    const other = await plannedRoute(1);
    await startRoute(t.db, admin, routeId);
    const [first, second, third] = await stopsOf(routeId);
    await t.db
      .update(routeStops)
      .set({ status: 'delivered', completedAt: new Date(), updatedAt: new Date() })
      .where(eq(routeStops.id, first!.id));
    const foreign = (await stopsOf(other.routeId))[0]!.id;
    const stopIds = {
      stop_not_in_route: [third!.id, second!.id, foreign],
      stop_not_pending: [third!.id, first!.id, second!.id],
      stops_missing: [third!.id],
      duplicate_stop: [third!.id, second!.id, third!.id],
    }[code]!;
    const before = await stopsOf(routeId);
    const error = await caught(
      reorderRouteStops(t.db, admin, {
        routeId,
        expectedVersion: await versionOf(routeId),
        stopIds,
      }),
    );
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({ field: 'stopIds', code });
    expect(await stopsOf(routeId)).toEqual(before);
    expect(await auditsOf(routeId, 'delivery_route.reorder')).toHaveLength(0);
  });

  it('refuses a caller without the logistics permission (403) and a stale board (409)', async () => {
    const { routeId } = await plannedRoute(2);
    const version = await versionOf(routeId);
    const before = await stopsOf(routeId);
    const reversed = [...before].reverse().map((s) => s.id);
    const noPermission: Actor = { ...admin, permissions: ['orders'] };
    const denied = await caught(
      reorderRouteStops(t.db, noPermission, {
        routeId,
        expectedVersion: version,
        stopIds: reversed,
      }),
    );
    expect(denied.status).toBe(403);
    expect(await stopsOf(routeId)).toEqual(before);
    // Another admin starts the route: the board's version is now stale.
    await startRoute(t.db, admin, routeId);
    const started = await stopsOf(routeId);
    const stale = await caught(
      reorderRouteStops(t.db, admin, { routeId, expectedVersion: version, stopIds: reversed }),
    );
    expect(stale.status).toBe(409);
    expect(isStaleWrite(stale)).toBe(true);
    expect(await stopsOf(routeId)).toEqual(started);
  });

  it('a re-order racing the route start ends consistent either way', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { routeId, orderIds } = await plannedRoute(3);
      const before = await stopsOf(routeId);
      const reversed = [...before].reverse().map((s) => s.id);
      const version = await versionOf(routeId);
      const [reorder, start] = await Promise.allSettled([
        reorderRouteStops(t.db, admin, { routeId, expectedVersion: version, stopIds: reversed }),
        startRoute(t.db, admin, routeId),
      ]);
      expect(start.status).toBe('fulfilled');
      const after = await stopsOf(routeId);
      if (reorder.status === 'fulfilled') {
        expect(after.map((s) => s.id)).toEqual(reversed);
      } else {
        expect(reorder.reason).toBeInstanceOf(AppError);
        expect((reorder.reason as AppError).status).toBe(409);
        expect(after.map((s) => [s.id, s.sequence])).toEqual(before.map((s) => [s.id, s.sequence]));
      }
      expect(after.map((s) => s.sequence)).toEqual([1, 2, 3]);
      const [route] = await t.db
        .select()
        .from(deliveryRoutes)
        .where(eq(deliveryRoutes.id, routeId));
      expect(route!.status).toBe('in_progress');
      const statuses = await t.db
        .select({ status: orders.status })
        .from(orders)
        .where(inArray(orders.id, orderIds));
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['out_for_delivery']));
    }
  });
});
