import type { RoutingProblem, UnassignedReason } from '@/lib/logistics/routing';
import type { LatLng, TravelMatrices } from './geo';
import type { StoreClock } from '@/lib/time/store-clock';

export type DispatchOrder = {
  id: string;
  number: string;
  location: LatLng | null;
  weightGrams: number;
};

export type DispatchCourier = {
  id: string;
  firstName: string;
  capacityGrams: number;
  shiftStartMinute: number;
  shiftEndMinute: number;
  weekdays: number[];
  averageSpeedKmh: number;
};

export type DispatchUnassignedReason =
  UnassignedReason | 'missing_location' | 'no_courier_available';

/** Minutes a courier spends handing over a parcel (parking, stairs, delivery code). */
export const SERVICE_TIME_S = 4 * 60;

/** Whether a courier can still take a route today, and the part of the shift left (model seconds). */
export function remainingShift(courier: DispatchCourier, clock: StoreClock) {
  if (!courier.weekdays.includes(clock.isoWeekday)) return null;
  const start = Math.max(courier.shiftStartMinute * 60, clock.secondOfDay);
  const end = courier.shiftEndMinute * 60;
  return end > start ? ([start, end] as const) : null;
}

/**
 * How much longer a courier takes than the matrix's durations: the matrix speed over the
 * courier's average speed (1 when the matrix speed is unknown, e.g. every point the same).
 */
export function courierTimeScale(
  matrices: TravelMatrices,
  courier: Pick<DispatchCourier, 'averageSpeedKmh'>,
): number {
  return matrices.speedKmh > 0 ? matrices.speedKmh / courier.averageSpeedKmh : 1;
}

/**
 * The routing model for one planning run: location 0 the depot, then the orders that have a
 * delivery point. Vehicles are the couriers still on shift today, each travelling at their own
 * average speed (a time scale on the shared matrix); the model's clock is seconds since local
 * midnight, so shifts are the couriers' working hours.
 */
export function buildRoutingProblem(input: {
  orders: readonly DispatchOrder[];
  couriers: readonly DispatchCourier[];
  clock: StoreClock;
  matrices: TravelMatrices;
}): RoutingProblem {
  const vehicles = input.couriers.flatMap((courier) => {
    const shift = remainingShift(courier, input.clock);
    if (!shift) return [];
    const travelTimeScale = courierTimeScale(input.matrices, courier);
    return [
      { id: courier.id, capacity: courier.capacityGrams, shift, fixedCost: 1, travelTimeScale },
    ];
  });
  return {
    name: `dispatch-${input.clock.date}`,
    orders: input.orders.map((order) => ({
      id: order.id,
      demand: order.weightGrams,
      serviceTime: SERVICE_TIME_S,
    })),
    vehicles,
    distances: input.matrices.distances,
    travelTimes: input.matrices.durations,
  };
}

/** Points for the distance matrix: depot first, then each routable order. */
export function matrixPoints(depot: LatLng, orders: readonly DispatchOrder[]): LatLng[] {
  return [depot, ...orders.map((order) => order.location!)];
}

/**
 * The speed the haversine matrix is computed at: the fastest courier's, so that courier's scale
 * is exactly 1 and a fleet of one speed plans exactly as with a single shared speed.
 */
export function matrixSpeedKmh(couriers: readonly DispatchCourier[]): number {
  return couriers.length > 0 ? Math.max(...couriers.map((c) => c.averageSpeedKmh)) : 25;
}
