// The mutation harness's own instrument: given a snippet of model code, the planted line is the
// one it should be (text and indentation), faults go only where they are real (hidden layers, not
// strings or comments, not where a module-wide init pass would overwrite them), and a mutant's
// findings are judged against the unmutated file with lines mapped across an insertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Source } from '../../bench/mutation/source';
import { findSites } from '../../bench/mutation/sites';
import { applyEdit, onSite, type Site } from '../../bench/mutation/mutant';
import { readModelFile, mutatedText } from '../../bench/mutation/files';
import { joinNotebook } from '../../bench/mutation/notebook';
import { judge, newFindings } from '../../bench/mutation/evaluate';
import { scaleRun } from '../../bench/mutation/sites/common';

const py = (lines: string[]): Source => new Source(`${lines.join('\n')}\n`, 'python');
const planted = (sites: Site[], kind: string): string[] => sites.filter((s) => s.kind === kind).map((s) => `${s.edit.kind}@${s.edit.line}:${s.edit.text}`);

const MLP = [
  'import torch',
  'import torch.nn as nn',
  '',
  'class Net(nn.Module):',
  '    """A docstring that mentions nn.Linear(3, 4) must not be mutated."""',
  '    def __init__(self):',
  '        super().__init__()',
  '        self.fc1 = nn.Linear(784, 256)  # nn.Linear(1, 2) in a comment',
  '        self.fc2 = nn.Linear(',
  '            256, 256)',
  '        self.head = nn.Linear(256, 10)',
  '',
  '    def forward(self, x):',
  '        x = torch.tanh(self.fc1(x))',
  '        return self.head(torch.relu(self.fc2(x)))',
];

test('PyTorch named layers: init calls inserted after the statement, indented like it, only on hidden layers', () => {
  const sites = findSites(py(MLP));
  assert.deepEqual(planted(sites, 'zero-hidden'), ['insert@7:        nn.init.zeros_(self.fc1.weight)', 'insert@9:        nn.init.zeros_(self.fc2.weight)']);
  assert.deepEqual(planted(sites, 'constant'), ['insert@7:        nn.init.constant_(self.fc1.weight, 0.5)', 'insert@9:        nn.init.constant_(self.fc2.weight, 0.5)']);
  // std 1 is a fault on any layer, the output layer included.
  assert.equal(planted(sites, 'std1').length, 3);
  // Only fc1 is followed by tanh.
  assert.deepEqual(planted(sites, 'he-before-tanh'), ["insert@7:        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity='relu')"]);
  // Nothing planted from the docstring or the comment.
  assert.ok(sites.every((s) => s.edit.line !== 4));
  // The inserted line is the site: a finding there counts, one on the layer line does not.
  const z = sites.find((s) => s.kind === 'zero-hidden')!;
  assert.equal(onSite(z, 8), true);
  assert.equal(onSite(z, 7), false);
});

test('PyTorch: a module-wide init pass means faults go into it, not after the layers it overwrites', () => {
  const src = py([
    'import torch.nn as nn',
    'class GPT(nn.Module):',
    '    def __init__(self, n):',
    '        self.fc = nn.Linear(n, 4 * n)',
    '        self.proj = nn.Linear(4 * n, n)',
    '        self.apply(self._init_weights)',
    '    def _init_weights(self, module):',
    '        if isinstance(module, nn.Linear):',
    '            nn.init.normal_(module.weight, mean=0.0, std=0.02)',
    '        elif isinstance(module, nn.Embedding):',
    '            nn.init.normal_(module.weight, mean=0.0, std=0.02)',
  ]);
  const sites = findSites(src);
  assert.ok(sites.every((s) => s.edit.kind === 'replace'), 'no insertion after layers the apply() pass re-initialises');
  assert.deepEqual(planted(sites, 'zero-hidden'), ['replace@8:            nn.init.zeros_(module.weight)']);
  assert.deepEqual(planted(sites, 'std1'), ['replace@8:            nn.init.normal_(module.weight, mean=0.0, std=1.0)']);
  // The embedding branch is never mutated.
  assert.ok(sites.every((s) => s.edit.line !== 10));
});

