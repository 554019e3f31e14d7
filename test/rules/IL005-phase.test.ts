// IL005 and the hover say the mean-field phase of a deep stack of one repeated layer: tanh at
// weight variance 3/fan_in keeps the second moment bounded (q* = 1.35) but is chaotic (chi_1 = 1.24),
// so its gradient grows 1.24x per layer and nearby inputs decorrelate within about 11 layers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../engine/analyze';
import { hoverFor } from '../../server/hover';

before(async () => {
  await ready();
});

const TANH_STACK = `import torch.nn as nn

layers = []
for _ in range(40):
    lin = nn.Linear(256, 256)
    nn.init.normal_(lin.weight, std=(3 / 256) ** 0.5)
    nn.init.zeros_(lin.bias)
    layers += [lin, nn.Tanh()]
net = nn.Sequential(*layers, nn.Linear(256, 10))
`;

test('IL005 on a chaotic tanh stack names the phase, chi_1 and the correlation depth', () => {
  const a = analyzeText('tanh.py', TANH_STACK);
  const f = a.findings.find((x) => x.code === 'IL005');
  assert.ok(f, `no IL005: ${a.findings.map((x) => x.code).join(', ')}`);
  assert.match(f.message, /The stack is chaotic \(χ₁ 1\.2\d\): nearby inputs decorrelate toward c\* = 0 within about 1\d(\.\d)? layers/);
});

test('the hover on a layer of the stack gives its mean-field phase', () => {
  const a = analyzeText('tanh.py', TANH_STACK);
  const h = hoverFor(a, { line: 4, character: 12 });
  assert.ok(h, 'no hover');
  const text = (h.contents as { value: string }).value;
  assert.match(text, /\*\*mean-field phase\*\* of a deep stack of such layers: chaotic \(χ₁ 1\.2\d\)/);
});
