import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { couriers, courierLatestPositions, deliveryRoutes, routeStops } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

export type LiveCourier = {
  courierId: string;
  firstName: string;
  lat: number | null;
  lng: number | null;
  at: string | null;
  openStops: number;
};

/** Couriers on a route in progress with their live position (null before the first report). */
export async function listLiveCouriers(db: Executor): Promise<LiveCourier[]> {
  const rows = await db
    .select({
      courierId: couriers.userId,
      firstName: couriers.firstName,
      lat: courierLatestPositions.lat,
      lng: courierLatestPositions.lng,
      at: courierLatestPositions.recordedAt,
      openStops: sql<number>`(select count(*)::int from ${routeStops} where ${routeStops.routeId} = ${deliveryRoutes.id} and ${routeStops.status} in ('pending', 'arrived'))`,
    })
    .from(deliveryRoutes)
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .leftJoin(courierLatestPositions, eq(courierLatestPositions.courierId, couriers.userId))
    .where(and(eq(deliveryRoutes.status, 'in_progress')))
    .orderBy(couriers.firstName);
  return rows.map((r) => ({ ...r, at: r.at?.toISOString() ?? null }));
}
