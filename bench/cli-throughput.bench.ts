// CLI throughput: the bundled CLI (dist/cli.js) over a generated corpus of at least 200,000 lines of
// PyTorch model code (bench/gen-corpus.ts), JSON output to /dev/null, once single-threaded
// (--jobs 1) and once with a worker per CPU; lines per second for each and the speed-up.
// Target (DESIGN section 9): at least 50,000 lines per second.
//
//   npm run bench -- cli                                  (through bench/run.ts)
//   node out/bench/cli-throughput.bench.js [--lines N] [--repeat N]   (standalone, prints the ratio)
// INITLINT_CLI=path/to/cli.js measures another build of the bundle.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus, type Corpus } from './gen-corpus';
import type { Benchmark } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
/** The bundle to measure; INITLINT_CLI names another build of it. */
const CLI = process.env['INITLINT_CLI'] ? path.resolve(process.env['INITLINT_CLI']) : path.join(ROOT, 'dist', 'cli.js');
const CPUS = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const LINES = 200_000;

let corpus: Corpus | undefined;

/** The corpus, generated once per process (deterministic) and removed when the process exits. */
function sharedCorpus(lines = LINES): Corpus {
  if (corpus && corpus.lines >= lines) return corpus;
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-bench-corpus-'));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  corpus = generateCorpus(path.join(tmp, 'tree'), lines);
  return corpus;
}

/** One run of `initlint check --format json` over the corpus; returns seconds. */
function runCli(dir: string, jobs: number): number {
  const devNull = fs.openSync(os.devNull, 'w');
  const started = process.hrtime.bigint();
  let r;
  try {
    r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-config', '--jobs', String(jobs), dir], {
      stdio: ['ignore', devNull, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    fs.closeSync(devNull);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`initlint exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  return seconds;
}

/** Fastest run per job count, for the speed-up line. */
const best = new Map<number, number>();

function throughputBenchmark(name: string, jobs: number, description: string): Benchmark {
  const bench: Benchmark = {
    name,
    description,
    setup() {
      const c = sharedCorpus();
      // The harness reads `work` after timing: the exact line count of the generated corpus.
      bench.work = { count: c.lines, unit: 'lines' };
      return () => {
        const s = runCli(c.dir, jobs);
        best.set(jobs, Math.min(best.get(jobs) ?? Number.POSITIVE_INFINITY, s));
        return s;
      };
    },
    teardown() {
      const one = best.get(1);
      const all = best.get(CPUS);
      if (jobs === CPUS && one !== undefined && all !== undefined) {
        process.stderr.write(`\ncli throughput: speed-up with ${CPUS} workers over --jobs 1: ${(one / all).toFixed(2)}x (best runs)\n`);
      }
    },
    // Each iteration is a whole CLI run of several seconds: one warm-up, three timed runs.
    warmup: 1,
    minIterations: 3,
    minTimeMs: 0,
    maxIterations: 3,
    work: { count: LINES, unit: 'lines' },
  };
  return bench;
}

export const cliBenchmarks: Benchmark[] = [
  throughputBenchmark('cli/throughput-jobs-1', 1, `initlint check --format json --jobs 1 over ${LINES.toLocaleString('en-US')}+ generated lines of PyTorch code`),
  throughputBenchmark('cli/throughput-workers', CPUS, `the same with --jobs ${CPUS} (a worker per CPU)`),
];

export interface ThroughputRow {
  mode: string;
  jobs: number;
  seconds: number;
  linesPerSecond: number;
}

/** Standalone: best of `repeat` runs for --jobs 1 and all workers, and the ratio. */
export function runCliThroughput(options: { lines?: number; repeat?: number } = {}): { corpus: Corpus; rows: ThroughputRow[]; speedup: number } {
  const c = sharedCorpus(options.lines ?? LINES);
  runCli(c.dir, CPUS); // warm the file cache
  const rows: ThroughputRow[] = [];
  for (const [mode, jobs] of [
    ['--jobs 1', 1],
    [`--jobs ${CPUS} (all workers)`, CPUS],
  ] as const) {
    let seconds = Number.POSITIVE_INFINITY;
    for (let i = 0; i < Math.max(1, options.repeat ?? 1); i++) seconds = Math.min(seconds, runCli(c.dir, jobs));
    rows.push({ mode, jobs, seconds, linesPerSecond: c.lines / seconds });
  }
  return { corpus: c, rows, speedup: rows[1]!.linesPerSecond / rows[0]!.linesPerSecond };
}

if (require.main === module) {
  const arg = (flag: string): number | undefined => {
    const i = process.argv.indexOf(flag);
    return i === -1 ? undefined : Number(process.argv[i + 1]);
  };
  const options: { lines?: number; repeat?: number } = {};
  const lines = arg('--lines');
  const repeat = arg('--repeat');
  if (lines !== undefined) options.lines = lines;
  if (repeat !== undefined) options.repeat = repeat;
  const r = runCliThroughput(options);
  const out = [
    `CLI throughput: ${r.corpus.files} files, ${r.corpus.lines} lines (${(r.corpus.bytes / 1e6).toFixed(1)} MB), ${CPUS} CPUs`,
    '| mode | seconds | lines/s |',
    '|---|--:|--:|',
    ...r.rows.map((row) => `| ${row.mode} | ${row.seconds.toFixed(2)} | ${Math.round(row.linesPerSecond).toLocaleString('en-US')} |`),
    `speed-up with workers: ${r.speedup.toFixed(2)}x`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
