// Sampled initial values have the mean and variance engine/init gives for every initializer family
// (explicit schemes and module defaults), in every framework layout the probe reads.
// Tolerance: 5 standard errors of the sample mean (sqrt(var/N)) and of the sample variance
// (var * sqrt((kurtosis - 1)/N), kurtosis 3 for normals, 1.8 for uniforms, below 3 for truncated
// normals and orthogonal entries, so sqrt(2/N) bounds it); N is about 65,000 entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InitSpec, Layer, ParamSpec } from '../../engine/model/graph';
import { describeParam, type InitInfo } from '../../engine/init';
import { Rng, sampleParam, orthogonalMatrix, invNormCdf } from '../../engine/probe';
import { normCdf } from '../../engine/init';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function linear(framework: Layer['framework'], shape: number[], init: InitSpec | undefined, kind: Layer['kind'] = 'Linear', ctor = 'nn.Linear', name = 'weight', role: ParamSpec['role'] = 'weight'): { layer: Layer; param: ParamSpec } {
  const param: ParamSpec = { name, role, shape, init: init ?? { source: 'default', framework, name: '', args: { positional: [], keyword: {} } } };
  const layer: Layer = { id: 'l', name: 'l', kind, ctor, framework, range, params: [param], inFeatures: shape[1], outFeatures: shape[0] };
  return { layer, param };
}

function spec(framework: Layer['framework'], name: string, keyword: Record<string, number | string> = {}, multiplier?: number): InitSpec {
  return { source: 'explicit', framework, name, args: { positional: [], keyword }, ...(multiplier !== undefined ? { multiplier } : {}) };
}

function moments(v: Float32Array): { mean: number; variance: number } {
  let s = 0;
  for (const x of v) s += x;
  const mean = s / v.length;
  let q = 0;
  for (const x of v) q += (x - mean) ** 2;
  return { mean, variance: q / v.length };
}

function checkMoments(label: string, info: InitInfo, values: Float32Array): void {
  const m = info.moments!;
  const got = moments(values);
  const n = values.length;
  const seMean = Math.sqrt(m.variance / n);
  const seVar = m.variance * Math.sqrt(2 / n);
  assert.ok(Math.abs(got.mean - m.mean) <= 5 * seMean + 1e-7 * Math.abs(m.mean), `${label}: mean ${got.mean} vs ${m.mean} (se ${seMean})`);
  assert.ok(Math.abs(got.variance - m.variance) <= 5 * seVar + 1e-7 * m.variance, `${label}: variance ${got.variance} vs ${m.variance} (se ${seVar})`);
}

