// The Flax reader: linen (@nn.compact __call__, setup(), dataclass fields, nn.Sequential,
// functools.partial presets) and nnx (__init__ with explicit sizes); kernel_init/bias_init with
// nn.initializers.* / jax.nn.initializers.*; activations and pooling as forward nodes and shapes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { describeParam } from '../../../engine/init';
import type { GraphNode, Layer, Model, ModelGraph } from '../../../engine/model/graph';

before(async () => {
  await ready();
});

const read = (text: string): ModelGraph => analyzeText('model.py', text).graph;

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

function seq(nodes: GraphNode[]): string[] {
  return nodes.map((n) => (n.type === 'layer' ? `L:${n.layer.id}` : n.type === 'activation' ? `A:${n.activation.kind}${n.activation.param !== undefined ? `(${n.activation.param})` : ''}` : n.type === 'residual' ? `R[${seq(n.body).join(' ')}]` : 'O'));
}

const HEADER = 'import jax\nimport jax.numpy as jnp\nfrom flax import linen as nn\n';

test('@nn.compact: inline Dense modules named Dense_0, Dense_1; widths from model.init', () => {
  const g = read(`${HEADER}
class MLP(nn.Module):
    features: tuple = (32, 16)

    @nn.compact
    def __call__(self, x):
        for f in self.features:
            x = nn.relu(nn.Dense(f)(x))
        return nn.Dense(1)(x)

params = MLP().init(jax.random.PRNGKey(0), jnp.ones((4, 8)))
`);
  assert.equal(g.framework, 'flax');
  const m = model(g, 'MLP');
  assert.deepEqual(seq(m.nodes), ['L:Dense_0', 'A:relu', 'L:Dense_1', 'A:relu', 'L:Dense_2']);
  assert.deepEqual(shape(layer(m, 'Dense_0')), [8, 32]);
  assert.deepEqual(shape(layer(m, 'Dense_2')), [16, 1]);
  const info = describeParam(layer(m, 'Dense_0'), layer(m, 'Dense_0').params[0]!);
  assert.ok(Math.abs(info.moments!.variance - 1 / 8) < 1e-9, 'default lecun_normal: variance 1/fan_in');
});

test('linen without an init call: the first Dense input width stays unknown, later ones follow features', () => {
  const m = model(read(`${HEADER}
class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(nn.gelu(nn.Dense(64)(x)))
`));
  assert.deepEqual(shape(layer(m, 'Dense_0')), [undefined, 64]);
  assert.deepEqual(shape(layer(m, 'Dense_1')), [64, 4]);
  assert.deepEqual(seq(m.nodes), ['L:Dense_0', 'A:gelu_tanh', 'L:Dense_1'], 'jax.nn.gelu approximates with tanh by default');
});

test('setup(): attributes and lists of submodules (layers_0, layers_1), dataclass fields by position', () => {
  const g = read(`${HEADER}
class Net(nn.Module):
    widths: tuple
    out: int = 3

    def setup(self):
        self.layers = [nn.Dense(w) for w in self.widths]
        self.head = nn.Dense(self.out)

    def __call__(self, x):
        for l in self.layers:
            x = nn.tanh(l(x))
        return self.head(x)

variables = Net((10, 20), out=5).init(jax.random.key(0), jnp.zeros((1, 6)))
`);
  const m = model(g, 'Net');
  assert.deepEqual(seq(m.nodes), ['L:layers_0', 'A:tanh', 'L:layers_1', 'A:tanh', 'L:head']);
  assert.deepEqual(shape(layer(m, 'layers_0')), [6, 10]);
  assert.deepEqual(shape(layer(m, 'head')), [20, 5]);
});

