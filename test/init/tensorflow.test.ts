// TensorFlow outside Keras (engine/init/catalogue/tensorflow.ts, defaults/tensorflow.ts): the hand
// values of the TF source's formulas (random_ops.py, init_ops.py, init_ops_v2.py, contrib initializers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDefault, STD_NORMAL_TRUNC2_VARIANCE } from '../../engine/init';
import { args, close, explicit, moments } from './helpers';

const T = (name: string, shape: (number | undefined)[], a = args()) => explicit('tensorflow', name, shape, a);

test('the truncated normal is not variance-corrected: variance 0.77374 stddev^2', () => {
  close(STD_NORMAL_TRUNC2_VARIANCE, 0.7737413035499232, 1e-12, 'N(0,1) cut at +-2');
  moments(T('truncated_normal', [784, 256]), 0, 0.7737413035499232, 1e-12);
  moments(T('random.truncated_normal', [784, 256], args([], { stddev: 0.1 })), 0, 0.007737413035499232, 1e-12);
  const shifted = T('tf.truncated_normal', [10, 10], args([0.5, 2]));
  moments(shifted, 0.5, 4 * 0.7737413035499232, 1e-12);
  assert.deepEqual(shifted.bounds, [-3.5, 4.5]);
});

test('tf.random_normal / tf.random.normal: stddev 1.0 by default', () => {
  moments(T('random_normal', [784, 256]), 0, 1);
  moments(T('random.normal', [784, 256], args([], { stddev: 0.01 })), 0, 1e-4);
  moments(T('random.normal', [784, 256], args([0.0, 0.5])), 0, 0.25);
});

test('tf.random_uniform: [0, 1) by default (mean 0.5), maxval None means 1', () => {
  const u = T('random_uniform', [784, 256]);
  moments(u, 0.5, 1 / 12);
  assert.deepEqual(u.bounds, [0, 1]);
  moments(T('random.uniform', [4, 4], args([], { minval: -0.1, maxval: 0.1 })), 0, 0.04 / 12);
  moments(T('random.uniform', [4, 4], args([], { maxval: null })), 0.5, 1 / 12);
});

test('zeros, ones, fill and constant are constant fills; a list constant is not one', () => {
  assert.equal(T('zeros', [3, 3]).family, 'zeros');
  assert.equal(T('ones', [3, 3]).constant, 1);
  assert.equal(T('fill', [3, 3], args([0.5])).constant, 0.5);
  assert.equal(T('constant', [3], args([0.1])).constant, 0.1);
  assert.equal(T('constant', [2, 2], args([[1, 2, 3, 4]])).moments, undefined);
});

test('TF1 initializers: random_normal_initializer stddev 1.0, truncated 1.0, random_uniform [0, 1)', () => {
  moments(T('compat.v1.random_normal_initializer', [10, 10]), 0, 1);
  moments(T('truncated_normal_initializer', [10, 10]), 0, 0.7737413035499232, 1e-12);
  moments(T('compat.v1.random_uniform_initializer', [10, 10]), 0.5, 1 / 12);
  moments(T('compat.v1.constant_initializer', [10, 10]), 0, 0);
});

test('TF2 initializers: random_normal_initializer stddev 0.05, random_uniform_initializer U(-0.05, 0.05)', () => {
  moments(T('compat.v2.random_normal_initializer', [10, 10]), 0, 0.0025);
  moments(T('compat.v2.random_uniform_initializer', [10, 10]), 0, 0.01 / 12);
});

test('version-neutral root names: a default TF1 and TF2 disagree on leaves the moments unknown, a written one does not', () => {
  const open = T('random_normal_initializer', [10, 10]);
  assert.equal(open.moments, undefined);
  assert.match(open.note ?? '', /1\.0 in TensorFlow 1 and 0\.05 in TensorFlow 2/);
  moments(T('random_normal_initializer', [10, 10], args([], { stddev: 0.02 })), 0, 4e-4);
  assert.equal(T('random_uniform_initializer', [10, 10], args([], { maxval: 1 })).moments, undefined, 'minval still differs (0 vs -0.05)');
  moments(T('random_uniform_initializer', [10, 10], args([-1, 1])), 0, 4 / 12);
});

