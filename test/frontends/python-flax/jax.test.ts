// The JAX reader: raw parameter trees applied by a forward function of the file, weight arrays
// with their fans read from the product that uses them (x @ W, W @ x, W.T, einsum, lax convs),
// samplers and initializers called on shapes with JAX's semantics, Flax self.param / nnx.Param /
// DenseGeneral / Einsum, lifted transforms, and what stays unknown.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { STD_NORMAL_TRUNC2_VARIANCE, describeParam } from '../../../engine/init';
import type { GraphNode, Layer, Model, ModelGraph } from '../../../engine/model/graph';

before(async () => {
  await ready();
});

const analyze = (text: string) => analyzeText('model.py', text);
const read = (text: string): ModelGraph => analyze(text).graph;

function model(g: ModelGraph, name?: string): Model {
  const m = name === undefined ? g.models[0] : g.models.find((x) => x.name === name);
  assert.ok(m, `no model ${name ?? ''} in [${g.models.map((x) => x.name).join(', ')}]`);
  return m!;
}

function layer(m: Model, id: string): Layer {
  const l = m.layers.find((x) => x.id === id);
  assert.ok(l, `no layer ${id} in ${m.layers.map((x) => x.id).join(', ')}`);
  return l!;
}

function seq(nodes: GraphNode[]): string[] {
  return nodes.map((n) => (n.type === 'layer' ? `L:${n.layer.id}` : n.type === 'activation' ? `A:${n.activation.kind}` : n.type === 'residual' ? `R[${seq(n.body).join(' ')}]` : n.type === 'scale' ? `S:${n.factor}` : n.type === 'repeat' ? `x${n.count}[${seq(n.body).join(' ')}]` : 'O'));
}

const variance = (l: Layer): number | undefined => describeParam(l, l.params.find((p) => p.role === 'weight')!).moments?.variance;
const mean = (l: Layer): number | undefined => describeParam(l, l.params.find((p) => p.role === 'weight')!).moments?.mean;

const close = (a: number | undefined, b: number, what: string): void => {
  assert.ok(a !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: expected ${b}, got ${a}`);
};

test('a raw parameter dict: the forward function applied to it is the model, fans from x @ W', () => {
  const g = read(`import jax
import jax.numpy as jnp

def init_params(key):
    k1, k2 = jax.random.split(key)
    return {'w1': jax.random.normal(k1, (784, 512)) * 0.05, 'b1': jnp.zeros(512), 'w2': jax.random.uniform(k2, (512, 10), minval=-0.1, maxval=0.1)}

def predict(params, x):
    h = jax.nn.relu(jnp.dot(x, params['w1']) + params['b1'])
    return h @ params['w2']

def loss(params, batch):
    inputs, targets = batch
    return jnp.mean((predict(params, inputs) - targets) ** 2)

params = init_params(jax.random.PRNGKey(0))
`);
  assert.equal(g.framework, 'flax');
  assert.deepEqual(g.models.map((m) => m.name), ['predict'], 'one model: the forward function (loss reaches no weight)');
  const m = model(g);
  assert.equal(m.orderKnown, true);
  assert.deepEqual(seq(m.nodes), ['L:w1', 'A:relu', 'L:w2']);
  const w1 = layer(m, 'w1');
  assert.equal(w1.name, "params['w1']");
  assert.equal(w1.inFeatures, 784);
  assert.equal(w1.outFeatures, 512);
  close(variance(w1), 0.05 ** 2, 'N(0, 1) x 0.05');
  // jax.random.uniform(minval=-0.1, maxval=0.1): U[-0.1, 0.1), variance 0.2^2/12
  close(variance(layer(m, 'w2')), 0.04 / 12, 'uniform variance');
  close(mean(layer(m, 'w2')), 0, 'uniform mean');
});

test('list of (w, b) tuples from a comprehension over layer sizes; jnp.dot(W, x) takes fan_in from axis 1', () => {
  const m = model(read(`import jax.numpy as jnp
from jax import random

def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [(random.normal(k, (n, m)), random.normal(k, (n,))) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]

def predict(params, image):
    activations = image
    for w, b in params[:-1]:
        activations = jnp.tanh(jnp.dot(w, activations) + b)
    final_w, final_b = params[-1]
    return jnp.dot(final_w, activations) + final_b

params = init_network_params([784, 512, 10], random.key(0))
`));
  assert.deepEqual(seq(m.nodes), ['L:0.0', 'A:tanh', 'L:1.0']);
  const first = layer(m, '0.0');
  assert.equal(first.name, 'params[0][0]');
  assert.deepEqual(first.params[0]!.shape, [512, 784]);
  assert.equal(first.inFeatures, 784);
  assert.equal(first.outFeatures, 512);
  assert.equal(first.inAxis, 1);
  assert.equal(m.layers.length, 2, 'biases are no weight layers');
});

test('x @ W.T contracts W axis 1; jnp.einsum fans are the contracted and kept axes; lax conv fans from the kernel spec', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from jax import lax

W = {'t': jax.random.normal(jax.random.PRNGKey(0), (64, 256)),
     'e': jax.random.normal(jax.random.PRNGKey(1), (64, 4, 16)),
     'hwio': jax.random.normal(jax.random.PRNGKey(2), (3, 3, 8, 32)),
     'oihw': jax.random.normal(jax.random.PRNGKey(3), (16, 32, 5, 5))}

def forward(W, x):
    x = lax.conv_general_dilated(x, W['hwio'], (1, 1), 'SAME', dimension_numbers=('NHWC', 'HWIO', 'NHWC'))
    x = lax.conv(x, W['oihw'], (1, 1), 'SAME')
    x = x @ W['t'].T
    return jnp.einsum('...d,dhk->...hk', x, W['e'])
`));
  assert.deepEqual(seq(m.nodes), ['L:hwio', 'L:oihw', 'L:t', 'L:e']);
  const fans = (id: string): [number | undefined, number | undefined] => [layer(m, id).inFeatures, layer(m, id).outFeatures];
  assert.deepEqual(fans('hwio'), [3 * 3 * 8, 3 * 3 * 32]);
  assert.deepEqual(fans('oihw'), [32 * 25, 16 * 25]);
  assert.deepEqual(fans('t'), [256, 64]);
  assert.equal(layer(m, 't').inAxis, 1);
  assert.deepEqual(fans('e'), [64, 64]);
});

