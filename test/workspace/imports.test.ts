// Models split across the files of one project (issue 10 item 4): `from .blocks import Mlp`,
// `from .init import init_weights`, `from models.layers import Block` are read, so a finding in
// model.py can depend on blocks.py, and a fault in an imported init helper is reported in that
// helper's file; a package from outside the project is never read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyzeText, ready } from '../../engine/analyze';
import { fileResolver } from '../../engine/workspace/resolver';

let root: string;

function write(rel: string, text: string): string {
  const file = join(root, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const BLOCKS = `import torch.nn as nn
import torch.nn.functional as F


class Mlp(nn.Module):
    def __init__(self, d, hidden):
        super().__init__()
        self.fc1 = nn.Linear(d, hidden)
        self.fc2 = nn.Linear(hidden, d)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
`;

const INIT_BAD = `import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=1.0)
`;

const INIT_GOOD = `import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.zeros_(m.bias)
`;

const model = (init: string, extra = '') => `import torch
import torch.nn as nn
from .blocks import Mlp
from ${init} import init_weights


class Net(nn.Module):
    def __init__(self, d=512):
        super().__init__()
        self.inp = nn.Linear(d, d)
        self.mlp = Mlp(d, 4 * d)
        self.head = nn.Linear(d, 10)
        self.apply(init_weights)
${extra}
    def forward(self, x):
        return self.head(self.mlp(torch.relu(self.inp(x))))
`;

before(async () => {
  await ready();
  root = mkdtempSync(join(tmpdir(), 'initlint-project-'));
  write('pyproject.toml', '[project]\nname = "demo"\n');
  write('pkg/__init__.py', '');
  write('pkg/blocks.py', BLOCKS);
  write('pkg/init_bad.py', INIT_BAD);
  write('pkg/init_good.py', INIT_GOOD);
});

after(() => rmSync(root, { recursive: true, force: true }));

test('a zeroed hidden layer of an imported block is found in the file that zeroes it', () => {
  const file = write('pkg/model_zero.py', model('.init_good', '        nn.init.zeros_(self.mlp.fc1.weight)\n').replace('        self.apply(init_weights)\n', ''));
  const a = analyzeText(file, readFileSync(file, 'utf8'), { resolver: fileResolver() });
  assert.deepEqual(a.findings.map((f) => `${f.range.start.line + 1}:${f.code}`), ['13:IL001']);
  assert.match(a.findings[0]!.message, /self\.mlp\.fc1 \(nn\.Linear, fan_in 512, fan_out 2048\)/);
  // Without the project's modules, Mlp is unknown and nothing is proven.
  assert.deepEqual(analyzeText(file, readFileSync(file, 'utf8')).findings, []);
});

test('std=1 in an imported init helper is reported where the helper is, with no fix (it would be written in another file)', () => {
  const file = write('pkg/model_bad.py', model('.init_bad'));
  const a = analyzeText(file, readFileSync(file, 'utf8'), { resolver: fileResolver() });
  const there = a.elsewhere.filter((f) => f.code === 'IL003');
  assert.equal(there.length, 1);
  assert.equal(there[0]!.range.path, join(root, 'pkg/init_bad.py'));
  assert.equal(there[0]!.range.start.line, 5);
  assert.deepEqual(there[0]!.fixes, []);
  assert.match(there[0]!.message, /weight variance 1 is not scaled to fan_in 512/);
  assert.ok(a.findings.every((f) => f.range.path === undefined));
});

test('the helper written right keeps the project silent', () => {
  const file = write('pkg/model_good.py', model('.init_good'));
  const a = analyzeText(file, readFileSync(file, 'utf8'), { resolver: fileResolver() });
  assert.deepEqual([...a.findings, ...a.elsewhere].map((f) => f.code), []);
});

test('package-absolute imports are found above the file, never above the project root', () => {
  write('models/__init__.py', '');
  write('models/layers.py', BLOCKS);
  const resolver = fileResolver();
  const from = join(root, 'scripts/train.py');
  assert.equal(resolver.resolve(from, 'models.layers', 0)?.path, join(root, 'models/layers.py'));
  assert.equal(resolver.resolve(join(root, 'pkg/model.py'), 'blocks', 1)?.path, join(root, 'pkg/blocks.py'));
  assert.equal(resolver.resolve(join(root, 'pkg/sub/deep.py'), 'blocks', 2)?.path, join(root, 'pkg/blocks.py'));
  // torch is not a file of the project; nor is anything outside the folder holding pyproject.toml.
  assert.equal(resolver.resolve(from, 'torch.nn', 0), undefined);
  const outside = mkdtempSync(join(tmpdir(), 'initlint-outside-'));
  try {
    writeFileSync(join(outside, 'secret.py'), BLOCKS);
    mkdirSync(join(outside, 'proj'));
    writeFileSync(join(outside, 'proj', 'setup.py'), '');
    assert.equal(resolver.resolve(join(outside, 'proj', 'main.py'), 'secret', 0), undefined);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('the CLI reports a finding about an imported module under that module, once', () => {
  write('app/__init__.py', '');
  write('app/blocks.py', BLOCKS);
  write('app/init.py', INIT_BAD);
  write('app/model.py', model('.init'));
  const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'cli.js'), 'check', '--format', 'json', 'app'], { cwd: root, encoding: 'utf8' });
  assert.equal(cli.status, 1, cli.stderr);
  const report = JSON.parse(cli.stdout) as { files: { path: string; findings: { code: string; range: { start: { line: number } } }[] }[] };
  const init = report.files.find((f) => f.path === join('app', 'init.py'));
  assert.deepEqual(init?.findings.map((f) => `${f.range.start.line}:${f.code}`), ['5:IL003']);
  assert.ok(report.files.every((f) => f.findings.every((x) => !('path' in x.range))));
});