test('nnx: explicit in/out sizes, kernel_init=nnx.initializers.*', () => {
  const m = model(read(`
from flax import nnx
class MLP(nnx.Module):
    def __init__(self, din, dout, *, rngs: nnx.Rngs):
        self.fc = nnx.Linear(din, 32, kernel_init=nnx.initializers.he_normal(), rngs=rngs)
        self.out = nnx.Linear(32, dout, use_bias=False, rngs=rngs)
    def __call__(self, x):
        return self.out(nnx.relu(self.fc(x)))
model = MLP(12, 3, rngs=nnx.Rngs(0))
`));
  assert.equal(m.framework, 'flax');
  assert.deepEqual(shape(layer(m, 'fc')), [12, 32]);
  assert.equal(layer(m, 'fc').params[0]!.init.name, 'he_normal');
  assert.deepEqual(layer(m, 'out').params.map((p) => p.name), ['kernel']);
  assert.equal(layer(m, 'fc').ctor, 'flax.nnx.Linear');
});

test('Conv SAME/VALID, avg_pool, reshape-flatten and mean over spatial axes give the next Dense its input', () => {
  const g = read(`${HEADER}
class CNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Conv(32, kernel_size=(3, 3))(x))
        x = nn.avg_pool(x, window_shape=(2, 2), strides=(2, 2))
        x = nn.relu(nn.Conv(64, (3, 3), padding="VALID")(x))
        y = x.reshape((x.shape[0], -1))
        z = jnp.mean(x, axis=(1, 2))
        return nn.Dense(10)(y) + nn.Dense(10)(z)

params = CNN().init(jax.random.PRNGKey(0), jnp.ones((1, 28, 28, 1)))
`);
  const m = model(g);
  assert.deepEqual(shape(layer(m, 'Conv_0')), [3, 3, 1, 32]);
  assert.deepEqual(shape(layer(m, 'Conv_1')), [3, 3, 32, 64]);
  // 28 (SAME) -> 14 (pool) -> 12 (VALID 3x3): 12*12*64 = 9216
  assert.deepEqual(shape(layer(m, 'Dense_0')), [9216, 10]);
  assert.deepEqual(shape(layer(m, 'Dense_1')), [64, 10]);
});

test('initializers: normal(stddev=...), variance_scaling positional, uncalled zeros, jax.nn.initializers, with_logical_partitioning', () => {
  const m = model(read(`${HEADER}
from jax.nn import initializers as jinit
class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(8, kernel_init=nn.initializers.normal(stddev=1.0))(x)
        x = nn.Dense(8, kernel_init=nn.initializers.variance_scaling(2.0, "fan_in", "truncated_normal"))(x)
        x = nn.Dense(8, kernel_init=nn.initializers.zeros, bias_init=nn.initializers.constant(0.1))(x)
        x = nn.Dense(8, kernel_init=jinit.orthogonal())(x)
        x = nn.Dense(8, kernel_init=nn.with_logical_partitioning(nn.initializers.xavier_uniform(), ("a", "b")))(x)
        return x
params = Net().init(jax.random.PRNGKey(0), jnp.ones((1, 8)))
`));
  const init = (id: string, p = 0) => layer(m, id).params[p]!.init;
  assert.deepEqual([init('Dense_0').name, init('Dense_0').args.keyword], ['normal', { stddev: 1 }]);
  assert.deepEqual(init('Dense_1').args.positional, [2, 'fan_in', 'truncated_normal']);
  assert.equal(init('Dense_2').name, 'zeros');
  assert.equal(init('Dense_2', 1).name, 'constant');
  assert.equal(init('Dense_3').name, 'orthogonal');
  assert.equal(init('Dense_4').name, 'xavier_uniform');
  const l = layer(m, 'Dense_1');
  assert.ok(Math.abs(describeParam(l, l.params[0]!).moments!.variance - 2 / 8) < 1e-9);
});

test('activations: nn.gelu(approximate=False), leaky_relu default 0.01, jnp.tanh, nn.swish, nn.softmax', () => {
  const m = model(read(`${HEADER}
class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.gelu(nn.Dense(4)(x), approximate=False)
        x = nn.leaky_relu(nn.Dense(4)(x))
        x = nn.leaky_relu(nn.Dense(4)(x), negative_slope=0.2)
        x = jnp.tanh(nn.Dense(4)(x))
        x = nn.swish(nn.Dense(4)(x))
        return nn.softmax(nn.Dense(4)(x))
`));
  assert.deepEqual(seq(m.nodes), ['L:Dense_0', 'A:gelu', 'L:Dense_1', 'A:leaky_relu(0.01)', 'L:Dense_2', 'A:leaky_relu(0.2)', 'L:Dense_3', 'A:tanh', 'L:Dense_4', 'A:silu', 'L:Dense_5', 'A:softmax']);
});

