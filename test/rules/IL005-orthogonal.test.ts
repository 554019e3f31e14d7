// IL005's orthogonal alternative for deep dense tanh/linear stacks (issue 12, point 4): offered after
// the activation's own initializer (which stays preferred), in each framework's spelling
// (nn.init.orthogonal_(w, gain=1), Orthogonal(gain=1.0), tf.initializers.orthogonal({gain: 1}),
// nnx.initializers.orthogonal(scale=1.0)); applying it clears IL005, and the patched file reads
// every layer as orthogonal with variance gain^2 / max(fan_in, fan_out). Not offered for conv
// stacks, shallow stacks or ReLU stacks.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, ready, type FileAnalysis } from '../../engine/analyze';
import type { Finding, Fix } from '../../engine/model/finding';
import { ORTHOGONAL_GAINS, orthogonalChoice } from '../../engine/rules/fixes';
import { repoRoot } from '../helpers/fixtures';
import { applyEdits } from '../helpers/edits';

before(async () => {
  await ready();
});

const ISOMETRY = /orthogonal \(gain 1, dynamical isometry\)/;

function fixture(rel: string): { path: string; text: string } {
  const path = join(repoRoot(), 'test', 'fixtures', rel);
  return { path, text: readFileSync(path, 'utf8') };
}

function drift(a: FileAnalysis): Finding {
  const found = a.findings.filter((f) => f.code === 'IL005');
  assert.equal(found.length, 1, `one IL005 finding: ${a.findings.map((f) => `${f.code} ${f.message}`).join('\n')}`);
  return found[0]!;
}

/** The finding's one orthogonal fix: after the preferred one, not preferred itself. */
function orthogonalFixOf(finding: Finding): Fix {
  const orthogonal = finding.fixes.filter((f) => /orthogonal/.test(f.title));
  assert.equal(orthogonal.length, 1, `one orthogonal fix among: ${finding.fixes.map((f) => f.title).join(' | ')}`);
  const fix = orthogonal[0]!;
  assert.match(fix.title, ISOMETRY);
  assert.equal(fix.preferred, undefined, 'the orthogonal fix is an alternative, not the preferred one');
  assert.equal(finding.fixes[0]!.preferred, true, 'the activation-matched fix stays first and preferred');
  assert.ok(finding.fixes.indexOf(fix) > 0, 'the orthogonal fix comes after the existing ones');
  return fix;
}

/** Applies the fix, checks IL005 is gone and every weight layer now reads as orthogonal with gain 1. */
function applyAndCheck(path: string, text: string, fix: Fix, layers: number): void {
  const patched = applyEdits(text, fix.edits);
  const again = analyzeText(path, patched);
  assert.deepEqual(again.notes.filter((n) => /syntax error/i.test(n.message)), [], 'the patched file parses');
  assert.deepEqual(again.findings.filter((f) => f.code === 'IL005'), [], `IL005 is cleared:\n${patched}`);
  const weights = again.models.flatMap((m) => [...m.layers.values()]).filter((f) => f.weight);
  assert.equal(weights.length, layers);
  for (const f of weights) {
    const info = f.weight!.info;
    assert.equal(info.family, 'orthogonal', `${f.layer.access ?? f.layer.name} reads as orthogonal:\n${patched}`);
    assert.equal(info.gain, 1);
    // A semi-orthogonal (rows x cols) matrix times gain: variance gain^2 / max(rows, cols).
    assert.ok(f.fanIn !== undefined && f.fanOut !== undefined);
    const expected = 1 / Math.max(f.fanIn, f.fanOut);
    assert.ok(Math.abs(info.moments!.variance - expected) < 1e-12 * expected, `${f.layer.access}: variance ${info.moments!.variance}, want ${expected}`);
  }
}

test('PyTorch: a 20-layer tanh MLP gets inserted orthogonal_(m.weight, gain=1) after the Xavier/Kaiming/LeCun insertions', () => {
  const { path, text } = fixture('rules/IL005/pos_tanh_small_std_deep.py');
  const finding = drift(analyzeText(path, text));
  const fix = orthogonalFixOf(finding);
  assert.equal(fix.title, 'Initialize the nn.Linear layers of DeepTanh with orthogonal (gain 1, dynamical isometry) (replacing their current initialization)');
  assert.match(finding.fixes[0]!.title, /Xavier uniform \(tanh gain\)/);
  const body = fix.edits.map((e) => e.newText).join('');
  assert.match(body, /for m in self\.modules\(\):/);
  assert.match(body, /nn\.init\.orthogonal_\(m\.weight, gain=1\)/);
  assert.match(body, /nn\.init\.zeros_\(m\.bias\)/);
  // 20 hidden Linear(256, 256) and the head Linear(256, 10).
  applyAndCheck(path, text, fix, 21);
});

/**
 * Fixtures whose drift is fixed by rewriting each layer's initializer where it is written (an
 * explicit one replaced, a default one added), each with the orthogonal edits it must offer.
 */