test('PyTorch: a depth scale is removed from the std, and nn.Sequential elements are addressed by index', () => {
  const src = py([
    'import math',
    'import torch.nn as nn',
    'class M(nn.Module):',
    '    def __init__(self, n_layer):',
    '        self.net = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))',
    '        for pn, p in self.named_parameters():',
    "            if pn.endswith('c_proj.weight'):",
    '                nn.init.normal_(p, mean=0.0, std=0.02/math.sqrt(2 * n_layer))',
  ]);
  const sites = findSites(src);
  assert.deepEqual(planted(sites, 'remove-depth-scaling'), ['replace@7:                nn.init.normal_(p, mean=0.0, std=0.02)']);
  assert.deepEqual(planted(sites, 'zero-hidden'), ['insert@4:        nn.init.zeros_(self.net[0].weight)']);
  assert.deepEqual(planted(sites, 'he-before-tanh'), ["insert@4:        nn.init.kaiming_normal_(self.net[0].weight, nonlinearity='relu')"]);
});

test('raw tensors: the scale is dropped, 5/3 becomes sqrt(2), and the output matrix is not zeroed', () => {
  const src = py([
    'import torch',
    'n_in = 30',
    'W1 = torch.randn((n_in, 200), generator=g) * (5/3)/((n_in)**0.5)',
    'b1 = torch.randn(200, generator=g) * 0.01',
    'W2 = torch.randn((200, 27), generator=g) * 0.01',
    'parameters = [W1, b1, W2]',
    'for p in parameters:',
    '    p.requires_grad = True',
  ]);
  const sites = findSites(src);
  assert.deepEqual(planted(sites, 'remove-depth-scaling'), ['replace@2:W1 = torch.randn((n_in, 200), generator=g)']);
  assert.deepEqual(planted(sites, 'he-before-tanh'), ['replace@2:W1 = torch.randn((n_in, 200), generator=g) * (2**0.5)/((n_in)**0.5)']);
  assert.deepEqual(planted(sites, 'std1'), ['replace@4:W2 = torch.randn((200, 27), generator=g)']);
  // The generator keyword is dropped (torch.zeros takes none); W2 is the last layer.
  assert.deepEqual(planted(sites, 'zero-hidden'), ['replace@2:W1 = torch.zeros((n_in, 200)) * (5/3)/((n_in)**0.5)']);
  // No bias is ever touched.
  assert.ok(sites.every((s) => s.edit.line !== 3));
});

test('Keras: the initializer keyword is added before the closing parenthesis of a multi-line call, last layer spared', () => {
  const src = py([
    'from tensorflow import keras',
    'from tensorflow.keras import layers',
    'model = keras.Sequential([',
    '    layers.Dense(64,',
    '                 activation="relu"  # hidden',
    '    ),',
    '    layers.Dense(32, activation="tanh"),',
    '    layers.LSTM(16),',
    '    layers.Dense(10, activation="softmax"),',
    '])',
  ]);
  const sites = findSites(src);
  assert.deepEqual(planted(sites, 'zero-hidden'), ["replace@5:    , kernel_initializer='zeros'),", "replace@6:    layers.Dense(32, activation=\"tanh\", kernel_initializer='zeros'),"]);
  assert.deepEqual(planted(sites, 'he-before-tanh'), ["replace@6:    layers.Dense(32, activation=\"tanh\", kernel_initializer='he_normal'),"]);
  assert.deepEqual(planted(sites, 'drop-forget-bias'), ['replace@7:    layers.LSTM(16, unit_forget_bias=False),']);
  // A change on the closing line of a multi-line call counts for findings on any line of the call.
  const z = sites.find((s) => s.kind === 'zero-hidden')!;
  assert.deepEqual(z.span, [3, 5]);
  assert.ok(onSite(z, 3));
  assert.ok(!sites.some((s) => s.kind === 'zero-hidden' && s.edit.line === 8));
});

