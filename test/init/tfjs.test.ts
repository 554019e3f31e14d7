// TensorFlow.js initializers: tfjs-layers src/initializers.ts, quirks included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STD_NORMAL_TRUNC2_VARIANCE } from '../../engine/init';
import { args, close, explicit, moments } from './helpers';

const J = (name: string, shape: (number | undefined)[], kw: Record<string, string | number | boolean | null | undefined> = {}) =>
  explicit('tfjs', name, shape, args([], kw));
const V = STD_NORMAL_TRUNC2_VARIANCE;

test('leCunNormal: uncorrected truncated normal, variance 0.7737413/fan_in', () => {
  const i = J('leCunNormal', [100, 10]);
  close(V, 0.7737413035499232, 1e-15, 'fraction');
  moments(i, 0, V / 100, 1e-14);
  close(i.std, 0.1, 1e-15, 'stddev sqrt(1/100), no correction');
  assert.equal(i.distribution, 'truncated_normal');
  assert.equal(i.family, 'lecun');
});

test('glorotNormal, heNormal, heUniform, leCunUniform, glorotUniform', () => {
  moments(J('glorotNormal', [100, 10]), 0, (V * 2) / 110, 1e-14);
  moments(J('tf.initializers.heNormal', [3, 3, 64, 128]), 0, (V * 2) / 576, 1e-14);
  moments(J('heUniform', [3, 3, 64, 128]), 0, 2 / 576);
  moments(J('leCunUniform', [100, 10]), 0, 1 / 100);
  const g = J('glorotUniform', [100, 10]);
  moments(g, 0, 2 / 110);
  close(g.bounds![1], Math.sqrt(6 / 110), 1e-15, 'limit');
});

test('randomNormal({mean: 0, stddev: 0}) falls back to the defaults (args.x || default)', () => {
  const i = J('randomNormal', [10, 10], { mean: 0, stddev: 0 });
  moments(i, 0, 0.0025, 1e-14);
  assert.match(i.note ?? '', /falls back/);
  moments(J('randomNormal', [10, 10], { stddev: 0.1 }), 0, 0.01, 1e-14);
  moments(J('randomNormal', [10, 10], { mean: 1, stddev: 0.1 }), 1, 0.01, 1e-14);
});

test('randomUniform({minval: 0}) falls back to -0.05', () => {
  moments(J('randomUniform', [10, 10]), 0, 0.01 / 12, 1e-14);
  moments(J('randomUniform', [10, 10], { minval: 0, maxval: 1 }), 0.475, 1.05 ** 2 / 12, 1e-14);
  moments(J('RandomUniform', [10, 10], { minval: -1, maxval: 1 }), 0, 4 / 12);
});

test('truncatedNormal: defaults 0 / 0.05, cut at 2 stddev, no correction', () => {
  moments(J('truncatedNormal', [10, 10]), 0, 0.0025 * V, 1e-14);
  moments(J('truncatedNormal', [10, 10], { stddev: 0 }), 0, 0.0025 * V, 1e-14);
});

test('varianceScaling: defaults normal/fanIn/1, quirky truncatedNormal branch, scale 0 kept', () => {
  moments(J('varianceScaling', [100, 10]), 0, V / 100, 1e-14);
  // distribution 'truncatedNormal' is accepted but sampled by the uniform branch
  const t = J('varianceScaling', [100, 10], { scale: 2, mode: 'fanOut', distribution: 'truncatedNormal' });
  assert.equal(t.distribution, 'uniform');
  moments(t, 0, 2 / 10);
  moments(J('varianceScaling', [100, 10], { mode: 'fanAvg', distribution: 'uniform' }), 0, 1 / 55);
  moments(J('varianceScaling', [100, 10], { scale: 0 }), 0, 0); // `args.scale == null ? 1` keeps 0
  assert.equal(J('varianceScaling', [100, 10], { scale: -1 }).moments, undefined);
  assert.equal(J('varianceScaling', [100, 10], { mode: 'fanGeo' }).moments, undefined);
  // snake_case from a Keras JSON config is camel-cased on load
  const s = J('varianceScaling', [100, 10], { mode: 'fan_out', distribution: 'uniform' });
  moments(s, 0, 1 / 10);
  assert.match(s.note ?? '', /Keras JSON/);
  // rank 1: fan = sqrt(prod(shape))
  moments(J('varianceScaling', [49], { distribution: 'uniform' }), 0, 1 / 7);
});

test('identity (square 2-D only), constant (value required, 0 kept), zeros, ones, orthogonal', () => {
  moments(J('identity', [5, 5]), 0.2, 0.16);
  moments(J('Identity', [5, 5], { gain: 3 }), 0.6, 9 * 0.16);
  assert.equal(J('identity', [4, 6]).moments, undefined);
  assert.equal(J('constant', [4], { value: 0 }).family, 'zeros');
  moments(J('constant', [4], { value: 0.1 }), 0.1, 0);
  assert.equal(J('constant', [4]).moments, undefined);
  moments(J('zeros', [3]), 0, 0);
  moments(J('Ones', [3]), 1, 0);
  moments(J('orthogonal', [100, 50], { gain: 2 }), 0, 4 / 100);
  moments(J('orthogonal', [3, 3, 16, 32]), 0, 1 / 144);
});

test('string identifiers: camelCase, class names, and snake_case only via Keras JSON', () => {
  assert.equal(J('HeNormal', [10, 10]).canonical, 'heNormal');
  const s = J('he_normal', [10, 10]);
  assert.equal(s.canonical, 'heNormal');
  assert.match(s.note ?? '', /Keras JSON/);
  assert.equal(J('glorot_uniform', [10, 10]).canonical, 'glorotUniform');
  // toCamelCase('lecun_normal') = 'lecunNormal', which TF.js does not register
  assert.equal(J('lecun_normal', [10, 10]).family, 'unknown');
  assert.equal(J('lecunNormal', [10, 10]).family, 'unknown');
});
