import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  BENCHMARK_SETS,
  type BenchmarkSet,
} from '@/lib/logistics/routing/instances/benchmark-files';

export interface VrpBenchOptions {
  sets: BenchmarkSet[];
  filter: RegExp | null;
  maxN: number;
  /** Seconds per instance: absolute, or per customer when `perCustomer`. */
  time: { seconds: number; perCustomer: boolean; label: string };
  seeds: number[];
  workers: number;
  dataDir: string | undefined;
}

const USAGE = `npm run bench:vrp -- [options]
  --set A,B,P,CMT,X,solomon   sets to run (default A,B,P)
  --filter REGEX              instance names to keep
  --max-n N                   skip instances with more than N customers
  --time 10 | 2.4n            seconds per instance, absolute or k·n (n = customers); default 10
  --seeds 1,2,3               seeds per instance (default 1)
  --workers N                 parallel workers (default: one per core)
  --data DIR                  benchmark folder (default VRP_BENCH_DIR or ../shared/bench/vrp)`;

export function parseVrpBenchOptions(argv: string[]): VrpBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string', default: 'A,B,P' },
      filter: { type: 'string' },
      'max-n': { type: 'string' },
      time: { type: 'string', default: '10' },
      seeds: { type: 'string', default: '1' },
      workers: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sets = values.set.split(',').map((set) => {
    const match = BENCHMARK_SETS.find((known) => known.toLowerCase() === set.trim().toLowerCase());
    if (!match) throw new Error(`Unknown set ${set}; expected one of ${BENCHMARK_SETS.join(', ')}`);
    return match;
  });
  const time = /^([\d.]+)\s*[·*]?\s*n$/.exec(values.time.trim());
  const seconds = Number(time ? time[1] : values.time);
  if (!(seconds > 0)) throw new Error(`--time must be seconds or k·n, got ${values.time}`);
  return {
    sets,
    filter: values.filter ? new RegExp(values.filter) : null,
    maxN: values['max-n'] ? Number(values['max-n']) : Infinity,
    time: { seconds, perCustomer: time !== null, label: time ? `${seconds}·n s` : `${seconds} s` },
    seeds: values.seeds.split(',').map(Number),
    workers: Math.max(1, Number(values.workers ?? os.availableParallelism())),
    // Scripts may read the environment; product code goes through lib/env.ts.
    dataDir: values.data ?? process.env.VRP_BENCH_DIR,
  };
}
