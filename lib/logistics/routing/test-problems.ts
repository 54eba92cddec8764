import { buildDistanceMatrix } from './instances/distance-matrix';
import type { RoutingOrder, RoutingProblem, RoutingVehicle } from './types';

/** Small hand-made problems for tests: points on a plane, depot first, exact distances. */
export function buildTestProblem(
  points: readonly (readonly [number, number])[],
  orders: readonly Omit<RoutingOrder, 'id'>[],
  vehicles: readonly RoutingVehicle[],
  extra: Partial<RoutingProblem> = {},
): RoutingProblem {
  return {
    orders: orders.map((order, i) => ({ id: `o${i}`, ...order })),
    vehicles,
    distances: buildDistanceMatrix(
      points.map(([x]) => x),
      points.map(([, y]) => y),
      'exact',
    ),
    ...extra,
  };
}

/** A seeded random CVRP-TW instance on a 100×100 square. */
export function buildRandomProblem(customers: number, seed: number): RoutingProblem {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const points: [number, number][] = [[50, 50]];
  const orders: Omit<RoutingOrder, 'id'>[] = [];
  for (let i = 0; i < customers; i++) {
    points.push([Math.round(next() * 100), Math.round(next() * 100)]);
    const ready = Math.round(next() * 400);
    orders.push({
      demand: 1 + Math.floor(next() * 9),
      serviceTime: 5,
      timeWindow: [ready, ready + 120],
    });
  }
  return buildTestProblem(points, orders, [{ id: 'van', capacity: 40, count: customers }], {
    depot: { timeWindow: [0, 700] },
  });
}
