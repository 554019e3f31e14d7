// The benchmark harness: a Benchmark is a named setup that returns one iteration to time.
// run.ts times every registered benchmark (warm-up first), then reports mean, median, p95.
import * as os from 'node:os';

export interface Benchmark {
  /** Group/name, e.g. 'theory/relu-dense-1000'; the CLI filter matches substrings of it. */
  name: string;
  description?: string;
  /** Prepares inputs (not timed) and returns one iteration, which may be async. */
  setup(): Iteration | Promise<Iteration>;
  /** Called once after timing. */
  teardown?(): void | Promise<void>;
  /** Untimed iterations first (default 5). */
  warmup?: number;
  /** Timed iterations: at least minIterations (default 10) and until minTimeMs (default 1000) has passed, at most maxIterations (default 10000). */
  minIterations?: number;
  minTimeMs?: number;
  maxIterations?: number;
  /** Work done by one iteration, for a throughput column: { count: 1000, unit: 'layers' }. */
  work?: { count: number; unit: string };
  /** A measurement that is not a time (resident memory), shown in the throughput column. */
  annotate?(): string;
}

export type Iteration = () => unknown;

export interface BenchResult {
  name: string;
  description?: string;
  iterations: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  opsPerSec: number;
  throughput?: string;
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

/** Percentile by linear interpolation between order statistics (p in [0, 1]). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Keeps results alive so the optimizer cannot drop an iteration's work. */
let sink: unknown;
export function blackhole(): unknown {
  return sink;
}

export async function runBenchmark(b: Benchmark): Promise<BenchResult> {
  const iteration = await b.setup();
  const step = async (): Promise<void> => {
    const r = iteration();
    sink = isThenable(r) ? await r : r;
  };
  for (let i = 0; i < (b.warmup ?? 5); i++) await step();
  const minIter = b.minIterations ?? 10;
  const minTime = b.minTimeMs ?? 1000;
  const maxIter = b.maxIterations ?? 10000;
  const times: number[] = [];
  const start = performance.now();
  while (times.length < maxIter && (times.length < minIter || performance.now() - start < minTime)) {
    const t0 = performance.now();
    const r = iteration();
    if (isThenable(r)) sink = await r;
    else sink = r;
    times.push(performance.now() - t0);
  }
  const note = b.annotate?.();
  await b.teardown?.();
  const sorted = [...times].sort((x, y) => x - y);
  const mean = times.reduce((a, x) => a + x, 0) / times.length;
  const result: BenchResult = {
    name: b.name,
    iterations: times.length,
    meanMs: mean,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    opsPerSec: 1000 / mean,
  };
  if (b.description !== undefined) result.description = b.description;
  if (b.work) result.throughput = `${formatCount((b.work.count * 1000) / mean)} ${b.work.unit}/s`;
  if (note !== undefined) result.throughput = note;
  return result;
}

function formatCount(x: number): string {
  if (x >= 1e9) return `${(x / 1e9).toFixed(2)}G`;
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)}M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(1);
}

function ms(x: number): string {
  if (x >= 100) return x.toFixed(1);
  if (x >= 1) return x.toFixed(3);
  return x.toPrecision(3);
}

export function environment(): string {
  const cpus = os.cpus();
  const cpu = cpus.length ? cpus[0].model.trim() : 'unknown CPU';
  return `${new Date().toISOString()} · Node ${process.version} · ${os.platform()} ${os.arch()} · ${cpu} × ${cpus.length}`;
}

export function markdownTable(results: BenchResult[]): string {
  const head = '| benchmark | iterations | mean ms | p50 ms | p95 ms | min ms | ops/s | throughput |';
  const sep = '|---|--:|--:|--:|--:|--:|--:|--:|';
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.iterations} | ${ms(r.meanMs)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${ms(r.minMs)} | ${formatCount(r.opsPerSec)} | ${r.throughput ?? ''} |`,
  );
  return [head, sep, ...rows].join('\n');
}
