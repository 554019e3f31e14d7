// Probes off the main thread: runProbe(request, { budgetMs, signal }) runs the request in a
// worker_threads Worker and always resolves (never rejects): with the result, or with status
// 'timeout' / 'cancelled' / 'error' after terminating the worker, so the language server never waits
// on a probe. The worker script is out/engine/probe/worker.js beside this file in the tsc output, or
// dist/probe-worker.js beside the bundle (scripts/build.mjs builds it), like engine/cli/pool.ts.
// runProbeInProcess is the same contract in this thread (tests), stopping between segments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { HEAP_BYTES_PER_LAYER } from './plan';
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
  /** The worker's JS heap limit in MB (default: probeHeapLimitMb(request)). */
  heapLimitMb?: number;
}

export const DEFAULT_BUDGET_MS = 30_000;

/**
 * The JS heap a probe worker may use, in MB, from the plan's own figures: a fixed part (TensorFlow.js,
 * the engine and the request: a 4-layer probe runs within 16 MB, so 128 leaves room for the analysis
 * of a large model) plus the heap the plan counts per layer (plan.ts HEAP_BYTES_PER_LAYER: tensor
 * objects and the gradient tape). Tensor data lives in ArrayBuffers outside the heap (resourceLimits
 * cannot bound it); the plan holds it, with this heap, to ProbeOptions.memoryCap. The limit makes a
 * probe that still overruns end its worker (status 'error', saying so) instead of the process.
 */
export function probeHeapLimitMb(request: ProbeRequest): number {
  const layers = request.models.reduce((n, m) => n + m.layers.length, 0);
  return Math.min(4096, Math.ceil(HEAP_BASE_MB + (HEAP_BYTES_PER_LAYER * layers) / 1e6));
}
const HEAP_BASE_MB = 128;

/** The worker script: worker.js beside this file in out/, probe-worker.js beside a bundle. */
export function workerScript(dir: string = __dirname, file: string = __filename): string {
  if (path.basename(file) === 'runner.js') return path.join(dir, 'worker.js');
  const bundled = path.join(dir, 'probe-worker.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(dir, '..', 'out', 'engine', 'probe', 'worker.js');
}

function stopped(request: ProbeRequest, status: 'timeout' | 'cancelled' | 'error', error: string, t0: number, heapLimitMb?: number): ProbeResult {
  return { version: 1, status, error, path: request.path, ...(heapLimitMb !== undefined ? { heapLimitMb } : {}), fallbacks: [], timings: { backendMs: 0, totalMs: performance.now() - t0 }, models: [] };
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
    const heap = options.heapLimitMb ?? probeHeapLimitMb(request);
    let worker: Worker;
    try {
      worker = new Worker(options.workerScript ?? workerScript(), {
        workerData: { [PROBE_WORKER_MARK]: true },
        resourceLimits: { maxOldGenerationSizeMb: heap },
        // Never the parent's stdout: in the language server that is the protocol stream (tfjs prints a hint there).
        stdout: true,
        stderr: true,
      });
    } catch (e) {
      resolve(stopped(request, 'error', `cannot start the probe worker: ${(e as Error).message}`, t0, heap));
      return;
    }
    worker.stdout.resume();
    worker.stderr.resume();
    let done = false;
    const finish = (result: ProbeResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(result);
    };
    const onAbort = (): void => finish(stopped(request, 'cancelled', 'the probe was cancelled', t0, heap));
    const timer = setTimeout(() => finish(stopped(request, 'timeout', `the probe ran past its time budget of ${budget} ms`, t0, heap)), budget);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'progress') options.onProgress?.(msg.done, msg.total);
      else finish({ ...msg.result, heapLimitMb: heap });
    });
    worker.on('error', (e: Error & { code?: string }) =>
      finish(
        stopped(
          request,
          'error',
          e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the probe ran out of its ${heap} MB heap limit (the model is too large to probe; its layers and their gradient tape did not fit)` : `the probe worker failed: ${e.message}`,
          t0,
          heap,
        ),
      ),
    );
    worker.on('exit', (code) => finish(stopped(request, 'error', `the probe worker exited (code ${code})`, t0, heap)));
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