test('TF1 variance_scaling_initializer: scale 1, fan_in, truncated_normal corrected by 0.8796; normal is its alias', () => {
  const v = T('variance_scaling_initializer', [3, 3, 64, 128]);
  assert.equal(v.fanIn, 576);
  close(v.std, Math.sqrt(1 / 576) / 0.87962566103423978, 1e-14, 'stddev');
  moments(v, 0, 1 / 576, 1e-12);
  const alias = T('variance_scaling_initializer', [100, 10], args([2.0], { distribution: 'normal' }));
  moments(alias, 0, 2 / 100, 1e-12);
  assert.match(alias.note ?? '', /deprecated alias/);
  moments(T('variance_scaling_initializer', [100, 10], args([], { distribution: 'untruncated_normal' })), 0, 0.01);
  moments(T('variance_scaling_initializer', [100, 10], args([], { mode: 'fan_avg', distribution: 'uniform' })), 0, 1 / 55);
  assert.equal(T('variance_scaling_initializer', [100, 10], args([0])).moments, undefined, 'scale <= 0 raises');
});

test('glorot_uniform_initializer (get_variable default): limit sqrt(6/(in+out)); he_normal v1: 2/fan_in', () => {
  const g = T('glorot_uniform_initializer', [784, 256]);
  close(g.bounds![1], Math.sqrt(6 / 1040), 1e-14, 'limit');
  moments(g, 0, 2 / 1040, 1e-12);
  moments(T('compat.v1.initializers.he_normal', [5, 5, 32, 64]), 0, 2 / 800, 1e-12);
});

test('contrib xavier_initializer: uniform by default (= glorot uniform), normal branch 1.3/n uncorrected', () => {
  moments(T('contrib.layers.xavier_initializer', [784, 256]), 0, 2 / 1040, 1e-12);
  const n = T('contrib.layers.xavier_initializer', [784, 256], args([false]));
  assert.equal(n.distribution, 'truncated_normal');
  moments(n, 0, (1.3 / 520) * 0.7737413035499232, 1e-12);
});

test('contrib variance_scaling_initializer: factor 2, FAN_IN, truncated with stddev sqrt(1.3 factor/n): variance 1.0059 x 2/n', () => {
  const v = T('contrib.layers.variance_scaling_initializer', [3, 3, 16, 32]);
  assert.equal(v.fanIn, 144);
  close(v.std, Math.sqrt((1.3 * 2) / 144), 1e-14, 'stddev');
  moments(v, 0, ((1.3 * 2) / 144) * 0.7737413035499232, 1e-12);
  moments(T('contrib.layers.variance_scaling_initializer', [100, 10], args([1.0, 'FAN_AVG', true])), 0, 1 / 55, 1e-12);
  assert.equal(T('contrib.layers.variance_scaling_initializer', [100, 10], args([2.0, 'fan_in'])).moments, undefined, 'mode is upper case');
});

test('uniform_unit_scaling_initializer: U(+-factor sqrt(3/prod(shape[:-1])))', () => {
  moments(T('uniform_unit_scaling_initializer', [5, 5, 4, 8], args([1.43])), 0, (1.43 * 1.43) / 100, 1e-12);
});

test('layer defaults: get_variable glorot_uniform, tf.layers.dense kernel glorot and bias zeros', () => {
  const gv = describeDefault({ framework: 'tensorflow', kind: 'Parameter', ctor: 'tf.get_variable' }, 'kernel', [784, 256]);
  moments(gv, 0, 2 / 1040, 1e-12);
  const dense = { framework: 'tensorflow' as const, kind: 'Linear' as const, ctor: 'tf.layers.dense', args: args([128]), inputDim: 64 };
  moments(describeDefault(dense, 'kernel'), 0, 2 / 192, 1e-12);
  assert.equal(describeDefault(dense, 'bias').constant, 0);
  const conv = { framework: 'tensorflow' as const, kind: 'Conv' as const, ctor: 'tf.layers.conv2d', args: args([32, 5]), inputDim: 3 };
  const k = describeDefault(conv, 'kernel');
  assert.equal(k.fanIn, 75);
  assert.equal(k.fanOut, 800);
});

test('BasicLSTMCell: forget_bias 1.0 added to the f slice of i, j, f, o; 0.0 leaves it at 0', () => {
  const cell = (kw: Record<string, number>) => ({ framework: 'tensorflow' as const, kind: 'LSTM' as const, ctor: 'tf.nn.rnn_cell.BasicLSTMCell', args: args([128], kw), inputDim: 28 });
  const kernel = describeDefault(cell({}), 'kernel');
  assert.equal(kernel.fanIn, 156, 'kernel (in + units, 4 units)');
  const b = describeDefault(cell({}), 'bias');
  const f = b.segments!.find((s) => s.label === 'f')!;
  assert.equal(f.constant, 1);
  assert.deepEqual([f.start, f.end], [256, 384]);
  assert.equal(describeDefault(cell({ forget_bias: 0.0 }), 'bias').segments!.find((s) => s.label === 'f')!.constant, 0);
});
