/**
 * The board's cancel and re-order actions on real PostgreSQL: the permission is checked on the
 * server, refusals come back as the form's state (field named, stale board explained) and change
 * nothing. Only the request plumbing is stubbed (../admin/testing/admin-action-harness.ts).
 */
import { as, form } from '../admin/testing/admin-action-harness';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryRoutes, routeStops } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { AppError } from '@/lib/errors';
import { assignOrders } from '@/lib/logistics/dispatch/assign-orders';
import { listRoutesForDate } from '@/lib/logistics/dispatch/routes';
import {
  createCourierFixture,
  createReadyOrder,
  SAO_PAULO_POINTS,
} from '@/lib/logistics/dispatch/testing/fixtures';

const { cancelRouteAction, reorderRouteAction } = await import('./route-actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let logistics: Actor;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  logistics = await createAdminActor(t.db, ['logistics']);
});
afterAll(async () => t?.release());

async function boardRoute() {
  const courier = await createCourierFixture(t.db);
  const orderIds = [];
  for (const point of SAO_PAULO_POINTS.slice(0, 2))
    orderIds.push((await createReadyOrder(t.db, point)).id);
  const { routeId } = await assignOrders(t.db, logistics, { courierId: courier.id, orderIds });
  const [row] = await t.db.select().from(deliveryRoutes).where(eq(deliveryRoutes.id, routeId));
  const route = (await listRoutesForDate(t.db, row!.routeDate)).find((r) => r.id === routeId)!;
  return { routeId, version: route.version, stopIds: route.stops.map((s) => s.id) };
}

const stopsOf = (routeId: string) =>
  t.db
    .select()
    .from(routeStops)
    .where(eq(routeStops.routeId, routeId))
    .orderBy(routeStops.sequence);

describe('route board actions', () => {
  it('refuse an admin without the logistics permission (403) and change nothing', async () => {
    const route = await boardRoute();
    const before = await stopsOf(route.routeId);
    as.actor = await createAdminActor(t.db, ['orders']);
    const reorder = reorderRouteAction(
      { ok: false },
      form({
        routeId: route.routeId,
        expectedVersion: route.version,
        stopIds: [...route.stopIds].reverse(),
      }),
    );
    await expect(reorder).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    const cancel = cancelRouteAction(
      { ok: false },
      form({ routeId: route.routeId, expectedVersion: route.version }),
    );
    await expect(cancel).rejects.toBeInstanceOf(AppError);
    expect(await stopsOf(route.routeId)).toEqual(before);
    const [row] = await t.db
      .select()
      .from(deliveryRoutes)
      .where(eq(deliveryRoutes.id, route.routeId));
    expect(row!.status).toBe('planned');
  });

  it('re-order: a bad list names stopIds, a stale board says who changed the route', async () => {
    const route = await boardRoute();
    as.actor = logistics;
    const bad = await reorderRouteAction(
      { ok: false },
      form({
        routeId: route.routeId,
        expectedVersion: route.version,
        stopIds: [route.stopIds[0]!],
      }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors?.stopIds).toEqual(['stops_missing']);

    const reversed = [...route.stopIds].reverse();
    const done = await reorderRouteAction(
      { ok: false },
      form({ routeId: route.routeId, expectedVersion: route.version, stopIds: reversed }),
    );
    expect(done).toMatchObject({ ok: true, message: 'reordered' });
    expect((await stopsOf(route.routeId)).map((s) => s.id)).toEqual(reversed);

    const stale = await reorderRouteAction(
      { ok: false },
      form({ routeId: route.routeId, expectedVersion: route.version, stopIds: route.stopIds }),
    );
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/^stale /);
    expect(stale.message).toContain(logistics.name);
    expect((await stopsOf(route.routeId)).map((s) => s.id)).toEqual(reversed);
  });

  it('cancel: redirects to the board with a banner; cancelling again is refused', async () => {
    const route = await boardRoute();
    as.actor = logistics;
    const redirect = await cancelRouteAction(
      { ok: false },
      form({ routeId: route.routeId, expectedVersion: route.version }),
    ).catch((e: { digest?: string }) => e.digest);
    expect(redirect).toBe('NEXT_REDIRECT;/admin/dispatch?cancelled=1');
    const [row] = await t.db
      .select()
      .from(deliveryRoutes)
      .where(eq(deliveryRoutes.id, route.routeId));
    expect(row!.status).toBe('cancelled');
    const again = await cancelRouteAction(
      { ok: false },
      form({ routeId: route.routeId, expectedVersion: route.version }),
    );
    expect(again.ok).toBe(false);
  });
});
