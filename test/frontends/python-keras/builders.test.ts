// The Keras reader on models that are not module-level globals: models built inside the functions
// the file runs, factories read once per literal, wrapper builders, functional subclasses, and the
// weights custom layers make with add_weight; and TensorFlow's initializer classes with the
// defaults of the TensorFlow version their spelling proves.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { describeParam } from '../../../engine/init';
import type { Layer, Model, ModelGraph } from '../../../engine/model/graph';

before(async () => {
  await ready();
});

const read = (text: string): ModelGraph => analyzeText('model.py', text).graph;
const names = (g: ModelGraph): string[] => g.models.map((m) => m.name);

function model(g: ModelGraph, name: string): Model {
  const m = g.models.find((x) => x.name === name);
  assert.ok(m, `no model ${name} in ${names(g).join(', ')}`);
  return m!;
}

function layer(m: Model, id: string): Layer {
  const l = m.layers.find((x) => x.id === id);
  assert.ok(l, `no layer ${id} in ${m.layers.map((x) => x.id).join(', ')}`);
  return l!;
}

const variance = (l: Layer, p = 0): number | undefined => describeParam(l, l.params[p]!).moments?.variance;
const close = (a: number | undefined, b: number, what: string): void => assert.ok(a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} != ${b}`);

test('a factory is read once per literal its branches select a model by, each branch unconditional', () => {
  const g = read(`
import keras
from keras import layers

def get_model(name, width=64):
    if name == "cnn":
        return keras.Sequential([keras.Input(shape=(28, 28, 1)), layers.Conv2D(8, 3), layers.Flatten(), layers.Dense(10)])
    elif name in ("mlp", "wide_mlp"):
        return keras.Sequential([keras.Input(shape=(784,)), layers.Dense(width), layers.Dense(10)])
    raise ValueError(name)

model = get_model("cnn")
`);
  // One literal per branch: `name in ("mlp", "wide_mlp")` selects the same model.
  assert.deepEqual(names(g).sort(), ['get_model("mlp")', 'model']);
  for (const m of g.models) for (const l of m.layers) for (const p of l.params) assert.notEqual(p.init.conditional, true, `${m.name}.${l.id}.${p.name}`);
  assert.equal(layer(model(g, 'model'), 'conv2d').kind, 'Conv', "the file's own call reads the cnn branch");
  assert.deepEqual(layer(model(g, 'get_model("mlp")'), 'dense').params[0]!.shape, [784, 64]);
});

test('a comparison whose branch builds no model selects nothing: one model, read with the defaults', () => {
  const g = read(`
import keras
from keras import layers

