import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { couriers, deliveryRoutes, routeStops } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { lockDispatchableOrders } from './persist-routes';
import { sendOutForDelivery } from './routes';
import { readStoreClock } from '@/lib/time/store-clock';

export const assignInputSchema = z.object({
  courierId: z.uuid(),
  orderIds: z.array(z.uuid()).min(1).max(200),
  /** 1-based place of the first new stop; after the last stop when omitted. */
  position: z.coerce.number().int().min(1).optional(),
});
export type AssignInput = z.output<typeof assignInputSchema>;

/**
 * Manual assignment: the orders join the courier's open route of today (a new `manual` route when
 * there is none), appended or inserted at a position. On a route already running they go out for
 * delivery at once, with their delivery codes.
 */
export async function assignOrders(
  db: Database,
  actor: Actor,
  input: AssignInput,
  ip?: string | null,
): Promise<{ routeId: string }> {
  const orderIds = [...new Set(input.orderIds)];
  return db.transaction(async (tx) => {
    const [courier] = await tx
      .select({ id: couriers.id })
      .from(couriers)
      .where(eq(couriers.id, input.courierId))
      .for('update');
    if (!courier) throw new AppError('not_found', 'Courier not found.');
    await lockDispatchableOrders(tx, orderIds);

    const clock = readStoreClock();
    let [route] = await tx
      .select({ id: deliveryRoutes.id, status: deliveryRoutes.status })
      .from(deliveryRoutes)
      .where(
        and(
          eq(deliveryRoutes.courierId, courier.id),
          inArray(deliveryRoutes.status, ['planned', 'in_progress']),
        ),
      )
      .orderBy(desc(deliveryRoutes.createdAt))
      .limit(1)
      .for('update');
    if (!route) {
      [route] = await tx
        .insert(deliveryRoutes)
        .values({
          courierId: courier.id,
          routeDate: clock.date,
          planner: 'manual',
          createdBy: actor.userId,
        })
        .returning({ id: deliveryRoutes.id, status: deliveryRoutes.status });
    }
    const routeId = route!.id;
    const existing = await tx
      .select({ id: routeStops.id })
      .from(routeStops)
      .where(eq(routeStops.routeId, routeId))
      .orderBy(asc(routeStops.sequence));
    const at = Math.min((input.position ?? existing.length + 1) - 1, existing.length);
    const order: ({ stopId: string } | { orderId: string })[] = [
      ...existing.slice(0, at).map((s) => ({ stopId: s.id })),
      ...orderIds.map((orderId) => ({ orderId })),
      ...existing.slice(at).map((s) => ({ stopId: s.id })),
    ];
    // Sequences are unique per route: park the old ones out of the way, then renumber.
    await tx
      .update(routeStops)
      .set({ sequence: sql`${routeStops.sequence} + 100000` })
      .where(eq(routeStops.routeId, routeId));
    for (const [i, item] of order.entries()) {
      if ('stopId' in item) {
        await tx
          .update(routeStops)
          .set({ sequence: i + 1 })
          .where(eq(routeStops.id, item.stopId));
      } else {
        await tx.insert(routeStops).values({ routeId, orderId: item.orderId, sequence: i + 1 });
      }
    }
    if (route!.status === 'in_progress') {
      for (const orderId of [...orderIds].sort()) {
        await sendOutForDelivery(tx, orderId, `user:${actor.userId}`);
      }
    }
    await recordAudit(tx, {
      actor,
      action: 'delivery_route.assign',
      entity: 'delivery_route',
      entityId: routeId,
      after: { courierId: courier.id, orderIds, position: at + 1 },
      ip,
    });
    return { routeId };
  });
}
