// PyTorch explicit initializers: hand-computed from torch/nn/init.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncatedNormalMoments } from '../../engine/init';
import { args, close, explicit, moments } from './helpers';

const T = (name: string, shape: (number | undefined)[], a = args(), mult?: number) => explicit('pytorch', name, shape, a, mult);

test('kaiming_normal_ defaults on (256, 512): gain sqrt(2) (a=0), variance 2/512', () => {
  const i = T('kaiming_normal_', [256, 512]);
  moments(i, 0, 2 / 512);
  assert.equal(i.family, 'kaiming');
  assert.equal(i.distribution, 'normal');
  assert.equal(i.fanIn, 512);
  assert.equal(i.fanOut, 256);
  assert.equal(i.mode, 'fan_in');
  assert.equal(i.gain, Math.SQRT2);
  assert.equal(i.negativeSlope, 0);
  close(i.std, 0.0625, 1e-15, 'std');
  assert.match(i.formula, /0\.0625/);
});

test("kaiming_normal_(w, 0, 'fan_out', 'relu') binds a, mode, nonlinearity positionally: variance 2/256", () => {
  const i = T('torch.nn.init.kaiming_normal_', [256, 512], args([0, 'fan_out', 'relu']));
  moments(i, 0, 2 / 256);
  assert.equal(i.mode, 'fan_out');
  assert.equal(i.nonlinearity, 'relu');
  // mode is lower-cased by PyTorch
  moments(T('kaiming_normal_', [256, 512], args([], { mode: 'FAN_OUT' })), 0, 2 / 256);
});

test("kaiming_uniform_ with nonlinearity='leaky_relu', a=0.2: bound sqrt(3)*sqrt(2/(1.04*512))", () => {
  const i = T('kaiming_uniform_', [256, 512], args([], { a: 0.2, nonlinearity: 'leaky_relu' }));
  const variance = 2 / (1.04 * 512);
  moments(i, 0, variance);
  close(i.bounds![1], Math.sqrt(3 * variance), 1e-14, 'bound');
  close(i.gain, Math.sqrt(2 / 1.04), 1e-15, 'gain');
  assert.equal(i.negativeSlope, 0.2);
});

test('kaiming: a only matters for leaky_relu; a=None means slope 0.01; tanh gain 5/3', () => {
  moments(T('kaiming_normal_', [256, 512], args([0.2], { nonlinearity: 'relu' })), 0, 2 / 512);
  moments(T('kaiming_normal_', [256, 512], args([null])), 0, 2 / (1.0001 * 512));
  moments(T('kaiming_normal_', [256, 512], args([], { nonlinearity: 'tanh' })), 0, 25 / 9 / 512);
  moments(T('kaiming_uniform_', [256, 512], args([], { nonlinearity: 'selu' })), 0, 0.5625 / 512);
  // an unresolved a does not matter for relu ...
  moments(T('kaiming_normal_', [256, 512], args([undefined], { nonlinearity: 'relu' })), 0, 2 / 512);
  // ... but does for leaky_relu
  assert.equal(T('kaiming_normal_', [256, 512], args([undefined])).moments, undefined);
});

test('kaiming: gelu, bad mode, rank-1 and unknown fan give no moments', () => {
  const g = T('kaiming_normal_', [256, 512], args([], { nonlinearity: 'gelu' }));
  assert.equal(g.moments, undefined);
  assert.match(g.note ?? '', /Unsupported nonlinearity gelu/);
  assert.equal(T('kaiming_normal_', [256, 512], args([], { mode: 'fan_avg' })).moments, undefined);
  assert.equal(T('kaiming_normal_', [512]).moments, undefined);
  assert.equal(T('kaiming_normal_', [256, undefined]).moments, undefined);
  // fan_out known though fan_in is not
  moments(T('kaiming_normal_', [256, undefined], args([], { mode: 'fan_out' })), 0, 2 / 256);
});

