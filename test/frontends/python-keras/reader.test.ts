// The Keras reader: which constructs become which layers, parameters, shapes, initializers and
// activations (Sequential / model.add / functional / subclassed; keras, tf.keras and tensorflow.keras).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { mentionsModelFramework } from '../../../engine/frontends/python';
import { describeParam } from '../../../engine/init';
import type { GraphNode, Layer, Model, ModelGraph } from '../../../engine/model/graph';

before(async () => {
  await ready();
});

function read(text: string): ModelGraph {
  return analyzeText('model.py', text).graph;
}

function model(g: ModelGraph, name?: string): Model {
  const m = name === undefined ? g.models[0] : g.models.find((x) => x.name === name);
  assert.ok(m, `no model ${name ?? ''} in ${g.models.map((x) => x.name).join(', ')}`);
  return m!;
}

function layer(m: Model, id: string): Layer {
  const l = m.layers.find((x) => x.id === id);
  assert.ok(l, `no layer ${id} in ${m.layers.map((x) => x.id).join(', ')}`);
  return l!;
}

const shape = (l: Layer, p = 'kernel'): (number | undefined)[] => l.params.find((x) => x.name === p)!.shape;

/** The forward nodes as short strings: 'L:dense', 'A:relu', 'R[...]', 'O'. */
function seq(nodes: GraphNode[]): string[] {
  return nodes.map((n) => (n.type === 'layer' ? `L:${n.layer.id}` : n.type === 'activation' ? `A:${n.activation.kind}${n.activation.param !== undefined ? `(${n.activation.param})` : ''}` : n.type === 'residual' ? `R[${seq(n.body).join(' ')}]` : n.type === 'scale' ? `S:${n.factor}` : 'O'));
}

test('Sequential with keras.Input: channels-last kernels, Keras layer names, activation= as nodes', () => {
  const g = read(`
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dropout(0.5),
    layers.Dense(10, activation="softmax"),
])
`);
  assert.equal(g.framework, 'keras');
  const m = model(g, 'model');
  assert.equal(m.framework, 'keras');
  assert.deepEqual(seq(m.nodes), ['L:dense', 'A:relu', 'L:dense_1', 'A:softmax']);
  assert.deepEqual(shape(layer(m, 'dense')), [784, 64]);
  assert.deepEqual(shape(layer(m, 'dense_1')), [64, 10]);
  assert.deepEqual(shape(layer(m, 'dense'), 'bias'), [64]);
  assert.equal(layer(m, 'dense').activation?.kind, 'relu');
  assert.equal(m.buildSite, undefined, 'no PyTorch insertion site for Keras models');
});

test('model.add with input_shape / input_dim on the first layer; name= becomes the id', () => {
  const g = read(`
from tensorflow.keras import layers, models
model = models.Sequential()
model.add(layers.Dense(32, input_dim=100, name="hidden"))
model.add(layers.Activation("tanh"))
model.add(layers.Dense(1))
other = models.Sequential()
other.add(layers.Dense(8, input_shape=(4,)))
other.add(layers.Dense(2))
`);
  const m = model(g, 'model');
  assert.deepEqual(seq(m.nodes), ['L:hidden', 'A:tanh', 'L:dense']);
  assert.deepEqual(shape(layer(m, 'hidden')), [100, 32]);
  assert.deepEqual(shape(layer(m, 'dense')), [32, 1]);
  assert.deepEqual(shape(layer(model(g, 'other'), 'dense_1')), [8, 2]);
});

test('functional API: call-chain order, Add() as a residual, concatenate cuts the chain', () => {
  const g = read(`
import keras
from keras import layers
inputs = keras.Input(shape=(32,))
x = layers.Dense(32, activation="relu")(inputs)
y = layers.Dense(32)(x)
x = layers.Add()([x, y])
z = layers.concatenate([x, inputs])
outputs = layers.Dense(1)(z)
model = keras.Model(inputs=inputs, outputs=outputs)
`);
  const m = model(g, 'model');
  assert.deepEqual(seq(m.nodes), ['L:dense', 'A:relu', 'R[L:dense_1]', 'O', 'L:dense_2']);
  assert.deepEqual(shape(layer(m, 'dense_1')), [32, 32]);
  assert.deepEqual(shape(layer(m, 'dense_2')), [undefined, 1], 'the width after a concatenate is not modelled');
  assert.equal(m.orderKnown, true);
});

