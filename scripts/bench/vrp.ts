/**
 * VRP benchmark: runs the optimizer on the CVRPLIB / Solomon instances, checks every returned
 * plan with the independent checker and prints one JSON line per run plus a summary per set.
 * gap% = 100·(cost − bks)/bks, averaged per instance over seeds, then over instances.
 */
import { checkPlan } from '@/lib/logistics/routing/check-plan';
import {
  benchmarkSetDir,
  listBenchmarkInstances,
  loadBenchmarkInstance,
  resolveBenchmarkDir,
  type BenchmarkSet,
} from '@/lib/logistics/routing/instances/benchmark-files';
import { runOptimizerInWorker } from '@/lib/logistics/routing/run-optimizer-in-worker';
import { parseVrpBenchOptions } from './vrp-options';

interface RunResult {
  set: BenchmarkSet;
  instance: string;
  n: number;
  seed: number;
  timeLimitS: number;
  cost: number;
  bks: number | null;
  gapPct: number | null;
  timeToBestS: number;
  elapsedS: number;
  iterations: number;
  routes: number;
  unassigned: number;
  feasible: boolean;
  violations: string[];
}

async function main(): Promise<void> {
  const options = parseVrpBenchOptions(process.argv.slice(2));
  const root = resolveBenchmarkDir(options.dataDir);
  // Instances are loaded up front and run largest first, so parallel workers finish together
  // instead of one worker starting the longest instance last.
  const jobs = options.sets
    .flatMap((set) =>
      listBenchmarkInstances(root, set)
        .filter((name) => !options.filter || options.filter.test(name))
        .flatMap((name) => {
          const instance = loadBenchmarkInstance(benchmarkSetDir(root, set), set, name);
          return instance.n <= options.maxN ? [instance] : [];
        }),
    )
    .sort((a, b) => b.n - a.n)
    .flatMap((instance) => options.seeds.map((seed) => ({ ...instance, seed })));
  if (jobs.length === 0)
    throw new Error(`No instances under ${root} for ${options.sets.join(',')}`);
  const results: RunResult[] = [];
  let next = 0;
  const runNext = async (): Promise<void> => {
    while (next < jobs.length) {
      const instance = jobs[next++]!;
      const seconds = options.time.seconds * (options.time.perCustomer ? instance.n : 1);
      const plan = await runOptimizerInWorker(instance.problem, {
        timeLimitMs: seconds * 1000,
        seed: instance.seed,
      });
      const check = checkPlan(instance.problem, plan);
      const result: RunResult = {
        set: instance.set,
        instance: instance.name,
        n: instance.n,
        seed: instance.seed,
        timeLimitS: seconds,
        cost: round(check.cost),
        bks: instance.bks,
        gapPct: instance.bks ? round((100 * (check.cost - instance.bks)) / instance.bks) : null,
        timeToBestS: round(plan.stats.timeToBestMs / 1000),
        elapsedS: round(plan.stats.elapsedMs / 1000),
        iterations: plan.stats.iterations,
        routes: plan.routes.length,
        unassigned: plan.unassigned.length,
        feasible: check.feasible && plan.unassigned.length === 0,
        violations: check.violations.slice(0, 5),
      };
      results.push(result);
      console.log(JSON.stringify(result));
    }
  };
  await Promise.all(Array.from({ length: options.workers }, runNext));
  console.log(JSON.stringify({ summary: summarise(results, options.time.label) }));
}

function summarise(results: RunResult[], timeLimit: string): Record<string, unknown>[] {
  const sets = [...new Set(results.map((r) => r.set))];
  return sets.map((set) => {
    const runs = results.filter((r) => r.set === set);
    const byInstance = new Map<string, number[]>();
    for (const run of runs) {
      if (run.gapPct === null) continue;
      byInstance.set(run.instance, [...(byInstance.get(run.instance) ?? []), run.gapPct]);
    }
    const gaps = [...byInstance.values()].map(mean);
    return {
      set,
      timeLimit,
      instances: byInstance.size,
      runs: runs.length,
      meanGapPct: round(mean(gaps)),
      maxGapPct: round(Math.max(...gaps)),
      bksMatched: gaps.filter((gap) => gap <= 1e-6).length,
      meanTimeToBestS: round(mean(runs.map((r) => r.timeToBestS))),
      allFeasible: runs.every((r) => r.feasible),
    };
  });
}

const mean = (values: number[]): number =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
