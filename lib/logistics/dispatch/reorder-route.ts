import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { deliveryRoutes, routeStops } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { forgetCourierRoute } from '@/lib/tracking/fan-out-position';
import { getDispatchSettings } from './depot';
import { computeArrivals } from './route-arrivals';
import {
  assertLogistics,
  assertRouteVersion,
  readRoute,
  ROUTE_ENTITY,
  routeConflict,
  routeFieldError,
  type RouteSnapshot,
} from './route-lock';
import { readStoreClock } from '@/lib/time/store-clock';

export const reorderRouteInputSchema = z.object({
  routeId: z.uuid(),
  expectedVersion: z.string().optional(),
  /** The route's pending stops, every one of them, in their new order. */
  stopIds: z.array(z.uuid()).min(1).max(500),
});
export type ReorderRouteInput = z.output<typeof reorderRouteInputSchema>;

/**
 * The new full order of the route: the pending stops take the places pending stops held, in the
 * requested order; arrived, delivered and failed stops keep theirs. Refuses (422, field
 * `stopIds`) a stop of another route, a repeated one, a stop that is no longer pending, or a
 * list that leaves a pending stop out; a route that is over is a 409.
 */
export function arrangeStops(snapshot: RouteSnapshot, stopIds: readonly string[]) {
  const { route, stops } = snapshot;
  if (route.status !== 'planned' && route.status !== 'in_progress') {
    throw routeConflict('route_closed', `A ${route.status} route cannot be re-ordered.`);
  }
  const byId = new Map(stops.map((s) => [s.id, s]));
  const field = (code: string, message: string) => routeFieldError('stopIds', code, message);
  if (new Set(stopIds).size !== stopIds.length)
    throw field('duplicate_stop', 'A stop is listed twice.');
  for (const id of stopIds) {
    const stop = byId.get(id);
    if (!stop) throw field('stop_not_in_route', `Stop ${id} is not on this route.`);
    if (stop.status !== 'pending') {
      throw field(
        'stop_not_pending',
        `Stop ${stop.sequence} is ${stop.status}: it keeps its place.`,
      );
    }
  }
  const pending = stops.filter((s) => s.status === 'pending');
  if (pending.length !== stopIds.length)
    throw field('stops_missing', 'Every pending stop of the route must be listed once.');
  const queue = stopIds.map((id) => byId.get(id)!);
  const ordered = stops.map((s) => (s.status === 'pending' ? queue.shift()! : s));
  // The pending stops' own sequence numbers, handed out again in the new order.
  const sequences = new Map(stopIds.map((id, i) => [id, pending[i]!.sequence]));
  return { ordered, pendingInOrder: ordered.filter((s) => s.status === 'pending'), sequences };
}

/**
 * Re-orders a planned route, or the pending stops of a running one, from the dispatch board:
 * sequences rewritten in one transaction (parked out of the way first: sequence is unique per
 * route), planned arrivals recomputed with the planner's distance provider at the courier's own
 * speed, audited. The arrivals are computed before the transaction (OSRM is a network call); the
 * transaction then refuses (409) if the route changed since they were.
 */
export async function reorderRouteStops(
  db: Database,
  actor: Actor,
  input: ReorderRouteInput,
  options: { osrmUrl?: string; ip?: string | null; now?: Date } = {},
): Promise<{ stopIds: string[] }> {
  assertLogistics(actor);
  const { routeId, expectedVersion, stopIds } = reorderRouteInputSchema.parse(input);
  const before = await readRoute(db, routeId);
  await assertRouteVersion(db, before, expectedVersion);
  const { ordered, pendingInOrder, sequences } = arrangeStops(before, stopIds);
  const { depot } = await getDispatchSettings(db);
  const arrivals = await computeArrivals({
    snapshot: before,
    ordered: pendingInOrder,
    depot,
    clock: readStoreClock(options.now),
    osrmUrl: options.osrmUrl,
  });

  const courierUserId = await db.transaction(async (tx) => {
    const locked = await readRoute(tx, routeId, true);
    await assertRouteVersion(tx, locked, before.version);
    const moving = pendingInOrder.map((s) => s.id);
    const now = new Date();
    await tx
      .update(routeStops)
      .set({ sequence: sql`${routeStops.sequence} + 100000` })
      .where(and(eq(routeStops.routeId, routeId), inArray(routeStops.id, moving)));
    for (const stop of pendingInOrder) {
      await tx
        .update(routeStops)
        .set({
          sequence: sequences.get(stop.id)!,
          plannedArrivalAt: arrivals.get(stop.id) ?? null,
          updatedAt: now,
        })
        .where(eq(routeStops.id, stop.id));
    }
    await tx.update(deliveryRoutes).set({ updatedAt: now }).where(eq(deliveryRoutes.id, routeId));
    await recordAudit(tx, {
      actor,
      action: 'delivery_route.reorder',
      entity: ROUTE_ENTITY,
      entityId: routeId,
      before: { stopIds: before.stops.map((s) => s.id) },
      after: { stopIds: ordered.map((s) => s.id) },
      ip: options.ip,
    });
    return locked.route.courierUserId;
  });
  // This instance's cached route (live ETAs, "you are stop N") must not outlive the new order.
  forgetCourierRoute(courierUserId);
  return { stopIds: ordered.map((s) => s.id) };
}
