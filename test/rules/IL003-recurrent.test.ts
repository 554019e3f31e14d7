// IL003 on recurrent matrices (issue 12, point 4): PyTorch weight_hh_l0, Keras/TF.js recurrent_kernel,
// Flax's hidden kernels (recurrent_kernel_init) are judged against the hidden size H: H x variance
// above 4 or below 1/4, or a nonzero mean. The finding names the matrix, says H x variance and the
// per-step gain sqrt(H x variance), and offers orthogonal with gain 1 first (preferred) and the
// framework's fan-in scaled spelling after it; applying a fix reads the matrix as that initializer
// and clears the finding. Every number below is computed from its formula.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready, type FileAnalysis } from '../../engine/analyze';
import type { Finding, Fix } from '../../engine/model/finding';
import type { ParamFacts } from '../../engine/analysis';
import { fmt } from '../../engine/init/format';
import { applyEdits } from '../helpers/edits';

before(async () => {
  await ready();
});

/** A PyTorch module: `body` (lines of __init__ after super().__init__()) and `forward`'s return expression. */
function torchNet(body: string[], forward: string, imports = 'import math\n'): string {
  const init = body.map((l) => `        ${l}\n`).join('');
  return `${imports}import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n${init}\n    def forward(self, x):\n        return ${forward}\n`;
}

/** nn.LSTM(32, 64) then a Linear head, with `init` as the last statement of __init__ (line 9). */
const TORCH_LSTM = (init: string, imports?: string): string => torchNet(['self.rnn = nn.LSTM(32, 64)', 'self.fc = nn.Linear(64, 10)', init], 'self.fc(self.rnn(x)[0])', imports);

function recurrentFindings(a: FileAnalysis): Finding[] {
  return a.findings.filter((f) => f.code === 'IL003');
}

function only(a: FileAnalysis): Finding {
  const found = recurrentFindings(a);
  assert.equal(found.length, 1, `one IL003 finding: ${a.findings.map((f) => `${f.code} ${f.message}`).join('\n')}`);
  return found[0]!;
}

/** The recurrent matrices of the re-analysed file, after `fix`; asserts the file parses and IL003 is gone. */
function applyFix(path: string, text: string, fix: Fix): ParamFacts[] {
  const patched = applyEdits(text, fix.edits);
  const again = analyzeText(path, patched);
  assert.deepEqual(again.notes.filter((n) => /syntax error/i.test(n.message)), [], `the patched file parses:\n${patched}`);
  assert.deepEqual(recurrentFindings(again), [], `IL003 is cleared by "${fix.title}":\n${patched}`);
  return again.models.flatMap((m) => [...m.layers.values()]).flatMap((f) => f.params.filter((p) => p.spec.role === 'recurrent'));
}

test('PyTorch: normal_(std=1) on weight_hh_l0 of nn.LSTM(32, 64): H x variance = 64, per-step gain sqrt(64)', () => {
  const H = 64;
  const std = 1;
  const text = TORCH_LSTM('nn.init.normal_(self.rnn.weight_hh_l0, std=1.0)');
  const a = analyzeText('net.py', text);
  const f = only(a);
  assert.equal(f.range.start.line, 9, 'at the init statement');
  assert.match(f.message, /^self\.rnn\.weight_hh_l0 \(recurrent matrix of nn\.LSTM, hidden size 64\): /);
  assert.ok(f.message.includes(`hidden size x variance = ${fmt(H * std ** 2)}`), f.message);
  assert.ok(f.message.includes(`sqrt(${fmt(H * std ** 2)}) = ${fmt(Math.sqrt(H) * std)}`), f.message);
  assert.equal(f.severity, 'warning');
  assert.deepEqual(
    f.fixes.map((x) => [x.title, x.preferred === true]),
    [
      ['Initialize with orthogonal (gain 1, stacked gates): nn.init.orthogonal_(self.rnn.weight_hh_l0, gain=1)', true],
      [`Initialize with PyTorch's default U(-1/sqrt(${H}), 1/sqrt(${H})): nn.init.uniform_(self.rnn.weight_hh_l0, a=-1 / math.sqrt(${H}), b=1 / math.sqrt(${H}))`, false],
    ],
  );
  // torch.nn.init.orthogonal_ on the stacked (4H, H) matrix: orthonormal columns, variance 1/max(4H, H).
  const [orthogonal] = applyFix('net.py', text, f.fixes[0]!);
  assert.equal(orthogonal!.info.family, 'orthogonal');
  assert.equal(orthogonal!.info.moments!.variance, 1 / Math.max(4 * H, H));
  // U(-b, b) with b = 1/sqrt(H): variance (2b)^2 / 12 = 1/(3H), H x variance = 1/3.
  const [uniform] = applyFix('net.py', text, f.fixes[1]!);
  assert.equal(uniform!.info.family, 'uniform');
  assert.ok(Math.abs(uniform!.info.moments!.variance - (2 / Math.sqrt(H)) ** 2 / 12) < 1e-15);
});

