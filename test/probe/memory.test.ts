// Probe memory (issue 11): the plan holds a probe's tensors to its memory cap, first by scaling widths,
// then by probing only the first layers of a stretch, and the result says which (notes, `memory`, the
// CLI text); the worker runs under a JS heap limit and a probe over it ends as an error saying so.
// The reproducers: a 1e6-wide layer, and 10,000 layers (they peaked at 1.35 and 1.97 GB of RSS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linearWeightGrad } from '../../engine/probe/execute';
import { HEAP_BYTES_PER_LAYER } from '../../engine/probe/plan';
import { loadTfRuntime, probeHeapLimitMb, probeText, runProbe, runProbeInProcess, scaleWidth, sizeModel } from '../../engine/probe';
import { analyze, chainSource, CHAINS, testAdapters } from './helpers';
import { analyzeModel, type ModelAnalysis } from '../../engine/analysis';
import { attachActivations, type GraphNode, type Layer } from '../../engine/model/graph';

const CAP = 128e6; // float32 values: the CPU backends' default cap

const WIDE = `import torch.nn as nn

class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(1000000, 1000000)
        self.b = nn.Linear(1000000, 10)

    def forward(self, x):
        return self.b(self.a(x).relu())
`;

test('a 1e6-wide layer: widths scaled until the tensors fit the cap; as-written and planned sizes follow the plan\'s costs', async () => {
  const a = await analyze(WIDE);
  const sized = sizeModel(a.models[0]!, {}, 'cpu');
  const b = sized.batch;
  assert.equal(b, 32);
  // As written: a's weight and its transpose plus bias, b's (10 outputs), and per sample the input,
  // then three values per output of each layer (pre-activation, output, the gradient tap), twice.
  // Each layer's ops also take HEAP_BYTES_PER_LAYER of JS heap, counted as values.
  const heap = 2 * (HEAP_BYTES_PER_LAYER / 4);
  const params = 2 * 1e6 * 1e6 + 1e6 + 2 * 1e6 * 10 + 10;
  const acts = 1e6 + 3 * 1e6 + 3 * 10;
  assert.equal(sized.memory.asWrittenBytes, 4 * (params + 2 * b * acts + heap));
  assert.equal(sized.memory.capBytes, 4 * CAP);
  assert.ok(sized.memory.plannedBytes <= sized.memory.capBytes, `${sized.memory.plannedBytes} <= ${sized.memory.capBytes}`);
  assert.ok(sized.memory.plannedBytes > 0.5 * sized.memory.capBytes, 'not scaled further than needed (0.85 steps)');
  const w = scaleWidth(1e6, sized.widthScale);
  assert.deepEqual(sized.memory.widths, { widest: 1e6, probedAs: w });
  const p = 2 * w * w + w + 2 * w * 10 + 10;
  assert.equal(sized.memory.plannedBytes, 4 * (p + 2 * b * (w + 3 * w + 30) + heap));
  assert.equal(sized.memory.cut, undefined);
});

/**
 * A model of `layers` Linear(width, width) + ReLU layers built as the IR directly: the Python reader
 * holds a model to its first 2,000 layers, and the probe's own bound must hold for any model.
 */
function deepModel(layers: number, width: number): ModelAnalysis {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const nodes: GraphNode[] = [];
  const all: Layer[] = [];
  for (let i = 0; i < layers; i++) {
    const init = { source: 'default' as const, framework: 'pytorch' as const, name: '', args: { positional: [], keyword: {} } };
    const layer: Layer = {
      id: `layers.${2 * i}`,
      name: `self.layers[${2 * i}]`,
      kind: 'Linear',
      ctor: 'torch.nn.Linear',
      framework: 'pytorch',
      range,
      inFeatures: width,
      outFeatures: width,
      args: { positional: [width, width], keyword: {} },
      params: [
        { name: 'weight', role: 'weight', shape: [width, width], init },
        { name: 'bias', role: 'bias', shape: [width], init },
      ],
    };
    all.push(layer);
    nodes.push({ type: 'layer', layer }, { type: 'activation', activation: { kind: 'relu' } });
  }
  attachActivations(nodes);
  return analyzeModel({ name: 'Deep', framework: 'pytorch', range, nodes, layers: all, orderKnown: true });
}

