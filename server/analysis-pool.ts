// The analysis workers of the language server: worker_threads started on demand, up to `size`. The
// main thread never analyses; it asks the pool and keeps answering requests meanwhile.
//
// Invariants:
// - one job per document at a time; a document waits for its own job to end before the next starts;
// - a waiting job is built when a worker takes it (`prepare`), from the document as it is then: any
//   number of edits made while it waited become one job, and older versions are never analysed;
// - a second worker starts once the first has answered (a spare for everything else while one
//   document takes long), more only when all are busy;
// - a document stays on the worker that holds its tree (incremental parsing) unless that worker is
//   busy with another document and another worker is free: it then moves (one full parse there);
// - a job that runs past its time cap gets its worker terminated (the trees on it are lost, the
//   documents simply parse again) and resolves as timed out; a worker that fails or runs out of
//   memory resolves its job as failed. The pool always resolves, never rejects.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileAnalysis } from '../engine/analyze';
import { ANALYSIS_WORKER_MARK, type AnalyseJob, type FromWorker, type Job, type RenderJob, type ToWorker } from './analysis-protocol';

export type AnalysisOutcome =
  | { kind: 'analysed'; analysis: FileAnalysis; configError?: string; parse: 'incremental' | 'full' | 'none'; ms: number }
  | { kind: 'timedOut'; ms: number }
  | { kind: 'failed'; error: string };

export type RenderOutcome = { kind: 'rendered'; html: string } | { kind: 'timedOut'; ms: number } | { kind: 'failed'; error: string };

/** What `prepare` hands the pool: the job's body, and anything the caller wants back with the result. */
export interface Prepared<C> {
  job: Omit<AnalyseJob, 'type' | 'id'>;
  context: C;
}

export interface PoolOptions {
  /** Most workers at once. */
  size: number;
  /** Time cap of one job (read at each dispatch, so a settings change applies to the next job). */
  timeoutMs: () => number;
  /** Heap limit of each worker (a runaway analysis ends that worker, not the server). */
  maxHeapMb?: number;
  log: (message: string) => void;
  /** The worker script (default: analysis-worker.js beside this file, in dist/ and in out/server/). */
  script?: string;
}

/** How a job ended: the worker's answer, the time cap, or the worker lost. */
type Settle = (answer: FromWorker | { type: 'timedOut'; ms: number } | { type: 'lost'; error: string }) => void;

interface Waiting {
  key?: string;
  build: () => { job: Job; settle: Settle } | undefined;
  /** Called with undefined when the job was dropped before it ran (document closed). */
  drop: () => void;
}

interface Running {
  id: number;
  key?: string;
  started: number;
  timer: NodeJS.Timeout;
  settle: Settle;
}

class PoolWorker {
  busy: Running | undefined;
  /** Documents whose tree this worker holds. */
  readonly docs = new Set<string>();
  constructor(
    readonly worker: Worker,
    readonly n: number,
  ) {}
  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly home = new Map<string, PoolWorker>();
  private readonly waiting: Waiting[] = [];
  /** Documents whose analysis is waiting (at most one entry per document), with everyone waiting for it. */
  private readonly pending = new Map<string, { waiting: Waiting; prepares: (() => Prepared<unknown> | undefined)[]; resolvers: ((r: { outcome: AnalysisOutcome; context: unknown } | undefined) => void)[] }>();
  private nextId = 1;
  private spawned = 0;
  private disposed = false;

  constructor(private readonly options: PoolOptions) {}

  get script(): string {
    return this.options.script ?? path.join(__dirname, 'analysis-worker.js');
  }

  /** Starts the first worker ahead of the first document (it loads the parser meanwhile). */
  warm(): void {
    if (this.workers.length === 0 && !this.disposed) this.spawn();
  }

