import type { RoutingProblem, UnassignedReason } from '@/lib/logistics/routing';
import type { LatLng, TravelMatrices } from './geo';
import type { StoreClock } from './store-clock';

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
 * The routing model for one planning run: location 0 the depot, then the orders that have a
 * delivery point. Vehicles are the couriers still on shift today; the model's clock is seconds
 * since local midnight, so shifts are the couriers' working hours.
 */
export function buildRoutingProblem(input: {
  orders: readonly DispatchOrder[];
  couriers: readonly DispatchCourier[];
  clock: StoreClock;
  matrices: TravelMatrices;
}): RoutingProblem {
  const vehicles = input.couriers.flatMap((courier) => {
    const shift = remainingShift(courier, input.clock);
    return shift ? [{ id: courier.id, capacity: courier.capacityGrams, shift, fixedCost: 1 }] : [];
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

/** The slowest courier's speed: planned arrivals should not be promises the slowest cannot keep. */
export function planningSpeedKmh(couriers: readonly DispatchCourier[]): number {
  return couriers.length > 0 ? Math.min(...couriers.map((c) => c.averageSpeedKmh)) : 25;
}
