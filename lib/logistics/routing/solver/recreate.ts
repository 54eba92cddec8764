import type { Instance } from './instance';
import type { Random } from './random';
import { refreshRoute, type Solution } from './solution';

/** SISR "greedy insertion with blinks": each candidate position is skipped with this chance. */
const BLINK_RATE = 0.01;

export interface Insertion {
  slot: number;
  position: number;
  delta: number;
}

/**
 * Cheapest feasible insertion of `node` over the used routes plus one empty slot per vehicle
 * class. `slots` lists the routes to try; returns null when no vehicle can take the order.
 */
export function findInsertion(
  ins: Instance,
  sol: Solution,
  node: number,
  slots: readonly number[],
  random: Random | null,
): Insertion | null {
  const { size, dist, service, ready, due, demand, timed } = ins;
  const row = node * size;
  let bestSlot = -1;
  let bestPosition = 0;
  let bestDelta = Infinity;
  for (const slot of slots) {
    if (sol.load[slot]! + demand[node]! > ins.slotCapacity[slot]!) continue;
    const route = sol.routes[slot]!;
    const starts = sol.starts[slot]!;
    const latest = sol.latest[slot]!;
    const time = ins.slotTime[slot]!;
    const emptyCost = route.length === 0 ? ins.slotFixedCost[slot]! : 0;
    let prev = 0;
    for (let p = 0; p <= route.length; p++) {
      const next = p < route.length ? route[p]! : 0;
      let start = 0;
      if (timed) {
        const arrival = starts[p]! + service[prev]! + time[prev * size + node]!;
        // Service starts only grow along a route, so (triangle inequality) later positions
        // arrive later still: stop scanning this route.
        if (arrival > due[node]!) break;
        start = arrival > ready[node]! ? arrival : ready[node]!;
      }
      const delta =
        dist[prev * size + node]! + dist[row + next]! - dist[prev * size + next]! + emptyCost;
      if (
        delta < bestDelta &&
        (!timed || start + service[node]! + time[row + next]! <= latest[p + 1]!) &&
        (random === null || random.next() >= BLINK_RATE)
      ) {
        bestDelta = delta;
        bestSlot = slot;
        bestPosition = p;
      }
      prev = next;
    }
  }
  return bestSlot < 0 ? null : { slot: bestSlot, position: bestPosition, delta: bestDelta };
}

export function insertAt(ins: Instance, sol: Solution, node: number, at: Insertion): void {
  sol.routes[at.slot]!.splice(at.position, 0, node);
  sol.unassigned.delete(node);
  refreshRoute(ins, sol, at.slot);
}

/** Used routes plus the first empty slot of each vehicle class. */
export function listCandidateSlots(ins: Instance, sol: Solution, out: number[]): number[] {
  out.length = 0;
  let lastEmptyVehicle = -1;
  for (let s = 0; s < ins.slotCount; s++) {
    if (sol.routes[s]!.length > 0) out.push(s);
    else if (ins.slotVehicle[s] !== lastEmptyVehicle) {
      // Slots of one vehicle are contiguous, so its first empty slot stands for all of them.
      lastEmptyVehicle = ins.slotVehicle[s]!;
      out.push(s);
    }
  }
  return out;
}

/**
 * Inserts `nodes` one by one at their cheapest feasible position; orders that fit nowhere stay
 * unassigned. The candidate slot list is kept current as empty slots get used.
 */
export function recreate(
  ins: Instance,
  sol: Solution,
  nodes: readonly number[],
  random: Random | null,
  slots: number[],
  beforeChange: (slot: number) => void = () => {},
): void {
  listCandidateSlots(ins, sol, slots);
  for (const node of nodes) {
    const at = findInsertion(ins, sol, node, slots, random);
    if (!at) continue;
    const wasEmpty = sol.routes[at.slot]!.length === 0;
    beforeChange(at.slot);
    insertAt(ins, sol, node, at);
    if (wasEmpty) listCandidateSlots(ins, sol, slots);
  }
}
