// Runs file checks on the main thread (few files, or --jobs 1) or across a pool of worker_threads.
// Each worker loads the parsers once (ready()) and takes batches of files from a shared queue;
// results are put back in task order, so the output does not depend on scheduling. The worker
// script is the CLI entry itself: dist/cli.js in the esbuild bundle (which re-spawns itself), or
// out/engine/cli/main.js in the tsc output; both branch on isMainThread. A worker that dies has its
// batch redone on the main thread.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker, parentPort } from 'node:worker_threads';
import { ready } from '../analyze';
import { checkFile, type FileResult, type FileTask } from './check-file';

export const WORKER_MARK = 'initlintCheckWorker';

/** Below this many files, the pool is not worth its start-up cost. */
export const MIN_FILES_FOR_WORKERS = 8;

interface BatchRequest {
  id: number;
  tasks: FileTask[];
}

interface BatchResponse {
  id: number;
  results: FileResult[];
}

/** The body of a worker thread: check the batches it is sent. */
export function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  const loaded = ready();
  port.on('message', (msg: BatchRequest) => {
    void loaded.then(
      () => {
        const results = msg.tasks.map((t) => checkFile(t));
        port.postMessage({ id: msg.id, results } satisfies BatchResponse);
      },
      (e: unknown) => {
        const message = `internal error while analysing: cannot load the parser (${(e as Error).message})`;
        const results: FileResult[] = msg.tasks.map((t) => ({ path: t.display, findings: [], notes: [{ kind: 'internal', message }], checked: false, lines: 0 }));
        port.postMessage({ id: msg.id, results } satisfies BatchResponse);
      },
    );
  });
}

/** The script a worker runs: this very file in the bundle, the CLI entry next to it in out/. */
export function workerScript(): string {
  return path.basename(__filename) === 'pool.js' ? path.join(__dirname, 'main.js') : __filename;
}

export interface RunOptions {
  jobs: number;
  onProgress?: (done: number, total: number) => void;
}

let mainReady: Promise<void> | undefined;

async function checkOnMainThread(tasks: FileTask[], out: FileResult[], offset: number, progress: () => void): Promise<void> {
  mainReady ??= ready();
  try {
    await mainReady;
  } catch (e) {
    const message = `internal error while analysing: cannot load the parser (${(e as Error).message})`;
    tasks.forEach((t, i) => {
      out[offset + i] = { path: t.display, findings: [], notes: [{ kind: 'internal', message }], checked: false, lines: 0 };
      progress();
    });
    return;
  }
  tasks.forEach((t, i) => {
    out[offset + i] = checkFile(t);
    progress();
  });
}

export function workerCount(files: number, jobs: number): number {
  if (jobs <= 1 || files < MIN_FILES_FOR_WORKERS) return 0;
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(jobs, cpus, Math.ceil(files / 2)));
}

export async function runTasks(tasks: FileTask[], options: RunOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  let done = 0;
  const progress = (): void => {
    done++;
    options.onProgress?.(done, tasks.length);
  };
  const n = workerCount(tasks.length, options.jobs);
  if (n <= 1) {
    await checkOnMainThread(tasks, results, 0, progress);
    return results;
  }

  const batchSize = Math.max(1, Math.min(32, Math.ceil(tasks.length / (n * 8))));
  const batches: { offset: number; tasks: FileTask[] }[] = [];
  for (let i = 0; i < tasks.length; i += batchSize) batches.push({ offset: i, tasks: tasks.slice(i, i + batchSize) });
  let next = 0;
  const fallback: { offset: number; tasks: FileTask[] }[] = [];
  const script = workerScript();

  await Promise.all(
    Array.from({ length: n }, () =>
      new Promise<void>((resolve) => {
        let worker: Worker;
        try {
          worker = new Worker(script, { workerData: { [WORKER_MARK]: true }, stdout: false, stderr: false });
        } catch {
          resolve();
          return;
        }
        let current: { id: number; offset: number; tasks: FileTask[] } | undefined;
        let finished = false;
        const finish = (): void => {
          if (finished) return;
          finished = true;
          if (current) fallback.push(current);
          current = undefined;
          void worker.terminate().finally(resolve);
        };
        const send = (): void => {
          if (next >= batches.length) {
            finish();
            return;
          }
          const id = next++;
          current = { id, ...batches[id]! };
          worker.postMessage({ id, tasks: current.tasks } satisfies BatchRequest);
        };
        worker.on('message', (msg: BatchResponse) => {
          if (!current || msg.id !== current.id) return;
          msg.results.forEach((r, i) => {
            results[current!.offset + i] = r;
            progress();
          });
          current = undefined;
          send();
        });
        worker.on('error', finish);
        worker.on('exit', finish);
        send();
      }),
    ),
  );
  // Batches no worker finished (a worker failed to start or died) and any never sent.
  while (next < batches.length) fallback.push(batches[next++]!);
  for (const batch of fallback.sort((a, b) => a.offset - b.offset)) {
    await checkOnMainThread(batch.tasks, results, batch.offset, progress);
  }
  return results;
}
