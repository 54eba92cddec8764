import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { couriers, deliveryRoutes, orders, routeStops } from '@/db/schema';
import { assertVersion, versionToken } from '@/lib/admin/optimistic-lock';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const ROUTE_ENTITY = 'delivery_route';

/**
 * A route's version as the board saw it: its own last change or its stops' (a delivery, a failed
 * stop, an assignment), whichever is later. Deliveries never touch the route row, so its
 * updated_at alone would let a board that still shows a stop pending move it.
 */
export function routeVersion(routeUpdatedAt: Date, stops: readonly { updatedAt: Date }[]): string {
  const latest = stops.reduce((at, s) => (s.updatedAt > at ? s.updatedAt : at), routeUpdatedAt);
  return versionToken(latest);
}

/** Route edits are the dispatch board's: an admin with the logistics permission. */
export function assertLogistics(actor: Actor) {
  assertAllowed(actor, { roles: ['admin'], permission: 'logistics' });
}

export type RouteSnapshot = Awaited<ReturnType<typeof readRoute>>;

/**
 * The route with its courier and its stops in sequence order. With `lock`, the route row first
 * and then its stops, FOR UPDATE: the order start and assignment use (route, then stops).
 */
export async function readRoute(db: Executor, routeId: string, lock = false) {
  const routeQuery = db
    .select({
      id: deliveryRoutes.id,
      status: deliveryRoutes.status,
      updatedAt: deliveryRoutes.updatedAt,
      courierId: couriers.id,
      courierUserId: couriers.userId,
      courierName: couriers.firstName,
      speedKmh: couriers.averageSpeedKmh,
      shiftStartMinute: couriers.shiftStartMinute,
    })
    .from(deliveryRoutes)
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .where(eq(deliveryRoutes.id, routeId));
  const [route] = lock ? await routeQuery.for('update', { of: deliveryRoutes }) : await routeQuery;
  if (!route) throw new AppError('not_found', 'Route not found.');
  const stopQuery = db
    .select({
      id: routeStops.id,
      orderId: routeStops.orderId,
      sequence: routeStops.sequence,
      status: routeStops.status,
      arrivedAt: routeStops.arrivedAt,
      completedAt: routeStops.completedAt,
      updatedAt: routeStops.updatedAt,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
    })
    .from(routeStops)
    .innerJoin(orders, eq(orders.id, routeStops.orderId))
    .where(eq(routeStops.routeId, routeId))
    .orderBy(asc(routeStops.sequence));
  const stops = lock ? await stopQuery.for('update', { of: routeStops }) : await stopQuery;
  return { route, stops, version: routeVersion(route.updatedAt, stops) };
}

/**
 * Optimistic lock for a board edit: `expected` is the version the board rendered (undefined when
 * the caller does not take part). A mismatch is a 409 naming who changed the route meanwhile.
 */
export async function assertRouteVersion(
  db: Executor,
  snapshot: RouteSnapshot,
  expected: string | undefined,
) {
  const latest = new Date(snapshot.version || 0);
  await assertVersion(
    db,
    { entity: ROUTE_ENTITY, entityId: snapshot.route.id, label: 'route' },
    latest,
    expected,
  );
}

/** A 422 about one input field, named in the body like a schema failure, with a code to translate. */
export function routeFieldError(field: string, code: string, message: string) {
  return new AppError('validation_failed', message, {
    details: { field, code, fields: { [field]: [message] } },
  });
}

/** A 409 with a code the board translates. */
export function routeConflict(code: string, message: string) {
  return new AppError('conflict', message, { details: { code } });
}
