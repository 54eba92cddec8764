import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoutingProblem } from '../types';
import type { DistanceRounding } from './distance-matrix';
import { parseSolomon } from './parse-solomon';
import { parseSolution, type ParsedSolution } from './parse-solution';
import { parseVrplib } from './parse-vrplib';

export const BENCHMARK_SETS = ['A', 'B', 'P', 'CMT', 'X', 'solomon'] as const;
export type BenchmarkSet = (typeof BENCHMARK_SETS)[number];

export interface BenchmarkInstance {
  set: BenchmarkSet;
  name: string;
  /** Customers. */
  n: number;
  problem: RoutingProblem;
  bks: number | null;
  solution: ParsedSolution | null;
}

const ROUNDING: Record<BenchmarkSet, DistanceRounding> = {
  A: 'nint',
  B: 'nint',
  P: 'nint',
  X: 'nint',
  CMT: 'exact',
  solomon: 'dimacs',
};

/** CI checks out the repo with the shared data beside it, at ../shared/bench/vrp. */
export function resolveBenchmarkDir(override?: string): string {
  if (override) return path.resolve(override);
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  return path.resolve(repoRoot, '../shared/bench/vrp');
}

export function benchmarkSetDir(root: string, set: BenchmarkSet): string {
  return set === 'solomon' ? path.join(root, 'vrptw', 'solomon') : path.join(root, 'cvrp', set);
}

export function listBenchmarkInstances(root: string, set: BenchmarkSet): string[] {
  const dir = benchmarkSetDir(root, set);
  if (!existsSync(dir)) return [];
  const ext = set === 'solomon' ? '.txt' : '.vrp';
  return readdirSync(dir)
    .filter((file) => file.endsWith(ext))
    .map((file) => file.slice(0, -ext.length))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Reads an instance, its BKS row and its `.sol` when shipped, from a set folder (or testdata). */
export function loadBenchmarkInstance(
  dir: string,
  set: BenchmarkSet,
  name: string,
): BenchmarkInstance {
  const ext = set === 'solomon' ? '.txt' : '.vrp';
  const text = readFileSync(path.join(dir, name + ext), 'utf8');
  const problem =
    set === 'solomon'
      ? parseSolomon(text, ROUNDING[set])
      : parseVrplib(text, ROUNDING[set], fleetSizeOf(set, name));
  const solPath = path.join(dir, `${name}.sol`);
  const solution = existsSync(solPath) ? parseSolution(readFileSync(solPath, 'utf8')) : null;
  return {
    set,
    name,
    n: problem.orders.length,
    problem,
    bks: readBks(dir).get(name) ?? null,
    solution,
  };
}

/**
 * Augerat's A, B and P define the fleet as k in the name and their BKS respect it; with a free
 * fleet B-n51-k7, B-n57-k7 and P-n55-k15 go 1-4% below the BKS, a fake negative gap.
 */
function fleetSizeOf(set: BenchmarkSet, name: string): number | undefined {
  if (set !== 'A' && set !== 'B' && set !== 'P') return undefined;
  const k = /-k(\d+)$/.exec(name);
  return k ? Number(k[1]) : undefined;
}

function readBks(dir: string): Map<string, number> {
  const file = path.join(dir, 'bks.csv');
  const result = new Map<string, number>();
  if (!existsSync(file)) return result;
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = (head ?? '').split(',');
  const nameAt = columns.indexOf('instance');
  const bksAt = columns.indexOf('bks');
  for (const row of rows) {
    const cells = row.split(',');
    const value = Number(cells[bksAt]);
    if (cells[nameAt] && Number.isFinite(value)) result.set(cells[nameAt], value);
  }
  return result;
}
