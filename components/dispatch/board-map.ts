import { ROUTE_COLOURS, type MapMarker, type MapPolyline } from '@/components/maps/map-types';
import type { LatLng } from '@/lib/logistics/dispatch/geo';
import type { ReadyOrder } from '@/lib/logistics/dispatch/ready-orders';
import type { BoardRoute } from '@/lib/logistics/dispatch/routes';

/** Markers and lines for the dispatch board: the store, waiting orders, each route in its colour. */
export function boardMapData(
  depot: LatLng,
  ready: readonly ReadyOrder[],
  routes: readonly BoardRoute[],
  depotLabel: string,
) {
  const markers: MapMarker[] = [{ id: 'depot', ...depot, label: depotLabel, tone: 'depot' }];
  for (const order of ready) {
    if (order.location) {
      markers.push({ id: order.id, ...order.location, label: order.number, tone: 'muted' });
    }
  }
  const polylines: MapPolyline[] = [];
  routes.forEach((route, i) => {
    const colour = ROUTE_COLOURS[i % ROUTE_COLOURS.length];
    const points: [number, number][] = [[depot.lat, depot.lng]];
    for (const stop of route.stops) {
      if (stop.lat === null || stop.lng === null) continue;
      points.push([stop.lat, stop.lng]);
      markers.push({
        id: stop.id,
        lat: stop.lat,
        lng: stop.lng,
        label: `${route.courierName} · ${stop.sequence} · ${stop.number}`,
        badge: String(stop.sequence),
        tone: stop.status === 'delivered' ? 'done' : stop.status === 'failed' ? 'courier' : 'stop',
      });
    }
    points.push([depot.lat, depot.lng]);
    polylines.push({ id: route.id, points, colour });
  });
  return { markers, polylines };
}
