import { assertFeasible } from './optimize-routes';
import { buildPlan } from './solver/build-plan';
import { compileInstance } from './solver/instance';
import type { RoutingPlan, RoutingProblem } from './types';

/**
 * The planner used while FEATURE_OR_TOOLS_LOGISTICS is off: nearest feasible neighbour, one
 * vehicle at a time. Same input and output as `optimizeRoutes`, so dispatch can switch freely.
 */
export function planBaselineRoutes(problem: RoutingProblem): RoutingPlan {
  const startedAt = performance.now();
  const ins = compileInstance(problem);
  const { size, dist, service, ready, due, demand } = ins;
  const open = new Set<number>();
  for (let i = 1; i < size; i++) if (!ins.impossible.has(i)) open.add(i);
  const routes: number[][] = Array.from({ length: ins.slotCount }, () => []);

  for (let slot = 0; slot < ins.slotCount && open.size > 0; slot++) {
    const route = routes[slot]!;
    const time = ins.slotTime[slot]!;
    let at = 0;
    let clock = ins.slotStart[slot]!;
    let load = 0;
    for (;;) {
      let next = -1;
      let nextStart = 0;
      for (const candidate of open) {
        if (load + demand[candidate]! > ins.slotCapacity[slot]!) continue;
        const start = Math.max(
          clock + service[at]! + time[at * size + candidate]!,
          ready[candidate]!,
        );
        const back = start + service[candidate]! + time[candidate * size]!;
        if (start > due[candidate]! || back > ins.slotEnd[slot]!) continue;
        if (next < 0 || dist[at * size + candidate]! < dist[at * size + next]!) {
          next = candidate;
          nextStart = start;
        }
      }
      if (next < 0) break;
      route.push(next);
      open.delete(next);
      load += demand[next]!;
      clock = nextStart;
      at = next;
    }
  }

  const cost = routes.reduce((sum, route, slot) => sum + routeCost(ins, route, slot), 0);
  const plan = buildPlan(problem, ins, routes, {
    algorithm: 'baseline',
    iterations: 0,
    elapsedMs: performance.now() - startedAt,
    timeToBestMs: 0,
    initialCost: cost,
    improvementPct: 0,
  });
  assertFeasible(problem, plan);
  return plan;
}

function routeCost(ins: ReturnType<typeof compileInstance>, route: number[], slot: number): number {
  if (route.length === 0) return 0;
  let prev = 0;
  let cost = ins.slotFixedCost[slot]!;
  for (const node of [...route, 0]) {
    cost += ins.dist[prev * ins.size + node]!;
    prev = node;
  }
  return cost;
}
