// Sampling and percentiles for the benchmark.
import { performance } from 'node:perf_hooks';

export interface Distribution {
  p50: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile: always an observed sample, so p99 of fewer than 100 samples is the slowest one. */
function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  if (value === undefined) throw new Error('percentile of no samples');
  return value;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    min: percentile(sorted, 0),
    max: percentile(sorted, 100),
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
  };
}

/**
 * CPU milliseconds (user + system, every thread of this process: the
 * garbage collector's and the compiler's too) per call, over `count` calls.
 */
export async function cpuPerCall(count: number, run: (i: number) => unknown): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) await run(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / count;
}

/** Milliseconds taken by each of `count` calls, the call's index passed in. */
export async function timeEach(count: number, run: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return samples;
}