test('kaiming_normal_ on a grouped conv weight (64, 32/4, 3, 3): fan_in 72', () => {
  const i = T('kaiming_normal_', [64, 8, 3, 3]);
  assert.equal(i.fanIn, 72);
  moments(i, 0, 2 / 72);
});

test('xavier_uniform_ on (256, 512): bound sqrt(6/768), variance 2/768; xavier_normal_ with gain', () => {
  const u = T('xavier_uniform_', [256, 512]);
  close(u.bounds![1], Math.sqrt(6 / 768), 1e-15, 'bound');
  moments(u, 0, 2 / 768);
  assert.equal(u.family, 'xavier');
  moments(T('xavier_normal_', [256, 512], args([Math.SQRT2])), 0, 4 / 768);
  moments(T('xavier_uniform_', [64, 32, 3, 3], args([], { gain: 5 / 3 })), 0, (25 / 9) * (2 / (288 + 576)));
});

test('uniform_() has mean 0.5 and variance 1/12; tensor.uniform_(from, to)', () => {
  moments(T('uniform_', [256, 512]), 0.5, 1 / 12);
  moments(T('nn.init.uniform_', [10, 10], args([-0.1, 0.1])), 0, 0.04 / 12);
  moments(T('weight.data.uniform_', [10, 10], args([], { from: -0.5, to: 1.5 })), 0.5, 4 / 12);
  moments(T('uniform', [10, 10], args([], { a: 2, b: 4 })), 3, 4 / 12);
  assert.equal(T('uniform_', [10, 10], args([1, 0])).moments, undefined);
});

test('normal_: N(mean, std^2), positional and keyword', () => {
  moments(T('normal_', [10, 10]), 0, 1);
  moments(T('normal_', [10, 10], args([0, 0.02])), 0, 0.0004);
  moments(T('normal_', [10, 10], args([], { std: 0.02 })), 0, 0.0004);
  moments(T('normal', [10, 10], args([1])), 1, 1);
  assert.equal(T('normal_', [10, 10], args([], { std: -1 })).moments, undefined);
});

test('trunc_normal_: absolute cut-offs; std=0.02 is untruncated, std=1 keeps 0.7737', () => {
  moments(T('trunc_normal_', [768, 768], args([], { std: 0.02 })), 0, 0.0004);
  moments(T('trunc_normal_', [768, 768]), 0, 0.7737413035499232, 1e-14);
  const a = T('trunc_normal_', [10, 10], args([0, 1, -1, 3]));
  const ref = truncatedNormalMoments(0, 1, -1, 3)!;
  moments(a, ref.mean, ref.variance);
  assert.ok(a.moments!.mean > 0.2);
  // mean far outside [a, b] still has moments (PyTorch warns); a >= b has none
  assert.equal(T('trunc_normal_', [10, 10], args([], { a: 1, b: 1 })).moments, undefined);
});

test('constant_, fill_, zeros_, zero_, ones_', () => {
  const c = T('constant_', [10, 10], args([0.3]));
  moments(c, 0.3, 0);
  assert.equal(c.constant, 0.3);
  assert.equal(c.family, 'constant');
  assert.equal(T('fill_', [10], args([0])).family, 'zeros');
  assert.equal(T('constant_', [10], args([], { val: 1 })).family, 'ones');
  moments(T('zeros_', [10, 10]), 0, 0);
  moments(T('zero_', [10, 10]), 0, 0);
  moments(T('ones_', [10, 10]), 1, 0);
  assert.equal(T('constant_', [10, 10]).moments, undefined); // val is required
});

