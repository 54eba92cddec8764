import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { deliveryRoutes, routeStops } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { forgetCourierRoute } from '@/lib/tracking/fan-out-position';
import {
  assertLogistics,
  assertRouteVersion,
  readRoute,
  ROUTE_ENTITY,
  routeConflict,
} from './route-lock';

export const cancelRouteInputSchema = z.object({
  routeId: z.uuid(),
  /** The version the board showed; a form always sends it (see route-lock.ts). */
  expectedVersion: z.string().optional(),
});
export type CancelRouteInput = z.output<typeof cancelRouteInputSchema>;

/**
 * Cancels a planned route: the route is `cancelled` and its stops inactive, so its orders (still
 * `ready_for_dispatch`: only starting a route sends them out) are back on the ready list and can
 * be planned again. The courier's status is untouched: planning never changed it. A started
 * route is refused: its parcels are with the courier, who fails stops one by one.
 */
export async function cancelRoute(
  db: Database,
  actor: Actor,
  input: CancelRouteInput,
  ip?: string | null,
): Promise<{ orderIds: string[] }> {
  assertLogistics(actor);
  const { routeId, expectedVersion } = cancelRouteInputSchema.parse(input);
  const result = await db.transaction(async (tx) => {
    const snapshot = await readRoute(tx, routeId, true);
    await assertRouteVersion(tx, snapshot, expectedVersion);
    const { route, stops } = snapshot;
    if (route.status === 'in_progress') {
      throw routeConflict(
        'route_started',
        'A started route cannot be cancelled: the courier marks each remaining stop failed.',
      );
    }
    if (route.status !== 'planned') {
      throw routeConflict('route_closed', `A ${route.status} route cannot be cancelled.`);
    }
    const now = new Date();
    await tx
      .update(deliveryRoutes)
      .set({ status: 'cancelled', updatedAt: now })
      .where(eq(deliveryRoutes.id, routeId));
    await tx
      .update(routeStops)
      .set({ active: false, updatedAt: now })
      .where(eq(routeStops.routeId, routeId));
    const orderIds = stops.map((s) => s.orderId);
    await recordAudit(tx, {
      actor,
      action: 'delivery_route.cancel',
      entity: ROUTE_ENTITY,
      entityId: routeId,
      before: { status: route.status, orderIds },
      after: { status: 'cancelled' },
      ip,
    });
    return { orderIds, courierUserId: route.courierUserId };
  });
  forgetCourierRoute(result.courierUserId);
  return { orderIds: result.orderIds };
}
