// The registry: every benchmark the project has, in report order. A new area (CLI throughput,
// server latency, probe times) adds a `<area>.bench.ts` exporting its list and spreads it here.
import type { Benchmark } from './harness';
import { theoryBenchmarks } from './theory.bench';
import { cliBenchmarks } from './cli-throughput.bench';
import { serverBenchmarks } from './server.bench';
import { frontendBenchmarks } from './frontends.bench';
import { probeBenchmarks } from './probe.bench';
import { reproducerBenchmarks } from './reproducers.bench';

export const benchmarks: Benchmark[] = [...theoryBenchmarks, ...cliBenchmarks, ...serverBenchmarks, ...frontendBenchmarks, ...probeBenchmarks, ...reproducerBenchmarks];
