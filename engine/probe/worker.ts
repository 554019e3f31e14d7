// The body of a probe worker thread: out/engine/probe/worker.js (tsc) or dist/probe-worker.js
// (bundle). It answers one ProbeRequest with one ProbeResult and progress messages; the runner
// terminates it on cancellation or when the time budget runs out.
import { parentPort, workerData } from 'node:worker_threads';
import { probeInProcess } from './probe';
import type { ProbeRequest, ProbeResult } from './types';

export type WorkerMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: ProbeResult };

export const PROBE_WORKER_MARK = 'initlintProbeWorker';

export function serveProbe(): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (request: ProbeRequest) => {
    void probeInProcess(request, { onProgress: (done, total) => port.postMessage({ type: 'progress', done, total } satisfies WorkerMessage) }).then((result) => {
      port.postMessage({ type: 'result', result } satisfies WorkerMessage);
    });
  });
}

if (parentPort && (workerData as Record<string, unknown> | null)?.[PROBE_WORKER_MARK]) serveProbe();