test('subclassed keras.Model: __init__ layers, call() order, build() input shape', () => {
  const g = read(`
import keras
from keras import layers

class Net(keras.Model):
    def __init__(self, hidden=64):
        super().__init__()
        self.fc1 = layers.Dense(hidden)
        self.fc2 = layers.Dense(10)

    def call(self, x, training=False):
        x = keras.activations.gelu(self.fc1(x))
        return self.fc2(x)

net = Net(hidden=48)
net.build((None, 20))
`);
  const m = model(g, 'Net');
  assert.deepEqual(seq(m.nodes), ['L:fc1', 'A:gelu', 'L:fc2']);
  assert.deepEqual(shape(layer(m, 'fc1')), [20, 48]);
  assert.equal(layer(m, 'fc1').name, 'self.fc1');
});

test('unknown stays unknown: a subclassed model never built has no input width', () => {
  const g = read(`
import keras
class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.fc = keras.layers.Dense(16)
    def call(self, x):
        return self.fc(x)
`);
  assert.deepEqual(shape(layer(model(g, 'Net'), 'fc')), [undefined, 16]);
});

test('initializers: strings, classes with arguments, initializers.get, tf initializer functions', () => {
  const g = read(`
import tensorflow as tf
from keras import initializers, layers
import keras
model = keras.Sequential([
    keras.Input(shape=(8,)),
    layers.Dense(8, kernel_initializer="he_normal"),
    layers.Dense(8, kernel_initializer=initializers.RandomNormal(stddev=1.0)),
    layers.Dense(8, kernel_initializer=initializers.VarianceScaling(scale=2.0, mode="fan_in", distribution="truncated_normal")),
    layers.Dense(8, kernel_initializer=initializers.get("lecun_normal")),
    layers.Dense(8, kernel_initializer=tf.random_normal_initializer(stddev=0.5)),
    layers.Dense(8, kernel_initializer=None),
])
`);
  const m = model(g);
  const init = (id: string) => layer(m, id).params[0]!.init;
  assert.equal(init('dense').name, 'he_normal');
  assert.equal(init('dense').source, 'explicit');
  assert.equal(init('dense_1').name, 'RandomNormal');
  assert.deepEqual(init('dense_1').args.keyword, { stddev: 1 });
  assert.equal(init('dense_2').name, 'VarianceScaling');
  assert.deepEqual(init('dense_2').args.keyword, { scale: 2, mode: 'fan_in', distribution: 'truncated_normal' });
  assert.equal(init('dense_3').name, 'lecun_normal');
  // TensorFlow's own initializer, read with TensorFlow's semantics (engine/init/catalogue/tensorflow.ts).
  assert.equal(init('dense_4').name, 'random_normal_initializer');
  assert.equal(init('dense_4').framework, 'tensorflow');
  assert.equal(init('dense_5').source, 'default', 'None falls back to the default');
  const info = describeParam(layer(m, 'dense_2'), layer(m, 'dense_2').params[0]!);
  assert.ok(Math.abs(info.moments!.variance - 2 / 8) < 1e-9);
  const range = init('dense_1').callRange!;
  assert.equal(range.start.line, 7, 'the initializer argument is the range a fix replaces');
});

