// torch.nn.init.calculate_gain, exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateGain, gainValue, recommendedGain } from '../../engine/init';
import { close } from './helpers';

test('calculate_gain: linear, conv*, conv_transpose*, sigmoid are 1', () => {
  for (const nl of ['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'sigmoid']) {
    assert.equal(gainValue(nl), 1, nl);
  }
});

test('calculate_gain: tanh 5/3, relu sqrt(2), selu 3/4', () => {
  assert.equal(gainValue('tanh'), 5 / 3);
  assert.equal(gainValue('relu'), Math.SQRT2);
  assert.equal(gainValue('selu'), 0.75);
});

test("calculate_gain('leaky_relu') with no param uses slope 0.01", () => {
  close(gainValue('leaky_relu'), Math.sqrt(2 / (1 + 0.01 ** 2)), 1e-15, 'no param');
  close(gainValue('leaky_relu', null), Math.sqrt(2 / 1.0001), 1e-15, 'None');
  // kaiming passes a=0: sqrt(2)
  assert.equal(gainValue('leaky_relu', 0), Math.SQRT2);
  close(gainValue('leaky_relu', 0.2), Math.sqrt(2 / 1.04), 1e-15, 'a=0.2');
  close(gainValue('leaky_relu', Math.sqrt(5)), Math.sqrt(1 / 3), 1e-15, 'a=sqrt(5)');
  const r = calculateGain('leaky_relu', 0.2);
  assert.ok('gain' in r && r.negativeSlope === 0.2);
});

test('calculate_gain: gelu, silu and a bool slope are errors, not guesses', () => {
  for (const nl of ['gelu', 'silu', 'mish', 'elu', 'Relu']) {
    const r = calculateGain(nl);
    assert.ok('error' in r, nl);
    assert.equal(gainValue(nl), undefined);
  }
  assert.ok('error' in calculateGain('leaky_relu', 'invalid'));
});

test('recommendedGain per activation kind', () => {
  assert.equal(recommendedGain('relu'), Math.SQRT2);
  assert.equal(recommendedGain('identity'), 1);
  assert.equal(recommendedGain('tanh'), 5 / 3);
  close(recommendedGain('leaky_relu', 0.2), Math.sqrt(2 / 1.04), 1e-15, 'leaky 0.2');
  close(recommendedGain('leaky_relu'), Math.sqrt(2 / 1.0001), 1e-15, 'leaky default');
  assert.equal(recommendedGain('gelu'), undefined);
  assert.equal(recommendedGain('silu'), undefined);
});