test('10,000 layers: at the smallest widths they do not fit, so the stretch is cut to the layers that do, and it says so', { timeout: 120_000 }, async () => {
  const m = deepModel(10_000, 256);
  assert.equal(m.chainOrder.length, 10_000);
  const sized = sizeModel(m, {}, 'cpu');
  const b = sized.batch;
  assert.equal(b, 32);
  // Every width at its floor of 64; then per layer 2*64*64 + 64 parameters, 3*64 values per sample
  // (twice: values and gradients) and its ops' heap, on top of the 64-wide input.
  assert.deepEqual(sized.memory.widths, { widest: 256, probedAs: 64 });
  const perLayer = 2 * 64 * 64 + 64 + 2 * b * 3 * 64 + HEAP_BYTES_PER_LAYER / 4;
  const probed = Math.floor((CAP - 2 * b * 64) / perLayer);
  assert.deepEqual(sized.memory.cut, { probed, total: 10_000 });
  assert.equal(sized.memory.plannedBytes, 4 * (2 * b * 64 + probed * perLayer));
  assert.ok(sized.memory.plannedBytes <= sized.memory.capBytes);
  assert.equal(sized.plan.segments[0]!.layers.length, probed);
  const cutLayer = m.chainOrder[probed]!.layer.id;
  assert.equal(sized.plan.skipped.get(cutLayer), `cut to fit the memory cap of 512 MB: only the first ${probed} of the 10000 layers of this stretch are probed`);
  // All 10,000 at width 64 would need the input plus 10,000 layers.
  assert.equal(sized.memory.fittedWidthBytes, 4 * (2 * b * 64 + 10_000 * perLayer));
  assert.equal(sized.plan.skipped.has(m.chainOrder[probed - 1]!.layer.id), false, 'the last layer that fits is planned');
});

test('a probe cut short measures its first layers, skips the rest with the reason, and the text says what was cut', { timeout: 60_000 }, async () => {
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 40, 64));
  const b = 32;
  const perLayer = 2 * 64 * 64 + 64 + 2 * b * 3 * 64 + HEAP_BYTES_PER_LAYER / 4;
  // A cap that holds the input and exactly 12 layers.
  const cap = 2 * b * 64 + 12 * perLayer + 100;
  const r = await runProbeInProcess({ path: 'm.py', models: a.graph.models, options: { batch: b, memoryCap: cap } }, { adapters: testAdapters() });
  assert.equal(r.status, 'ok', r.error);
  const model = r.models[0]!;
  assert.deepEqual(model.memory.cut, { probed: 12, total: 40 });
  assert.equal(model.memory.widths, undefined, 'no width above 64 to scale');
  const measured = model.layers.filter((l) => l.measured);
  assert.equal(measured.length, 12);
  assert.ok(measured.every((l) => Number.isFinite(l.measured!.forward) && l.measured!.forward > 0));
  // He/ReLU keeps the second moment: the 12th layer's output near the input's, as the theory says.
  const last = measured[11]!;
  assert.ok(last.predicted && Math.abs(Math.log(last.measured!.forward / last.predicted.forward)) < Math.log(2), `${last.measured!.forward} vs ${last.predicted!.forward}`);
  const skipped = model.layers.filter((l) => !l.measured);
  assert.equal(skipped.length, 28);
  assert.ok(skipped.every((l) => /cut to fit the memory cap/.test(l.skipped ?? '')));
  assert.ok(model.notes.some((n) => /depth cut to fit the memory cap of \d+ MB: 12 of 40 layers probed/.test(n)));
  const text = probeText(r);
  assert.match(text, /batch 32, depth cut \(12 of 40 layers\), memory \d+ of \d+ MB/);
  assert.match(text, /not probed: .* and \d+ more: cut to fit the memory cap/);
});

test('the Gram-matrix weight-gradient statistic equals the one from dW itself', async () => {
  const { tf } = loadTfRuntime();
  await tf.setBackend('cpu');
  for (const [rows, inF, outF] of [
    [8, 40, 30],
    [50, 4, 3],
  ] as const) {
    const x = tf.randomNormal([rows, inF], 0, 1, 'float32', 1);
    const dy = tf.randomNormal([rows, outF], 0, 1, 'float32', 2);
    const direct = tf.mean(tf.square(tf.matMul(tf.transpose(x), dy))).dataSync()[0]!;
    const viaGram = linearWeightGrad(tf, x, dy).dataSync()[0]!;
    assert.ok(Math.abs(viaGram - direct) <= 1e-5 * direct, `${rows}x${inF}x${outF}: ${viaGram} vs ${direct}`);
  }
});

test('the probe worker runs under a heap limit from its request; a probe over it is an error that says so', { timeout: 60_000 }, async () => {
  const a = await analyze(chainSource(CHAINS['He/ReLU']!, 4, 64));
  const request = { path: 'm.py', models: a.graph.models, options: { backend: 'wasm' as const, batch: 32 } };
  assert.equal(probeHeapLimitMb(request), Math.ceil(128 + (4 * HEAP_BYTES_PER_LAYER) / 1e6));
  const ok = await runProbe(request, { budgetMs: 60_000 });
  assert.equal(ok.status, 'ok', ok.error);
  assert.equal(ok.heapLimitMb, probeHeapLimitMb(request));
  const tight = await runProbe(request, { budgetMs: 60_000, heapLimitMb: 8 });
  assert.equal(tight.status, 'error');
  assert.match(tight.error ?? '', /ran out of its 8 MB heap limit/);
});
