import type { RoutingProblem } from './types';

export interface CheckedRoute {
  vehicle: string;
  stops: readonly number[];
  departureTime?: number;
}

export interface PlanCheck {
  feasible: boolean;
  violations: string[];
  distance: number;
  /** Distance plus the fixed cost of every used vehicle. */
  cost: number;
}

const EPSILON = 1e-6;

/**
 * Independent feasibility check: recomputes everything from the problem alone and shares no
 * code with the solver, so a solver bug cannot hide behind its own caches. Checks coverage
 * (every order served once or listed unassigned), fleet use, capacity, time windows, shifts and
 * route duration, each vehicle travelling at its own `travelTimeScale`.
 */
export function checkPlan(
  problem: RoutingProblem,
  plan: { routes: readonly CheckedRoute[]; unassigned?: readonly { order: number }[] },
): PlanCheck {
  const n = problem.orders.length;
  const size = n + 1;
  const times = problem.travelTimes ?? problem.distances;
  const violations: string[] = [];
  const seen = new Uint8Array(n);
  const uses = new Map<string, number>();
  const [open, close] = problem.depot?.timeWindow ?? [0, Infinity];
  let distance = 0;
  let cost = 0;
  const mark = (order: number, where: string): void => {
    if (!Number.isInteger(order) || order < 0 || order >= n)
      violations.push(`${where}: no order ${order}`);
    else if (seen[order]) violations.push(`${where}: order ${order} appears twice`);
    else seen[order] = 1;
  };

  plan.routes.forEach((route, r) => {
    const where = `route ${r}`;
    const vehicle = problem.vehicles.find((v) => v.id === route.vehicle);
    if (!vehicle) return void violations.push(`${where}: unknown vehicle ${route.vehicle}`);
    if (route.stops.length === 0) return;
    uses.set(vehicle.id, (uses.get(vehicle.id) ?? 0) + 1);
    route.stops.forEach((order) => mark(order, where));
    if (route.stops.some((order) => !Number.isInteger(order) || order < 0 || order >= n)) return;

    const scale = vehicle.travelTimeScale ?? 1;
    const earliest = Math.max(open, vehicle.shift?.[0] ?? -Infinity);
    const departure = Math.max(
      route.departureTime ?? earliest,
      Number.isFinite(earliest) ? earliest : 0,
    );
    let clock = departure;
    let from = 0;
    let load = 0;
    for (const order of route.stops) {
      const to = order + 1;
      const spec = problem.orders[order]!;
      load += spec.demand;
      distance += problem.distances[from * size + to]!;
      clock += times[from * size + to]! * scale;
      const [ready, due] = spec.timeWindow ?? [-Infinity, Infinity];
      clock = Math.max(clock, ready);
      if (clock > due + EPSILON)
        violations.push(`${where}: order ${order} served at ${clock} after ${due}`);
      clock += spec.serviceTime ?? 0;
      from = to;
    }
    distance += problem.distances[from * size]!;
    clock += times[from * size]! * scale;
    cost += vehicle.fixedCost ?? 0;
    if (load > vehicle.capacity + EPSILON)
      violations.push(`${where}: load ${load} > ${vehicle.capacity}`);
    const end = Math.min(close, vehicle.shift?.[1] ?? Infinity);
    if (clock > end + EPSILON) violations.push(`${where}: returns at ${clock} after ${end}`);
    const maxDuration = vehicle.maxDuration ?? problem.maxRouteDuration ?? Infinity;
    if (clock - departure > maxDuration + EPSILON) {
      violations.push(`${where}: lasts ${clock - departure} > ${maxDuration}`);
    }
  });

  for (const [id, count] of uses) {
    const allowed = problem.vehicles.find((v) => v.id === id)?.count ?? 1;
    if (count > allowed) violations.push(`vehicle ${id} used ${count} times, has ${allowed}`);
  }
  plan.unassigned?.forEach(({ order }) => mark(order, 'unassigned'));
  seen.forEach((flag, order) => {
    if (!flag) violations.push(`order ${order} neither served nor listed unassigned`);
  });
  return { feasible: violations.length === 0, violations, distance, cost: cost + distance };
}
