import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { deliveryRoutes, orders, routeStops, type RoutePlanner } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { RoutingPlan } from '@/lib/logistics/routing';
import type { DispatchCourier, DispatchOrder } from './build-problem';
import type { StoreClock } from '@/lib/time/store-clock';

export type PersistedRoute = {
  id: string;
  courierId: string;
  courierName: string;
  distanceM: number;
  durationS: number;
  stops: {
    id: string;
    orderId: string;
    number: string;
    sequence: number;
    plannedArrivalAt: string;
  }[];
};

/**
 * Locks the orders and checks they are still dispatchable: planning ran outside the transaction
 * (it may take seconds), so another admin may have routed or moved one meanwhile.
 */
export async function lockDispatchableOrders(tx: Executor, orderIds: readonly string[]) {
  if (orderIds.length === 0) return;
  const rows = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        inArray(orders.id, [...orderIds]),
        eq(orders.status, 'ready_for_dispatch'),
        sql`not exists (select 1 from ${routeStops} where ${routeStops.orderId} = ${orders.id} and ${routeStops.active})`,
      ),
    )
    .orderBy(orders.id)
    .for('update');
  if (rows.length !== new Set(orderIds).size) {
    const ok = new Set(rows.map((r) => r.id));
    throw new AppError('conflict', 'Some orders are no longer ready for dispatch.', {
      details: { orderIds: orderIds.filter((id) => !ok.has(id)) },
    });
  }
}

export async function persistPlannedRoutes(
  db: Database,
  actor: Actor,
  input: {
    plan: RoutingPlan;
    orders: readonly DispatchOrder[];
    couriers: readonly DispatchCourier[];
    clock: StoreClock;
    planner: RoutePlanner;
    ip?: string | null;
  },
): Promise<PersistedRoute[]> {
  const { plan, clock } = input;
  const courierById = new Map(input.couriers.map((c) => [c.id, c]));
  const numberById = new Map(input.orders.map((o) => [o.id, o.number]));
  const used = plan.routes.filter((route) => route.stops.length > 0);
  return db.transaction(async (tx) => {
    await lockDispatchableOrders(
      tx,
      used.flatMap((r) => r.orderIds),
    );
    const saved: PersistedRoute[] = [];
    for (const route of used) {
      const [row] = await tx
        .insert(deliveryRoutes)
        .values({
          courierId: route.vehicle,
          routeDate: clock.date,
          planner: input.planner,
          totalDistanceM: Math.round(route.distance),
          totalDurationS: Math.round(route.duration),
          createdBy: actor.userId,
        })
        .returning();
      const stops = await tx
        .insert(routeStops)
        .values(
          route.stops.map((orderIndex, i) => ({
            routeId: row!.id,
            orderId: input.orders[orderIndex]!.id,
            sequence: i + 1,
            plannedArrivalAt: new Date(clock.midnightMs + route.arrivalTimes[i]! * 1000),
          })),
        )
        .returning();
      await recordAudit(tx, {
        actor,
        action: 'delivery_route.plan',
        entity: 'delivery_route',
        entityId: row!.id,
        after: { ...row, orderIds: route.orderIds },
        ip: input.ip,
      });
      saved.push({
        id: row!.id,
        courierId: route.vehicle,
        courierName: courierById.get(route.vehicle)?.firstName ?? '',
        distanceM: row!.totalDistanceM,
        durationS: row!.totalDurationS,
        stops: stops
          .sort((a, b) => a.sequence - b.sequence)
          .map((stop) => ({
            id: stop.id,
            orderId: stop.orderId,
            number: numberById.get(stop.orderId) ?? '',
            sequence: stop.sequence,
            plannedArrivalAt: stop.plannedArrivalAt!.toISOString(),
          })),
      });
    }
    return saved;
  });
}
