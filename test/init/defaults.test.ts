// Module/layer defaults per framework: parameter lists, shapes in the framework layout, moments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Layer } from '../../engine/model/graph';
import { defaultParams, describeDefault, STD_NORMAL_TRUNC2_VARIANCE, type DefaultParam, type LayerDescription } from '../../engine/init';
import { args, close, moments } from './helpers';

const byName = (ps: DefaultParam[]): Record<string, DefaultParam> => Object.fromEntries(ps.map((p) => [p.name, p]));
const torch = (ctor: string, kind: LayerDescription['kind'], a = args()): LayerDescription => ({ framework: 'pytorch', kind, ctor: `nn.${ctor}`, args: a });

test('nn.Linear(512, 256): weight and bias U(+-1/sqrt(512)), variance 1/1536 each', () => {
  const p = byName(defaultParams(torch('Linear', 'Linear', args([512, 256]))));
  assert.deepEqual(Object.keys(p), ['weight', 'bias']);
  assert.deepEqual(p.weight!.shape, [256, 512]);
  moments(p.weight!.init, 0, 1 / 1536, 1e-14);
  moments(p.bias!.init, 0, 1 / 1536, 1e-14);
  close(p.weight!.init.bounds![1], 1 / Math.sqrt(512), 1e-14, 'weight bound');
  close(p.bias!.init.bounds![1], 1 / Math.sqrt(512), 1e-15, 'bias bound');
  assert.equal(p.weight!.init.source, 'default');
  assert.equal(p.weight!.init.family, 'kaiming');
  close(p.weight!.init.negativeSlope, Math.sqrt(5), 1e-15, 'a = sqrt(5)');
  close(p.weight!.init.gain, Math.sqrt(1 / 3), 1e-14, 'gain');
  assert.equal(p.bias!.init.family, 'uniform');
  // bias=False
  assert.deepEqual(Object.keys(byName(defaultParams(torch('Linear', 'Linear', args([512, 256], { bias: false }))))), ['weight']);
});

test('nn.Conv2d(32, 64, 3, groups=4): weight (64, 8, 3, 3), fan_in 72', () => {
  const p = byName(defaultParams(torch('Conv2d', 'Conv', args([32, 64, 3], { groups: 4 }))));
  assert.deepEqual(p.weight!.shape, [64, 8, 3, 3]);
  assert.deepEqual(p.bias!.shape, [64]);
  moments(p.weight!.init, 0, 1 / (3 * 72), 1e-14);
  moments(p.bias!.init, 0, 1 / (3 * 72), 1e-14);
  moments(describeDefault(torch('Conv1d', 'Conv', args([16, 32, 5])), 'weight'), 0, 1 / (3 * 80), 1e-14);
});

test('nn.ConvTranspose2d(16, 64, 4, groups=2): weight (16, 32, 4, 4), swapped fan_in 512', () => {
  const p = byName(defaultParams(torch('ConvTranspose2d', 'ConvTranspose', args([16, 64, 4], { groups: 2 }))));
  assert.deepEqual(p.weight!.shape, [16, 32, 4, 4]);
  assert.equal(p.weight!.init.fanIn, 512);
  moments(p.weight!.init, 0, 1 / 1536, 1e-14);
  moments(p.bias!.init, 0, 1 / 1536, 1e-14);
});

test('bias bound comes from the listed weight shape (frontend Layer with params)', () => {
  const layer: Layer = {
    id: 'c',
    name: 'c',
    kind: 'Conv',
    ctor: 'torch.nn.Conv2d',
    framework: 'pytorch',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    inFeatures: 72, // this frontend stores fan_in here; the defaults do not read it for conv layers
    params: [
      { name: 'weight', role: 'weight', shape: [64, 8, 3, 3], init: { source: 'default', framework: 'pytorch', name: '', args: args() } },
      { name: 'bias', role: 'bias', shape: [64], init: { source: 'default', framework: 'pytorch', name: '', args: args() } },
    ],
  };
  moments(describeDefault(layer, 'bias'), 0, 1 / 216, 1e-14);
  moments(describeDefault(layer, 'weight', [64, 8, 3, 3]), 0, 1 / 216, 1e-14);
});

