import 'server-only';
import { eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import { resolveRequestActor } from '@/lib/auth/request-auth';
import { readCookieHeader } from '@/lib/auth/resolve-session';
import type { Executor } from '@/lib/db/client';
import { isTrackingTokenValid } from './tracking-token';

/** Who asks to track: a signed-in user, the orders this browser placed, or a tracking link. */
export type TrackingViewer = {
  userId: string | null;
  orderIds: readonly string[];
  token: string | null;
};

export type TrackableOrder = { id: string; number: string; status: string };

/** The order, or null when it does not exist or the viewer may not track it (indistinguishable). */
export async function findTrackableOrder(
  db: Executor,
  by: { number: string } | { id: string },
  viewer: TrackingViewer,
): Promise<TrackableOrder | null> {
  const [order] = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, userId: orders.userId })
    .from(orders)
    .where('number' in by ? eq(orders.number, by.number) : eq(orders.id, by.id));
  if (!order) return null;
  const allowed =
    (order.userId !== null && order.userId === viewer.userId) ||
    viewer.orderIds.includes(order.id) ||
    isTrackingTokenValid(order.id, viewer.token);
  return allowed ? { id: order.id, number: order.number, status: order.status } : null;
}

/** The same cookie the order page reads (components/checkout/order-access.ts), from a Request. */
const ORDER_ACCESS_COOKIE = 'loja_orders';

export async function trackingViewerFromRequest(
  req: Request,
  token: string | null | undefined,
): Promise<TrackingViewer> {
  const actor = await resolveRequestActor(req);
  const cookie = readCookieHeader(req.headers.get('cookie'), ORDER_ACCESS_COOKIE) ?? '';
  return {
    userId: actor?.userId ?? null,
    orderIds: cookie.split('.').filter((id) => /^[0-9a-f-]{36}$/.test(id)),
    token: token ?? null,
  };
}
