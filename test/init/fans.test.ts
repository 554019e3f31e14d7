// Fan computation per framework, including unknown sizes (never guessed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jaxFans, kerasFans, tfjsFans, torchFans, prodDims } from '../../engine/init';

test('PyTorch fans: Linear (out, in)', () => {
  assert.deepEqual(torchFans([256, 512]), { fanIn: 512, fanOut: 256 });
});

test('PyTorch fans: Conv2d (64, 32/groups, 3, 3) with groups 1 and 4', () => {
  // nn.Conv2d(32, 64, 3): weight (64, 32, 3, 3): fan_in = 32*9, fan_out = 64*9
  assert.deepEqual(torchFans([64, 32, 3, 3]), { fanIn: 288, fanOut: 576 });
  // nn.Conv2d(32, 64, 3, groups=4): weight (64, 8, 3, 3): fan_in = 8*9 = 72, fan_out = 64*9
  assert.deepEqual(torchFans([64, 32 / 4, 3, 3]), { fanIn: 72, fanOut: 576 });
});

test('PyTorch fans: ConvTranspose2d weight (in, out/groups, k, k) swaps the roles', () => {
  // nn.ConvTranspose2d(16, 64, 4, groups=2): weight (16, 32, 4, 4): "fan_in" = 32*16 = 512, "fan_out" = 16*16 = 256
  assert.deepEqual(torchFans([16, 32, 4, 4]), { fanIn: 512, fanOut: 256 });
});

test('PyTorch fans: rank < 2 is an error; unknown dims give unknown fans', () => {
  assert.ok(torchFans([10]).error);
  assert.equal(torchFans([10]).fanIn, undefined);
  assert.ok(torchFans([]).error);
  assert.deepEqual(torchFans([undefined, 512]), { fanIn: 512, fanOut: undefined });
  assert.deepEqual(torchFans([64, 32, undefined, 3]), { fanIn: undefined, fanOut: undefined });
});

test('Keras fans: rank 0, 1, 2 and channels-last receptive field', () => {
  assert.deepEqual(kerasFans([]), { fanIn: 1, fanOut: 1 });
  assert.deepEqual(kerasFans([7]), { fanIn: 7, fanOut: 7 });
  assert.deepEqual(kerasFans([512, 256]), { fanIn: 512, fanOut: 256 });
  assert.deepEqual(kerasFans([3, 3, 64, 128]), { fanIn: 576, fanOut: 1152 });
  assert.deepEqual(kerasFans([5, 16, 32]), { fanIn: 80, fanOut: 160 });
  assert.deepEqual(kerasFans([3, undefined, 64, 128]), { fanIn: undefined, fanOut: undefined });
  // Keras >= 3.15 input/output axes (EinsumDense): (dim, heads, key_dim)
  assert.deepEqual(kerasFans([512, 8, 64], [0], [1, 2]), { fanIn: 512, fanOut: 512 });
});

test('TF.js fans: rank 2, 3-5 channels-last, other ranks sqrt(prod)', () => {
  assert.deepEqual(tfjsFans([100, 10]), { fanIn: 100, fanOut: 10 });
  assert.deepEqual(tfjsFans([3, 3, 64, 128]), { fanIn: 576, fanOut: 1152 });
  assert.deepEqual(tfjsFans([2, 2, 2, 2, 2, 8]), { fanIn: 16, fanOut: 16 }); // rank 6: sqrt(256)
  assert.deepEqual(tfjsFans([49]), { fanIn: 7, fanOut: 7 });
  assert.deepEqual(tfjsFans([]), { fanIn: 1, fanOut: 1 });
  assert.deepEqual(tfjsFans([undefined]), { fanIn: undefined, fanOut: undefined });
});

test('JAX fans: in_axis/out_axis/batch_axis, overlapping axes, rank-1 error', () => {
  assert.deepEqual(jaxFans([512, 256]), { fanIn: 512, fanOut: 256 });
  assert.deepEqual(jaxFans([3, 3, 64, 128]), { fanIn: 576, fanOut: 1152 });
  // flax Embed: variance_scaling(..., out_axis=0) on (num, features): in and out are both axis 0
  assert.deepEqual(jaxFans([1000, 64], -2, 0), { fanIn: 64, fanOut: 64 });
  // batch axis is left out of the receptive field
  assert.deepEqual(jaxFans([4, 10, 20], -2, -1, 0), { fanIn: 10, fanOut: 20 });
  // sequences of axes
  assert.deepEqual(jaxFans([10, 8, 64], 0, [1, 2]), { fanIn: 10, fanOut: 512 });
  assert.ok(jaxFans([5]).error);
  assert.deepEqual(jaxFans([undefined, 256]), { fanIn: undefined, fanOut: undefined });
});

test('prodDims: unknown stays unknown', () => {
  assert.equal(prodDims([]), 1);
  assert.equal(prodDims([2, 3, 4]), 24);
  assert.equal(prodDims([2, undefined]), undefined);
});