test('TensorFlow dict of weights: hidden entries zeroed with the same shape, the output and biases left alone', () => {
  const src = py([
    'import tensorflow as tf',
    'weights = {',
    "    'h1': tf.Variable(tf.random_normal([784, 256], stddev=0.1)),",
    "    'out': tf.Variable(tf.random_normal([256, 10], stddev=0.1))",
    '}',
    "biases = {'b1': tf.Variable(tf.random_normal([256]))}",
  ]);
  const sites = findSites(src);
  assert.deepEqual(planted(sites, 'zero-hidden'), ["replace@2:    'h1': tf.Variable(tf.zeros([784, 256])),"]);
  assert.deepEqual(planted(sites, 'std1'), ["replace@2:    'h1': tf.Variable(tf.random_normal([784, 256], stddev=1.0)),", "replace@3:    'out': tf.Variable(tf.random_normal([256, 10], stddev=1.0))"]);
  assert.ok(sites.every((s) => s.edit.line !== 5));
});

test('Flax and TF.js: kernel_init / kernelInitializer set on the layer, the model output spared', () => {
  const flax = findSites(
    py([
      'import flax.linen as nn',
      'class MLP(nn.Module):',
      '  @nn.compact',
      '  def __call__(self, x):',
      '    x = nn.tanh(nn.Dense(features=128)(x))',
      '    return nn.Dense(features=10)(x)',
    ]),
  );
  assert.deepEqual(planted(flax, 'zero-hidden'), ['replace@4:    x = nn.tanh(nn.Dense(features=128, kernel_init=nn.initializers.zeros)(x))']);
  assert.deepEqual(planted(flax, 'he-before-tanh'), ['replace@4:    x = nn.tanh(nn.Dense(features=128, kernel_init=nn.initializers.he_normal())(x))']);
  const js = findSites(
    new Source(
      [
        "import * as tf from '@tensorflow/tfjs';",
        'const model = tf.sequential();',
        "model.add(tf.layers.dense({units: 32, inputShape: [4], activation: 'relu'}));",
        'model.add(tf.layers.dense({',
        '  units: 3,',
        "  activation: 'softmax',",
        '}));',
        'model.add(tf.layers.lstm({units: 8}));',
        'model.add(tf.layers.lstm({units: 8, unitForgetBias: true}));',
      ].join('\n'),
      'js',
    ),
  );
  assert.deepEqual(planted(js, 'zero-hidden'), ["replace@2:model.add(tf.layers.dense({kernelInitializer: 'zeros', units: 32, inputShape: [4], activation: 'relu'}));"]);
  // TF.js's unitForgetBias is off by default: only an explicit `true` is a site.
  assert.deepEqual(planted(js, 'drop-forget-bias'), ['replace@8:model.add(tf.layers.lstm({units: 8, unitForgetBias: false}));']);
  assert.ok(!js.some((s) => s.kind === 'zero-hidden' && s.edit.line === 3), 'the softmax output layer is never zeroed');
});

test('notebooks: an edit of the joined code text lands in the right cell, and the joined text has it on the expected line', () => {
  const nb = JSON.stringify({
    nbformat: 4,
    metadata: { language_info: { name: 'python' } },
    cells: [
      { cell_type: 'code', source: ['import torch.nn as nn\n', '%matplotlib inline\n'], outputs: [] },
      { cell_type: 'markdown', source: ['# text'] },
      { cell_type: 'code', source: ['class M(nn.Module):\n', '    def __init__(self):\n', '        self.a = nn.Linear(2, 3)\n', '        self.b = nn.Linear(3, 1)\n'], outputs: [] },
    ],
  });
  const mf = readModelFile('x.ipynb', nb)!;
  assert.equal(mf.source.line(1), '#%matplotlib inline', 'magics are commented out, as initlint reads them');
  const site = findSites(mf.source).find((s) => s.kind === 'zero-hidden')!;
  assert.deepEqual(site.edit, { kind: 'insert', line: 4, text: '        nn.init.zeros_(self.a.weight)' });
  const mutated = mutatedText(mf, site.edit)!;
  const joined = joinNotebook(mutated)!;
  assert.equal(joined.text.split('\n')[5], '        nn.init.zeros_(self.a.weight)');
  assert.deepEqual(joined.where[5], { cell: 2, line: 3 });
});