  /**
   * Analyses document `key` as `prepare` finds it when a worker takes the job (undefined: nothing to
   * do, e.g. it was closed). Calls for a document whose job is still waiting join that job.
   */
  analyse<C>(key: string, prepare: () => Prepared<C> | undefined): Promise<{ outcome: AnalysisOutcome; context: C } | undefined> {
    return new Promise((resolve) => {
      const joined = this.pending.get(key);
      if (joined) {
        // The latest caller's view of the document wins (it reads the same document anyway).
        joined.prepares.push(prepare as () => Prepared<unknown> | undefined);
        joined.resolvers.push(resolve as (r: { outcome: AnalysisOutcome; context: unknown } | undefined) => void);
        return;
      }
      const entry = {
        prepares: [prepare as () => Prepared<unknown> | undefined],
        resolvers: [resolve as (r: { outcome: AnalysisOutcome; context: unknown } | undefined) => void],
        waiting: undefined as unknown as Waiting,
      };
      entry.waiting = {
        key,
        build: () => {
          this.pending.delete(key);
          const prepared = entry.prepares[entry.prepares.length - 1]!();
          if (!prepared) {
            for (const r of entry.resolvers) r(undefined);
            return undefined;
          }
          const id = this.nextId++;
          return {
            job: { type: 'analyse', id, ...prepared.job },
            settle: (answer) => {
              const outcome: AnalysisOutcome =
                answer.type === 'analysed'
                  ? { kind: 'analysed', analysis: answer.analysis, parse: answer.parse, ms: answer.ms, ...(answer.configError ? { configError: answer.configError } : {}) }
                  : answer.type === 'timedOut'
                    ? { kind: 'timedOut', ms: answer.ms }
                    : { kind: 'failed', error: answer.type === 'failed' || answer.type === 'lost' ? answer.error : 'the worker answered a different job' };
              for (const r of entry.resolvers) r({ outcome, context: prepared.context });
            },
          };
        },
        drop: () => {
          this.pending.delete(key);
          for (const r of entry.resolvers) r(undefined);
        },
      };
      this.pending.set(key, entry);
      this.waiting.push(entry.waiting);
      this.pump();
    });
  }

