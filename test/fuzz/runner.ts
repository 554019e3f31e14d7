// The engine fuzzer's driver: hands input numbers to a child process (worker.ts) one at a time and
// counts what comes back. A child that dies (a V8 abort, out of memory) or does not answer in time
// is counted against the input it was given, replaced, and the run goes on.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from './check';
import { corpus, fuzzInput, type Language } from './mutate';
import { REPO_ROOT } from './paths';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Also mutate line ends that LSP defines but not every reader follows yet (lone \r, U+2028). */
  exotic?: boolean;
  /** An input whose analysis takes more CPU than this is a failure ('slow'). */
  cpuLimitMs?: number;
  /** Wall-clock time after which the child is killed and the input counted as a 'timeout'. */
  timeoutMs?: number;
  /** Where to write the failing inputs (one file each, plus failures.json). */
  saveDir?: string;
  /** Called every `progressEvery` inputs. */
  onProgress?: (done: number, summary: FuzzSummary) => void;
  progressEvery?: number;
}

export type FailureKind = 'exception' | 'range' | 'slow' | 'abort' | 'timeout';

export interface Failure {
  index: number;
  kind: FailureKind;
  message: string;
  origin?: string;
  mutations?: string[];
  cpuMs?: number;
  exoticLineEnds?: boolean;
}

export interface FuzzSummary {
  seed: number;
  inputs: number;
  byLanguage: Record<Language, number>;
  exceptions: number;
  aborts: number;
  timeouts: number;
  /** Inputs over the CPU limit. */
  slow: number;
  /** Inputs with at least one range outside the document. */
  ranges: number;
  /** Of those, inputs whose line ends include a lone \r or U+2028/U+2029 (see FuzzOptions.exotic). */
  rangesWithExoticLineEnds: number;
  maxCpuMs: number;
  maxCpuIndex: number;
  totalCpuMs: number;
  failures: Failure[];
}

interface Reply {
  index: number;
  result: CheckResult;
  origin: string;
  mutations: string[];
  chars: number;
  language: Language;
  exoticLineEnds: boolean;
}

/** The default seed: the day's date (UTC), so one CI run's inputs are reproducible all day. */
export function defaultSeed(now = new Date()): number {
  return now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
}

class Child {
  readonly proc: ChildProcess;
  readonly ready: Promise<void>;
  private waiting?: { resolve: (r: Reply | { died: string }) => void };

