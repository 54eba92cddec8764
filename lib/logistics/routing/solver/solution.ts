import type { Instance } from './instance';

/**
 * A set of routes (one per fleet slot) with the caches that make an insertion check O(1):
 * load and distance per route, and per position the service start (forward) and the latest
 * service start that keeps the rest of the route feasible (backward).
 * Positions run 0..len+1: 0 is leaving the depot, len+1 is returning to it.
 */
export interface Solution {
  routes: number[][];
  load: Float64Array;
  distance: Float64Array;
  /** Typed and grown by doubling: resizing plain arrays was a third of the search time. */
  starts: Float64Array[];
  latest: Float64Array[];
  /** Time feasibility per route: removing a stop can break it when travel times violate the triangle inequality (rounded data). */
  feasible: Uint8Array;
  /** Slot serving each location, −1 when unassigned. */
  slotOf: Int32Array;
  unassigned: Set<number>;
}

export function createSolution(ins: Instance): Solution {
  const solution: Solution = {
    routes: Array.from({ length: ins.slotCount }, () => []),
    load: new Float64Array(ins.slotCount),
    distance: new Float64Array(ins.slotCount),
    starts: Array.from({ length: ins.slotCount }, () => new Float64Array(4)),
    latest: Array.from({ length: ins.slotCount }, () => new Float64Array(4)),
    feasible: new Uint8Array(ins.slotCount),
    slotOf: new Int32Array(ins.size).fill(-1),
    unassigned: new Set(),
  };
  for (let s = 0; s < ins.slotCount; s++) refreshRoute(ins, solution, s);
  for (let i = 1; i < ins.size; i++) solution.unassigned.add(i);
  return solution;
}

export function refreshRoute(ins: Instance, sol: Solution, slot: number): void {
  const route = sol.routes[slot]!;
  const { size, dist, service, ready, due, demand } = ins;
  const time = ins.slotTime[slot]!;
  const len = route.length;
  if (sol.starts[slot]!.length < len + 2) {
    sol.starts[slot] = new Float64Array(2 * (len + 2));
    sol.latest[slot] = new Float64Array(2 * (len + 2));
  }
  const starts = sol.starts[slot]!;
  const latest = sol.latest[slot]!;
  let load = 0;
  let distance = 0;
  let prev = 0;
  let t = ins.slotStart[slot]!;
  let onTime = true;
  starts[0] = t;
  for (let p = 0; p < len; p++) {
    const node = route[p]!;
    sol.slotOf[node] = slot;
    load += demand[node]!;
    distance += dist[prev * size + node]!;
    t = Math.max(t + service[prev]! + time[prev * size + node]!, ready[node]!);
    starts[p + 1] = t;
    if (t > due[node]!) onTime = false;
    prev = node;
  }
  distance += dist[prev * size]!;
  starts[len + 1] = t + service[prev]! + time[prev * size]!;
  latest[len + 1] = ins.slotEnd[slot]!;
  sol.feasible[slot] = onTime && starts[len + 1]! <= latest[len + 1]! ? 1 : 0;
  let next = 0;
  for (let p = len; p >= 1; p--) {
    const node = route[p - 1]!;
    latest[p] = Math.min(due[node]!, latest[p + 1]! - time[node * size + next]! - service[node]!);
    next = node;
  }
  latest[0] = latest[1]! - (len > 0 ? time[route[0]!]! : 0);
  sol.load[slot] = load;
  sol.distance[slot] = distance;
}

/** Total distance + fixed costs of used vehicles + a prohibitive penalty per unassigned order. */
export function solutionCost(ins: Instance, sol: Solution, penalty: number): number {
  let cost = sol.unassigned.size * penalty;
  for (let s = 0; s < ins.slotCount; s++) {
    if (sol.routes[s]!.length > 0) cost += sol.distance[s]! + ins.slotFixedCost[s]!;
  }
  return cost;
}

export function cloneRoutes(sol: Solution): number[][] {
  return sol.routes.map((route) => route.slice());
}

export function restoreRoutes(ins: Instance, sol: Solution, routes: number[][]): void {
  sol.slotOf.fill(-1);
  sol.unassigned.clear();
  routes.forEach((route, s) => {
    sol.routes[s] = route.slice();
    refreshRoute(ins, sol, s);
  });
  for (let i = 1; i < ins.size; i++) if (sol.slotOf[i] === -1) sol.unassigned.add(i);
}

/** A penalty larger than any route change can save, so serving an order always wins. */
export function unassignedPenalty(ins: Instance): number {
  let max = 0;
  for (let i = 0; i < ins.dist.length; i++) if (ins.dist[i]! > max) max = ins.dist[i]!;
  let fixed = 0;
  for (let s = 0; s < ins.slotCount; s++) fixed = Math.max(fixed, ins.slotFixedCost[s]!);
  return 4 * max * ins.size + 2 * fixed + 1;
}
