// Probes off the main thread: runProbe(request, { budgetMs, signal }) runs the request in a
// worker_threads Worker and always resolves (never rejects): with the result, or with status
// 'timeout' / 'cancelled' / 'error' after terminating the worker, so the language server never waits
// on a probe. The worker script is out/engine/probe/worker.js beside this file in the tsc output, or
// dist/probe-worker.js beside the bundle (scripts/build.mjs builds it), like engine/cli/pool.ts.
// runProbeInProcess is the same contract in this thread (tests), stopping between segments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { probeInProcess, type InProcessOptions } from './probe';
import type { ProbeRequest, ProbeResult } from './types';
import { PROBE_WORKER_MARK, type WorkerMessage } from './worker';

export interface RunOptions {
  /** Wall-clock budget in ms, worker start-up included (default 30 s). */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Progress in segments. */
  onProgress?: (done: number, total: number) => void;
  /** The worker script (default: workerScript()). */
  workerScript?: string;
}

export const DEFAULT_BUDGET_MS = 30_000;

/** The worker script: worker.js beside this file in out/, probe-worker.js beside a bundle. */
export function workerScript(dir: string = __dirname, file: string = __filename): string {
  if (path.basename(file) === 'runner.js') return path.join(dir, 'worker.js');
  const bundled = path.join(dir, 'probe-worker.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(dir, '..', 'out', 'engine', 'probe', 'worker.js');
}

function stopped(request: ProbeRequest, status: 'timeout' | 'cancelled' | 'error', error: string, t0: number): ProbeResult {
  return { version: 1, status, error, path: request.path, fallbacks: [], timings: { backendMs: 0, totalMs: performance.now() - t0 }, models: [] };
}

/** Runs a probe in a worker thread within `budgetMs`; resolves with its result or why it stopped. */
export function runProbe(request: ProbeRequest, options: RunOptions = {}): Promise<ProbeResult> {
  const t0 = performance.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve(stopped(request, 'cancelled', 'the probe was cancelled', t0));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(options.workerScript ?? workerScript(), { workerData: { [PROBE_WORKER_MARK]: true }, stdout: false, stderr: false });
    } catch (e) {
      resolve(stopped(request, 'error', `cannot start the probe worker: ${(e as Error).message}`, t0));
      return;
    }
    let done = false;
    const finish = (result: ProbeResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(result);
    };
    const onAbort = (): void => finish(stopped(request, 'cancelled', 'the probe was cancelled', t0));
    const timer = setTimeout(() => finish(stopped(request, 'timeout', `the probe ran past its time budget of ${budget} ms`, t0)), budget);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'progress') options.onProgress?.(msg.done, msg.total);
      else finish(msg.result);
    });
    worker.on('error', (e) => finish(stopped(request, 'error', `the probe worker failed: ${e.message}`, t0)));
    worker.on('exit', (code) => finish(stopped(request, 'error', `the probe worker exited (code ${code})`, t0)));
    worker.postMessage(request);
  });
}

/** The same contract in this thread: stops between segments when cancelled or past the budget. */
export function runProbeInProcess(request: ProbeRequest, options: RunOptions & Pick<InProcessOptions, 'adapters' | 'runtime'> = {}): Promise<ProbeResult> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const o: InProcessOptions = { deadline: performance.now() + budget };
  if (options.signal) o.signal = options.signal;
  if (options.adapters) o.adapters = options.adapters;
  if (options.runtime) o.runtime = options.runtime;
  if (options.onProgress) o.onProgress = options.onProgress;
  return probeInProcess(request, o);
}