test('functools.partial presets and module fields (imagenet-style conv = partial(nn.Conv, use_bias=False))', () => {
  const g = read(`${HEADER}
from functools import partial
class Block(nn.Module):
    filters: int
    conv: object = nn.Conv
    @nn.compact
    def __call__(self, x):
        return nn.relu(self.conv(self.filters, (3, 3))(x))

class Net(nn.Module):
    widths: tuple
    @nn.compact
    def __call__(self, x):
        conv = partial(nn.Conv, use_bias=False, kernel_init=nn.initializers.he_normal())
        for w in self.widths:
            x = Block(w, conv=conv)(x)
        return x

Small = partial(Net, widths=(8, 16))
`);
  const m = model(g, 'Small');
  assert.deepEqual(seq(m.nodes), ['L:Block_0.Conv_0', 'A:relu', 'L:Block_1.Conv_0', 'A:relu']);
  const conv = layer(m, 'Block_1.Conv_0');
  assert.deepEqual(conv.params.map((p) => p.name), ['kernel'], 'use_bias=False from the partial');
  assert.equal(conv.params[0]!.init.name, 'he_normal');
  assert.equal(conv.params[0]!.init.callRange?.start.line, 16, 'the partial call holds the initializer argument');
  assert.ok(!g.models.some((x) => x.name === 'Block'), 'a block another model builds is read as part of it');
});

test('nn.Sequential with activation functions as elements; Embed feeds the next Dense', () => {
  const g = read(`${HEADER}
mlp = nn.Sequential([nn.Dense(16), nn.relu, nn.Dense(2)])
params = mlp.init(jax.random.PRNGKey(0), jnp.ones((1, 4)))

class Bag(nn.Module):
    @nn.compact
    def __call__(self, tokens):
        x = nn.Embed(100, 24)(tokens)
        return nn.Dense(3)(x)
`);
  const m = model(g, 'mlp');
  assert.deepEqual(seq(m.nodes), ['L:layers_0', 'A:relu', 'L:layers_2']);
  assert.deepEqual(shape(layer(m, 'layers_0')), [4, 16]);
  const bag = model(g, 'Bag');
  assert.deepEqual(shape(layer(bag, 'Embed_0'), 'embedding'), [100, 24]);
  assert.deepEqual(shape(layer(bag, 'Dense_0')), [24, 3]);
});

test('norms: LayerNorm/BatchNorm are norms with scale and bias; Dropout passes through', () => {
  const m = model(read(`${HEADER}
class Net(nn.Module):
    @nn.compact
    def __call__(self, x, train: bool = False):
        x = nn.Dense(32)(x)
        x = nn.BatchNorm(use_running_average=not train)(x)
        x = nn.Dropout(0.1, deterministic=not train)(x)
        x = nn.LayerNorm()(nn.relu(x))
        return x
params = Net().init(jax.random.PRNGKey(0), jnp.ones((1, 8)))
`));
  assert.deepEqual(seq(m.nodes), ['L:Dense_0', 'L:BatchNorm_0', 'A:relu', 'L:LayerNorm_0']);
  assert.equal(layer(m, 'BatchNorm_0').normKind, 'batch');
  assert.deepEqual(shape(layer(m, 'LayerNorm_0'), 'scale'), [32]);
});

test('a residual x + f(x) inside a compact module is a residual node', () => {
  const m = model(read(`${HEADER}
class Res(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(16)(x)
        return x + nn.Dense(16)(nn.relu(nn.Dense(64)(x)))
params = Res().init(jax.random.PRNGKey(0), jnp.ones((1, 16)))
`));
  assert.deepEqual(seq(m.nodes), ['L:Dense_0', 'R[L:Dense_1 A:relu L:Dense_2]']);
});