test('initializers called on shapes: variance_scaling semantics, truncated normal corrected; zeros(key, shape) is the array', () => {
  const m = model(read(`import jax
from flax import linen as nn

def init(key):
    k1, k2, k3, k4 = jax.random.split(key, 4)
    return [nn.initializers.lecun_normal()(k1, (300, 200)),
            jax.nn.initializers.variance_scaling(2.0, 'fan_avg', 'uniform')(k2, (200, 100)),
            jax.nn.initializers.truncated_normal(stddev=0.5)(k3, (100, 50)),
            jax.nn.initializers.zeros(k4, (50, 10))]

def apply_fn(params, x):
    for w in params:
        x = x @ w
    return x
`));
  assert.deepEqual(seq(m.nodes), ['L:0', 'L:1', 'L:2', 'L:3']);
  close(variance(layer(m, '0')), 1 / 300, 'lecun_normal: 1/fan_in (stddev corrected by .8796)');
  close(variance(layer(m, '1')), 2 / 150, 'variance_scaling fan_avg: scale / ((in + out) / 2)');
  // truncated_normal(stddev) is NOT corrected: stddev^2 times the variance of N(0,1) cut to (-2, 2)
  close(variance(layer(m, '2')), 0.25 * STD_NORMAL_TRUNC2_VARIANCE, 'truncated_normal uncorrected');
  close(variance(layer(m, '3')), 0, 'zeros');
});

test('numpy samplers: RandomState(0).randn, default_rng().normal(loc, scale, size)', () => {
  const m = model(read(`import numpy as np
import numpy.random as npr
import jax.numpy as jnp

def init(rng=npr.RandomState(0)):
    g = np.random.default_rng(1)
    return [0.1 * rng.randn(784, 100), g.normal(0.0, 0.2, (100, 10))]

def predict(params, x):
    return jnp.dot(jnp.tanh(jnp.dot(x, params[0])), params[1])
`));
  close(variance(layer(m, '0')), 0.01, 'randn x 0.1');
  close(variance(layer(m, '1')), 0.04, 'normal(0, 0.2)');
});