test('activation layers and functions: Activation, ReLU, LeakyReLU (Keras 3 default 0.3), ELU, tf.nn.relu', () => {
  const g = read(`
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
model = keras.Sequential([
    keras.Input(shape=(4,)),
    layers.Dense(4, activation=tf.nn.relu),
    layers.Dense(4), layers.LeakyReLU(),
    layers.Dense(4), layers.LeakyReLU(negative_slope=0.1),
    layers.Dense(4), layers.ReLU(),
    layers.Dense(4), layers.ELU(),
    layers.Dense(4, activation="swish"),
    layers.Dense(4, activation="leaky_relu"),
    layers.Dense(4, activation="softsign"),
    layers.Dense(4, activation="linear"),
])
`);
  assert.deepEqual(seq(model(g).nodes), [
    'L:dense', 'A:relu', 'L:dense_1', 'A:leaky_relu(0.3)', 'L:dense_2', 'A:leaky_relu(0.1)', 'L:dense_3', 'A:relu',
    'L:dense_4', 'A:elu(1)', 'L:dense_5', 'A:silu', 'L:dense_6', 'A:leaky_relu(0.2)', 'L:dense_7', 'O', 'L:dense_8',
  ]);
});

test('convolutions: channels-last kernels, valid/same padding, pooling and Flatten sizes', () => {
  const g = read(`
import keras
from keras import layers
inputs = keras.Input(shape=(28, 28, 1))
x = layers.Conv2D(32, kernel_size=(3, 3), activation="relu")(inputs)
x = layers.MaxPooling2D(pool_size=(2, 2))(x)
x = layers.Conv2D(64, 3, padding="same", strides=2, activation="relu")(x)
x = layers.Conv1D(8, 5) if False else x
x = layers.Flatten()(x)
x = layers.Dense(10)(x)
model = keras.Model(inputs, x)
`);
  const m = model(g);
  assert.deepEqual(shape(layer(m, 'conv2d')), [3, 3, 1, 32]);
  assert.deepEqual(shape(layer(m, 'conv2d_1')), [3, 3, 32, 64]);
  // 28 -> 26 (valid 3x3) -> 13 (pool 2) -> 7 (same, stride 2): 7*7*64 = 3136
  assert.deepEqual(shape(layer(m, 'dense')), [3136, 10]);
});

test('Conv1D/Conv3D/transposed kernels and DepthwiseConv2D (kernel (k, k, in, multiplier), not a dense step)', () => {
  const g = read(`
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(16, 16, 8)),
    layers.DepthwiseConv2D(3, padding="same", depth_multiplier=2),
    layers.Conv2DTranspose(4, 3, strides=2, padding="same"),
    layers.Conv2D(4, 1),
])
seq1 = keras.Sequential([keras.Input(shape=(100, 12)), layers.Conv1D(6, 5), layers.Conv1D(6, 5, dilation_rate=2)])
seq3 = keras.Sequential([keras.Input(shape=(8, 8, 8, 2)), layers.Conv3D(4, 3)])
`);
  const m = model(g, 'model');
  const dw = layer(m, 'depthwise_conv2d');
  assert.deepEqual(shape(dw, 'depthwise_kernel'), [3, 3, 8, 2]);
  assert.deepEqual(shape(dw, 'bias'), [16]);
  assert.deepEqual(shape(layer(m, 'conv2d_transpose')), [3, 3, 4, 16]);
  assert.deepEqual(shape(layer(m, 'conv2d')), [1, 1, 4, 4]);
  assert.equal(seq(m.nodes)[0], 'O', 'a depthwise convolution cuts the mean-field chain');
  assert.deepEqual(shape(layer(model(g, 'seq1'), 'conv1d_1')), [5, 6, 6]);
  assert.deepEqual(shape(layer(model(g, 'seq3'), 'conv3d')), [3, 3, 3, 2, 4]);
});