const CASES: { label: string; make: () => { layer: Layer; param: ParamSpec } }[] = [
  { label: 'PyTorch normal_(std=0.02)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'normal_', { std: 0.02 })) },
  { label: 'PyTorch normal_(mean=0.5, std=2)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'normal_', { mean: 0.5, std: 2 })) },
  { label: 'PyTorch kaiming_normal_(relu)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'kaiming_normal_', { nonlinearity: 'relu' })) },
  { label: 'PyTorch kaiming_uniform_(fan_out)', make: () => linear('pytorch', [128, 512], spec('pytorch', 'kaiming_uniform_', { mode: 'fan_out' })) },
  { label: 'PyTorch xavier_uniform_', make: () => linear('pytorch', [128, 512], spec('pytorch', 'xavier_uniform_')) },
  { label: 'PyTorch uniform_() (mean 0.5)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'uniform_')) },
  { label: 'PyTorch trunc_normal_() cut at +-2 std', make: () => linear('pytorch', [256, 256], spec('pytorch', 'trunc_normal_')) },
  { label: 'PyTorch trunc_normal_(mean=1, std=1, a=0.5, b=5) (asymmetric)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'trunc_normal_', { mean: 1, std: 1, a: 0.5, b: 5 })) },
  { label: 'PyTorch trunc_normal_(a=2.5, b=4) (far tail, inverse CDF)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'trunc_normal_', { a: 2.5, b: 4 })) },
  { label: 'PyTorch orthogonal_(gain=2) tall', make: () => linear('pytorch', [512, 128], spec('pytorch', 'orthogonal_', { gain: 2 })) },
  { label: 'PyTorch orthogonal_ wide', make: () => linear('pytorch', [64, 1024], spec('pytorch', 'orthogonal_')) },
  { label: 'PyTorch constant_(0.3)', make: () => linear('pytorch', [64, 64], spec('pytorch', 'constant_', { val: 0.3 })) },
  { label: 'PyTorch zeros_', make: () => linear('pytorch', [64, 64], spec('pytorch', 'zeros_')) },
  { label: 'PyTorch eye_', make: () => linear('pytorch', [128, 256], spec('pytorch', 'eye_')) },
  { label: 'PyTorch dirac_', make: () => linear('pytorch', [32, 16, 3, 3], spec('pytorch', 'dirac_'), 'Conv', 'nn.Conv2d') },
  { label: 'PyTorch sparse_(0.3, std=0.1)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'sparse_', { sparsity: 0.3, std: 0.1 })) },
  { label: 'PyTorch randn * 0.1 (multiplier)', make: () => linear('pytorch', [256, 256], spec('pytorch', 'randn', {}, 0.1), 'Parameter', 'nn.Parameter') },
  { label: 'PyTorch default Linear weight', make: () => linear('pytorch', [256, 512], undefined) },
  { label: 'PyTorch default Conv2d weight', make: () => linear('pytorch', [64, 32, 3, 3], undefined, 'Conv', 'nn.Conv2d') },
  { label: 'PyTorch default Embedding', make: () => linear('pytorch', [512, 128], undefined, 'Embedding', 'nn.Embedding', 'weight', 'embedding') },
  { label: 'Keras HeNormal (truncated, corrected)', make: () => linear('keras', [256, 256], spec('keras', 'HeNormal'), 'Linear', 'layers.Dense', 'kernel') },
  { label: 'Keras GlorotUniform', make: () => linear('keras', [128, 512], spec('keras', 'GlorotUniform'), 'Linear', 'layers.Dense', 'kernel') },
  { label: 'Keras Orthogonal', make: () => linear('keras', [128, 512], spec('keras', 'Orthogonal'), 'Linear', 'layers.Dense', 'kernel') },
  { label: 'TF.js varianceScaling normal (uncorrected truncation)', make: () => linear('tfjs', [256, 256], spec('tfjs', 'heNormal'), 'Linear', 'tf.layers.dense', 'kernel') },
];

for (const c of CASES) {
  test(`sampled values match the initializer's moments: ${c.label}`, () => {
    const { layer, param } = c.make();
    const info = describeParam(layer, param);
    assert.ok(info.moments, `${c.label}: moments known (${info.formula})`);
    const s = sampleParam(info, param.shape as number[], layer.framework, new Rng(7));
    assert.ok(!('error' in s), 'error' in s ? s.error : '');
    if ('error' in s) return;
    if (info.bounds) {
      const [lo, hi] = info.bounds;
      assert.ok(s.values.every((v) => v >= lo - 1e-6 && v <= hi + 1e-6), `${c.label}: every value inside [${lo}, ${hi}]`);
    }
    checkMoments(c.label, info, s.values);
  });
}

test('orthogonal samples are (semi-)orthogonal times the gain', () => {
  const rows = 64;
  const cols = 160;
  const q = orthogonalMatrix(rows, cols, 1.5, new Rng(3));
  for (let i = 0; i < rows; i += 7) {
    for (let j = 0; j < rows; j += 5) {
      let dot = 0;
      for (let k = 0; k < cols; k++) dot += q[i * cols + k]! * q[j * cols + k]!;
      assert.ok(Math.abs(dot - (i === j ? 2.25 : 0)) < 1e-4, `row ${i} . row ${j} = ${dot}`);
    }
  }
});

test('an unknown initializer cannot be sampled, and says why', () => {
  const { layer, param } = linear('pytorch', [8, 8], spec('pytorch', 'my_init'));
  const s = sampleParam(describeParam(layer, param), [8, 8], 'pytorch', new Rng(1));
  assert.ok('error' in s && /unknown initializer/.test(s.error));
});

test('the same seed gives the same draw; inverse normal CDF is accurate', () => {
  const a = new Float32Array(100);
  const b = new Float32Array(100);
  new Rng(5).fillNormal(a, 0, 1);
  new Rng(5).fillNormal(b, 0, 1);
  assert.deepEqual(a, b);
  for (const p of [1e-300, 1e-20, 1e-5, 0.01, 0.3, 0.5, 0.77, 0.999]) {
    const x = invNormCdf(p);
    assert.ok(Math.abs(normCdf(x) - p) <= 1e-12 * p + 1e-300, `Phi(Phi^-1(${p})) = ${normCdf(x)}`);
  }
});
