// Flax / JAX initializers: jax/_src/nn/initializers.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STD_NORMAL_TRUNC2_VARIANCE, truncatedNormalMoments } from '../../engine/init';
import { args, close, explicit, moments } from './helpers';

const F = (name: string, shape: (number | undefined)[], a = args()) => explicit('flax', name, shape, a);

test('lecun_normal: corrected truncated normal, variance 1/fan_in', () => {
  const i = F('nn.initializers.lecun_normal', [512, 256]);
  moments(i, 0, 1 / 512, 1e-14);
  close(i.std, Math.sqrt(1 / 512) / 0.87962566103423978, 1e-15, 'stddev');
  moments(F('lecun_uniform', [512, 256]), 0, 1 / 512);
});

test('normal(stddev=1e-2), uniform(scale=1e-2) on [0, scale), truncated_normal without correction', () => {
  moments(F('normal', [10, 10]), 0, 1e-4);
  moments(F('jax.nn.initializers.normal', [10, 10], args([0.02])), 0, 4e-4, 1e-14);
  const u = F('uniform', [10, 10]);
  moments(u, 0.005, 1e-4 / 12, 1e-14);
  assert.deepEqual(u.bounds, [0, 0.01]);
  moments(F('uniform', [10, 10], args([], { scale: 1.0 })), 0.5, 1 / 12);
  moments(F('truncated_normal', [10, 10]), 0, 1e-4 * STD_NORMAL_TRUNC2_VARIANCE, 1e-14);
  const ref = truncatedNormalMoments(0, 1, -1, 3)!;
  moments(F('truncated_normal', [10, 10], args([2.0], { lower: -1, upper: 3 })), 2 * ref.mean, 4 * ref.variance, 1e-14);
});

test('variance_scaling: modes incl. fan_geo_avg, no max(1, fan), axes', () => {
  moments(F('variance_scaling', [100, 10], args([2.0, 'fan_in', 'normal'])), 0, 2 / 100);
  moments(F('variance_scaling', [100, 400], args([1.0, 'fan_geo_avg', 'uniform'])), 0, 1 / 200);
  moments(F('variance_scaling', [100, 10], args([1.0, 'fan_out', 'truncated_normal'])), 0, 1 / 10, 1e-14);
  // Embed's default: out_axis=0 on (num, features) -> fan_in = features
  moments(F('variance_scaling', [1000, 64], args([1.0, 'fan_in', 'normal'], { out_axis: 0 })), 0, 1 / 64);
  assert.equal(F('variance_scaling', [100, 10], args([1.0, 'fan_in', 'untruncated_normal'])).moments, undefined);
  assert.equal(F('variance_scaling', [100, 10], args([1.0, 'fan_in'])).moments, undefined); // distribution required
  assert.equal(F('lecun_normal', [10]).moments, undefined); // rank 1 with default in_axis
  // in_axis = out_axis = 0 on (10,): receptive = 10/10/10, fan_in = 10 * 0.1 = 1
  moments(F('lecun_normal', [10], args([], { in_axis: 0, out_axis: 0 })), 0, 1, 1e-14);
});

test('glorot/xavier, he/kaiming aliases on a conv kernel', () => {
  moments(F('glorot_uniform', [3, 3, 64, 128]), 0, 1 / 864);
  moments(F('xavier_uniform', [3, 3, 64, 128]), 0, 1 / 864);
  moments(F('glorot_normal', [3, 3, 64, 128]), 0, 1 / 864, 1e-14);
  moments(F('he_normal', [3, 3, 64, 128]), 0, 2 / 576, 1e-14);
  moments(F('kaiming_normal', [3, 3, 64, 128]), 0, 2 / 576, 1e-14);
  moments(F('kaiming_uniform', [3, 3, 64, 128]), 0, 2 / 576);
  moments(F('he_uniform', [64, 128], args([], { in_axis: -1, out_axis: -2 })), 0, 2 / 128);
});

test('orthogonal(scale, column_axis) and delta_orthogonal', () => {
  moments(F('orthogonal', [3, 3, 64, 128]), 0, 1 / 576);
  moments(F('orthogonal', [10, 40], args([2.0], { column_axis: 0 })), 0, 4 / 40);
  // centre tap only: 64 orthonormal rows of 128 in 3*3*64*128 entries
  moments(F('delta_orthogonal', [3, 3, 64, 128]), 0, 1 / (9 * 128));
  assert.equal(F('delta_orthogonal', [3, 3, 128, 64]).moments, undefined);
  assert.equal(F('delta_orthogonal', [64, 128]).moments, undefined);
});

test('zeros, ones, zeros_init, ones_init, constant', () => {
  moments(F('zeros', [4]), 0, 0);
  moments(F('zeros_init', [4]), 0, 0);
  moments(F('ones_init', [4]), 1, 0);
  moments(F('constant', [4], args([0.5])), 0.5, 0);
  assert.equal(F('constant', [4]).moments, undefined);
  assert.equal(F('my_init', [4]).family, 'unknown');
});

// jax/_src/random/core.py: normal(key, shape) is N(0, 1); uniform(key, shape, dtype, minval=0.,
// maxval=1.) is U[minval, maxval); truncated_normal(key, lower, upper, shape) is N(0, 1) cut to
// (lower, upper) with no rescaling (unlike variance_scaling's .87962566103423978).
test('samplers used as weights: jax.random.normal N(0, 1), uniform U[0, 1), truncated_normal not rescaled', () => {
  moments(F('random_normal', [784, 512]), 0, 1);
  moments(explicit('flax', 'random_normal', [784, 512], args(), 0.1), 0, 0.01, 1e-14);
  // numpy's normal(loc, scale) binds mean and stddev
  moments(F('random_normal', [10, 10], args([], { mean: 0.5, stddev: 2 })), 0.5, 4);
  const u = F('random_uniform', [784, 512]);
  moments(u, 0.5, 1 / 12);
  assert.deepEqual(u.bounds, [0, 1]);
  moments(F('random_uniform', [10, 10], args([], { minval: -0.1, maxval: 0.1 })), 0, 0.04 / 12, 1e-13);
  moments(F('random_truncated_normal', [10, 10], args([], { lower: -2, upper: 2 })), 0, STD_NORMAL_TRUNC2_VARIANCE, 1e-14);
  const ref = truncatedNormalMoments(0, 1, -1, 3)!;
  moments(F('random_truncated_normal', [10, 10], args([], { lower: -1, upper: 3 })), ref.mean, ref.variance, 1e-14);
  // truncated_normal needs its bounds; none are defaults
  assert.equal(F('random_truncated_normal', [10, 10]).moments, undefined);
  // moments of a sampler do not depend on the shape, so unknown sizes keep them
  moments(F('random_uniform', [undefined, 512]), 0.5, 1 / 12);
});
