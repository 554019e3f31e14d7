// Keras 3 initializers: keras/src/initializers/{random,constant}_initializers.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STD_NORMAL_TRUNC2_VARIANCE } from '../../engine/init';
import { args, close, explicit, moments } from './helpers';

const K = (name: string, shape: (number | undefined)[], a = args()) => explicit('keras', name, shape, a);

test('he_normal on a (3, 3, 64, 128) kernel: stddev sqrt(2/576)/0.8796..., effective variance 2/576', () => {
  const i = K('he_normal', [3, 3, 64, 128]);
  assert.equal(i.fanIn, 576);
  assert.equal(i.fanOut, 1152);
  close(i.std, Math.sqrt(2 / 576) / 0.87962566103423978, 1e-15, 'stddev');
  moments(i, 0, 2 / 576, 1e-14);
  assert.equal(i.distribution, 'truncated_normal');
  assert.equal(i.family, 'kaiming');
  assert.equal(i.canonical, 'HeNormal');
  assert.equal(i.gain, Math.SQRT2); // sqrt(scale)
  close(i.bounds![1], 2 * i.std!, 1e-15, 'cut at 2 stddev');
});

test('glorot_uniform / GlorotUniform: limit sqrt(6/(in+out)), variance 2/(in+out)', () => {
  for (const n of ['glorot_uniform', 'GlorotUniform', 'keras.initializers.GlorotUniform']) {
    const i = K(n, [512, 256]);
    close(i.bounds![1], Math.sqrt(6 / 768), 1e-15, `${n} limit`);
    moments(i, 0, 2 / 768);
    assert.equal(i.family, 'xavier');
  }
  moments(K('glorot_normal', [3, 3, 64, 128]), 0, 1 / 864, 1e-14);
});

test('lecun_normal, lecun_uniform, he_uniform', () => {
  moments(K('lecun_normal', [100, 10]), 0, 1 / 100, 1e-14);
  moments(K('LecunUniform', [100, 10]), 0, 1 / 100);
  const h = K('he_uniform', [100, 10]);
  moments(h, 0, 2 / 100);
  close(h.bounds![1], Math.sqrt(6 / 100), 1e-15, 'limit');
});

test('VarianceScaling: scale/mode/distribution, legacy normal, max(1, fan)', () => {
  moments(K('VarianceScaling', [100, 10], args([2.0, 'fan_out', 'untruncated_normal'])), 0, 2 / 10);
  const legacy = K('variance_scaling', [100, 10], args([], { distribution: 'normal' }));
  assert.equal(legacy.distribution, 'truncated_normal');
  moments(legacy, 0, 1 / 100, 1e-14);
  moments(K('VarianceScaling', [100, 10], args([], { distribution: 'Uniform' })), 0, 1 / 100);
  moments(K('VarianceScaling', [3, 3, 64, 128], args([], { mode: 'fan_avg', distribution: 'uniform' })), 0, 1 / 864);
  // n = max(1, fan): a zero-width fan gives variance scale
  moments(K('he_uniform', [0, 10]), 0, 2);
  moments(K('VarianceScaling', [7], args([1.0, 'fan_in', 'uniform'])), 0, 1 / 7);
  moments(K('VarianceScaling', [], args([3.0, 'fan_in', 'uniform'])), 0, 3);
  assert.equal(K('VarianceScaling', [100, 10], args([0])).moments, undefined);
  assert.equal(K('VarianceScaling', [100, 10], args([1, 'fan_geo_avg'])).moments, undefined);
  assert.equal(K('VarianceScaling', [100, 10], args([1, 'fan_in', 'cauchy'])).moments, undefined);
  // input_axes/output_axes (Keras >= 3.15)
  moments(K('GlorotUniform', [512, 8, 64], args([], { input_axes: [0], output_axes: [1, 2] })), 0, 2 / 1024);
});

test('RandomNormal, RandomUniform, TruncatedNormal defaults and aliases', () => {
  moments(K('RandomNormal', [10, 10]), 0, 0.0025, 1e-14);
  moments(K('normal', [10, 10], args([1.0, 0.1])), 1, 0.01, 1e-14);
  moments(K('random_uniform', [10, 10]), 0, 0.01 / 12, 1e-14);
  moments(K('uniform', [10, 10], args([], { minval: 0.0 })), 0.025, 0.0025 / 12, 1e-14); // Keras keeps 0
  moments(K('TruncatedNormal', [10, 10]), 0, 0.0025 * STD_NORMAL_TRUNC2_VARIANCE, 1e-14);
  moments(K('truncated_normal', [10, 10], args([], { stddev: 1 })), 0, 0.7737413035499232, 1e-14);
});

test('Constant, Zeros/zeros/zero, Ones/ones/one', () => {
  moments(K('Constant', [4], args([0.5])), 0.5, 0);
  moments(K('constant', [4]), 0, 0); // value defaults to 0.0
  for (const n of ['Zeros', 'zeros', 'zero']) assert.equal(K(n, [4]).family, 'zeros');
  for (const n of ['Ones', 'ones', 'one']) moments(K(n, [4]), 1, 0);
});

test('Identity: 2-D only, gain * eye(rows, cols)', () => {
  const p = 4 / 24;
  moments(K('Identity', [4, 6]), p, p * (1 - p));
  moments(K('IdentityInitializer', [4, 6], args([2])), 2 * p, 4 * p * (1 - p));
  assert.equal(K('identity', [3, 3, 3]).moments, undefined);
});

test('Orthogonal flattens to (prod(shape[:-1]), shape[-1])', () => {
  moments(K('Orthogonal', [3, 3, 64, 128]), 0, 1 / 576);
  moments(K('orthogonal', [128, 512], args([2])), 0, 4 / 512);
  moments(K('OrthogonalInitializer', [512, 128]), 0, 1 / 512);
  assert.equal(K('Orthogonal', [5]).moments, undefined);
});

test('names are case-sensitive as in keras.initializers.get', () => {
  assert.equal(K('HE_NORMAL', [10, 10]).family, 'unknown');
  assert.equal(K('Lecun_normal', [10, 10]).family, 'unknown');
  assert.equal(K('heNormal', [10, 10]).family, 'unknown');
});
