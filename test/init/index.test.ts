// The entry points: describeParam, multipliers, conditional specs, default specs without a layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParamSpec } from '../../engine/model/graph';
import { describeInit, describeParam, initShape, type LayerDescription } from '../../engine/init';
import { args, moments, spec } from './helpers';

test('describeParam: a default parameter goes through the layer default', () => {
  const layer: LayerDescription = { framework: 'pytorch', kind: 'Linear', ctor: 'nn.Linear', args: args([512, 256]) };
  const p: ParamSpec = { name: 'weight', role: 'weight', shape: [256, 512], init: { source: 'default', framework: 'pytorch', name: '', args: args() } };
  const i = describeParam(layer, p);
  assert.equal(i.source, 'default');
  moments(i, 0, 1 / 1536, 1e-14);
  assert.match(i.formula, /kaiming_uniform_\(a=sqrt\(5\)\)/);
});

test('describeParam: an explicit initializer with a multiplier', () => {
  const layer: LayerDescription = { framework: 'pytorch', kind: 'Parameter' };
  const p: ParamSpec = { name: 'w', role: 'free', shape: [64, 64], init: spec('pytorch', 'torch.randn', args([64, 64]), 0.02) };
  const i = describeParam(layer, p);
  assert.equal(i.source, 'explicit');
  moments(i, 0, 0.0004, 1e-14);
  const c = describeInit(spec('pytorch', 'ones', args([4]), 0), [4]);
  assert.equal(c.family, 'zeros');
  assert.equal(c.constant, 0);
});

test('describeParam: Keras MultiHeadAttention explicit VarianceScaling kernel gets the einsum axes', () => {
  const layer: LayerDescription = { framework: 'keras', kind: 'MultiheadAttention', ctor: 'layers.MultiHeadAttention' };
  const p: ParamSpec = { name: 'query/kernel', role: 'weight', shape: [512, 8, 64], init: spec('keras', 'he_normal') };
  const i = describeParam(layer, p);
  assert.equal(i.fanIn, 512);
  moments(i, 0, 2 / 512, 1e-14);
});

test('describeParam: Flax attention explicit kernel_init sees the flattened shape', () => {
  const layer: LayerDescription = { framework: 'flax', kind: 'MultiheadAttention', ctor: 'nn.MultiHeadDotProductAttention' };
  const p: ParamSpec = { name: 'out.kernel', role: 'weight', shape: [8, 64, 256], init: spec('flax', 'nn.initializers.lecun_normal') };
  assert.deepEqual(initShape(layer, p), [512, 256]);
  moments(describeParam(layer, p), 0, 1 / 512, 1e-14);
});

test('conditional specs keep their moments with a note; default specs need the layer', () => {
  const i = describeInit({ ...spec('pytorch', 'zeros_'), conditional: true }, [4, 4]);
  moments(i, 0, 0);
  assert.match(i.note ?? '', /condition/);
  const d = describeInit({ source: 'default', framework: 'pytorch', name: '', args: args() }, [4, 4]);
  assert.equal(d.family, 'default');
  assert.equal(d.moments, undefined);
});

test('formula carries the call and the numbers', () => {
  const i = describeInit(spec('pytorch', 'nn.init.kaiming_normal_', args([], { mode: 'fan_out', nonlinearity: 'relu' })), [256, 512]);
  assert.match(i.formula, /^nn\.init\.kaiming_normal_\(mode='fan_out', nonlinearity='relu'\) on \(256, 512\): /);
  assert.match(i.formula, /sqrt\(256\)/);
  const t = describeInit(spec('tfjs', 'randomNormal', args([], { stddev: 0.1 })), [3, 3]);
  assert.match(t.formula, /^randomNormal\(\{stddev: 0\.1\}\)/);
});
