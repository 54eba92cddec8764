import 'server-only';
import { and, asc, desc, eq, gte, isNull } from 'drizzle-orm';
import {
  courierLatestPositions,
  courierPositions,
  deliveryProofs,
  orderEvents,
  orders,
  routeStops,
} from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { courierSpeedMps, findRouteForOrder } from './courier-route';
import { estimateArrival } from './eta';
import type { TrackableOrder } from './tracking-access';

const TRAIL_MINUTES = 30;

/**
 * Everything the shopper's tracking page shows for ONE order. Other stops of the route appear only
 * as counts: their addresses are other shoppers' data, so the map line is the courier's own recent
 * trail plus the leg to this order's address, never the planned route through other homes.
 */
export async function getOrderTracking(db: Executor, order: TrackableOrder, now = new Date()) {
  const [details] = await db
    .select({
      deliveryCode: orders.deliveryCode,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
    })
    .from(orders)
    .where(eq(orders.id, order.id));
  const timeline = await db
    .select({ status: orderEvents.toStatus, at: orderEvents.at })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, order.id))
    .orderBy(asc(orderEvents.at));
  const route = await findRouteForOrder(db, order.id);
  const stop = route?.stops.find((s) => s.orderId === order.id) ?? null;
  const [stopRow] = route
    ? await db
        .select({
          id: routeStops.id,
          recipientName: routeStops.recipientName,
          completedAt: routeStops.completedAt,
        })
        .from(routeStops)
        .where(and(eq(routeStops.orderId, order.id), eq(routeStops.routeId, route.routeId)))
    : [];
  const open = stop?.status === 'pending' || stop?.status === 'arrived';
  const [position] =
    route && open
      ? await db
          .select({
            lat: courierLatestPositions.lat,
            lng: courierLatestPositions.lng,
            recordedAt: courierLatestPositions.recordedAt,
          })
          .from(courierLatestPositions)
          .where(eq(courierLatestPositions.courierId, route.courierUserId))
      : [];
  const trail =
    route && open
      ? await db
          .select({ lat: courierPositions.lat, lng: courierPositions.lng })
          .from(courierPositions)
          .where(
            and(
              eq(courierPositions.courierId, route.courierUserId),
              isNull(courierPositions.flagged),
              gte(courierPositions.recordedAt, new Date(now.getTime() - TRAIL_MINUTES * 60_000)),
            ),
          )
          .orderBy(desc(courierPositions.recordedAt))
          .limit(300)
      : [];
  const speed =
    route && open ? await courierSpeedMps(db, route.courierUserId, route.defaultSpeedMps) : null;
  const eta =
    route && open
      ? estimateArrival({
          position: position ?? null,
          stops: route.stops,
          orderId: order.id,
          speedMps: speed,
          now,
        })
      : null;
  const proofs = stopRow
    ? await db
        .select({ kind: deliveryProofs.kind })
        .from(deliveryProofs)
        .where(eq(deliveryProofs.stopId, stopRow.id))
    : [];
  return {
    orderId: order.id,
    number: order.number,
    status: order.status,
    deliveryCode: open ? (details?.deliveryCode ?? null) : null,
    destination:
      details?.lat != null && details.lng != null ? { lat: details.lat, lng: details.lng } : null,
    courier: route ? { firstName: route.firstName } : null,
    stop: stop
      ? { status: stop.status, number: eta?.stopNumber ?? null, before: eta?.stopsBefore ?? null }
      : null,
    position: position
      ? { lat: position.lat, lng: position.lng, at: position.recordedAt.toISOString() }
      : null,
    trail: trail.reverse(),
    eta: eta ? { from: eta.from.toISOString(), to: eta.to.toISOString() } : null,
    proof:
      stop?.status === 'delivered'
        ? {
            recipientName: stopRow?.recipientName ?? null,
            kinds: proofs.map((p) => p.kind),
            at: stopRow?.completedAt?.toISOString() ?? null,
          }
        : null,
    timeline: timeline.map((e) => ({ status: e.status, at: e.at.toISOString() })),
  };
}

export type OrderTracking = Awaited<ReturnType<typeof getOrderTracking>>;
