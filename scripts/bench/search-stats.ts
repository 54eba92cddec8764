/** Latency percentiles and a closed-loop load runner for the search benchmark. */
export type Stats = {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  throughputPerSec: number;
};

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarize(samples: number[], wallMs: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    n: samples.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)),
    throughputPerSec: Math.round((samples.length / wallMs) * 1000),
  };
}

/**
 * Runs `call` over `inputs` (repeated `rounds` times) with `concurrency` callers, each starting
 * its next call as soon as the previous one finishes; returns per-call latencies. `warmup` makes
 * one untimed pass over the inputs first (warm-cache figures are then cache hits only); `before`
 * runs ahead of every timed call (cold-cache figures invalidate there).
 */
export async function runLoad<T>(
  inputs: T[],
  call: (input: T) => Promise<unknown>,
  {
    rounds = 1,
    concurrency = 1,
    before,
    warmup = false,
  }: {
    rounds?: number;
    concurrency?: number;
    before?: () => Promise<void>;
    warmup?: boolean;
  } = {},
): Promise<Stats> {
  if (warmup) for (const input of inputs) await call(input);
  const queue = Array.from({ length: rounds }, () => inputs).flat();
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queue.length) {
        const input = queue[next++] as T;
        if (before) await before();
        const t = performance.now();
        await call(input);
        samples.push(performance.now() - t);
      }
    }),
  );
  return summarize(samples, performance.now() - started);
}

export const ratio = (service: Stats, bare: Stats) => ({
  p50: round(service.p50 / Math.max(bare.p50, 0.01)),
  p95: round(service.p95 / Math.max(bare.p95, 0.01)),
});
