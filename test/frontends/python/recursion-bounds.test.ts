// Recursion in the Python evaluator is bounded everywhere the file decides the depth: config
// classes whose defaults or __init__ instantiate themselves or each other, class attributes that
// call their class, and inheritance chains thousands of classes long. Each file is read without a
// stack overflow, and the model beside the odd code keeps its findings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';

before(async () => {
  await ready();
});

/** A model with a zero-initialised hidden layer (IL001) that takes `config: <cls>`. */
function modelTaking(cls: string): string {
  return `
class Net(nn.Module):
    def __init__(self, config: ${cls}):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        self.fc2 = nn.Linear(16, 4)
        nn.init.zeros_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
`;
}

const HEADER = 'import torch\nimport torch.nn as nn\nfrom dataclasses import dataclass\n';

const CASES: Record<string, string> = {
  'an __init__ whose config parameter is typed as its own class': `
class Cfg:
    def __init__(self, config: Cfg):
        self.width = 16
${modelTaking('Cfg')}`,
  'mutually recursive config defaults': `
class AConfig:
    b = BConfig()
class BConfig:
    a = AConfig()
${modelTaking('AConfig')}`,
  'a dataclass whose default instantiates itself': `
@dataclass
class Config:
    inner: object = Config()
    width: int = 16
${modelTaking('Config')}`,
  'a class attribute that calls the class': `
class C:
    x = C()
    y = C.x
    def __init__(self):
        self.z = C.y
${modelTaking('C')}`,
  'mutually recursive __init__ defaults': `
class P:
    def __init__(self, q: Q):
        self.q = q
class Q:
    def __init__(self, p: P):
        self.p = p
${modelTaking('P')}`,
};

for (const [name, body] of Object.entries(CASES)) {
  test(`${name}: read without a stack overflow, the model keeps its IL001`, () => {
    const t0 = process.cpuUsage();
    const r = analyzeText('cfg.py', HEADER + body);
    const d = process.cpuUsage(t0);
    assert.deepEqual(r.findings.map((f) => f.code), ['IL001']);
    assert.ok((d.user + d.system) / 1e6 < 1, `${(d.user + d.system) / 1e6} s of CPU`);
  });
}

test('config defaults still resolve through a class that reads another class', () => {
  const text = `${HEADER}
class Base:
    width = 12
class Config(Base):
    depth = 3
    hidden = Base.width * 2

class Net(nn.Module):
    def __init__(self, config: Config):
        super().__init__()
        self.fc1 = nn.Linear(config.width, config.hidden)
        self.fc2 = nn.Linear(config.hidden, 4)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
`;
  const r = analyzeText('cfg.py', text);
  const fc1 = r.graph.models[0]!.layers.find((l) => l.name === 'self.fc1')!;
  assert.equal(fc1.inFeatures, 12);
  assert.equal(fc1.outFeatures, 24);
});

test('a chain of 5,000 classes, each the base of the next, is read without a stack overflow', () => {
  const chain = Array.from({ length: 5000 }, (_, i) => `class C${i + 1}(C${i}):\n    pass\n`).join('');
  const text = `${HEADER}
class C0(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        nn.init.zeros_(self.fc1.weight)
        self.fc2 = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

${chain}
model = C5000()
`;
  const t0 = process.cpuUsage();
  const r = analyzeText('chain.py', text);
  const d = process.cpuUsage(t0);
  const model = r.graph.models.find((m) => m.name === 'C5000');
  assert.ok(model, r.graph.models.map((m) => m.name).join(', '));
  assert.equal(model.layers.length, 2);
  assert.ok(r.findings.some((f) => f.code === 'IL001' && f.model === 'C5000'));
  assert.ok((d.user + d.system) / 1e6 < 10, `${(d.user + d.system) / 1e6} s of CPU`);
});
