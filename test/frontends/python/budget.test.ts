// The Python evaluator's budget (engine/frontends/shared/budget.ts): a file whose code asks for more
// evaluation than its size warrants is read up to the budget, the rest is unknown, a note says so,
// and what was read before keeps its findings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { limitsFor } from '../../../engine/frontends/shared/budget';

before(async () => {
  await ready();
});

const ZERO_INIT = `import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        self.fc2 = nn.Linear(16, 4)
        nn.init.zeros_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
`;

function cpuSeconds(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

test('a module-level loop nest of 10^9 iterations is not unrolled to its end: the code around it is read, and a note names the loop', () => {
  const text = `${ZERO_INIT}
total = 0
for i in range(1000):
    for j in range(1000):
        for k in range(1000):
            total = total + 1
`;
  let r!: ReturnType<typeof analyzeText>;
  const cpu = cpuSeconds(() => {
    r = analyzeText('loops.py', text);
  });
  const steps = limitsFor(text.length).steps;
  assert.ok(steps < 1e6, `the budget of a ${text.length}-character file is ${steps} steps`);
  assert.ok(cpu < 5, `took ${cpu.toFixed(2)} s of CPU`);
  assert.deepEqual(r.findings.map((f) => f.code), ['IL001']);
  // The loops stop being unrolled once their remaining iterations would spend most of what is
  // left; the budget itself is not spent (on a loaded machine its clock may still run out first).
  const note = r.notes.find((n) => /did not run the loop at line/.test(n.message));
  assert.ok(note, `notes: ${JSON.stringify(r.notes)}`);
  assert.match(note.message, /^initlint did not run the loop at line 15 \(and 1 more\) to its end: its iterations would take most of this file's evaluation budget/);
  assert.equal(note.range?.start.line, 14);
});

test('a model built after a loop that is not unrolled to its end is still read', () => {
  const text = `import torch.nn as nn
episodes = []
for episode in range(600):
    for step in range(200):
        episodes.append(step)
net = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
nn.init.zeros_(net[0].weight)
`;
  const r = analyzeText('after-loop.py', text);
  assert.deepEqual(r.findings.map((f) => `${f.range.start.line}:${f.code}`), ['6:IL001']);
  assert.ok(r.notes.some((n) => /did not run the loop at line 3/.test(n.message)), JSON.stringify(r.notes));
  assert.ok(!r.notes.some((n) => /stopped reading this file early/.test(n.message)), JSON.stringify(r.notes));
});

test('a file within its budget gets no budget note', () => {
  const r = analyzeText('small.py', ZERO_INIT);
  assert.deepEqual(r.findings.map((f) => f.code), ['IL001']);
  assert.deepEqual(r.notes, []);
});

test('the step budget grows with the file: the same loop is read to its end in a file padded to 400 KB', () => {
  // 60,000 iterations of about five steps each: beyond a 600-character file's module-level share
  // (about 200,000 steps), within that of the same code with 400 KB of comments around it.
  const loop = `${ZERO_INIT}
total = 0
for i in range(300):
    for j in range(200):
        total = total + 1
`;
  // Comments at the top: a block of comment lines after an indented block costs tree-sitter-python's
  // scanner time quadratic in its length (tree-sitter/tree-sitter-python#245).
  const padding = '# a comment line of forty characters..\n'.repeat(10_000);
  const short = analyzeText('short.py', loop);
  const long = analyzeText('long.py', padding + loop);
  assert.ok(short.notes.some((n) => /did not run the loop at line/.test(n.message)), JSON.stringify(short.notes));
  assert.deepEqual(long.notes, []);
  assert.deepEqual(long.findings.map((f) => f.code), ['IL001']);
});

test('classes whose loops would spend the budget are all read, none half read: their loops are cut short instead', () => {
  // Each class spends about 11,000 steps in a loop before it builds its three layers: 400 of them
  // are twice what the budget of a file this size allows. Once the loops' iterations would take
  // most of what is left they are no longer unrolled to the end, and every class is read whole.
  const cls = (i: number) => `
class Net${i}(nn.Module):
    def __init__(self):
        super().__init__()
        for a in range(800):
            for b in range(10):
                pass
        self.fc1 = nn.Linear(8, 8)
        self.fc2 = nn.Linear(8, 8)
        self.fc3 = nn.Linear(8, 8)
`;
  const text = `import torch\nimport torch.nn as nn\n${Array.from({ length: 400 }, (_, i) => cls(i)).join('')}`;
  const r = analyzeText('many.py', text);
  const models = r.graph.models;
  for (const m of models) assert.equal(m.layers.length, 3, `${m.name} has ${m.layers.length} layers`);
  // On a loaded machine the clock may still run out first: then the classes after it are left out whole.
  if (r.notes.some((n) => /stopped reading this file early/.test(n.message))) assert.ok(models.length > 0 && models.length < 400, `${models.length} models`);
  else {
    assert.equal(models.length, 400);
    assert.ok(r.notes.some((n) => /did not run the loop at line \d+ \(and \d+ more\)/.test(n.message)), JSON.stringify(r.notes));
  }
});

test('a model of more than 2,000 layers keeps its first 2,000, its forward is cut there, and a note says so', () => {
  const layers = Array.from({ length: 2500 }, (_, i) => (i === 3 ? 'nn.Linear(8, 8, bias=False)' : 'nn.Linear(8, 8)'));
  const text = `import torch\nimport torch.nn as nn\nnet = nn.Sequential(${layers.join(', ')})\nnn.init.zeros_(net[3].weight)\nnn.init.zeros_(net[2400].weight)\n`;
  const r = analyzeText('deep.py', text);
  const model = r.graph.models[0]!;
  assert.equal(model.layers.length, 2000);
  assert.equal(model.nodes.filter((n) => n.type === 'layer').length, 2000);
  assert.deepEqual(model.nodes.at(-1), { type: 'opaque', reason: 'more than 2000 layers in one model' });
  assert.ok(r.notes.some((n) => n.message === 'net has more than 2,000 layers: initlint reads only the first 2,000'), JSON.stringify(r.notes));
  // The zero init of layer 3 is read; the one of layer 2400 is past the cut.
  assert.deepEqual(r.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line), [3]);
});

test('models sharing a growing functional history are read up to a per-file total of layers, with a note', () => {
  // Each block adds three layers to one history and makes a model of all of it: model i holds 3i layers.
  const block = 'x = layers.Dense(8, activation="relu")(x)\nx = layers.Dense(8, activation="relu")(x)\nx = layers.Dense(8)(x)\nmodel = keras.Model(inputs=inputs, outputs=x)\n';
  const text = `import keras\nfrom keras import layers\ninputs = keras.Input(shape=(8,))\nx = inputs\n${block.repeat(300)}`;
  const t0 = process.cpuUsage();
  const r = analyzeText('chain.py', text);
  const d = process.cpuUsage(t0);
  const note = r.notes.find((n) => /initlint read only the first \d+ models of this file/.test(n.message));
  assert.ok(note, JSON.stringify(r.notes));
  const total = r.graph.models.reduce((n, m) => n + m.layers.length, 0);
  const lines = text.split('\n').length;
  assert.ok(r.graph.models.length > 10 && r.graph.models.length < 300, `${r.graph.models.length} models`);
  assert.ok(total <= 2000 + 2 * lines + 3 * 300, `${total} layers in all`);
  assert.ok((d.user + d.system) / 1e6 < 5, `${(d.user + d.system) / 1e6} s of CPU`);
});

test('a call of 50,000 arguments is read up to its first 4,096, with a note; the model keeps its first 2,000 layers', () => {
  const text = `import torch.nn as nn\nmodel = nn.Sequential(${Array.from({ length: 50_000 }, () => 'nn.Linear(8, 8)').join(', ')})\nnn.init.zeros_(model[3].weight)\n`;
  const r = analyzeText('wide.py', text);
  assert.ok(r.notes.some((n) => n.message === 'initlint read only the first 4,096 items of the argument list at line 2: it has more'), JSON.stringify(r.notes));
  assert.equal(r.graph.models[0]?.layers.length, 2000);
  assert.deepEqual(r.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line), [2]);
});