  constructor(seed: number, exotic: boolean) {
    this.proc = fork(join(__dirname, 'worker.js'), [String(seed), exotic ? '1' : '0'], {
      // A heap limit well below the machine's: an input that allocates without end dies here, counted.
      execArgv: ['--max-old-space-size=1536'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (d: string) => {
      stderr = (stderr + d).slice(-2000);
    });
    this.ready = new Promise((resolve, reject) => {
      this.proc.once('message', () => resolve());
      this.proc.once('exit', (code, signal) => reject(new Error(`the fuzz worker exited before it was ready (${code ?? signal}): ${stderr}`)));
    });
    this.proc.on('message', (m: Reply) => {
      if ('index' in m) this.waiting?.resolve(m);
    });
    this.proc.on('exit', (code, signal) => this.waiting?.resolve({ died: `exit ${code ?? ''}${signal ?? ''}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` }));
  }

  run(index: number, timeoutMs: number): Promise<Reply | { died: string } | { timeout: true }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        resolve({ timeout: true });
      }, timeoutMs);
      this.waiting = {
        resolve: (r) => {
          clearTimeout(timer);
          this.waiting = undefined;
          resolve(r);
        },
      };
      this.proc.send({ index });
    });
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const { count, seed } = options;
  const exotic = options.exotic ?? false;
  const cpuLimitMs = options.cpuLimitMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const summary: FuzzSummary = {
    seed,
    inputs: 0,
    byLanguage: { python: 0, notebook: 0, script: 0 },
    exceptions: 0,
    aborts: 0,
    timeouts: 0,
    slow: 0,
    ranges: 0,
    rangesWithExoticLineEnds: 0,
    maxCpuMs: 0,
    maxCpuIndex: -1,
    totalCpuMs: 0,
    failures: [],
  };
  const seeds = options.saveDir ? corpus(REPO_ROOT) : [];
  const save = (f: Failure) => {
    summary.failures.push(f);
    if (!options.saveDir) return;
    mkdirSync(options.saveDir, { recursive: true });
    let input;
    try {
      input = fuzzInput(seeds, seed, f.index, exotic);
    } catch (err) {
      f.message += ` (the input could not be rebuilt: ${String(err)})`;
      return;
    }
    const ext = input.language === 'notebook' ? '.ipynb' : input.language === 'script' ? input.path.slice(input.path.lastIndexOf('.')) : '.py';
    writeFileSync(join(options.saveDir, `seed${seed}-input${f.index}-${f.kind}${ext}`), input.text);
  };
  let child = new Child(seed, exotic);
  await child.ready;
  try {
    for (let index = 0; index < count; index++) {
      const reply = await child.run(index, timeoutMs);
      summary.inputs++;
      if ('timeout' in reply || 'died' in reply) {
        const kind: FailureKind = 'timeout' in reply ? 'timeout' : 'abort';
        if (kind === 'timeout') summary.timeouts++;
        else summary.aborts++;
        save({ index, kind, message: 'died' in reply ? reply.died : `no answer in ${timeoutMs} ms` });
        child.kill();
        child = new Child(seed, exotic);
        await child.ready;
      } else {
        const { result } = reply;
        summary.byLanguage[reply.language]++;
        summary.totalCpuMs += result.cpuMs;
        if (result.cpuMs > summary.maxCpuMs) {
          summary.maxCpuMs = result.cpuMs;
          summary.maxCpuIndex = index;
        }
        const exoticLineEnds = reply.exoticLineEnds || result.exoticLineEnds;
        const meta = { origin: reply.origin, mutations: reply.mutations, cpuMs: Math.round(result.cpuMs), exoticLineEnds };
        const exception = result.problems.find((p) => p.kind === 'exception');
        const range = result.problems.find((p) => p.kind === 'range');
        if (exception) {
          summary.exceptions++;
          save({ index, kind: 'exception', message: exception.message, ...meta });
        }
        if (range) {
          summary.ranges++;
          if (exoticLineEnds) summary.rangesWithExoticLineEnds++;
          save({ index, kind: 'range', message: `${range.message} (${result.problems.filter((p) => p.kind === 'range').length} in all)`, ...meta });
        }
        if (result.cpuMs > cpuLimitMs) {
          summary.slow++;
          save({ index, kind: 'slow', message: `${Math.round(result.cpuMs)} ms of CPU for ${reply.chars} characters`, ...meta });
        }
      }
      if (options.onProgress && (index + 1) % (options.progressEvery ?? 500) === 0) options.onProgress(index + 1, summary);
    }
  } finally {
    child.kill();
  }
  if (options.saveDir && summary.failures.length) writeFileSync(join(options.saveDir, 'failures.json'), JSON.stringify(summary.failures, null, 2));
  return summary;
}

export function formatSummary(s: FuzzSummary): string {
  return [
    `seed ${s.seed}: ${s.inputs} inputs (${s.byLanguage.python} Python, ${s.byLanguage.notebook} notebooks, ${s.byLanguage.script} TS/JS)`,
    `  exceptions ${s.exceptions}, aborts ${s.aborts}, timeouts ${s.timeouts}, over the CPU limit ${s.slow}, ranges outside the document ${s.ranges}` +
      (s.rangesWithExoticLineEnds ? ` (${s.rangesWithExoticLineEnds} of them with lone \\r or U+2028/U+2029 line ends)` : ''),
    `  CPU: ${(s.totalCpuMs / 1000).toFixed(1)} s in all, slowest input ${s.maxCpuIndex} at ${(s.maxCpuMs / 1000).toFixed(2)} s`,
    ...s.failures.slice(0, 20).map((f) => `  input ${f.index} [${f.kind}] ${f.origin ?? ''} {${(f.mutations ?? []).join(', ')}}: ${f.message.split('\n')[0]}`),
    ...(s.failures.length > 20 ? [`  ... and ${s.failures.length - 20} more`] : []),
  ].join('\n');
}