test('Embedding -> LSTM -> Bidirectional(GRU) -> Dense: widths, recurrent defaults, unit_forget_bias', () => {
  const g = read(`
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(None,), dtype="int32"),
    layers.Embedding(10000, 128),
    layers.LSTM(64, return_sequences=True),
    layers.LSTM(32, return_sequences=True, unit_forget_bias=False),
    layers.Bidirectional(layers.GRU(16)),
    layers.Dense(1, activation="sigmoid"),
])
`);
  const m = model(g);
  assert.deepEqual(shape(layer(m, 'embedding'), 'embeddings'), [10000, 128]);
  const lstm = layer(m, 'lstm');
  assert.deepEqual(shape(lstm), [128, 256]);
  assert.deepEqual(shape(lstm, 'recurrent_kernel'), [64, 256]);
  const bias = describeParam(lstm, lstm.params.find((p) => p.name === 'bias')!);
  assert.equal(bias.moments!.mean, 0.25, 'unit_forget_bias=True: the forget slice is 1');
  const lstm2 = layer(m, 'lstm_1');
  assert.deepEqual(shape(lstm2), [64, 128]);
  assert.equal(describeParam(lstm2, lstm2.params.find((p) => p.name === 'bias')!).moments!.mean, 0);
  assert.equal(describeParam(lstm2, lstm2.params.find((p) => p.name === 'recurrent_kernel')!).family, 'orthogonal');
  assert.deepEqual(shape(layer(m, 'bidirectional')), [32, 48], 'the wrapped GRU (forward copy) under the wrapper\'s name');
  assert.deepEqual(shape(layer(m, 'dense')), [32, 1], 'Bidirectional concatenates both directions');
  assert.equal(lstm.kind, 'LSTM');
});

test('norm layers are norms; Dropout, Flatten and preprocessing pass through', () => {
  const g = read(`
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(4, 4, 3)),
    layers.Rescaling(1.0 / 255),
    layers.Flatten(),
    layers.Dense(16),
    layers.BatchNormalization(),
    layers.ReLU(),
    layers.Dropout(0.2),
    layers.Dense(16),
    layers.LayerNormalization(),
])
`);
  const m = model(g);
  assert.deepEqual(seq(m.nodes), ['L:dense', 'L:batch_normalization', 'A:relu', 'L:dense_1', 'L:layer_normalization']);
  assert.equal(layer(m, 'batch_normalization').normKind, 'batch');
  assert.equal(layer(m, 'layer_normalization').normKind, 'layer');
  assert.deepEqual(shape(layer(m, 'batch_normalization'), 'gamma'), [16]);
  assert.deepEqual(shape(layer(m, 'dense')), [48, 16]);
});

test('a functional model used as a layer continues the caller chain; uncalled builder functions are read', () => {
  const g = read(`
import keras
from keras import layers
enc_in = keras.Input(shape=(16,))
encoder = keras.Model(enc_in, layers.Dense(4, activation="relu")(enc_in))
inputs = keras.Input(shape=(16,))
outputs = layers.Dense(16)(encoder(inputs))
auto = keras.Model(inputs, outputs)

def build_model(width=32):
    inputs = keras.Input(shape=(width,))
    return keras.Model(inputs, layers.Dense(1)(inputs))
`);
  assert.deepEqual(seq(model(g, 'auto').nodes), ['L:dense', 'A:relu', 'L:dense_1']);
  assert.deepEqual(shape(layer(model(g, 'build_model()'), 'dense')), [32, 1]);
});

test('models a notebook reassigns to the same name are all read', () => {
  const g = read(`
import keras
from keras import layers
model = keras.Sequential([keras.Input(shape=(3,)), layers.Dense(2)])
model = keras.Sequential([keras.Input(shape=(5,)), layers.Dense(2), layers.Dense(2)])
`);
  assert.deepEqual(g.models.map((m) => m.layers.length).sort(), [1, 2]);
});

test('files that mention no model framework are not parsed; torch-only files stay PyTorch', () => {
  assert.equal(mentionsModelFramework('import numpy as np\nx = np.ones(3)\n'), false);
  assert.equal(mentionsModelFramework('import keras\n'), true);
  assert.equal(mentionsModelFramework('from flax import linen as nn\n'), true);
  assert.deepEqual(read('import numpy as np\nx = np.ones((1, 2))\n').models, []);
  const g = read('import torch.nn as nn\nnet = nn.Sequential(nn.Linear(4, 4), nn.ReLU())\n');
  assert.equal(g.framework, 'pytorch');
  assert.equal(g.models[0]!.framework, 'pytorch');
});