test('PyTorch: without `import math` only the orthogonal fix is offered', () => {
  const text = TORCH_LSTM('nn.init.normal_(self.rnn.weight_hh_l0, std=1.0)', 'import torch\n');
  const f = only(analyzeText('net.py', text));
  assert.deepEqual(f.fixes.map((x) => x.title), ['Initialize with orthogonal (gain 1, stacked gates): nn.init.orthogonal_(self.rnn.weight_hh_l0, gain=1)']);
  assert.equal(f.fixes[0]!.preferred, true);
});

test('PyTorch: uniform_() on a GRU recurrent matrix: mean 0.5, eigenvalue about 0.5 x H, without needing the fan-in', () => {
  const H = 64;
  const text = torchNet(['self.gru = nn.GRU(32, 64)', 'nn.init.uniform_(self.gru.weight_hh_l0)'], 'self.gru(x)[0]');
  const f = only(analyzeText('net.py', text));
  assert.match(f.message, /^self\.gru\.weight_hh_l0 \(recurrent matrix of nn\.GRU, hidden size 64\): /);
  // U(0, 1): mean 1/2, variance 1/12.
  assert.ok(f.message.includes(`mean ${fmt(1 / 2)} (variance ${fmt(1 / 12)})`), f.message);
  assert.ok(f.message.includes(`${fmt(1 / 2)} x ${H} = ${fmt(H / 2)}`), f.message);
  applyFix('net.py', text, f.fixes[0]!);
});

test('PyTorch: a recurrent matrix far too small (std 0.01 at H = 64) shrinks the state each step', () => {
  const H = 64;
  const std = 0.01;
  const f = only(analyzeText('net.py', TORCH_LSTM('nn.init.normal_(self.rnn.weight_hh_l0, std=0.01)')));
  assert.ok(f.message.includes(`hidden size x variance = ${fmt(H * std ** 2)}, 1/${fmt(1 / (H * std ** 2))} of`), f.message);
  assert.ok(f.message.includes(`shrinks the state by about sqrt(${fmt(H * std ** 2)}) = ${fmt(Math.sqrt(H) * std)}`), f.message);
});

test('PyTorch: silent on orthogonal, the default, fan-in scaled normal and zeros; IL001 silent on a zero recurrent matrix', () => {
  for (const init of [
    'nn.init.orthogonal_(self.rnn.weight_hh_l0)',
    'pass',
    'nn.init.normal_(self.rnn.weight_hh_l0, std=1 / math.sqrt(64))',
    'nn.init.uniform_(self.rnn.weight_hh_l0, -1 / math.sqrt(64), 1 / math.sqrt(64))',
    'nn.init.kaiming_uniform_(self.rnn.weight_hh_l0)',
    'nn.init.zeros_(self.rnn.weight_hh_l0)',
  ]) {
    const a = analyzeText('net.py', TORCH_LSTM(init));
    assert.deepEqual(a.findings.filter((f) => f.code !== 'IL007').map((f) => `${f.code} ${f.message}`), [], init);
  }
});

test('PyTorch: one loop over matrices of different hidden sizes gets no fix written with one of them', () => {
  const text = torchNet(
    ['self.a = nn.GRU(16, 64)', 'self.b = nn.GRU(64, 128)', 'for m in self.modules():', '    if isinstance(m, nn.GRU):', '        nn.init.normal_(m.weight_hh_l0)'],
    'self.b(self.a(x)[0])[0]',
  );
  const f = only(analyzeText('net.py', text));
  assert.match(f.message, /^self\.a\.weight_hh_l0 \(recurrent matrix of nn\.GRU, hidden size 64\) and 1 more recurrent matrix: /);
  assert.deepEqual(f.fixes.map((x) => x.title), ['Initialize with orthogonal (gain 1, stacked gates): nn.init.orthogonal_(m.weight_hh_l0, gain=1)']);
});

