import 'server-only';
import { LRUCache } from 'lru-cache';
import type { Executor } from '@/lib/db/client';
import {
  LOGISTICS_CHANNEL,
  orderChannel,
  publishRealtime,
  type RealtimeMessage,
} from '@/lib/realtime';
import { courierSpeedMps, findActiveRouteForCourier, type CourierRoute } from './courier-route';
import { estimateArrival } from './eta';

// A position arrives every few seconds per courier; the route and the average speed change far
// more slowly, so each instance keeps them briefly instead of re-reading them on every report.
const routes = new LRUCache<string, { route: CourierRoute | null }>({ max: 5_000, ttl: 2_000 });
const speeds = new LRUCache<string, number>({ max: 5_000, ttl: 30_000 });

async function cachedRoute(db: Executor, courierUserId: string) {
  const hit = routes.get(courierUserId);
  if (hit) return hit.route;
  const route = await findActiveRouteForCourier(db, courierUserId);
  routes.set(courierUserId, { route });
  return route;
}

async function cachedSpeed(db: Executor, route: CourierRoute) {
  const hit = speeds.get(route.courierUserId);
  if (hit !== undefined) return hit;
  const speed = await courierSpeedMps(db, route.courierUserId, route.defaultSpeedMps);
  speeds.set(route.courierUserId, speed);
  return speed;
}

/** Builds the events a new live position causes: per open stop of the route, and the admin map. */
export function positionMessages(
  route: CourierRoute | null,
  courierUserId: string,
  live: { lat: number; lng: number; recordedAt: Date },
  speedMps: number,
  now: Date,
): RealtimeMessage[] {
  const at = live.recordedAt.toISOString();
  const position = { lat: live.lat, lng: live.lng, at };
  const messages: RealtimeMessage[] = [
    {
      channel: LOGISTICS_CHANNEL,
      event: 'position',
      data: { courierId: courierUserId, firstName: route?.firstName ?? null, ...position },
    },
  ];
  for (const stop of route?.stops ?? []) {
    if (stop.status !== 'pending' && stop.status !== 'arrived') continue;
    const channel = orderChannel(stop.orderId);
    messages.push({ channel, event: 'position', data: position });
    const eta = estimateArrival({
      position: live,
      stops: route!.stops,
      orderId: stop.orderId,
      speedMps,
      now,
    });
    if (eta) {
      messages.push({
        channel,
        event: 'eta',
        data: {
          stopNumber: eta.stopNumber,
          stopsBefore: eta.stopsBefore,
          from: eta.from.toISOString(),
          to: eta.to.toISOString(),
        },
      });
    }
  }
  return messages;
}

export async function fanOutPosition(
  db: Executor,
  courierUserId: string,
  live: { lat: number; lng: number; recordedAt: Date },
) {
  const route = await cachedRoute(db, courierUserId);
  const speed = route ? await cachedSpeed(db, route) : 0;
  await publishRealtime(positionMessages(route, courierUserId, live, speed, new Date()));
}

export function forgetCourierRoute(courierUserId: string) {
  routes.delete(courierUserId);
}
