// Attention and recurrent layers: probed on their own segment over a short sequence (measured
// only, the theory has no prediction), with closed-form checks where one is easy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planModel, runProbeInProcess, type ProbeLayer } from '../../engine/probe';
import { analyze, testAdapters } from './helpers';

function module(fields: string[], inits: string[], forward: string[]): string {
  return [
    'import torch.nn as nn',
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...fields.map((f) => `        ${f}`),
    ...inits.map((f) => `        ${f}`),
    '    def forward(self, x):',
    ...forward.map((f) => `        ${f}`),
    '',
  ].join('\n');
}

async function probe(src: string): Promise<{ layers: Map<string, ProbeLayer>; notes: string[] }> {
  const a = await analyze(src);
  const r = await runProbeInProcess({ path: 's.py', models: a.graph.models, options: { batch: 64 } }, { adapters: testAdapters() });
  assert.equal(r.status, 'ok', r.error);
  const m = r.models[0]!;
  return { layers: new Map(m.layers.map((l) => [l.id, l])), notes: m.notes };
}

function finiteMeasured(l: ProbeLayer | undefined): void {
  assert.ok(l?.measured, `${l?.id}: ${l?.skipped}`);
  assert.ok(Number.isFinite(l.measured.forward) && l.measured.forward > 0, `forward ${l.measured.forward}`);
  assert.ok(Number.isFinite(l.measured.backward!) && l.measured.backward! > 0, `backward ${l.measured.backward}`);
  assert.equal(l.predicted, undefined);
}

/** E[tanh(Z)^2], Z ~ N(0, s2), by quadrature. */
function tanhSecond(s2: number): number {
  let acc = 0;
  const n = 4000;
  const h = 16 / n;
  for (let i = 0; i <= n; i++) {
    const z = -8 + i * h;
    const w = (i === 0 || i === n ? 0.5 : 1) * h * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    acc += w * Math.tanh(Math.sqrt(s2) * z) ** 2;
  }
  return acc;
}

test('MultiheadAttention is probed on its own segment; near-uniform attention averages the values over the tokens', async (t) => {
  // q, k with std 0.05 keep the scores small (softmax near uniform over T = 8 tokens): out = W_o mean_t(W_v x_t),
  // so E[out^2] = (E s_o^2) (E s_v^2) / T = 1 * 0.16 / 8 = 0.02 (within a few % for the small score spread)
  const src = module(
    ['self.fc1 = nn.Linear(64, 64)', 'self.attn = nn.MultiheadAttention(64, 4)', 'self.fc2 = nn.Linear(64, 64)'],
    ['nn.init.normal_(self.attn.in_proj_weight, std=0.05)', 'nn.init.normal_(self.attn.out_proj.weight, std=0.125)'],
    ['x = self.fc1(x).relu()', 'x, _ = self.attn(x, x, x)', 'return self.fc2(x)'],
  );
  const a = await analyze(src);
  const plan = planModel(a.models[0]!);
  // the frontend names the attention layer by its last parameter's path ('attn.out_proj.bias'): find it by prefix
  const seg = plan.segments.find((s) => s.layers.some((id) => id.startsWith('attn')))!;
  assert.equal(seg.layers.length, 1);
  assert.deepEqual(seg.input, { kind: 'gaussian', shape: [8, 64] });
  assert.equal(seg.ops[0]!.op, 'attention');
  const { layers } = await probe(src);
  assert.ok(layers.get('fc1')!.measured && layers.get('fc2')!.measured);
  const attn = [...layers.values()].find((l) => l.kind === 'MultiheadAttention');
  finiteMeasured(attn);
  const f = attn!.measured!.forward;
  t.diagnostic(`attn forward ${f.toPrecision(4)} (expected about 0.02), backward ${attn!.measured!.backward!.toPrecision(4)}`);
  assert.ok(Math.abs(f / 0.02 - 1) < 0.2, `forward ${f}`);
});

test('MultiheadAttention with PyTorch defaults (xavier in_proj, zero biases) is measured, finite', async () => {
  const ok = await probe(module(['self.attn = nn.MultiheadAttention(32, 4, batch_first=True)'], [], ['x, _ = self.attn(x, x, x)', 'return x']));
  finiteMeasured([...ok.layers.values()].find((l) => l.kind === 'MultiheadAttention'));
});

test('LSTM and GRU are unrolled over 8 steps: finite output second moment and input gradient', async (t) => {
  for (const cell of ['LSTM', 'GRU']) {
    const src = module([`self.rnn = nn.${cell}(32, 48, batch_first=True)`, 'self.head = nn.Linear(48, 10)'], [], ['x, _ = self.rnn(x)', 'return self.head(x)']);
    const a = await analyze(src);
    const seg = planModel(a.models[0]!).segments.find((s) => s.layers.includes('rnn'))!;
    assert.deepEqual(seg.input, { kind: 'gaussian', shape: [8, 32] });
    const { layers } = await probe(src);
    const l = layers.get('rnn');
    finiteMeasured(l);
    // tanh-bounded gated outputs: second moment below 1
    assert.ok(l!.measured!.forward < 1);
    assert.ok(layers.get('head')!.measured);
    t.diagnostic(`${cell}: forward ${l!.measured!.forward.toPrecision(4)}, backward ${l!.measured!.backward!.toPrecision(4)}`);
  }
});

test('RNN with zero recurrent weights and biases: every step is tanh(W_ih x), E[h^2] = E[tanh(Z)^2] with Var Z = in * s^2', async (t) => {
  const src = module(
    ['self.rnn = nn.RNN(64, 128, batch_first=True)'],
    ['nn.init.normal_(self.rnn.weight_ih_l0, std=0.125)', 'nn.init.zeros_(self.rnn.weight_hh_l0)', 'nn.init.zeros_(self.rnn.bias_ih_l0)', 'nn.init.zeros_(self.rnn.bias_hh_l0)'],
    ['x, _ = self.rnn(x)', 'return x'],
  );
  const { layers } = await probe(src);
  const l = layers.get('rnn');
  finiteMeasured(l);
  const expected = tanhSecond(64 * 0.125 ** 2);
  t.diagnostic(`RNN forward ${l!.measured!.forward.toPrecision(4)}, expected ${expected.toPrecision(4)}`);
  assert.ok(Math.abs(l!.measured!.forward / expected - 1) < 0.1);
});

test('LSTM with zero weights and biases: every gate is 1/2 and g = 0, so c = h = 0', async () => {
  const src = module(
    ['self.rnn = nn.LSTM(16, 16)'],
    ['for p in self.rnn.parameters():', '    nn.init.zeros_(p)'],
    ['x, _ = self.rnn(x)', 'return x'],
  );
  const { layers } = await probe(src);
  const l = layers.get('rnn');
  assert.ok(l?.measured, l?.skipped);
  assert.equal(l.measured.forward, 0);
});

test('bidirectional recurrent layers are skipped with the reason', async () => {
  const { layers } = await probe(module(['self.rnn = nn.GRU(16, 16, bidirectional=True)'], [], ['x, _ = self.rnn(x)', 'return x']));
  const l = layers.get('rnn')!;
  assert.equal(l.measured, undefined);
  assert.match(l.skipped ?? '', /bidirectional/);
});
