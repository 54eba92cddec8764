import 'server-only';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { orders, routeStops } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { DispatchOrder } from './build-problem';

/** A package without a recorded weight counts as this much (H1's settings may override). */
export const FALLBACK_WEIGHT_GRAMS = 500;

export type ReadyOrder = DispatchOrder & {
  recipient: string;
  district: string;
  city: string;
  placedAt: Date;
};

const noActiveStop = sql`not exists (select 1 from ${routeStops} where ${routeStops.orderId} = ${orders.id} and ${routeStops.active})`;

/** Orders our own fleet delivers (or placed before shipping kinds existed). */
const ownFleet = or(isNull(orders.shippingKind), eq(orders.shippingKind, 'own_fleet'));

/**
 * Orders the dispatch board can route: ready for dispatch, delivered by our own fleet and not on
 * any active route. Oldest first, so planning serves the longest-waiting shoppers first.
 */
export async function listReadyOrders(
  db: Executor,
  filter: { orderIds?: readonly string[]; defaultWeightGrams?: number } = {},
): Promise<ReadyOrder[]> {
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      address: orders.address,
      lat: orders.deliveryLat,
      lng: orders.deliveryLng,
      weightGrams: orders.packageWeightGrams,
      placedAt: orders.createdAt,
    })
    .from(orders)
    .where(
      and(
        eq(orders.status, 'ready_for_dispatch'),
        ownFleet,
        noActiveStop,
        filter.orderIds ? inArray(orders.id, [...filter.orderIds]) : undefined,
      ),
    )
    .orderBy(asc(orders.createdAt), asc(orders.id));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    recipient: row.address.recipient,
    district: row.address.district,
    city: row.address.city,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    weightGrams: row.weightGrams ?? filter.defaultWeightGrams ?? FALLBACK_WEIGHT_GRAMS,
    placedAt: row.placedAt,
  }));
}

/** Ids among `orderIds` that are not (or no longer) dispatchable, for a clear 409. */
export async function findUndispatchable(db: Executor, orderIds: readonly string[]) {
  const ready = await listReadyOrders(db, { orderIds });
  const readyIds = new Set(ready.map((o) => o.id));
  return orderIds.filter((id) => !readyIds.has(id));
}