test('eye_ and dirac_: identity fills', () => {
  // (3, 5): 3 ones of 15: p = 0.2
  moments(T('eye_', [3, 5]), 0.2, 0.16);
  assert.equal(T('eye_', [3, 3, 3]).moments, undefined);
  // dirac_ on (16, 8, 3, 3): min(16, 8) = 8 ones of 1152
  const p1 = 8 / 1152;
  moments(T('dirac_', [16, 8, 3, 3]), p1, p1 * (1 - p1));
  // groups=2: 2 * min(8, 8) = 16 ones
  const p2 = 16 / 1152;
  moments(T('dirac_', [16, 8, 3, 3], args([2])), p2, p2 * (1 - p2));
  assert.equal(T('dirac_', [15, 8, 3, 3], args([2])).moments, undefined);
  assert.equal(T('dirac_', [16, 8]).moments, undefined);
});

test('orthogonal_: variance gain^2/max(rows, cols), rows = shape[0], cols = prod(rest)', () => {
  moments(T('orthogonal_', [128, 512]), 0, 1 / 512);
  moments(T('orthogonal_', [512, 128], args([2])), 0, 4 / 512);
  moments(T('orthogonal_', [64, 32, 3, 3]), 0, 1 / 288);
  moments(T('orthogonal', [100, 100]), 0, 1 / 100);
  assert.equal(T('orthogonal_', [100]).moments, undefined);
});

test('sparse_: ceil(sparsity*rows) zeros per column', () => {
  // (100, 50), sparsity 0.1: 10 zeros per column, std 0.01
  moments(T('sparse_', [100, 50], args([0.1])), 0, 1e-4 * 0.9);
  // ceil(0.25 * 10) = 3 zeros of 10, std 0.5
  moments(T('sparse_', [10, 4], args([0.25], { std: 0.5 })), 0, 0.25 * 0.7);
  assert.equal(T('sparse_', [10, 4]).moments, undefined); // sparsity is required
});

test('tensor factories for nn.Parameter: randn, rand, zeros, ones, full, empty, with a multiplier', () => {
  moments(T('torch.randn', [256, 512], args([256, 512])), 0, 1);
  const r = T('randn', [256, 512], args([256, 512]), 0.1);
  moments(r, 0, 0.01);
  assert.equal(r.multiplier, 0.1);
  moments(T('rand', [10]), 0.5, 1 / 12);
  moments(T('rand', [10], args(), 2), 1, 4 / 12);
  moments(T('zeros', [10]), 0, 0);
  moments(T('ones', [10], args(), 0.5), 0.5, 0);
  const f = T('full', [2, 3], args([[2, 3], 0.5]));
  moments(f, 0.5, 0);
  assert.equal(f.constant, 0.5);
  const e = T('empty', [10, 10]);
  assert.equal(e.family, 'empty');
  assert.equal(e.moments, undefined);
  moments(T('randn_like', [4, 4], args([undefined])), 0, 1);
});

test('deprecated non-underscore aliases resolve to the same initializer', () => {
  for (const [old, now] of [
    ['kaiming_normal', 'kaiming_normal_'],
    ['kaiming_uniform', 'kaiming_uniform_'],
    ['xavier_uniform', 'xavier_uniform_'],
    ['xavier_normal', 'xavier_normal_'],
    ['normal', 'normal_'],
    ['uniform', 'uniform_'],
    ['orthogonal', 'orthogonal_'],
  ] as const) {
    const a = T(old, [64, 128]);
    const b = T(now, [64, 128]);
    assert.equal(a.canonical, now);
    assert.deepEqual(a.moments, b.moments, old);
  }
});

test('unknown names and unresolved arguments: no moments, never a guess', () => {
  const u = T('my_custom_init', [10, 10]);
  assert.equal(u.family, 'unknown');
  assert.equal(u.moments, undefined);
  assert.equal(T('normal_', [10, 10], args([], { std: undefined })).moments, undefined);
  assert.equal(T('xavier_uniform_', [10, 10], args([undefined])).moments, undefined);
  assert.equal(T('xavier_uniform_', [undefined, 10]).moments, undefined);
  // a string where a number goes
  assert.equal(T('normal_', [10, 10], args([], { std: 'big' })).moments, undefined);
});
