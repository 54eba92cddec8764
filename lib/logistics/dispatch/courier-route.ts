import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { deliveryRoutes, orders, routeStops } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { findCourierByUser } from './couriers';

export type CourierStop = {
  id: string;
  sequence: number;
  status: (typeof routeStops.$inferSelect)['status'];
  orderNumber: string;
  recipient: string;
  addressLine: string;
  cep: string;
  lat: number | null;
  lng: number | null;
  plannedArrivalAt: string | null;
  failureReason: string | null;
  codeAttemptsLeft: number;
};

export type CourierRouteView = {
  courier: { id: string; firstName: string; status: string };
  route: {
    id: string;
    status: (typeof deliveryRoutes.$inferSelect)['status'];
    date: string;
    distanceM: number;
    stops: CourierStop[];
  } | null;
};

/**
 * What the courier app shows: the signed-in courier's open route (running first, else the next
 * planned one) with stops in order. Only this courier's data; never the delivery codes.
 */
export async function getCourierRoute(
  db: Executor,
  userId: string,
  maxCodeAttempts: number,
): Promise<CourierRouteView | null> {
  const courier = await findCourierByUser(db, userId);
  if (!courier) return null;
  const [route] = await db
    .select()
    .from(deliveryRoutes)
    .where(
      and(
        eq(deliveryRoutes.courierId, courier.id),
        inArray(deliveryRoutes.status, ['in_progress', 'planned']),
      ),
    )
    // 'in_progress' sorts before 'planned'.
    .orderBy(asc(deliveryRoutes.status), desc(deliveryRoutes.createdAt))
    .limit(1);
  const base = { id: courier.id, firstName: courier.firstName, status: courier.status };
  if (!route) return { courier: base, route: null };
  const stops = await db
    .select({
      id: routeStops.id,
      sequence: routeStops.sequence,
      status: routeStops.status,
      orderNumber: orders.number,
      address: orders.address,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
      plannedArrivalAt: routeStops.plannedArrivalAt,
      failureReason: routeStops.failureReason,
      attempts: routeStops.deliveryCodeAttempts,
    })
    .from(routeStops)
    .innerJoin(orders, eq(orders.id, routeStops.orderId))
    .where(eq(routeStops.routeId, route.id))
    .orderBy(asc(routeStops.sequence));
  return {
    courier: base,
    route: {
      id: route.id,
      status: route.status,
      date: route.routeDate,
      distanceM: route.totalDistanceM,
      stops: stops.map(({ address, attempts, plannedArrivalAt, ...stop }) => ({
        ...stop,
        recipient: address.recipient,
        addressLine: [
          `${address.street}, ${address.number}`,
          address.complement,
          address.district,
          `${address.city}/${address.state}`,
        ]
          .filter(Boolean)
          .join(' · '),
        cep: address.cep,
        plannedArrivalAt: plannedArrivalAt?.toISOString() ?? null,
        codeAttemptsLeft: Math.max(0, maxCodeAttempts - attempts),
      })),
    },
  };
}
