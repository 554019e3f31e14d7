// Numbers that cannot reach the theory: a zero, negative or non-integer width, a kernel of 0, a
// Softplus with beta 0, an initializer whose variance overflows a double, a tensor scaled by 1e200.
// Each is caught where the reader reads it (the size or slope is unknown, the layer stays in the
// model), so analysis never throws on them, and the layers around keep their findings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';

before(async () => {
  await ready();
});

/** A PyTorch model: fc1 (zero-initialised, IL001), then `layer`, then fc3; forward in that order. */
function torchWith(layer: string, init = ''): string {
  return `import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        nn.init.zeros_(self.fc1.weight)
        self.mid = ${layer}
        self.fc3 = nn.Linear(16, 4)
        ${init || 'pass'}

    def forward(self, x):
        return self.fc3(self.mid(torch.relu(self.fc1(x))))
`;
}

const TORCH_CASES: Record<string, [string, string?]> = {
  'nn.Linear(0, 10)': ['nn.Linear(0, 16)'],
  'nn.Linear(16, 0)': ['nn.Linear(16, 0)'],
  'nn.Linear(-5, 16)': ['nn.Linear(-5, 16)'],
  'nn.Linear(2.5, 16)': ['nn.Linear(2.5, 16)'],
  'nn.Linear(1e300, 16)': ['nn.Linear(1e300, 16)'],
  'nn.Conv1d(16, 16, 0)': ['nn.Conv1d(16, 16, 0)'],
  'nn.Conv2d(16, 16, (3, 0))': ['nn.Conv2d(16, 16, (3, 0))'],
  'nn.Softplus(beta=0)': ['nn.Softplus(beta=0)'],
  'nn.LeakyReLU(2 ** 1024)': ['nn.LeakyReLU(2 ** 1024)'],
  'normal_(std=1e300)': ['nn.Linear(16, 16)', 'nn.init.normal_(self.mid.weight, std=1e300)'],
  'uniform_(-1e300, 1e300)': ['nn.Linear(16, 16)', 'nn.init.uniform_(self.mid.weight, -1e300, 1e300)'],
  'xavier_normal_(gain=1e300)': ['nn.Linear(16, 16)', 'nn.init.xavier_normal_(self.mid.weight, gain=1e300)'],
};

for (const [name, [layer, init]] of Object.entries(TORCH_CASES)) {
  test(`${name}: no exception, the zero-initialised layer beside it is still IL001`, () => {
    const r = analyzeText('net.py', torchWith(layer, init));
    assert.deepEqual(r.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line), [7]); // the nn.init.zeros_ line
    assert.equal(r.graph.models.length, 1);
  });
}

test('a zero width is unknown, never 0: nn.Linear(0, 16) has no fan_in', () => {
  const r = analyzeText('net.py', torchWith('nn.Linear(0, 16)'));
  const mid = r.graph.models[0]!.layers.find((l) => l.name === 'self.mid')!;
  assert.equal(mid.inFeatures, undefined);
  assert.equal(mid.outFeatures, 16);
});

test('an initializer whose variance overflows has no moments, and says why', () => {
  const r = analyzeText('net.py', torchWith('nn.Linear(16, 16)', 'nn.init.normal_(self.mid.weight, std=1e300)'));
  const facts = r.models[0]!.layers.get('mid')!;
  assert.equal(facts.weight!.info.moments, undefined);
  assert.match(facts.weight!.info.note ?? '', /overflows a double/);
});

test('x * 1e200 and x / 0 in forward are opaque steps, not scales the theory cannot hold', () => {
  const text = `import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        self.fc2 = nn.Linear(16, 16)
        self.fc3 = nn.Linear(16, 4)

    def forward(self, x):
        x = self.fc1(x) * 1e200
        x = self.fc2(x) / 0
        return self.fc3(x * 2)
`;
  const r = analyzeText('scale.py', text);
  const nodes = r.graph.models[0]!.nodes;
  assert.deepEqual(nodes.filter((n) => n.type === 'scale').map((n) => (n as { factor: number }).factor), [2]);
  assert.equal(nodes.filter((n) => n.type === 'opaque').length, 2);
});

const KERAS_CASES = ['layers.Dense(0)', 'layers.Dense(-3)', 'layers.Dense(2.5)', 'layers.Conv1D(0, 3)', 'layers.Embedding(0, 0)'];

for (const layer of KERAS_CASES) {
  test(`Keras ${layer}: no exception, the zero-initialised Dense beside it is still IL001`, () => {
    const text = `import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(8,)),
    layers.Dense(8, activation="relu", kernel_initializer="zeros"),
    ${layer},
    layers.Dense(8, activation="relu"),
    layers.Dense(4),
])
`;
    const r = analyzeText('k.py', text);
    assert.deepEqual(r.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line), [4]);
  });
}

test('Keras and Flax: a zero width is unknown, never 0', () => {
  const keras = analyzeText('k.py', 'import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input(shape=(8,)), layers.Dense(0), layers.Dense(4)])\n');
  const dense = keras.graph.models[0]!.layers;
  assert.deepEqual(dense.map((l) => [l.inFeatures, l.outFeatures]), [[8, undefined], [undefined, 4]]);
  const flax = analyzeText('f.py', `import flax.linen as nn
import jax

class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(0)(x))
        return nn.Dense(4)(x)

model = MLP()
params = model.init(jax.random.PRNGKey(0), jax.numpy.ones((1, 8)))
`);
  assert.deepEqual(flax.graph.models[0]!.layers.map((l) => [l.inFeatures, l.outFeatures]), [[8, undefined], [undefined, 4]]);
});
