// Residual runs (engine/analysis/residual.ts): the stream's growth over N residual blocks against
// the closed forms. Bias-free blocks x + fc2(relu(fc1(x))) of width d with weight variance v1, v2:
// the branch's gain is G = (d v1 / 2)(d v2), so each block multiplies the stream's second moment
// and the gradient's squared norm by 1 + a^2 G (a a gate on the branch), (1 + a^2 G)^N over N.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ready } from '../../engine/analyze';
import { readPython } from '../../engine/frontends/python';
import { analyzeModel } from '../../engine/analysis';

before(async () => {
  await ready();
});

function runsOf(init: string, forward = 'x + self.fc2(torch.relu(self.fc1(x)))', extra = '', depth = 64) {
  const text = `import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1 = nn.Linear(d, d, bias=False)
        self.fc2 = nn.Linear(d, d, bias=False)${extra}
${init}

    def forward(self, x):
        return ${forward}


class ResMLP(nn.Module):
    def __init__(self, d=256, depth=${depth}):
        super().__init__()
        self.blocks = nn.ModuleList([Block(d) for _ in range(depth)])
        self.head = nn.Linear(d, 10)

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.head(x)
`;
  const graph = readPython('res.py', text);
  const model = graph.models.find((m) => m.name === 'ResMLP')!;
  return analyzeModel(model).prediction!.segments.flatMap((s) => s.residualRuns);
}

const close = (actual: number, expected: number, rel = 1e-9): void => assert.ok(Math.abs(actual / expected - 1) < rel, `${actual} vs ${expected}`);
const KAIMING = '        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")\n        nn.init.kaiming_normal_(self.fc2.weight, nonlinearity="relu")';

test('64 Kaiming (ReLU) blocks: G = 1 x 2 = 2, so 3x per block and 3^64 over the run, forward and backward', () => {
  const [run, ...rest] = runsOf(KAIMING);
  assert.equal(rest.length, 0);
  assert.equal(run!.count, 64);
  close(run!.forwardPerBlock, 3);
  close(run!.forward, 3 ** 64);
  close(run!.backward, 3 ** 64);
  close(run!.first.branchGain, 2);
});

test('PyTorch default Linear init (variance 1/(3d)): G = (1/6)(1/3) = 1/18 per block', () => {
  const [run] = runsOf('        pass');
  close(run!.forwardPerBlock, 1 + 1 / 18);
  close(run!.backward, (1 + 1 / 18) ** 64);
});

test('ReZero: a learnable gate starting at 0 switches every branch off (exactly the identity)', () => {
  const [run] = runsOf(KAIMING, 'x + self.alpha * self.fc2(torch.relu(self.fc1(x)))', '\n        self.alpha = nn.Parameter(torch.zeros(1))');
  close(run!.forward, 1);
  close(run!.backward, 1);
});

test('LayerScale 0.01: each block adds a^2 G = 2e-4', () => {
  const [run] = runsOf(KAIMING, 'x + self.gamma * self.fc2(torch.relu(self.fc1(x)))', '\n        self.gamma = nn.Parameter(0.01 * torch.ones(d))');
  close(run!.forwardPerBlock, 1 + 2e-4);
});

test('(x + f(x)) / sqrt(2) after each block: (1 + G) / 2 = 1.5 per block', () => {
  const [run] = runsOf(KAIMING, '(x + self.fc2(torch.relu(self.fc1(x)))) / 2 ** 0.5');
  close(run!.forwardPerBlock, 1.5);
  close(run!.forward, 1.5 ** 64, 1e-8);
});

test('post-norm: a LayerNorm on the trunk after every add ends each run, so there is none of 2 or more blocks', () => {
  const runs = runsOf(KAIMING, 'self.ln(x + self.fc2(torch.relu(self.fc1(x))))', '\n        self.ln = nn.LayerNorm(d)');
  assert.deepEqual(runs, []);
});

test('pre-norm: the branch sees LayerNorm(x) (second moment 1), so the stream grows by G = 2 per block: 1 + 2N', () => {
  const [run] = runsOf(KAIMING, 'x + self.fc2(torch.relu(self.fc1(self.ln(x))))', '\n        self.ln = nn.LayerNorm(d)');
  close(run!.forward, 1 + 2 * 64);
});
