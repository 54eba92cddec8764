import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { couriers, deliveryRoutes, orders, routeStops } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { transitionOrder } from '@/lib/orders/transition-order';
import { generateDeliveryCode } from './delivery-code';
import { routeVersion } from './route-lock';

export type BoardStop = {
  id: string;
  orderId: string;
  number: string;
  recipient: string;
  district: string;
  sequence: number;
  status: (typeof routeStops.$inferSelect)['status'];
  lat: number | null;
  lng: number | null;
  plannedArrivalAt: Date | null;
};

export type BoardRoute = {
  id: string;
  courierId: string;
  courierName: string;
  status: (typeof deliveryRoutes.$inferSelect)['status'];
  planner: (typeof deliveryRoutes.$inferSelect)['planner'];
  distanceM: number;
  durationS: number;
  /** Optimistic-lock token for the board's cancel and re-order forms (route-lock.ts). */
  version: string;
  stops: BoardStop[];
};

/** The day's routes (cancelled ones aside) with their stops in order, for the dispatch board. */
export async function listRoutesForDate(db: Executor, date: string): Promise<BoardRoute[]> {
  const routes = await db
    .select({
      id: deliveryRoutes.id,
      courierId: deliveryRoutes.courierId,
      courierName: couriers.firstName,
      status: deliveryRoutes.status,
      planner: deliveryRoutes.planner,
      distanceM: deliveryRoutes.totalDistanceM,
      durationS: deliveryRoutes.totalDurationS,
      updatedAt: deliveryRoutes.updatedAt,
    })
    .from(deliveryRoutes)
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .where(and(eq(deliveryRoutes.routeDate, date), ne(deliveryRoutes.status, 'cancelled')))
    .orderBy(asc(deliveryRoutes.createdAt), asc(deliveryRoutes.id));
  const stops = await listStops(
    db,
    routes.map((r) => r.id),
  );
  return routes.map(({ updatedAt, ...route }) => {
    const own = stops.filter((s) => s.routeId === route.id);
    return { ...route, version: routeVersion(updatedAt, own), stops: own };
  });
}

export async function listStops(db: Executor, routeIds: string[]) {
  if (routeIds.length === 0) return [];
  const rows = await db
    .select({
      id: routeStops.id,
      routeId: routeStops.routeId,
      orderId: routeStops.orderId,
      number: orders.number,
      address: orders.address,
      sequence: routeStops.sequence,
      status: routeStops.status,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
      plannedArrivalAt: routeStops.plannedArrivalAt,
      updatedAt: routeStops.updatedAt,
    })
    .from(routeStops)
    .innerJoin(orders, eq(orders.id, routeStops.orderId))
    .where(inArray(routeStops.routeId, routeIds))
    .orderBy(asc(routeStops.sequence));
  return rows.map(({ address, ...row }) => ({
    ...row,
    recipient: address.recipient,
    district: address.district,
  }));
}

/**
 * Hands an order to the courier: a fresh delivery code for the shopper to read out, and the move
 * to out_for_delivery through the transition table (recorded with the actor).
 */
export async function sendOutForDelivery(tx: Executor, orderId: string, actor: string) {
  await tx
    .update(orders)
    .set({ deliveryCode: generateDeliveryCode() })
    .where(eq(orders.id, orderId));
  await transitionOrder(tx, {
    orderId,
    to: 'out_for_delivery',
    actor,
    reason: 'Out for delivery',
  });
}

/** Starts a planned route: its orders go out for delivery and the courier is on route. */
export async function startRoute(
  db: Database,
  actor: Actor,
  routeId: string,
  ip?: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [route] = await tx
      .select()
      .from(deliveryRoutes)
      .where(eq(deliveryRoutes.id, routeId))
      .for('update');
    if (!route) throw new AppError('not_found', 'Route not found.');
    if (route.status !== 'planned') {
      throw new AppError('conflict', `A ${route.status} route cannot be started.`);
    }
    const stops = await tx
      .select({ orderId: routeStops.orderId })
      .from(routeStops)
      .where(and(eq(routeStops.routeId, routeId), eq(routeStops.status, 'pending')))
      .orderBy(asc(routeStops.orderId));
    if (stops.length === 0) throw new AppError('conflict', 'The route has no stops to deliver.');
    for (const stop of stops) await sendOutForDelivery(tx, stop.orderId, `user:${actor.userId}`);
    const startedAt = new Date();
    await tx
      .update(deliveryRoutes)
      .set({ status: 'in_progress', startedAt, updatedAt: startedAt })
      .where(eq(deliveryRoutes.id, routeId));
    await tx
      .update(couriers)
      .set({ status: 'on_route', updatedAt: startedAt })
      .where(eq(couriers.id, route.courierId));
    await recordAudit(tx, {
      actor,
      action: 'delivery_route.start',
      entity: 'delivery_route',
      entityId: routeId,
      before: { status: route.status },
      after: { status: 'in_progress', startedAt },
      ip,
    });
  });
}