test('nn.Embedding(1000, 64, padding_idx=0): N(0, 1), the padding row zeroed', () => {
  const p = byName(defaultParams(torch('Embedding', 'Embedding', args([1000, 64], { padding_idx: 0 }))));
  assert.deepEqual(p.weight!.shape, [1000, 64]);
  moments(p.weight!.init, 0, 1);
  assert.equal(p.weight!.init.family, 'normal');
  assert.deepEqual(p.weight!.init.segments, [{ label: 'padding_idx', axis: 0, start: 0, end: 1, constant: 0 }]);
  assert.equal(byName(defaultParams(torch('Embedding', 'Embedding', args([1000, 64])))).weight!.init.segments, undefined);
});

test('nn.LSTM(100, 256): every parameter U(+-1/16), gates i,f,g,o along axis 0', () => {
  const ps = defaultParams(torch('LSTM', 'LSTM', args([100, 256])));
  const p = byName(ps);
  assert.deepEqual(Object.keys(p), ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']);
  assert.deepEqual(p.weight_ih_l0!.shape, [1024, 100]);
  assert.deepEqual(p.weight_hh_l0!.shape, [1024, 256]);
  assert.deepEqual(p.weight_ih_l0!.gates, { axis: 0, labels: ['i', 'f', 'g', 'o'] });
  for (const x of ps) {
    moments(x.init, 0, 1 / (3 * 256), 1e-14);
    close(x.init.bounds![1], 1 / 16, 1e-15, x.name);
  }
});

test('nn.LSTM stacked, bidirectional, proj_size; nn.GRU gates; nn.RNN nonlinearity positional', () => {
  const ps = defaultParams(torch('LSTM', 'LSTM', args([10, 20, 2], { bidirectional: true, proj_size: 5 })));
  const p = byName(ps);
  assert.equal(ps.length, 2 * 2 * 5);
  assert.deepEqual(p.weight_ih_l1_reverse!.shape, [80, 10]); // input of layer 1 = 2 * proj_size
  assert.deepEqual(p.weight_hh_l0!.shape, [80, 5]);
  assert.deepEqual(p.weight_hr_l0!.shape, [5, 20]);
  moments(p.weight_hr_l0!.init, 0, 1 / 60, 1e-14);
  const g = byName(defaultParams(torch('GRU', 'GRU', args([8, 16]))));
  assert.deepEqual(g.weight_ih_l0!.gates!.labels, ['r', 'z', 'n']);
  assert.deepEqual(g.weight_ih_l0!.shape, [48, 8]);
  moments(g.bias_hh_l0!.init, 0, 1 / 48, 1e-14);
  // RNN(input, hidden, num_layers, nonlinearity, bias): bias=False positionally at index 4
  const r = defaultParams(torch('RNN', 'RNN', args([10, 20, 2, 'relu', false])));
  assert.deepEqual(r.map((x) => x.name), ['weight_ih_l0', 'weight_hh_l0', 'weight_ih_l1', 'weight_hh_l1']);
  // hidden size read off the shape when the arguments are unknown
  moments(describeDefault({ framework: 'pytorch', kind: 'LSTM' }, 'weight_hh_l0', [400, 100]), 0, 1 / 300, 1e-14);
  const cell = byName(defaultParams(torch('LSTMCell', 'LSTM', args([10, 20]))));
  assert.deepEqual(Object.keys(cell), ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh']);
});

test('nn.MultiheadAttention(512, 8): packed in_proj xavier_uniform (fan_out 3E), out_proj Linear default, biases 0', () => {
  const p = byName(defaultParams(torch('MultiheadAttention', 'MultiheadAttention', args([512, 8]))));
  assert.deepEqual(Object.keys(p), ['in_proj_weight', 'in_proj_bias', 'out_proj.weight', 'out_proj.bias']);
  assert.deepEqual(p.in_proj_weight!.shape, [1536, 512]);
  assert.equal(p.in_proj_weight!.init.fanOut, 1536);
  moments(p.in_proj_weight!.init, 0, 2 / (512 + 1536));
  assert.equal(p.in_proj_weight!.init.family, 'xavier');
  moments(p['out_proj.weight']!.init, 0, 1 / 1536, 1e-14);
  moments(p.in_proj_bias!.init, 0, 0);
  moments(p['out_proj.bias']!.init, 0, 0);
  const kv = byName(defaultParams(torch('MultiheadAttention', 'MultiheadAttention', args([512, 8], { kdim: 256, vdim: 128, add_bias_kv: true }))));
  assert.deepEqual(kv.k_proj_weight!.shape, [512, 256]);
  moments(kv.k_proj_weight!.init, 0, 2 / 768);
  moments(kv.bias_k!.init, 0, 2 / 1024); // xavier_normal_ on (1, 1, 512)
  assert.equal(kv.in_proj_weight, undefined);
});

test('norm layers: weight 1, bias 0; affine switches', () => {
  const ln = byName(defaultParams(torch('LayerNorm', 'Norm', args([512]))));
  moments(ln.weight!.init, 1, 0);
  moments(ln.bias!.init, 0, 0);
  assert.equal(ln.weight!.init.family, 'ones');
  assert.deepEqual(byName(defaultParams(torch('LayerNorm', 'Norm', args([[8, 16]])))).weight!.shape, [8, 16]);
  assert.deepEqual(Object.keys(byName(defaultParams(torch('LayerNorm', 'Norm', args([512], { bias: false }))))), ['weight']);
  assert.equal(defaultParams(torch('InstanceNorm2d', 'Norm', args([64]))).length, 0);
  assert.equal(defaultParams(torch('InstanceNorm2d', 'Norm', args([64], { affine: true }))).length, 2);
  assert.deepEqual(byName(defaultParams(torch('GroupNorm', 'Norm', args([8, 64])))).weight!.shape, [64]);
  moments(byName(defaultParams(torch('BatchNorm2d', 'Norm', args([64])))).bias!.init, 0, 0);
});

test('unknown sizes: no moments', () => {
  const p = byName(defaultParams(torch('LazyLinear', 'Linear', args([256]))));
  assert.deepEqual(p.weight!.shape, [256, undefined]);
  assert.equal(p.weight!.init.moments, undefined);
  assert.equal(p.bias!.init.moments, undefined);
  assert.equal(describeDefault({ framework: 'pytorch', kind: 'Other', ctor: 'MyBlock' }, 'weight', [3, 3]).family, 'default');
});

// ---- Keras ----
const keras = (ctor: string, kind: LayerDescription['kind'], a = args(), inputDim?: number): LayerDescription => ({
  framework: 'keras',
  kind,
  ctor: `layers.${ctor}`,
  args: a,
  ...(inputDim !== undefined ? { inputDim } : {}),
});

test('Keras Dense/Conv: kernel glorot_uniform, bias zeros', () => {
  const d = byName(defaultParams(keras('Dense', 'Linear', args([256]), 512)));
  assert.deepEqual(d.kernel!.shape, [512, 256]);
  moments(d.kernel!.init, 0, 2 / 768);
  moments(d.bias!.init, 0, 0);
  assert.equal(d.kernel!.initArg, 'kernel_initializer');
  const c = byName(defaultParams(keras('Conv2D', 'Conv', args([128, 3]), 64)));
  assert.deepEqual(c.kernel!.shape, [3, 3, 64, 128]);
  moments(c.kernel!.init, 0, 1 / 864);
  assert.deepEqual(byName(defaultParams(keras('Conv2D', 'Conv', args([128, 3], { groups: 4 }), 64))).kernel!.shape, [3, 3, 16, 128]);
  assert.deepEqual(byName(defaultParams(keras('Conv2DTranspose', 'ConvTranspose', args([64, 3]), 32))).kernel!.shape, [3, 3, 64, 32]);
});

test('Keras Embedding: RandomUniform(-0.05, 0.05)', () => {
  const e = byName(defaultParams(keras('Embedding', 'Embedding', args([1000, 64]))));
  assert.deepEqual(e.embeddings!.shape, [1000, 64]);
  moments(e.embeddings!.init, 0, 0.01 / 12, 1e-14);
});

test('Keras LSTM: glorot kernel, orthogonal recurrent, unit_forget_bias=True', () => {
  const p = byName(defaultParams(keras('LSTM', 'LSTM', args([128]), 64)));
  assert.deepEqual(p.kernel!.shape, [64, 512]);
  moments(p.kernel!.init, 0, 2 / 576);
  assert.deepEqual(p.recurrent_kernel!.shape, [128, 512]);
  moments(p.recurrent_kernel!.init, 0, 1 / 512);
  assert.equal(p.recurrent_kernel!.init.family, 'orthogonal');
  moments(p.bias!.init, 0.25, 3 / 16);
  const f = p.bias!.init.segments!.find((s) => s.label === 'f')!;
  assert.deepEqual([f.start, f.end, f.constant], [128, 256, 1]);
  moments(byName(defaultParams(keras('LSTM', 'LSTM', args([128], { unit_forget_bias: false }), 64))).bias!.init, 0, 0);
  const g = byName(defaultParams(keras('GRU', 'GRU', args([32]), 16)));
  assert.deepEqual(g.bias!.shape, [2, 96]);
  assert.deepEqual(byName(defaultParams(keras('GRU', 'GRU', args([32], { reset_after: false }), 16))).bias!.shape, [96]);
});

test('Keras MultiHeadAttention: einsum fans (Keras >= 3.15)', () => {
  const p = byName(defaultParams(keras('MultiHeadAttention', 'MultiheadAttention', args([], { num_heads: 8, key_dim: 64 }), 512)));
  assert.deepEqual(p['query/kernel']!.shape, [512, 8, 64]);
  assert.equal(p['query/kernel']!.init.fanIn, 512);
  assert.equal(p['query/kernel']!.init.fanOut, 512);
  moments(p['query/kernel']!.init, 0, 2 / 1024);
  assert.deepEqual(p['attention_output/kernel']!.shape, [8, 64, 512]);
  moments(p['attention_output/kernel']!.init, 0, 2 / 1024);
  moments(p['query/bias']!.init, 0, 0);
});

test('Keras normalization: gamma ones, beta zeros', () => {
  const p = byName(defaultParams(keras('LayerNormalization', 'Norm', args(), 64)));
  moments(p.gamma!.init, 1, 0);
  moments(p.beta!.init, 0, 0);
  assert.deepEqual(Object.keys(byName(defaultParams(keras('BatchNormalization', 'Norm', args([], { center: false }), 64)))), ['gamma']);
});

// ---- TF.js ----
const tfjs = (ctor: string, kind: LayerDescription['kind'], kw: Record<string, number | boolean>, inputDim?: number): LayerDescription => ({
  framework: 'tfjs',
  kind,
  ctor: `tf.layers.${ctor}`,
  args: args([], kw),
  ...(inputDim !== undefined ? { inputDim } : {}),
});

test('TF.js dense/conv2d: kernel glorotNormal (uncorrected), bias zeros', () => {
  const d = byName(defaultParams(tfjs('dense', 'Linear', { units: 10 }, 100)));
  assert.deepEqual(d.kernel!.shape, [100, 10]);
  moments(d.kernel!.init, 0, (STD_NORMAL_TRUNC2_VARIANCE * 2) / 110, 1e-14);
  assert.equal(d.kernel!.init.canonical, 'glorotNormal');
  moments(d.bias!.init, 0, 0);
  assert.equal(d.kernel!.initArg, 'kernelInitializer');
  const c = byName(defaultParams(tfjs('conv2d', 'Conv', { filters: 32, kernelSize: 3 }, 3)));
  assert.deepEqual(c.kernel!.shape, [3, 3, 3, 32]);
  moments(c.kernel!.init, 0, (STD_NORMAL_TRUNC2_VARIANCE * 2) / (27 + 288), 1e-14);
});

test('TF.js lstm: unitForgetBias off by default; embedding randomUniform', () => {
  const p = byName(defaultParams(tfjs('lstm', 'LSTM', { units: 8 }, 4)));
  moments(p.bias!.init, 0, 0);
  moments(p.recurrent_kernel!.init, 0, 1 / 32);
  moments(p.kernel!.init, 0, (STD_NORMAL_TRUNC2_VARIANCE * 2) / 36, 1e-14);
  moments(byName(defaultParams(tfjs('lstm', 'LSTM', { units: 8, unitForgetBias: true }, 4))).bias!.init, 0.25, 3 / 16);
  const e = byName(defaultParams(tfjs('embedding', 'Embedding', { inputDim: 1000, outputDim: 16 })));
  assert.deepEqual(e.embeddings!.shape, [1000, 16]);
  moments(e.embeddings!.init, 0, 0.01 / 12, 1e-14);
});

// ---- Flax ----
const flax = (ctor: string, kind: LayerDescription['kind'], a = args(), inputDim?: number): LayerDescription => ({
  framework: 'flax',
  kind,
  ctor: ctor.includes('.') ? ctor : `nn.${ctor}`,
  args: a,
  ...(inputDim !== undefined ? { inputDim } : {}),
});

test('Flax Dense/Conv: kernel lecun_normal (corrected), bias zeros', () => {
  const d = byName(defaultParams(flax('Dense', 'Linear', args([256]), 512)));
  assert.deepEqual(d.kernel!.shape, [512, 256]);
  moments(d.kernel!.init, 0, 1 / 512, 1e-14);
  assert.equal(d.kernel!.init.distribution, 'truncated_normal');
  moments(d.bias!.init, 0, 0);
  const c = byName(defaultParams(flax('Conv', 'Conv', args([64, [3, 3]], { feature_group_count: 4 }), 32)));
  assert.deepEqual(c.kernel!.shape, [3, 3, 8, 64]);
  moments(c.kernel!.init, 0, 1 / 72, 1e-14);
  const n = byName(defaultParams(flax('nnx.Linear', 'Linear', args([512, 256]))));
  assert.deepEqual(n.kernel!.shape, [512, 256]);
  moments(n.kernel!.init, 0, 1 / 512, 1e-14);
});

test('Flax Embed: N(0, 1/features)', () => {
  const e = byName(defaultParams(flax('Embed', 'Embedding', args([1000, 64]))));
  assert.deepEqual(e.embedding!.shape, [1000, 64]);
  moments(e.embedding!.init, 0, 1 / 64, 1e-14);
  assert.equal(e.embedding!.init.distribution, 'normal');
  assert.equal(e.embedding!.init.fanIn, 64);
});

test('Flax LSTMCell: lecun input kernels without bias, orthogonal hidden kernels with zero bias', () => {
  const p = byName(defaultParams(flax('LSTMCell', 'LSTM', args([128]), 64)));
  assert.deepEqual(Object.keys(p).sort(), ['hf.bias', 'hf.kernel', 'hg.bias', 'hg.kernel', 'hi.bias', 'hi.kernel', 'ho.bias', 'ho.kernel', 'if.kernel', 'ig.kernel', 'ii.kernel', 'io.kernel']);
  moments(p['ii.kernel']!.init, 0, 1 / 64, 1e-14);
  moments(p['hi.kernel']!.init, 0, 1 / 128);
  moments(p['hf.bias']!.init, 0, 0);
});

test('Flax MultiHeadDotProductAttention: DenseGeneral kernels see the flattened shape', () => {
  const p = byName(defaultParams(flax('MultiHeadDotProductAttention', 'MultiheadAttention', args([8]), 512)));
  assert.deepEqual(p['query.kernel']!.shape, [512, 8, 64]);
  assert.deepEqual(p['query.kernel']!.initShape, [512, 512]);
  moments(p['query.kernel']!.init, 0, 1 / 512, 1e-14);
  assert.deepEqual(p['out.kernel']!.shape, [8, 64, 512]);
  moments(p['out.kernel']!.init, 0, 1 / 512, 1e-14);
  const q = byName(defaultParams(flax('MultiHeadDotProductAttention', 'MultiheadAttention', args([8], { qkv_features: 256 }), 512)));
  moments(q['out.kernel']!.init, 0, 1 / 256, 1e-14);
});

test('Flax norms: scale ones, bias zeros; RMSNorm scale only', () => {
  const p = byName(defaultParams(flax('LayerNorm', 'Norm', args(), 64)));
  moments(p.scale!.init, 1, 0);
  moments(p.bias!.init, 0, 0);
  assert.deepEqual(Object.keys(byName(defaultParams(flax('RMSNorm', 'Norm', args(), 64)))), ['scale']);
});
