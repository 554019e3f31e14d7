// The probe plan: segments as the theory cuts them, embeddings from token ids, conv geometry, and
// attention measured on its own segment; plus probes of conv and norm networks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planModel, runProbeInProcess, sizeModel } from '../../engine/probe';
import { analyze, testAdapters } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const example = (name: string): string => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

test('GPT: the embedding is probed from tokens, the blocks as one segment; widths capped where needed', async () => {
  const a = await analyze(example('good_gpt.py'));
  const plan = planModel(a.models[0]!);
  assert.equal(plan.segments[0]!.input.kind, 'tokens');
  assert.deepEqual(plan.segments[0]!.layers, ['wte']);
  assert.equal(plan.segments[1]!.input.kind, 'gaussian');
  assert.ok(plan.segments[1]!.layers.includes('lm_head'));
  assert.ok(plan.notes.some((n) => /4096 of its 50304 output units/.test(n)));
  const sized = sizeModel(a.models[0]!, { memoryCap: 20e6 }, 'wasm');
  assert.ok(sized.widthScale < 1 && sized.plan.scaled);
});

test('a conv net with batch norm and a zero-init residual gamma is probed; the zero gamma shows', async () => {
  const a = await analyze(example('good_resnet_block.py'));
  const r = await runProbeInProcess({ path: 'r.py', models: a.graph.models, options: { batch: 32 } }, { adapters: testAdapters() });
  assert.equal(r.status, 'ok', r.error);
  const m = r.models[0]!;
  assert.ok(m.segments.every((s) => s.probed));
  const byId = new Map(m.layers.map((l) => [l.id, l]));
  // BatchNorm output after ReLU: about 1/2
  assert.ok(Math.abs(byId.get('blocks.0.bn1')!.measured!.forward - 0.5) < 0.1);
  // the zero-initialised bn2 gamma silences every branch (the theory, which takes gamma = 1, does not know)
  assert.equal(byId.get('blocks.0.bn2')!.measured!.forward, 0);
  // conv with circular padding keeps He's forward second moment
  assert.ok(Math.abs(byId.get('stem')!.measured!.forward / byId.get('stem')!.predicted!.forward - 1) < 0.2);
});

test('attention between linear layers ends their segments and is measured on its own (no prediction)', async (t) => {
  const src = [
    'import torch.nn as nn',
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    '        self.fc1 = nn.Linear(64, 64)',
    '        self.attn = nn.MultiheadAttention(64, 4)',
    '        self.fc2 = nn.Linear(64, 64)',
    '    def forward(self, x):',
    '        x = self.fc1(x).relu()',
    '        x, _ = self.attn(x, x, x)',
    '        return self.fc2(x)',
    '',
  ].join('\n');
  const a = await analyze(src);
  const r = await runProbeInProcess({ path: 'a.py', models: a.graph.models, options: { batch: 32 } }, { adapters: testAdapters() });
  assert.equal(r.status, 'ok', r.error);
  const layers = new Map(r.models[0]!.layers.map((l) => [l.id, l]));
  assert.ok(layers.get('fc1')!.measured);
  assert.ok(layers.get('fc2')!.measured);
  const attn = r.models[0]!.layers.find((l) => l.id.startsWith('attn'));
  assert.ok(attn?.measured, attn?.skipped);
  assert.equal(attn.predicted, undefined);
  const segs = r.models[0]!.segments;
  assert.equal(segs.length, 3);
  assert.ok(segs.every((s) => s.probed));
  assert.deepEqual(segs[1]!.inputShape, [32, 8, 64]);
  t.diagnostic(`${attn.name}: forward ${attn.measured.forward.toPrecision(3)}; ${r.models[0]!.notes.find((n) => /sequence of/.test(n))}`);
});
