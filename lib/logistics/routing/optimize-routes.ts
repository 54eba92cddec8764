/**
 * Loja's route optimizer.
 *
 * Design note. The search is SISR-style ruin-and-recreate (Christiaens & Vanden Berghe, "Slack
 * Induction by String Removals", Transportation Science 2020) under simulated annealing:
 *  - ruin: remove a few short strings of consecutive stops from routes near a random order
 *    (neighbour lists of the 40 nearest orders), sometimes keeping a middle run ("split string");
 *  - recreate: cheapest feasible insertion with a 1% chance of skipping a position ("blinks"),
 *    in a randomly chosen order (random / largest demand / farthest / closest);
 *  - accept: simulated annealing whose temperature decays with the share of the budget used.
 * Every intermediate plan is feasible (capacity and time checked in O(1) per position from
 * forward start times and backward latest-start slacks), which is what lets the search stop at
 * any moment with a plan that can be dispatched. Orders no vehicle can serve alone are reported
 * unassigned with a reason; if the fleet is too small the rest stay unassigned behind a penalty
 * that outweighs any distance saving. A fresh first plan comes from greedy cheapest insertion.
 * Objective: total distance + fixed cost per used vehicle (the vehicle-count objective).
 * Determinism: the seed fixes the whole trajectory; a run is reproducible exactly when bounded
 * by `maxIterations`, and with only a time limit differs only in where it stops.
 * Modelling choice: a route leaves at its shift start, so max duration is enforced as
 * "back by start + max duration" (never violated; the reported departure is then shifted later
 * to avoid waiting at the first stop).
 */
import { checkPlan } from './check-plan';
import { buildPlan } from './solver/build-plan';
import { compileInstance, type Instance } from './solver/instance';
import { createRandom } from './solver/random';
import { recreate } from './solver/recreate';
import { shuffle } from './solver/ruin';
import { improvement, searchRoutes } from './solver/search';
import { cloneRoutes, createSolution } from './solver/solution';
import type { OptimizerOptions, RoutingPlan, RoutingProblem } from './types';

export function optimizeRoutes(
  problem: RoutingProblem,
  options: OptimizerOptions = {},
): RoutingPlan {
  const startedAt = performance.now();
  const ins = compileInstance(problem);
  const initial = buildGreedyRoutes(ins, options.seed ?? 1);
  const result = searchRoutes(ins, initial, options);
  const plan = buildPlan(problem, ins, result.routes, {
    algorithm: 'sisr',
    iterations: result.iterations,
    elapsedMs: performance.now() - startedAt,
    timeToBestMs: result.timeToBestMs,
    initialCost: result.initialCost,
    improvementPct: improvement(result.initialCost, result.bestCost),
  });
  assertFeasible(problem, plan);
  return plan;
}

/** Cheapest insertion, farthest orders first: they shape the routes the rest join. */
function buildGreedyRoutes(ins: Instance, seed: number): number[][] {
  const sol = createSolution(ins);
  const nodes: number[] = [];
  for (let i = 1; i < ins.size; i++) if (!ins.impossible.has(i)) nodes.push(i);
  shuffle(nodes, createRandom(seed));
  nodes.sort((a, b) => ins.dist[b]! - ins.dist[a]!);
  recreate(ins, sol, nodes, null, []);
  return cloneRoutes(sol);
}

/** The promise to dispatch is "never an infeasible plan": a violation here is a solver bug. */
export function assertFeasible(problem: RoutingProblem, plan: RoutingPlan): void {
  const check = checkPlan(problem, plan);
  if (!check.feasible) {
    throw new Error(
      `Route optimizer produced an infeasible plan: ${check.violations.slice(0, 3).join('; ')}`,
    );
  }
}
