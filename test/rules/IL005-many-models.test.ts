// IL005's Keras/TF.js/Flax fixes are verified by analysing the patched file again. With many models
// in one file that check must stay linear (one patched analysis for all of them) and must tell
// models apart by position: 128 copies of a Keras model all named `model` each get their fix, and
// applying one copy's fix cures exactly that copy.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../engine/analyze';
import { applyEdits } from '../helpers/edits';

before(async () => {
  await ready();
});

/** 11 lines: eight Dense(64, relu) with unit-variance normal kernels, chi about 32 per layer. */
const FUNCTIONAL = `inputs = keras.Input(shape=(32,))
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(inputs)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
outputs = layers.Dense(10)(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="model")
`;
const HEADER = 'import keras\nfrom keras import layers\n';

function il005(text: string) {
  return analyzeText('many.py', text).findings.filter((f) => f.code === 'IL005');
}

test('one drifting functional model: one IL005 with a fix that cures it', () => {
  const [f] = il005(HEADER + FUNCTIONAL);
  assert.ok(f, 'IL005 expected');
  assert.equal(f.fixes.length, 1);
  assert.deepEqual(il005(applyEdits(HEADER + FUNCTIONAL, f.fixes[0]!.edits)), []);
});

test('128 copies of a model named `model`: 128 IL005, each with its fix, in linear time', () => {
  const text = HEADER + FUNCTIONAL.repeat(128);
  const t0 = process.cpuUsage();
  const findings = il005(text);
  const d = process.cpuUsage(t0);
  const seconds = (d.user + d.system) / 1e6;
  assert.equal(findings.length, 128);
  assert.ok(findings.every((f) => f.fixes.length === 1), `${findings.filter((f) => f.fixes.length === 0).length} without a fix`);
  // 1,410 lines: the budget is 1 s per 1,000 lines; three times that leaves room for a loaded machine.
  assert.ok(seconds < 4.5, `${seconds.toFixed(2)} s of CPU`);
  // Applying the 40th copy's fix cures that copy and no other.
  const target = findings[40]!;
  const after = il005(applyEdits(text, target.fixes[0]!.edits));
  assert.equal(after.length, 127);
  assert.ok(!after.some((f) => f.range.start.line === target.range.start.line), 'the fixed copy still drifts');
});

test('a copy whose fix would not cure it gets none, while the others keep theirs', () => {
  // The second copy's first layer feeds a sigmoid stack: no initializer alone keeps it in the band.
  const sigmoid = FUNCTIONAL.replace(/activation="relu"/g, 'activation="sigmoid"').replace(/RandomNormal\(stddev=1\.0\)/g, 'RandomNormal(stddev=0.01)');
  const text = HEADER + FUNCTIONAL + sigmoid + FUNCTIONAL;
  const findings = il005(text);
  assert.equal(findings.length, 3);
  assert.deepEqual(findings.map((f) => f.fixes.length), [1, 0, 1]);
});

test('a file read only up to its budget offers no Keras fix (it could not be checked the same way again)', () => {
  // A recursion that doubles at every level spends the budget (loops are cut short instead).
  const burn = '\ndef burn(n):\n    return burn(n - 1) + burn(n - 1) if n else 0\n\n\ntotal = burn(40)\n';
  const r = analyzeText('cut.py', HEADER + FUNCTIONAL + burn);
  assert.ok(r.notes.some((n) => /stopped reading this file early/.test(n.message)), JSON.stringify(r.notes));
  const [f] = r.findings.filter((x) => x.code === 'IL005');
  assert.ok(f, 'IL005 expected: the model is read before the recursion');
  assert.deepEqual(f.fixes, []);
});

test('a loop cut short is cut the same way when the fix is checked: the Keras fix is offered', () => {
  const loop = '\ntotal = 0\nfor i in range(1000):\n    for j in range(1000):\n        for k in range(1000):\n            total = total + 1\n';
  const r = analyzeText('loop.py', HEADER + FUNCTIONAL + loop);
  assert.ok(r.notes.some((n) => /did not run the loop at line/.test(n.message)), JSON.stringify(r.notes));
  const [f] = r.findings.filter((x) => x.code === 'IL005');
  assert.ok(f, 'IL005 expected');
  assert.equal(f.fixes.length, 1);
});
