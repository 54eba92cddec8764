import 'server-only';
import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { couriers, courierPositions, deliveryRoutes, orders, routeStops } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { EtaStop } from './eta';
import { averageSpeedMps } from './eta';

export type CourierRoute = {
  routeId: string;
  courierUserId: string;
  firstName: string;
  defaultSpeedMps: number;
  stops: EtaStop[];
};

const routeColumns = {
  routeId: deliveryRoutes.id,
  courierUserId: couriers.userId,
  firstName: couriers.firstName,
  speedKmh: couriers.averageSpeedKmh,
};

async function loadStops(db: Executor, routeId: string): Promise<EtaStop[]> {
  const rows = await db
    .select({
      orderId: routeStops.orderId,
      sequence: routeStops.sequence,
      status: routeStops.status,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
    })
    .from(routeStops)
    .innerJoin(orders, eq(orders.id, routeStops.orderId))
    .where(eq(routeStops.routeId, routeId))
    .orderBy(asc(routeStops.sequence));
  return rows.map(({ lat, lng, ...stop }) => ({
    ...stop,
    point: lat !== null && lng !== null ? { lat, lng } : null,
  }));
}

const toRoute = async (
  db: Executor,
  row: { routeId: string; courierUserId: string; firstName: string; speedKmh: number },
): Promise<CourierRoute> => ({
  routeId: row.routeId,
  courierUserId: row.courierUserId,
  firstName: row.firstName,
  defaultSpeedMps: row.speedKmh / 3.6,
  stops: await loadStops(db, row.routeId),
});

/** The route a courier (by user id) is driving now, with its stops in order; null off route. */
export async function findActiveRouteForCourier(db: Executor, courierUserId: string) {
  const [row] = await db
    .select(routeColumns)
    .from(deliveryRoutes)
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .where(and(eq(couriers.userId, courierUserId), eq(deliveryRoutes.status, 'in_progress')))
    .limit(1);
  return row ? toRoute(db, row) : null;
}

/** The route currently carrying an order (its one active stop), whatever the route's state. */
export async function findRouteForOrder(db: Executor, orderId: string) {
  const [row] = await db
    .select(routeColumns)
    .from(routeStops)
    .innerJoin(deliveryRoutes, eq(deliveryRoutes.id, routeStops.routeId))
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .where(and(eq(routeStops.orderId, orderId), eq(routeStops.active, true)))
    .limit(1);
  if (row) return toRoute(db, row);
  // A delivered order's stop may be inactive once its route completes: show the last one.
  const [last] = await db
    .select(routeColumns)
    .from(routeStops)
    .innerJoin(deliveryRoutes, eq(deliveryRoutes.id, routeStops.routeId))
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .where(and(eq(routeStops.orderId, orderId), inArray(routeStops.status, ['delivered'])))
    .limit(1);
  return last ? toRoute(db, last) : null;
}

/** The courier's speed over the last 15 minutes of reports, or their profile default. */
export async function courierSpeedMps(db: Executor, courierUserId: string, fallback: number) {
  const since = new Date(Date.now() - 15 * 60 * 1000);
  const recent = await db
    .select({
      lat: courierPositions.lat,
      lng: courierPositions.lng,
      recordedAt: courierPositions.recordedAt,
      speedMps: courierPositions.speedMps,
    })
    .from(courierPositions)
    .where(
      and(
        eq(courierPositions.courierId, courierUserId),
        gte(courierPositions.recordedAt, since),
        isNull(courierPositions.flagged),
      ),
    )
    .limit(200);
  return averageSpeedMps(recent) ?? fallback;
}