test('Keras: recurrent_initializer=RandomNormal(stddev=1.0) imported by name: string fixes when no initializers module is imported', () => {
  const H = 64;
  const text = `from keras import Sequential, Input
from keras.layers import LSTM, Dense
from keras.initializers import RandomNormal

model = Sequential([
    Input(shape=(20, 32)),
    LSTM(64, recurrent_initializer=RandomNormal(stddev=1.0)),
    Dense(10),
])
`;
  const f = only(analyzeText('model.py', text));
  assert.equal(f.range.start.line, 6);
  assert.equal(f.range.start.character, text.split('\n')[6]!.indexOf('RandomNormal'), 'at the recurrent_initializer argument');
  assert.match(f.message, /^recurrent_initializer of lstm \(keras\.layers\.LSTM, hidden size 64\): /);
  assert.ok(f.message.includes(`hidden size x variance = ${fmt(H)}`), f.message);
  assert.deepEqual(
    f.fixes.map((x) => [x.title, x.preferred === true]),
    [
      ['Initialize with orthogonal (gain 1, stacked gates): recurrent_initializer="orthogonal"', true],
      ['Initialize with LeCun normal: recurrent_initializer="lecun_normal"', false],
    ],
  );
  // Keras Orthogonal on the (H, 4H) recurrent kernel: orthonormal rows, variance 1/max(H, 4H).
  const [orthogonal] = applyFix('model.py', text, f.fixes[0]!);
  assert.equal(orthogonal!.info.family, 'orthogonal');
  assert.equal(orthogonal!.info.moments!.variance, 1 / (4 * H));
  const [lecun] = applyFix('model.py', text, f.fixes[1]!);
  assert.equal(lecun!.info.family, 'lecun');
});

test('TF.js: recurrentInitializer randomNormal({stddev: 1}) -> tf.initializers.orthogonal({gain: 1}), leCunNormal as the alternative', () => {
  const text = `import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.lstm({units: 64, inputShape: [20, 32], unitForgetBias: true, recurrentInitializer: tf.initializers.randomNormal({stddev: 1})}));
model.add(tf.layers.dense({units: 10}));
`;
  const f = only(analyzeText('model.mts', text));
  assert.match(f.message, /^recurrentInitializer of model\.layers\[0\] \(tf\.layers\.lstm, hidden size 64\): /);
  assert.deepEqual(f.fixes.map((x) => [x.edits.map((e) => e.newText).join(''), x.preferred === true]), [
    ['tf.initializers.orthogonal({gain: 1})', true],
    ["'leCunNormal'", false],
  ]);
  assert.equal(applyFix('model.mts', text, f.fixes[0]!)[0]!.info.family, 'orthogonal');
});

test('Flax: LSTMCell recurrent_kernel_init=normal(1.0) inside nn.RNN: one finding for the four gate kernels, per-gate orthogonal fix', () => {
  const H = 64;
  const text = `import jax
import jax.numpy as jnp
import flax.linen as nn


class Tagger(nn.Module):
    @nn.compact
    def __call__(self, x):
        y = nn.RNN(nn.LSTMCell(64, recurrent_kernel_init=nn.initializers.normal(1.0)))(x)
        return nn.Dense(10)(y)


params = Tagger().init(jax.random.PRNGKey(0), jnp.ones((8, 20, 32)))
`;
  const f = only(analyzeText('model.py', text));
  assert.match(f.message, /^recurrent_kernel_init of RNN_0 \(flax\.linen\.LSTMCell, hidden size 64\): /);
  assert.ok(f.message.includes(`hidden size x variance = ${fmt(H)}`), f.message);
  assert.deepEqual(f.fixes.map((x) => [x.title, x.preferred === true]), [
    ['Initialize with orthogonal (gain 1): recurrent_kernel_init=nn.initializers.orthogonal(scale=1.0)', true],
    ['Initialize with LeCun normal: recurrent_kernel_init=nn.initializers.lecun_normal()', false],
  ]);
  // Each gate's own (H, H) kernel is orthogonal: variance 1/H.
  const gates = applyFix('model.py', text, f.fixes[0]!);
  assert.deepEqual(gates.map((p) => p.spec.name), ['hi.kernel', 'hf.kernel', 'hg.kernel', 'ho.kernel']);
  for (const g of gates) assert.equal(g.info.moments!.variance, 1 / H);
});