test('arrays held by globals and read by name in a one-argument forward function', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
W1 = jax.random.normal(jax.random.PRNGKey(0), (32, 64)) / jnp.sqrt(32.0)
W2 = jax.random.normal(jax.random.PRNGKey(1), (64, 1)) / 8

def net(x):
    return jax.nn.relu(x @ W1) @ W2
`));
  assert.equal(m.name, 'net');
  assert.deepEqual(seq(m.nodes), ['L:W1', 'A:relu', 'L:W2']);
  close(variance(layer(m, 'W1')), 1 / 32, 'divided by sqrt(32)');
});

test('no forward function multiplies the arrays: no model (nothing is guessed); module-level inputs stay inputs', () => {
  const g = read(`import jax
import jax.numpy as jnp
params = {'w': jax.random.normal(jax.random.PRNGKey(0), (10, 10))}
def summary(params):
    return jnp.sum(params['w'])
`);
  assert.deepEqual(g.models, []);
  const flax = model(read(`import jax
import jax.numpy as jnp
from flax import linen as nn
class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)
x = jax.random.normal(jax.random.PRNGKey(0), (8, 20))
params = MLP().init(jax.random.PRNGKey(1), x)
`));
  assert.deepEqual(layer(flax, 'Dense_0').params[0]!.shape, [20, 4], 'a sampled batch still gives the model its input width');
});

test('a zero hidden weight from jnp.zeros is flagged (no fix without a key to draw with)', () => {
  const a = analyze(`import jax
import jax.numpy as jnp
def init(key):
    return [jnp.zeros((64, 64)), jax.random.normal(key, (64, 10)) / 8]
def forward(params, x):
    return jax.nn.relu(x @ params[0]) @ params[1]
`);
  const f = a.findings.filter((x) => x.code === 'IL001');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.range.start.line, 3);
  assert.deepEqual(f[0]!.fixes, []);
});

test('linen self.param: one layer per parameter however often the compact call runs, fans from jnp.dot', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from flax import linen as nn

class MyDense(nn.Module):
    features: int
    @nn.compact
    def __call__(self, x):
        k = self.param('kernel', nn.initializers.variance_scaling(2.0, 'fan_in', 'normal'), (x.shape[-1], self.features))
        return jnp.dot(x, k)

class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return MyDense(10)(nn.relu(MyDense(128)(x)))

params = MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 32)))
`));
  assert.deepEqual(seq(m.nodes), ['L:MyDense_0.kernel', 'A:relu', 'L:MyDense_1.kernel']);
  assert.equal(m.layers.filter((l) => l.kind === 'Parameter').length, 2);
  const k = layer(m, 'MyDense_0.kernel');
  assert.deepEqual(k.params[0]!.shape, [32, 128]);
  assert.equal(k.inFeatures, 32);
  close(variance(k), 2 / 32, 'variance_scaling(2, fan_in, normal)');
});

test('nnx: nnx.Param and plain arrays held by a module, lists of them, rngs streams; .value and direct use', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from flax import nnx

class MLP(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.w = nnx.Param(nnx.initializers.lecun_normal()(rngs.params(), (16, 32)))
        self.ws = [jax.random.normal(rngs.params(), (32, 32)) * 0.1 for _ in range(2)]
        self.out = nnx.Param(rngs.params.truncated_normal(-2.0, 2.0, (32, 4)))

    def __call__(self, x):
        x = nnx.relu(x @ self.w.value)
        for w in self.ws:
            x = nnx.relu(x @ w)
        return x @ self.out

model = MLP(nnx.Rngs(0))
`));
  assert.deepEqual(seq(m.nodes), ['L:w', 'A:relu', 'L:ws.0', 'A:relu', 'L:ws.1', 'A:relu', 'L:out']);
  close(variance(layer(m, 'w')), 1 / 16, 'lecun_normal');
  close(variance(layer(m, 'ws.1')), 0.01, 'normal x 0.1');
  close(variance(layer(m, 'out')), STD_NORMAL_TRUNC2_VARIANCE, 'truncated_normal(key, -2, 2, shape): N(0,1) cut, not rescaled');
});

test('DenseGeneral: kernel (*input axes, *features), fans prod(input axes) / prod(features), init on the flattened kernel', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from flax import linen as nn
class Attn(nn.Module):
    @nn.compact
    def __call__(self, x):
        q = nn.DenseGeneral(features=(8, 64))(x)
        return nn.DenseGeneral(features=256, axis=(-2, -1), kernel_init=nn.initializers.he_normal())(q)
params = Attn().init(jax.random.PRNGKey(0), jnp.ones((1, 16, 384)))
`));
  const q = layer(m, 'DenseGeneral_0');
  assert.deepEqual(q.params.map((p) => [p.name, p.shape]), [['kernel', [384, 8, 64]], ['bias', [8, 64]]]);
  assert.deepEqual([q.inFeatures, q.outFeatures], [384, 512]);
  // default lecun_normal on the flattened (384, 512): 1/384
  close(variance(q), 1 / 384, 'lecun_normal on (384, 512)');
  const o = layer(m, 'DenseGeneral_1');
  assert.deepEqual(o.params[0]!.shape, [8, 64, 256]);
  assert.deepEqual([o.inFeatures, o.outFeatures], [512, 256]);
  close(variance(o), 2 / 512, 'he_normal on the flattened (512, 256)');
});