test('judging: findings are compared with the unmutated file across an inserted line', () => {
  const edit = { kind: 'insert' as const, line: 4, text: '    nn.init.zeros_(self.a.weight)' };
  const base = [{ code: 'IL003', severity: 'warning', message: '', line: 9, endLine: 9 }];
  // The same finding, one line lower after the insertion, is not new; the one on the inserted line is.
  const mutated = [
    { code: 'IL003', severity: 'warning', message: '', line: 10, endLine: 10 },
    { code: 'IL001', severity: 'warning', message: '', line: 5, endLine: 5 },
  ];
  assert.deepEqual(
    newFindings(base, mutated, edit).map((f) => f.code),
    ['IL001'],
  );
  const site: Site = { framework: 'pytorch', kind: 'zero-hidden', construct: 'torch.named-layer', edit, span: [5, 5], note: '' };
  assert.equal(judge(site, { findings: base, notes: [] }, { findings: mutated, notes: [] }).outcome, 'found');
  assert.equal(judge(site, { findings: base, notes: [] }, { findings: [mutated[0]!], notes: [] }).outcome, 'missed');
  assert.equal(judge(site, { findings: [], notes: [] }, { findings: [], notes: ['syntax error at line 6: findings cover only the parts of the file that parse'] }).outcome, 'invalid');
});

test('edits keep line endings, and a scale run takes factors on both sides of the draw', () => {
  assert.equal(applyEdit('a\r\nb\r\n', { kind: 'insert', line: 0, text: 'x' }), 'a\r\nx\r\nb\r\n');
  const src = new Source('w = scale * random.normal(k, (m, n)) / jnp.sqrt(m) + b\n', 'python');
  const at = src.text.indexOf('random.normal');
  const run = scaleRun(src, at, src.text.indexOf(')) ') + 2);
  assert.deepEqual(run.factors, ['scale *', '/ jnp.sqrt(m)']);
  assert.equal(src.text.slice(run.start, run.end), 'scale * random.normal(k, (m, n)) / jnp.sqrt(m)');
});

test('PyTorch: a layer is hidden only if another follows it on the same if/else path, and N(0, 1) skips a tiny literal fan-in', () => {
  const src = py([
    'import torch.nn as nn',
    'class Gate(nn.Module):',
    '    def __init__(self, c, k, small):',
    '        if small:',
    '            self.conv = nn.Conv1d(1, c, kernel_size=1)',
    '            self.conv2 = nn.Conv1d(c, 1, kernel_size=k)',
    '        else:',
    '            self.conv = nn.Conv1d(1, 1, kernel_size=k)',
    'class Tiny(nn.Module):',
    '    def __init__(self):',
    '        self.a = nn.Linear(3, 8)',
    '        self.b = nn.Linear(80, 64)',
  ]);
  const sites = findSites(src);
  // conv2 is last on its arm: the else arm's conv does not follow it.
  assert.deepEqual(planted(sites, 'zero-hidden'), ['insert@4:            nn.init.zeros_(self.conv.weight)', 'insert@10:        nn.init.zeros_(self.a.weight)']);
  // Conv1d(1, c, kernel_size=1) has fan-in 1 and Linear(3, 8) fan-in 3: no N(0, 1) fault there; an unknown kernel size is not tiny.
  assert.deepEqual(
    planted(sites, 'std1').map((p) => p.split(':')[0]),
    ['insert@5', 'insert@7', 'insert@11'],
  );
});