  /** Renders a report's HTML on a worker. */
  render(report: RenderJob['report'], driftBand: [number, number]): Promise<RenderOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({
        build: () => {
          const id = this.nextId++;
          return {
            job: { type: 'render', id, report, driftBand },
            settle: (answer) =>
              resolve(
                answer.type === 'rendered'
                  ? { kind: 'rendered', html: answer.html }
                  : answer.type === 'timedOut'
                    ? { kind: 'timedOut', ms: answer.ms }
                    : { kind: 'failed', error: answer.type === 'failed' || answer.type === 'lost' ? answer.error : 'the worker answered a different job' },
              ),
          };
        },
        drop: () => resolve({ kind: 'failed', error: 'the server is shutting down' }),
      });
      this.pump();
    });
  }

  /** The document was closed: its tree is dropped and a waiting job for it is not run. */
  forget(key: string): void {
    const entry = this.pending.get(key);
    if (entry) {
      this.waiting.splice(this.waiting.indexOf(entry.waiting), 1);
      entry.waiting.drop();
    }
    const home = this.home.get(key);
    if (home) {
      home.docs.delete(key);
      this.home.delete(key);
      home.post({ type: 'forget', key });
    }
  }

  /** Workers started now, and jobs running (for logs and tests). */
  get stats(): { workers: number; busy: number; spawned: number } {
    return { workers: this.workers.length, busy: this.workers.filter((w) => w.busy).length, spawned: this.spawned };
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.waiting.splice(0)) w.drop();
    for (const w of this.workers.splice(0)) {
      if (w.busy) clearTimeout(w.busy.timer);
      void w.worker.terminate();
    }
  }

  private isRunning(key: string): boolean {
    return this.workers.some((w) => w.busy?.key === key);
  }

  /** The worker for a job on `key`: its home when free, else a free one, else a new one while under size. */
  private workerFor(key: string | undefined): PoolWorker | undefined {
    const home = key !== undefined ? this.home.get(key) : undefined;
    if (home && !home.busy) return home;
    const free = this.workers.filter((w) => !w.busy).sort((a, b) => a.docs.size - b.docs.size)[0];
    if (free) return free;
    if (this.workers.length < Math.max(1, this.options.size)) return this.spawn();
    return undefined;
  }

  private pump(): void {
    if (this.disposed) return;
    for (let i = 0; i < this.waiting.length; ) {
      const item = this.waiting[i]!;
      if (item.key !== undefined && this.isRunning(item.key)) {
        i++;
        continue;
      }
      const worker = this.workerFor(item.key);
      if (!worker) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      const built = item.build();
      if (!built) continue;
      if (item.key !== undefined) this.settleHome(item.key, worker);
      this.start(worker, built.job, item.key, built.settle);
    }
  }

  private settleHome(key: string, worker: PoolWorker): void {
    const home = this.home.get(key);
    if (home === worker) return;
    if (home) {
      home.docs.delete(key);
      home.post({ type: 'forget', key });
    }
    this.home.set(key, worker);
    worker.docs.add(key);
  }

  private start(worker: PoolWorker, job: Job, key: string | undefined, settle: Settle): void {
    const cap = this.options.timeoutMs();
    const started = performance.now();
    const timer = setTimeout(() => {
      this.options.log(`analysis worker ${worker.n}: ${job.type === 'analyse' ? job.document.path : 'a report'} ran past ${cap} ms; the worker is stopped`);
      this.remove(worker);
      void worker.worker.terminate();
      settle({ type: 'timedOut', ms: performance.now() - started });
      this.pump();
    }, cap);
    worker.busy = { id: job.id, ...(key !== undefined ? { key } : {}), started, timer, settle };
    try {
      worker.post(job);
    } catch (err) {
      clearTimeout(timer);
      worker.busy = undefined;
      settle({ type: 'lost', error: `the job could not be sent to the worker: ${String(err)}` });
    }
  }

  private spawn(): PoolWorker {
    const n = ++this.spawned;
    const worker = new Worker(this.script, {
      workerData: { [ANALYSIS_WORKER_MARK]: true },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1536 },
      // The worker's stdout must never reach ours: that is the protocol stream.
      stdout: true,
      stderr: true,
    });
    const w = new PoolWorker(worker, n);
    worker.stdout.setEncoding('utf8');
    worker.stderr.setEncoding('utf8');
    worker.stdout.on('data', (d: string) => this.options.log(`analysis worker ${n}: ${d.trimEnd()}`));
    worker.stderr.on('data', (d: string) => this.options.log(`analysis worker ${n} (stderr): ${d.trimEnd()}`));
    worker.on('message', (answer: FromWorker) => {
      const running = w.busy;
      if (!running || running.id !== answer.id || !this.workers.includes(w)) return;
      clearTimeout(running.timer);
      w.busy = undefined;
      running.settle(answer);
      // Once the first worker has answered, a second one starts, so that a long analysis never
      // leaves the other documents waiting for a worker to boot.
      if (this.workers.length < Math.min(2, this.options.size) && !this.disposed) this.spawn();
      this.pump();
    });
    const lost = (why: string): void => {
      if (!this.workers.includes(w)) return;
      this.remove(w);
      const running = w.busy;
      w.busy = undefined;
      if (running) {
        clearTimeout(running.timer);
        running.settle({ type: 'lost', error: why });
      }
      if (!this.disposed) this.options.log(`analysis worker ${n}: ${why}`);
      this.pump();
    };
    worker.on('error', (err: Error & { code?: string }) =>
      lost(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of its ${this.options.maxHeapMb ?? 1536} MB heap` : `failed: ${err.message}`),
    );
    worker.on('exit', (code) => lost(`exited (code ${code})`));
    this.workers.push(w);
    return w;
  }

  private remove(worker: PoolWorker): void {
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
    for (const key of worker.docs) if (this.home.get(key) === worker) this.home.delete(key);
    worker.docs.clear();
  }
}
