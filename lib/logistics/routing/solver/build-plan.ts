import type {
  PlanStats,
  PlannedRoute,
  RoutingPlan,
  RoutingProblem,
  UnassignedOrder,
} from '../types';
import type { Instance } from './instance';
import { createSolution, refreshRoute } from './solution';

/** Turns slot routes into the public plan: vehicle ids, order indices, times and unassigned reasons. */
export function buildPlan(
  problem: RoutingProblem,
  ins: Instance,
  slotRoutes: number[][],
  stats: Omit<PlanStats, 'bestCost'>,
): RoutingPlan {
  const sol = createSolution(ins);
  const routes: PlannedRoute[] = [];
  const served = new Uint8Array(ins.size);
  let distance = 0;
  let cost = 0;
  slotRoutes.forEach((nodes, slot) => {
    if (nodes.length === 0) return;
    sol.routes[slot] = nodes.slice();
    refreshRoute(ins, sol, slot);
    const starts = sol.starts[slot]!;
    const time = ins.slotTime[slot]!;
    const first = nodes[0]!;
    // Leave as late as the first stop allows: same service times, no idle wait at the first stop.
    const departureTime = Math.max(ins.slotStart[slot]!, starts[1]! - time[first]!);
    const arrivalTimes: number[] = [];
    let prev = 0;
    nodes.forEach((node, p) => {
      const leave = p === 0 ? departureTime : starts[p]! + ins.service[prev]!;
      arrivalTimes.push(leave + time[prev * ins.size + node]!);
      served[node] = 1;
      prev = node;
    });
    const returnTime = starts[nodes.length + 1]!;
    routes.push({
      vehicle: problem.vehicles[ins.slotVehicle[slot]!]!.id,
      stops: nodes.map((node) => node - 1),
      orderIds: nodes.map((node) => problem.orders[node - 1]!.id),
      distance: sol.distance[slot]!,
      load: sol.load[slot]!,
      departureTime,
      arrivalTimes,
      returnTime,
      duration: returnTime - departureTime,
    });
    distance += sol.distance[slot]!;
    cost += sol.distance[slot]! + ins.slotFixedCost[slot]!;
  });
  const unassigned: UnassignedOrder[] = [];
  for (let node = 1; node < ins.size; node++) {
    if (served[node]) continue;
    unassigned.push({
      order: node - 1,
      orderId: problem.orders[node - 1]!.id,
      reason: ins.impossible.get(node) ?? 'fleet_exhausted',
    });
  }
  return { routes, unassigned, cost, distance, stats: { ...stats, bestCost: cost } };
}