test('PyTorch: no init is inserted where the code initialises that weight itself, or where a pass over modules() would redo it', () => {
  const explicit = findSites(
    py([
      'import torch.nn as nn',
      'class Gate(nn.Module):',
      '    def __init__(self, dim):',
      '        self.to_alpha = nn.Linear(dim, dim)',
      '        self.out = nn.Linear(dim, dim)',
      '        nn.init.zeros_(self.to_alpha.weight)',
    ]),
  );
  // An inserted constant_ on to_alpha would be overwritten two lines below; that zeros_ is itself never mutated (already constant).
  assert.ok(explicit.every((s) => !s.edit.text.includes('to_alpha')));
  const pass = findSites(
    py([
      'import torch.nn as nn',
      'class Attn(nn.Module):',
      '    def __init__(self, dim):',
      '        self.q = nn.Conv2d(dim, dim, 1)',
      '        self.k = nn.Conv2d(dim, dim, 1)',
      '    def init_weights(self):',
      '        for m in self.modules():',
      "            if hasattr(m, 'kaiming_init'):",
      '                kaiming_init(m)',
    ]),
  );
  assert.deepEqual(pass.filter((s) => s.edit.kind === 'insert'), []);
});

test('Keras: a layer kept in a variable is planted only when that variable is used as a layer in its scope', () => {
  const sites = findSites(
    py([
      'import keras',
      '"""The layer (e.g. a Dense layer) has weights."""',
      'layer = keras.layers.Dense(3)',
      'layer.build((None, 4))',
      'hidden = keras.layers.Dense(16, activation="relu")',
      'head = keras.layers.Dense(1)',
      'inputs = keras.Input(shape=(8,))',
      'outputs = head(hidden(inputs))',
      'model = keras.Model(inputs, outputs)',
    ]),
  );
  assert.ok(sites.every((s) => s.edit.line !== 2), 'a demo layer that is only built is not model code');
  assert.deepEqual(planted(sites, 'zero-hidden'), ["replace@4:hidden = keras.layers.Dense(16, activation=\"relu\", kernel_initializer='zeros')"]);
});

test('a normalization right after a layer makes its weight scale irrelevant: no N(0, 1) or gain fault there, zero still planted', () => {
  const torch = findSites(
    py([
      'import torch.nn as nn',
      'class Block(nn.Module):',
      '    def __init__(self, c):',
      '        self.conv1 = nn.Conv2d(c, c, 3)',
      '        self.bn1 = nn.BatchNorm2d(c)',
      '        self.conv2 = nn.Conv2d(c, c, 3)',
      '        self.head = nn.Sequential(nn.Linear(c, c), nn.LayerNorm(c), nn.Linear(c, 10))',
      '    def forward(self, x):',
      '        return self.head(self.conv2(self.bn1(self.conv1(x)).relu()))',
    ]),
  );
  const std1 = planted(torch, 'std1').map((p) => p.split(':')[1]!.trim());
  assert.deepEqual(std1, ['nn.init.normal_(self.conv2.weight, std=1.0)', 'nn.init.normal_(self.head[2].weight, std=1.0)']);
  assert.ok(planted(torch, 'zero-hidden').some((p) => p.includes('self.conv1.weight')));
  const keras = findSites(
    py([
      'from tensorflow import keras',
      'from tensorflow.keras import layers',
      'model = keras.Sequential([',
      '    layers.Dense(64),',
      '    layers.BatchNormalization(),',
      '    layers.Activation("relu"),',
      '    layers.Dense(64, activation="relu"),',
      '    layers.Dense(10, activation="softmax"),',
      '])',
    ]),
  );
  assert.deepEqual(planted(keras, 'std1').map((p) => p.split('@')[1]!.split(':')[0]), ['6', '7']);
  assert.deepEqual(planted(keras, 'zero-hidden').map((p) => p.split('@')[1]!.split(':')[0]), ['3', '6']);
});
