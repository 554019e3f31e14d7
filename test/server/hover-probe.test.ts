// Hovers state what a probe scaled or cut to fit its memory: a layer probed says the probe was cut
// (how many layers of how many), a layer left out says why it was not measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../engine/analyze';
import { runProbeInProcess, cpuAdapter, wasmAdapter } from '../../engine/probe';
import { hoverFor } from '../../server/hover';
import type { ProbeEntry } from '../../server/probes';

const LAYERS = 40;
const SOURCE = [
  'import torch.nn as nn',
  '',
  'class Deep(nn.Module):',
  '    def __init__(self):',
  '        super().__init__()',
  '        self.layers = nn.Sequential(',
  ...Array.from({ length: LAYERS }, () => "            nn.Linear(64, 64), nn.ReLU(),"),
  '        )',
  '',
  '    def forward(self, x):',
  '        return self.layers(x)',
  '',
].join('\n');

test('hover after a probe cut to fit memory: "depth cut ... 12 of 40 layers probed" on a probed layer, the reason on a cut one', { timeout: 60_000 }, async () => {
  await ready();
  const analysis = analyzeText('/tmp/deep.py', SOURCE);
  const b = 32;
  const perLayer = 2 * 64 * 64 + 64 + 2 * b * 3 * 64 + 10_000;
  const r = await runProbeInProcess(
    { path: 'deep.py', models: analysis.graph.models, options: { batch: b, memoryCap: 2 * b * 64 + 12 * perLayer + 100 } },
    { adapters: [wasmAdapter(), cpuAdapter()] },
  );
  assert.equal(r.status, 'ok', r.error);
  const entry: ProbeEntry = { status: 'done', model: r.models[0]!, where: r.backend! };
  const text = (line: number): string => {
    const h = hoverFor(analysis, { line, character: 16 }, () => entry);
    assert.ok(h, `a hover on line ${line}`);
    return (h.contents as { value: string }).value;
  };
  // Line 6 holds the first Linear, line 6 + 12 the first one cut.
  const first = text(6);
  assert.match(first, /\*\*measured\*\* \(probe on (wasm|cpu), batch 32, .* · depth cut to fit memory \(12 of 40 layers probed\)\)/);
  const cut = text(6 + 12);
  assert.match(cut, /_measured: not probed: cut to fit the memory cap of \d+ MB: only the first 12 of the 40 layers of this stretch are probed_/);
});
