// The Keras and Flax fixers: edits in each framework's idiom, the file's quote style and aliases.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { parsePython } from '../../../engine/frontends/python';
import type { Finding } from '../../../engine/model/finding';
import { applyEdits } from '../../helpers/edits';

before(async () => {
  await ready();
});

function findings(text: string): Finding[] {
  return analyzeText('model.py', text).findings;
}

/** The file after the finding's preferred (or n-th) fix, checked to parse. */
function fixed(text: string, code: string, n = 0): string {
  const f = findings(text).find((x) => x.code === code);
  assert.ok(f, `no ${code} in:\n${text}`);
  const fix = f!.fixes[n];
  assert.ok(fix, `${code} has no fix #${n}`);
  const out = applyEdits(text, fix!.edits);
  const tree = parsePython(out);
  assert.equal(tree.rootNode.hasError, false, out);
  tree.delete();
  return out;
}

const KERAS = 'import keras\nfrom keras import layers\n';

test('Keras: a layer on its default gets kernel_initializer added (single line, no args after)', () => {
  const text = `${KERAS}model = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(10, activation="selu"), layers.Dense(1)])\n`;
  assert.match(fixed(text, 'IL004'), /layers\.Dense\(10, activation="selu", kernel_initializer="lecun_normal"\)/);
});

test('Keras: one argument per line keeps the layout, with the trailing comma', () => {
  const text = `${KERAS}model = keras.Sequential([
    keras.Input(shape=(10,)),
    layers.Dense(
        10,
        activation="selu",
    ),
    layers.Dense(1),
])
`;
  assert.match(fixed(text, 'IL004'), /        activation="selu",\n        kernel_initializer="lecun_normal",\n    \),/);
});

test("Keras: the file's single quotes are kept", () => {
  const text = `${KERAS}model = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(10, activation='tanh', kernel_initializer='he_normal'), layers.Dense(1)])\n`;
  assert.match(fixed(text, 'IL004'), /kernel_initializer='glorot_uniform'/);
  const noStrings = `import keras\nfrom keras import layers\nx = 'a'\ny = 'b'\nmodel = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(10), layers.Activation(keras.activations.selu), layers.Dense(1)])\n`;
  assert.match(fixed(noStrings, 'IL004'), /kernel_initializer='lecun_normal'/);
});

test('Keras: an initializer object is replaced by the same module\'s class', () => {
  const text = `${KERAS}from keras import initializers\nmodel = keras.Sequential([keras.Input(shape=(512,)), layers.Dense(512, activation="relu", kernel_initializer=initializers.RandomNormal(stddev=1.0)), layers.Dense(1)])\n`;
  const out = fixed(text, 'IL003');
  assert.match(out, /kernel_initializer=initializers\.HeNormal\(\)/);
  assert.ok(!findings(out).some((f) => f.code === 'IL003'));
});

test('Keras: a LeakyReLU gain is written as VarianceScaling through the file\'s keras.initializers spelling', () => {
  const text = `import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.Input(shape=(64,)), tf.keras.layers.Dense(64, kernel_initializer="zeros"), tf.keras.layers.LeakyReLU(negative_slope=0.2), tf.keras.layers.Dense(64), tf.keras.layers.Dense(1)])\n`;
  const out = fixed(text, 'IL001');
  assert.match(out, /kernel_initializer=tf\.keras\.initializers\.VarianceScaling\(scale=1\.923, mode="fan_in", distribution="truncated_normal"\)/);
  // Without a way to reach keras.initializers, the preset string is the fix (nothing is imported).
  const bare = `from keras import Input, Sequential\nfrom keras.layers import Dense, LeakyReLU\nmodel = Sequential([Input(shape=(64,)), Dense(64, kernel_initializer="zeros"), LeakyReLU(negative_slope=0.2), Dense(64), Dense(1)])\n`;
  const f = findings(bare).find((x) => x.code === 'IL001')!;
  assert.deepEqual(f.fixes.map((x) => x.edits[0]!.newText), ['"he_normal"']);
});

test('Keras: no fix adds a keyword the call already passes positionally', () => {
  const text = `${KERAS}model = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(10, "selu", True, "glorot_uniform"), layers.Dense(1)])\n`;
  const f = findings(text).find((x) => x.code === 'IL004');
  assert.ok(f, 'the finding is still reported');
  assert.deepEqual(f!.fixes, []);
});

const FLAX = 'import jax\nimport jax.numpy as jnp\nfrom flax import linen as nn\n';

test("Flax: kernel_init added through the file's alias of flax.linen", () => {
  const text = `${FLAX}
class M(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(1)(jnp.tanh(nn.Dense(64, kernel_init=nn.initializers.he_normal())(x)))

p = M().init(jax.random.PRNGKey(0), jnp.ones((1, 64)))
`;
  assert.match(fixed(text, 'IL004'), /nn\.Dense\(64, kernel_init=nn\.initializers\.glorot_uniform\(\)\)/);
});

test('Flax: an explicit initializer keeps the module prefix it was written with; LeakyReLU gets variance_scaling', () => {
  const text = `${FLAX}
class M(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.leaky_relu(nn.Dense(64, kernel_init=jax.nn.initializers.normal(1.0))(x), negative_slope=0.2)
        return nn.Dense(1)(x)

p = M().init(jax.random.PRNGKey(0), jnp.ones((1, 64)))
`;
  assert.match(fixed(text, 'IL003'), /kernel_init=jax\.nn\.initializers\.variance_scaling\(1\.923, "fan_in", "truncated_normal"\)/);
});

test('Flax: a default layer in an nnx file gets nnx.initializers; nothing is imported when no initializers module is reachable', () => {
  const nnx = `from flax import nnx
class M(nnx.Module):
    def __init__(self, rngs):
        self.a = nnx.Linear(64, 64, rngs=rngs)
        self.b = nnx.Linear(64, 1, rngs=rngs)
    def __call__(self, x):
        return self.b(nnx.selu(self.a(x)))
m = M(nnx.Rngs(0))
`;
  const fx = findings(nnx);
  assert.ok(!fx.some((f) => f.code === 'IL004'), 'Flax default lecun_normal suits SELU');
  const direct = `import jax
import jax.numpy as jnp
from flax.linen import Module, Dense, compact, tanh
class M(Module):
    @compact
    def __call__(self, x):
        return Dense(1)(tanh(Dense(64, kernel_init=jax.nn.initializers.he_normal())(x)))
p = M().init(jax.random.PRNGKey(0), jnp.ones((1, 64)))
`;
  assert.match(fixed(direct, 'IL004'), /kernel_init=jax\.nn\.initializers\.glorot_uniform\(\)/);
});

test('Flax: without an import that reaches an initializers module there is no fix (nothing is added)', () => {
  const text = `from jax import random
from jax.numpy import ones
from jax.nn.initializers import zeros
from flax.linen import Module, Dense, compact, relu
class M(Module):
    @compact
    def __call__(self, x):
        x = relu(Dense(64)(x))
        x = relu(Dense(64, kernel_init=zeros)(x))
        return Dense(1)(x)
p = M().init(random.PRNGKey(0), ones((1, 64)))
`;
  const f = findings(text).find((x) => x.code === 'IL001');
  assert.ok(f);
  assert.deepEqual(f!.fixes, []);
});
