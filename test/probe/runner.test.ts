// The worker-thread runner: a result from the worker (out/engine/probe/worker.js), a time budget,
// cancellation before and during a probe, and the in-process variant's deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runProbe, runProbeInProcess, workerScript } from '../../engine/probe';
import { analyze, chainSource, CHAINS, testAdapters } from './helpers';

test('runProbe answers from a worker thread', async () => {
  assert.match(workerScript(), /worker\.js$/);
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 4, 64));
  const r = await runProbe({ path: 'm.py', models: a.graph.models, options: { backend: 'wasm', batch: 32 } }, { budgetMs: 60_000 });
  assert.equal(r.status, 'ok', r.error);
  assert.equal(r.backend, 'wasm');
  assert.equal(r.models[0]!.layers.length, 4);
  assert.ok(r.models[0]!.layers.every((l) => l.measured && Number.isFinite(l.measured.forward)));
});

test('runProbe stops at its budget and when cancelled, and never rejects', async () => {
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 30, 512));
  const request = { path: 'm.py', models: a.graph.models, options: { backend: 'cpu' as const, batch: 256 } };
  const t0 = performance.now();
  const timedOut = await runProbe(request, { budgetMs: 150 });
  assert.equal(timedOut.status, 'timeout');
  assert.ok(performance.now() - t0 < 5000, 'the worker was terminated, not waited for');

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const cancelled = await runProbe(request, { budgetMs: 60_000, signal: controller.signal });
  assert.equal(cancelled.status, 'cancelled');

  const pre = new AbortController();
  pre.abort();
  assert.equal((await runProbe(request, { signal: pre.signal })).status, 'cancelled');
});

test('the in-process variant stops between segments', async () => {
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 3, 32));
  const request = { path: 'm.py', models: a.graph.models, options: { batch: 32 } };
  assert.equal((await runProbeInProcess(request, { budgetMs: -1, adapters: testAdapters() })).status, 'timeout');
  const c = new AbortController();
  c.abort();
  assert.equal((await runProbeInProcess(request, { signal: c.signal, adapters: testAdapters() })).status, 'cancelled');
  const unknown = await runProbeInProcess({ ...request, options: { model: 'nope' } }, { adapters: testAdapters() });
  assert.equal(unknown.status, 'error');
  assert.match(unknown.error!, /no model named 'nope'/);
});
