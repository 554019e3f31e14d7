// Bounded values in the Python evaluator: a list, tuple or string the code builds is checked against
// the file's limits before it is allocated (an oversized one is unknown and a note says so, never
// a crash or a guess), and arithmetic follows Python within the integers a double holds exactly.
// Values are observed as a user sees them: as the width of a layer (`fan_in` in every message).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { readPython } from '../../../engine/frontends/python';

before(async () => {
  await ready();
});

const OVERSIZED = /some values the code builds are larger than initlint follows \(more than 100,000 items or 1,000,000 characters\)/;

/** The in_features initlint reads for `nn.Linear(<expr>, 4)` after `prelude`, and the file's notes. */
function width(expr: string, prelude = ''): { value: number | undefined; notes: string[] } {
  const text = `import torch.nn as nn\n${prelude}\nmodel = nn.Sequential(nn.Linear(${expr}, 4))\n`;
  const graph = readPython('w.py', text);
  assert.equal(graph.models.length, 1, `one model in:\n${text}`);
  return { value: graph.models[0]!.layers[0]!.inFeatures, notes: graph.notes.map((n) => n.message) };
}

function cpu<T>(run: () => T): { value: T; seconds: number } {
  const t0 = process.cpuUsage();
  const value = run();
  const d = process.cpuUsage(t0);
  return { value, seconds: (d.user + d.system) / 1e6 };
}

test('a list doubled 100 times is unknown past 100,000 items, with a note, in well under a second', () => {
  const { value: r, seconds } = cpu(() => width('len(x)', 'x = [1]\nfor i in range(100):\n    x = x + x'));
  assert.equal(r.value, undefined);
  assert.ok(r.notes.some((n) => OVERSIZED.test(n)), JSON.stringify(r.notes));
  assert.ok(seconds < 1, `${seconds} s`);
});

test('a list doubled 16 times is built exactly (65,536 items)', () => {
  const r = width('len(x)', 'x = [1]\nfor i in range(16):\n    x = x + x');
  assert.equal(r.value, 65_536);
  assert.deepEqual(r.notes, []);
});

test('repetition: [0] * 2000 has 2,000 items (not capped at 1,024); [0]*1000*1000*1000 is unknown', () => {
  assert.equal(width('len([0] * 2000)').value, 2000);
  assert.equal(width('len(3 * [0, 0])').value, 6);
  assert.equal(width('len([1, 2] * -3) + 5').value, 5);
  const big = width('len(c)', 'a = [0] * 1000\nb = a * 1000\nc = b * 1000');
  assert.equal(big.value, undefined);
  assert.ok(big.notes.some((n) => OVERSIZED.test(n)));
  // A count that is not an integer is Python's TypeError.
  assert.equal(width('len([0] * 2.5)').value, undefined);
});

test('strings: 29 doublings and 29 f-string doublings are unknown; "ab" * 3 is "ababab"', () => {
  const plain = width('len(s)', `s = 'a'\n${'s = s + s\n'.repeat(29)}`);
  assert.equal(plain.value, undefined);
  assert.ok(plain.notes.some((n) => OVERSIZED.test(n)));
  const f = width('len(s)', `s = 'a'\n${"s = f'{s}{s}'\n".repeat(29)}`);
  assert.equal(f.value, undefined);
  assert.ok(f.notes.some((n) => OVERSIZED.test(n)));
  assert.equal(width('len(s)', `s = 'a'\n${"s = f'{s}{s}'\n".repeat(10)}`).value, 1024);
  assert.equal(width("len('ab' * 3)").value, 6);
  assert.equal(width("len('x' * 2000000)").value, undefined);
});

test('append, extend and insert grow a list up to the limit; past it the list (and every name bound to it) is unknown', () => {
  assert.equal(width('len(xs)', 'xs = []\nfor i in range(300):\n    xs.append(i)\nxs.insert(0, 7)').value, 301);
  const past = width('len(ys)', 'xs = []\nys = xs\nfor i in range(600):\n    xs.extend([0] * 200)');
  assert.equal(past.value, undefined);
  assert.ok(past.notes.some((n) => OVERSIZED.test(n)));
  // The list that outgrew the limit is unknown, not a truncated prefix.
  assert.equal(width('xs[0] + 1', 'xs = [5]\nfor i in range(600):\n    xs.extend([0] * 200)').value, undefined);
});

test('spreads: [*a, *a] and f(*a) with 100,000-item lists do not overflow the stack', () => {
  const spread = width('len(b)', 'a = [0] * 100000\nb = [*a, *a]');
  assert.equal(spread.value, undefined);
  assert.equal(width('len([*a, 1])', 'a = [0] * 99999').value, 100_000);
  assert.equal(width('max(*a) + 3', 'a = [1] * 100000').value, 4);
  assert.equal(width('min(a) + 3', 'a = [1] * 100000').value, 4);
  assert.equal(width('len(list(zip(a, a)))', 'a = [1] * 100000').value, undefined);
  assert.equal(width('len(list(zip(a, a)))', 'a = [1] * 1000').value, 1000);
});

test('nested lists that share themselves (x = [x, x] 100 times) are read without walking 2^100 leaves', () => {
  const { value: graph, seconds } = cpu(() => readPython('n.py', 'import torch.nn as nn\nx = [1]\nfor i in range(100):\n    x = [x, x]\nmodel = nn.Sequential(nn.Linear(4, 4, x))\n'));
  assert.equal(graph.models.length, 1);
  assert.ok(seconds < 1, `${seconds} s`);
});

test('arithmetic follows Python: shifts, floor division, ~, and nothing past 2^53 or infinite', () => {
  assert.equal(width('1 << 40').value, 2 ** 40); // JavaScript's 32-bit << would give 256
  assert.equal(width('(2 ** 40) >> 38').value, 4);
  assert.equal(width('(-5 >> 1) + 10').value, 7); // Python floors: -3
  assert.equal(width('(-1 >> 200) + 3').value, 2);
  assert.equal(width('~-8').value, 7);
  assert.equal(width('(7 // -2) + 10').value, 6); // -4
  assert.equal(width('(-7 % 3) + 1').value, 3); // 2
  assert.equal(width('3 ** 4').value, 81);
  assert.equal(width('2 ** 53 + 1').value, undefined);
  assert.equal(width('(2 ** 60) // (2 ** 50)').value, undefined); // 2**60 is past 2^53: not followed
  assert.equal(width('9007199254740993 - 9007199254740990').value, undefined); // an inexact literal
  assert.equal(width('int(2 ** 1024 / 2 ** 1020)').value, undefined);
  assert.equal(width('1 << -1').value, undefined); // ValueError
  assert.equal(width('2.5 << 1').value, undefined); // TypeError (2.0 is not told from 2: one JavaScript number)
  assert.equal(width('len(range(2.5))').value, undefined); // TypeError
});

test('LeakyReLU(2**1024) and math.inf reach no layer: the slope is unknown, not infinite', () => {
  const text = `import torch
import torch.nn as nn
import math

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        self.act = nn.LeakyReLU(2 ** 1024)
        self.fc2 = nn.Linear(16, 16)
        self.act2 = nn.ELU(alpha=math.inf)
        self.fc3 = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc3(self.act2(self.fc2(self.act(self.fc1(x)))))
`;
  const r = analyzeText('leaky.py', text);
  const layers = r.graph.models[0]!.nodes;
  assert.ok(layers.every((n) => n.type !== 'activation' || Number.isFinite(n.activation.param ?? 0)), JSON.stringify(layers.map((n) => n.type)));
  assert.deepEqual(r.findings.map((f) => f.code), []);
});
