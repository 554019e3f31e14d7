// The registry: every benchmark the project has, in report order. A new area (CLI throughput,
// server latency, probe times) adds a `<area>.bench.ts` exporting its list and spreads it here.
import type { Benchmark } from './harness';
import { theoryBenchmarks } from './theory.bench';

export const benchmarks: Benchmark[] = [...theoryBenchmarks];