def VGG(include_top=True, pooling=None, classes=1000):
    inputs = keras.Input(shape=(32, 32, 3))
    x = layers.Conv2D(16, 3, activation="relu")(inputs)
    if include_top:
        x = layers.Flatten()(x)
        x = layers.Dense(classes)(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D()(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D()(x)
    return keras.Model(inputs, x)
`);
  assert.deepEqual(names(g), ['VGG()']);
  assert.deepEqual(layer(model(g, 'VGG()'), 'dense').params[0]!.shape, [30 * 30 * 16, 1000]);
});

test('wrapper builders are read with their own arguments, the wrapped builder not on its own', () => {
  const g = read(`
import keras
from keras import layers

def DenseNet(blocks, width=32):
    inputs = keras.Input(shape=(16,))
    x = inputs
    for _ in range(blocks):
        x = layers.Dense(width, activation="relu")(x)
    return keras.Model(inputs, layers.Dense(1)(x))

def DenseNet2():
    return DenseNet(2)

def DenseNet5(width=8):
    return DenseNet(5, width=width)
`);
  assert.deepEqual(names(g).sort(), ['DenseNet2()', 'DenseNet5()']);
  assert.equal(model(g, 'DenseNet2()').layers.length, 3);
  assert.equal(model(g, 'DenseNet5()').layers.length, 6);
  assert.deepEqual(layer(model(g, 'DenseNet5()'), 'dense_1').params[0]!.shape, [8, 8]);
});

test('models built inside called functions are models; a custom layer nobody attached is not', () => {
  const g = read(`
import keras
from keras import layers

class Scale(layers.Layer):
    def call(self, x):
        return x * 2.0

class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.fc = layers.Dense(4)
    def call(self, x):
        return self.fc(x)

def build(units):
    model = keras.Sequential([keras.Input(shape=(3,)), layers.Dense(units), layers.Dense(1)])
    return model

def main():
    m = build(128)
    net = Net()
    orphan = Scale()
    m.fit(data())

main()
`);
  assert.deepEqual(names(g).sort(), ['Net', 'model']);
  assert.deepEqual(layer(model(g, 'model'), 'dense').params[0]!.shape, [3, 128], 'read with the argument main() passes');
});

test('tf_keras applications: layers = VersionAwareLayers() and training.Model(inputs, x)', () => {
  const g = read(`
from tf_keras.engine import training
from tf_keras.layers import VersionAwareLayers

layers = VersionAwareLayers()

def Tiny(classes=10):
    img_input = layers.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3, activation="relu", name="block1_conv1")(img_input)
    x = layers.Flatten()(x)
    x = layers.Dense(classes, name="predictions")(x)
    return training.Model(img_input, x, name="tiny")
`);
  const m = model(g, 'Tiny()');
  assert.deepEqual(layer(m, 'block1_conv1').params[0]!.shape, [3, 3, 3, 4]);
  assert.deepEqual(layer(m, 'predictions').params[0]!.shape, [6 * 6 * 4, 10]);
});

test('a functional subclass becomes its functional model; a subclass with its own call stays custom', () => {
  const g = read(`
import keras
from keras import layers

class Backbone(keras.Model):
    def __init__(self, width=16, **kwargs):
        inputs = keras.Input(shape=(8,))
        outputs = layers.Dense(width, name="proj")(inputs)
        super().__init__(inputs=inputs, outputs=outputs, **kwargs)

class WithCall(keras.Model):
    def __init__(self, **kwargs):
        inputs = keras.Input(shape=(8,))
        super().__init__(inputs=inputs, outputs=layers.Dense(3, name="unused")(inputs), **kwargs)
        self.head = layers.Dense(2, name="head")
    def call(self, x):
        return self.head(x)

backbone = Backbone(width=32)
`);
  const b = model(g, 'Backbone');
  assert.deepEqual(layer(b, 'proj').params[0]!.shape, [8, 32]);
  assert.ok(b.orderKnown);
  assert.ok(model(g, 'WithCall').layers.some((l) => l.id === 'head'));
});

test('add_weight: Keras 3 and tf.keras 2 argument orders, the glorot_uniform default, untrained and integer weights left out', () => {
  const g = read(`
import keras
from keras import ops

class Layer3(keras.layers.Layer):
    def build(self, input_shape):
        self.a = self.add_weight((input_shape[-1], 20), "zeros")
        self.b = self.add_weight("kernel_b", (20, 30), None, "ones")
        self.c = self.add_weight(shape=(30, 40))
        self.steps = self.add_weight(shape=(), dtype="int32", initializer="zeros")
        self.mask = self.add_weight(shape=(40, 40), initializer="ones", trainable=False)
    def call(self, x):
        return ops.matmul(ops.matmul(ops.matmul(x, self.a), self.b), self.c)

model = keras.Sequential([keras.Input(shape=(10,)), Layer3()])
`);
  const m = model(g, 'model');
  const ids = m.layers.map((l) => l.id).sort();
  assert.deepEqual(ids, ['layer3.a', 'layer3.b', 'layer3.c']);
  const [a, b, c] = ['layer3.a', 'layer3.b', 'layer3.c'].map((id) => layer(m, id));
  assert.deepEqual([a!.inFeatures, a!.outFeatures], [10, 20]);
  assert.equal(a!.params[0]!.init.name, 'zeros');
  assert.equal(b!.params[0]!.init.name, 'ones', 'tf.keras 2 order: name, shape, dtype, initializer');
  assert.equal(c!.params[0]!.init.source, 'default');
  close(variance(c!), 2 / (30 + 40), 'glorot_uniform: 2/(fan_in + fan_out)');
  assert.deepEqual(m.nodes.map((n) => (n.type === 'layer' ? n.layer.id : n.type)), ['layer3.a', 'layer3.b', 'layer3.c']);
});

test("TensorFlow's initializer classes: TF 1 defaults when the spelling proves TF 1, unresolved when it does not", () => {
  const g = read(`
import tensorflow as tf
model = tf.keras.Sequential([
    tf.keras.Input(shape=(100,)),
    tf.keras.layers.Dense(100, kernel_initializer=tf.random_normal_initializer()),
    tf.keras.layers.Dense(100, kernel_initializer=tf.compat.v1.random_normal_initializer()),
    tf.keras.layers.Dense(100, kernel_initializer=tf.truncated_normal_initializer(stddev=2.0)),
    tf.keras.layers.Dense(100, kernel_initializer=tf.random_uniform_initializer(0, None)),
    tf.keras.layers.Dense(100, kernel_initializer=tf.compat.v1.random_uniform_initializer()),
    tf.keras.layers.Dense(100, kernel_initializer=tf.random_normal_initializer(0.0, 0.1)),
])
`);
  const m = model(g, 'model');
  const v = (id: string): number | undefined => variance(layer(m, id));
  // tf.truncated_normal_initializer exists only in TF 1, so this file's bare spelling is TF 1's.
  close(v('dense'), 1, 'tf.random_normal_initializer() in a file only TF 1 runs: stddev 1.0');
  const plain = model(read(`
import tensorflow as tf
model = tf.keras.Sequential([
    tf.keras.Input(shape=(100,)),
    tf.keras.layers.Dense(100, kernel_initializer=tf.random_normal_initializer()),
    tf.keras.layers.Dense(100, kernel_initializer=tf.initializers.RandomNormal()),
])
`), 'model');
  assert.equal(variance(layer(plain, 'dense')), undefined, 'tf.random_normal_initializer(): stddev 1.0 (TF 1) or 0.05 (TF 2)');
  close(variance(layer(plain, 'dense_1')), 0.0025, 'tf.initializers.RandomNormal is Keras: stddev 0.05');
  close(v('dense_1'), 1, 'compat.v1: stddev 1.0');
  // Truncated at +-2 stddev without correction: 0.7737 stddev^2 (engine/init/truncated-normal.ts).
  close(v('dense_2'), 4 * 0.7737413035499232, 'truncated_normal_initializer(stddev=2.0)');
  close(v('dense_3'), 1 / 12, 'U(0, 1): maxval=None is 1 for floats');
  close(v('dense_4'), 1 / 12, 'compat.v1 RandomUniform(minval=0, maxval=None)');
  close(v('dense_5'), 0.01, 'written arguments mean the same in both versions');
});
