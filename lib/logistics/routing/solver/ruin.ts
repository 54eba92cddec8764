import type { Instance } from './instance';
import type { Random } from './random';
import { refreshRoute, type Solution } from './solution';

export interface RuinSettings {
  /** c̄ in SISR: average number of customers removed per iteration. */
  averageRemoved: number;
  /** L^max in SISR: longest string cut from one route. */
  maxStringLength: number;
}

/**
 * SISR string removal (Christiaens & Vanden Berghe, 2020): cut short strings of consecutive
 * stops from a few routes that are geographically close to a random seed order, so the freed
 * orders can be recombined across neighbouring routes. Returns the removed orders; each touched
 * route is reported through `beforeChange` so the caller can undo a rejected move.
 */
export function ruinStrings(
  ins: Instance,
  sol: Solution,
  random: Random,
  settings: RuinSettings,
  beforeChange: (slot: number) => void,
): number[] {
  let customers = 0;
  let used = 0;
  for (const route of sol.routes) {
    if (route.length > 0) {
      customers += route.length;
      used++;
    }
  }
  const removed: number[] = [];
  if (used === 0) return removed;
  const maxLength = Math.min(settings.maxStringLength, customers / used);
  const maxStrings = (4 * settings.averageRemoved) / (1 + maxLength) - 1;
  const strings = Math.floor(random.next() * maxStrings) + 1;
  const seed = 1 + random.below(ins.size - 1);
  const ruined = new Set<number>();
  const k = ins.neighbourCount;
  for (let j = -1; j < k && ruined.size < strings; j++) {
    const node = j < 0 ? seed : ins.neighbours[seed * k + j]!;
    const slot = sol.slotOf[node]!;
    if (slot < 0 || ruined.has(slot)) continue;
    ruined.add(slot);
    beforeChange(slot);
    const route = sol.routes[slot]!;
    const length = Math.floor(random.next() * Math.min(route.length, maxLength)) + 1;
    const cut =
      route.length > length && random.next() < 0.5
        ? cutSplitString(route, node, length, random)
        : cutString(route, node, length, random);
    for (const c of cut) {
      sol.slotOf[c] = -1;
      sol.unassigned.add(c);
      removed.push(c);
    }
    refreshRoute(ins, sol, slot);
  }
  return removed;
}

function pickWindow(route: number[], node: number, length: number, random: Random): number {
  const at = route.indexOf(node);
  const first = Math.max(0, at - length + 1);
  const last = Math.min(at, route.length - length);
  return first + random.below(last - first + 1);
}

function cutString(route: number[], node: number, length: number, random: Random): number[] {
  return route.splice(pickWindow(route, node, length, random), length);
}

/** Removes `length` stops from a window of length + kept, keeping a middle run of `kept`. */
function cutSplitString(route: number[], node: number, length: number, random: Random): number[] {
  let kept = 1;
  while (kept < route.length - length && random.next() < 0.5) kept++;
  const start = pickWindow(route, node, length + kept, random);
  const keepFrom = start + random.below(length + 1);
  const window = route.splice(start, length + kept);
  const keep = window.splice(keepFrom - start, kept);
  route.splice(start, 0, ...keep);
  return window;
}

/** SISR insertion orders, weighted 4:4:2:1 — random, largest demand, farthest, closest. */
export function sortForRecreate(ins: Instance, nodes: number[], random: Random): void {
  shuffle(nodes, random);
  const pick = random.below(11);
  if (pick < 4) return;
  const key = (i: number): number =>
    pick < 8 ? -ins.demand[i]! : pick < 10 ? -ins.dist[i]! : ins.dist[i]!;
  nodes.sort((a, b) => key(a) - key(b));
}

export function shuffle(nodes: number[], random: Random): void {
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    const tmp = nodes[i]!;
    nodes[i] = nodes[j]!;
    nodes[j] = tmp;
  }
}
