// Backend selection: the auto order, falling back when a backend is missing or fails (fake adapters
// and a fake navigator.gpu through the seam), and the backend and device in every result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateOrder, cpuAdapter, dawnNodePath, loadTfRuntime, runProbeInProcess, selectBackend, tfjsNodeAdapter, wasmAdapter, webgpuAdapter, type BackendAdapter } from '../../engine/probe';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, chainSource, CHAINS } from './helpers';

const failing = (name: BackendAdapter['name'], reason: string): BackendAdapter => ({
  name,
  start: () => Promise.reject(new Error(reason)),
});

test('the auto order is tfjs-node, webgpu, wasm, cpu; a named backend falls back along it', () => {
  assert.deepEqual(candidateOrder('auto'), ['tfjs-node', 'webgpu', 'wasm', 'cpu']);
  assert.deepEqual(candidateOrder('webgpu'), ['webgpu', 'wasm', 'cpu']);
  assert.deepEqual(candidateOrder('wasm'), ['wasm', 'cpu']);
  assert.deepEqual(candidateOrder('cpu'), ['cpu']);
});

test('auto skips a missing tfjs-node and a GPU without adapter, and lands on wasm', async () => {
  const rt = loadTfRuntime();
  const adapters = [
    tfjsNodeAdapter({ loadTfjsNode: () => { throw new Error("Cannot find module '@tensorflow/tfjs-node'"); } }),
    webgpuAdapter({ gpu: () => ({ requestAdapter: () => Promise.resolve(null) }) }),
    wasmAdapter(),
    cpuAdapter(),
  ];
  const sel = await selectBackend(rt, 'auto', adapters);
  assert.equal(sel.backend, 'wasm');
  assert.match(sel.device, /WebAssembly/);
  assert.deepEqual(sel.fallbacks.map((f) => f.backend), ['tfjs-node', 'webgpu']);
  assert.match(sel.fallbacks[0]!.reason, /not installed/);
  assert.match(sel.fallbacks[1]!.reason, /no WebGPU adapter/);
});

test('a failing wasm backend falls back to cpu; a failing GPU request too', async () => {
  const rt = loadTfRuntime();
  const gpuThrows = webgpuAdapter({ gpu: () => ({ requestAdapter: () => Promise.reject(new Error('device lost')) }) });
  const sel = await selectBackend(rt, 'webgpu', [gpuThrows, failing('wasm', 'wasm files missing'), cpuAdapter()]);
  assert.equal(sel.backend, 'cpu');
  assert.deepEqual(sel.fallbacks, [
    { backend: 'webgpu', reason: 'device lost' },
    { backend: 'wasm', reason: 'wasm files missing' },
  ]);
  await assert.rejects(selectBackend(rt, 'cpu', [failing('cpu', 'broken')]), /no backend could start: cpu: broken/);
});

test('the default WebGPU adapter fails cleanly on a machine without a GPU', async (t) => {
  const rt = loadTfRuntime();
  const sel = await selectBackend(rt, 'webgpu', [webgpuAdapter(), cpuAdapter()]);
  if (sel.backend === 'webgpu') {
    t.diagnostic(`a GPU is present: ${sel.device}`);
    return;
  }
  assert.equal(sel.backend, 'cpu');
  assert.equal(sel.fallbacks[0]!.backend, 'webgpu');
  t.diagnostic(`webgpu: ${sel.fallbacks[0]!.reason}`);
});

test('a probe result names its backend, device, fallbacks and times', async () => {
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 3, 32));
  const r = await runProbeInProcess(
    { path: 'm.py', models: a.graph.models, options: { backend: 'auto', batch: 32 } },
    { adapters: [failing('tfjs-node', 'not installed'), failing('webgpu', 'no WebGPU adapter found'), wasmAdapter(), cpuAdapter()] },
  );
  assert.equal(r.status, 'ok', r.error);
  assert.equal(r.backend, 'wasm');
  assert.match(r.device!, /WebAssembly/);
  assert.equal(r.fallbacks.length, 2);
  assert.ok(r.timings.totalMs > 0 && r.models[0]!.timeMs > 0);
  assert.ok(r.models[0]!.layers.every((l) => l.measured));
});

test('cpu and wasm measure the same values from the same seed', async () => {
  const a = await analyze(chainSource(CHAINS['Xavier/tanh']!, 4, 64));
  const req = { path: 'm.py', models: a.graph.models, options: { batch: 32, seed: 9 } };
  const w = await runProbeInProcess({ ...req, options: { ...req.options, backend: 'wasm' } }, { adapters: [wasmAdapter(), cpuAdapter()] });
  const c = await runProbeInProcess({ ...req, options: { ...req.options, backend: 'cpu' } }, { adapters: [cpuAdapter()] });
  assert.equal(w.backend, 'wasm');
  assert.equal(c.backend, 'cpu');
  w.models[0]!.layers.forEach((l, i) => {
    const m = c.models[0]!.layers[i]!.measured!;
    assert.ok(Math.abs(l.measured!.forward / m.forward - 1) < 1e-4);
    assert.ok(Math.abs(l.measured!.backward! / m.backward! - 1) < 1e-4);
  });
});

test('dawn.node beside the bundle (dist/, as the platform vsix ships it) wins over the webgpu package', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-dawn-'));
  try {
    const fromPackage = dawnNodePath(dir);
    if (fromPackage !== undefined) assert.match(fromPackage, /node_modules[\\/]webgpu[\\/]dist[\\/]/);
    fs.writeFileSync(path.join(dir, 'dawn.node'), '');
    assert.equal(dawnNodePath(dir), path.join(dir, 'dawn.node'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