test("Einsum: kernel `shape`, fans from the equation, Flax's lecun_normal on the kernel as it is", () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from flax import linen as nn
class P(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Einsum((128, 4, 32), '...d,dhk->...hk')(x)
params = P().init(jax.random.PRNGKey(0), jnp.ones((1, 10, 128)))
`));
  const e = layer(m, 'Einsum_0');
  assert.deepEqual(e.params.map((p) => [p.name, p.shape]), [['kernel', [128, 4, 32]], ['bias', [4, 32]]]);
  assert.deepEqual([e.inFeatures, e.outFeatures], [128, 128]);
  // jax fans of (128, 4, 32) with in_axis -2: fan_in = 4 x 128 (not the contracted 128)
  close(variance(e), 1 / 512, "Flax calls kernel_init on (128, 4, 32): lecun's fan_in 512");
});

test('nn.remat / nn.vmap are read as the module they lift, nn.scan(length=n) as it repeated n times; its tuple output unpacks', () => {
  const m = model(read(`import jax
import jax.numpy as jnp
from flax import linen as nn
class Block(nn.Module):
    @nn.compact
    def __call__(self, x, _):
        return nn.gelu(nn.Dense(64)(x)), None
class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        x, _ = nn.scan(nn.remat(nn.vmap(Block, variable_axes={'params': None}, split_rngs={'params': False})), variable_axes={'params': 0}, length=3)(name='s')(x, None)
        return nn.Dense(2)(x)
params = Net().init(jax.random.PRNGKey(0), jnp.ones((1, 64)))
`));
  assert.deepEqual(seq(m.nodes), ['x3[L:s.Dense_0 A:gelu_tanh]', 'L:Dense_0']);
  assert.equal(m.layers.length, 2, 'one set of layers for the scanned block');
});

test("stax: serial of (init_fun, apply_fun) pairs, input width from init_fun(rng, shape), stax's own defaults", () => {
  const m = model(read(`from jax import random
from jax.example_libraries import stax
from jax.example_libraries.stax import Dense, Relu, Conv, Flatten
init_fun, predict = stax.serial(Conv(8, (3, 3)), Relu, Flatten, Dense(100), Relu, Dense(10))
_, params = init_fun(random.PRNGKey(0), (-1, 10, 10, 1))
`));
  assert.equal(m.name, 'predict');
  assert.deepEqual(seq(m.nodes), ['L:layers_0', 'A:relu', 'L:layers_3', 'A:relu', 'L:layers_5']);
  const conv = layer(m, 'layers_0');
  // VALID padding: 10x10 -> 8x8x8 = 512 inputs to the Dense
  assert.deepEqual(conv.params[0]!.shape, [3, 3, 1, 8]);
  const dense = layer(m, 'layers_3');
  assert.deepEqual(dense.params.map((p) => [p.name, p.shape]), [['W', [512, 100]], ['b', [100]]]);
  close(variance(dense), 2 / (512 + 100), 'W_init=glorot_normal(): 2/(fan_in+fan_out)');
  close(describeParam(dense, dense.params[1]!).moments?.variance, 1e-4, 'b_init=normal(): stddev 1e-2');
  close(describeParam(conv, conv.params[1]!).moments?.variance, 1e-12, 'Conv b_init=normal(1e-6)');
  close(variance(conv), 2 / (9 + 72), 'glorot_normal on HWIO (3, 3, 1, 8)');
});

test('x - logsumexp(x, axis=1, keepdims=True) (log-softmax written out) keeps the chain; logsumexp alone is a cut', () => {
  const text = (ret: string): string => `import jax.numpy as jnp
from jax import random
from jax.scipy.special import logsumexp
params = [random.normal(random.key(0), (8, 16)) / 8 ** 0.5, random.normal(random.key(1), (16, 4)) / 4]
def predict(params, x):
    logits = jnp.dot(jnp.tanh(jnp.dot(x, params[0])), params[1])
    return ${ret}
`;
  assert.deepEqual(seq(model(read(text('logits - logsumexp(logits, axis=1, keepdims=True)'))).nodes), ['L:0', 'A:tanh', 'L:1']);
  assert.deepEqual(seq(model(read(text('logsumexp(logits, axis=1)'))).nodes), ['L:0', 'A:tanh', 'L:1', 'O']);
});
