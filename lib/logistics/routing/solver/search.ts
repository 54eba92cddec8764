import type { OptimizerOptions } from '../types';
import type { Instance } from './instance';
import { createRandom } from './random';
import { recreate } from './recreate';
import { ruinStrings, sortForRecreate } from './ruin';
import {
  cloneRoutes,
  createSolution,
  refreshRoute,
  restoreRoutes,
  solutionCost,
  unassignedPenalty,
} from './solution';

export interface SearchResult {
  routes: number[][];
  initialCost: number;
  bestCost: number;
  iterations: number;
  elapsedMs: number;
  timeToBestMs: number;
}

const CLOCK_EVERY = 16;
/** Start and end temperatures as fractions of the mean edge of the first plan (tuned on sets A and Solomon). */
const TEMPERATURE_START = 4;
const TEMPERATURE_END = 0.04;

/**
 * Simulated annealing over SISR ruin-and-recreate moves. The temperature falls geometrically with
 * the share of the budget used (time, or iterations when `maxIterations` is set), so a short run
 * still ends cold. Only time-feasible routes are ever kept; orders that cannot be placed stay
 * unassigned under a penalty larger than any saving, so the search keeps trying to place them.
 */
export function searchRoutes(
  ins: Instance,
  initialRoutes: number[][],
  options: OptimizerOptions,
): SearchResult {
  const random = createRandom(options.seed ?? 1);
  const maxIterations = options.maxIterations ?? Infinity;
  const timeLimitMs =
    options.timeLimitMs ?? (options.maxIterations === undefined ? 1000 : Infinity);
  const progressEvery = options.progressIntervalMs ?? 250;
  const sol = createSolution(ins);
  restoreRoutes(ins, sol, initialRoutes);
  // Nothing to move: do not spend the time limit spinning.
  const routable = ins.size - 1 - ins.impossible.size;
  const penalty = unassignedPenalty(ins);
  const initialCost = solutionCost(ins, sol, penalty);
  let current = initialCost;
  let best = cloneRoutes(sol);
  let bestCost = current;
  const edges = ins.size - 1 + sol.routes.filter((r) => r.length > 0).length;
  const meanEdge = edges > 0 ? (initialCost - sol.unassigned.size * penalty) / edges : 0;
  const { start, end } = options.temperature ?? { start: TEMPERATURE_START, end: TEMPERATURE_END };
  const t0 = Math.max(meanEdge * start, 1e-9);
  const tEnd = Math.max(meanEdge * end, 1e-12);
  const settings = { averageRemoved: Math.min(10, (ins.size - 1) / 4 + 1), maxStringLength: 10 };

  const startedAt = performance.now();
  let elapsed = 0;
  let timeToBest = 0;
  let lastProgress = 0;
  let temperature = t0;
  let iterations = 0;
  const saved = new Map<number, { route: number[]; cost: number }>();
  const slots: number[] = [];
  const save = (slot: number): void => {
    if (saved.has(slot)) return;
    const route = sol.routes[slot]!;
    const cost = route.length > 0 ? sol.distance[slot]! + ins.slotFixedCost[slot]! : 0;
    saved.set(slot, { route: route.slice(), cost });
  };

  for (;;) {
    if (iterations % CLOCK_EVERY === 0) {
      elapsed = performance.now() - startedAt;
      if (elapsed >= timeLimitMs || iterations >= maxIterations || routable === 0) break;
      if (options.shouldStop?.()) break;
      const used = Math.max(elapsed / timeLimitMs, iterations / maxIterations);
      temperature = t0 * Math.pow(tEnd / t0, used);
      if (options.onProgress && elapsed - lastProgress >= progressEvery) {
        lastProgress = elapsed;
        options.onProgress({
          elapsedMs: elapsed,
          iterations,
          initialCost,
          bestCost,
          improvementPct: improvement(initialCost, bestCost),
          unassigned: best.length === 0 ? 0 : ins.size - 1 - best.flat().length,
        });
      }
    }
    iterations++;
    saved.clear();
    const unassignedBefore = [...sol.unassigned];
    const removed = ruinStrings(ins, sol, random, settings, save);
    const nodes = removed.concat(unassignedBefore.filter((node) => !ins.impossible.has(node)));
    sortForRecreate(ins, nodes, random);
    recreate(ins, sol, nodes, random, slots, save);

    let candidate = current + (sol.unassigned.size - unassignedBefore.length) * penalty;
    let feasible = true;
    for (const [slot, before] of saved) {
      const route = sol.routes[slot]!;
      const after = route.length > 0 ? sol.distance[slot]! + ins.slotFixedCost[slot]! : 0;
      candidate += after - before.cost;
      if (sol.feasible[slot] === 0) feasible = false;
    }
    if (feasible && candidate < current - temperature * Math.log(1 - random.next())) {
      current = candidate;
      if (current < bestCost - 1e-7) {
        current = solutionCost(ins, sol, penalty);
        bestCost = current;
        best = cloneRoutes(sol);
        timeToBest = performance.now() - startedAt;
      }
      continue;
    }
    for (const [slot, before] of saved) {
      sol.routes[slot] = before.route;
      refreshRoute(ins, sol, slot);
    }
    sol.unassigned.clear();
    for (const node of unassignedBefore) {
      sol.unassigned.add(node);
      sol.slotOf[node] = -1;
    }
  }

  return {
    routes: best,
    initialCost,
    bestCost,
    iterations,
    elapsedMs: performance.now() - startedAt,
    timeToBestMs: timeToBest,
  };
}

export function improvement(initial: number, best: number): number {
  return initial > 0 ? (100 * (initial - best)) / initial : 0;
}