const REWRITES: { what: string; fixture: string; title: string; edits: string[]; layers: number }[] = [
  {
    what: 'PyTorch: an apply callback of an 8-layer tanh stack is rewritten to orthogonal_ in place',
    fixture: 'rules/IL005/pos_tanh_deep_apply_orthogonal.py',
    title: 'Initialize the 9 layers of net with orthogonal (gain 1, dynamical isometry)',
    edits: ['nn.init.orthogonal_(m.weight, gain=1)'],
    layers: 9,
  },
  {
    what: 'PyTorch: a deep linear stack (no activation) gets orthogonal with gain 1',
    fixture: 'rules/IL005/pos_linear_deep_orthogonal.py',
    title: 'Initialize the 8 layers of DeepLinear with orthogonal (gain 1, dynamical isometry)',
    edits: ['nn.init.orthogonal_(b.weight, gain=1)'],
    layers: 8,
  },
  {
    what: 'Keras: Orthogonal(gain=1.0) through the imported initializers module, replacing and adding',
    fixture: 'keras/IL005/pos_tanh_deep_orthogonal.py',
    title: 'Initialize the 9 layers of model with orthogonal (gain 1, dynamical isometry)',
    edits: ['initializers.Orthogonal(gain=1.0)', ', kernel_initializer=initializers.Orthogonal(gain=1.0)'],
    layers: 9,
  },
  {
    what: 'TF.js: tf.initializers.orthogonal({gain: 1}), replacing and adding kernelInitializer',
    fixture: 'tfjs/IL005/pos_tanh_deep_orthogonal.mts',
    title: 'Initialize the 9 layers of model with orthogonal (gain 1, dynamical isometry)',
    edits: ['tf.initializers.orthogonal({gain: 1})', ', kernelInitializer: tf.initializers.orthogonal({gain: 1})'],
    layers: 9,
  },
  {
    what: 'Flax: nnx.initializers.orthogonal(scale=1.0), replacing and adding kernel_init',
    fixture: 'flax/IL005/pos_small_normal_tanh.py',
    title: 'Initialize the 9 layers of Net with orthogonal (gain 1, dynamical isometry)',
    edits: ['nnx.initializers.orthogonal(scale=1.0)', ', kernel_init=nnx.initializers.orthogonal(scale=1.0)'],
    layers: 9,
  },
];

for (const c of REWRITES) {
  test(c.what, () => {
    const { path, text } = fixture(c.fixture);
    const fix = orthogonalFixOf(drift(analyzeText(path, text)));
    assert.equal(fix.title, c.title);
    assert.deepEqual(fix.edits.map((e) => e.newText), c.edits);
    applyAndCheck(path, text, fix, c.layers);
  });
}

test('Keras: without an initializers module in reach, gain 1 is the string "orthogonal"', () => {
  // fan_in x variance = 128 x 0.05^2 = 0.32 per layer (random_normal's default stddev 0.05).
  const text = [
    'from keras import Input, Sequential, layers',
    '',
    'model = Sequential([Input((128,))] + [layers.Dense(128, activation="tanh", kernel_initializer="random_normal") for _ in range(8)] + [layers.Dense(1, kernel_initializer="random_normal")])',
    '',
  ].join('\n');
  const finding = drift(analyzeText('strings.py', text));
  const fix = orthogonalFixOf(finding);
  assert.deepEqual([...new Set(fix.edits.map((e) => e.newText))], ['"orthogonal"']);
  applyAndCheck('strings.py', text, fix, 9);
});

test('no orthogonal alternative for a conv stack, a ReLU stack or a shallow stack', () => {
  const conv = fixture('rules/IL005/pos_conv_tanh_deep_no_orthogonal.py');
  const relu = fixture('rules/IL005/pos_default_relu_30_sequential.py');
  // Three Linear(512, 512) without activation at std 0.005: 512 x 0.005^2 = 0.0128 per layer drifts
  // within two layers, but the stack is not deep.
  const shallow = {
    path: 'shallow.py',
    text: ['import torch.nn as nn', '', 'net = nn.Sequential(nn.Linear(512, 512), nn.Linear(512, 512), nn.Linear(512, 512))', 'for m in net:', '    nn.init.normal_(m.weight, std=0.005)', ''].join('\n'),
  };
  for (const { path, text } of [conv, relu, shallow]) {
    const finding = drift(analyzeText(path, text));
    assert.ok(finding.fixes.length > 0, `${path}: the other fixes are still offered`);
    assert.deepEqual(finding.fixes.filter((f) => /orthogonal/.test(f.title) || f.edits.some((e) => /orthogonal/.test(e.newText))), [], `${path}: no orthogonal fix`);
  }
});

test("the tanh gain is spelled as PyTorch's calculate_gain('tanh'), gain^2 = 25/9", () => {
  const choice = orthogonalChoice(ORTHOGONAL_GAINS.tanh);
  assert.equal(choice.fn, 'orthogonal_');
  assert.deepEqual(choice.kwargs, ["gain={init}.calculate_gain('tanh')"]);
  assert.ok(Math.abs(choice.gainSquared - 25 / 9) < 1e-12);
  assert.deepEqual(orthogonalChoice(ORTHOGONAL_GAINS.unit).kwargs, ['gain=1']);
});
