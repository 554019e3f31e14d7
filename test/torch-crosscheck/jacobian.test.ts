// The Jacobian spectrum against real PyTorch (issue 12, point 4, dynamical isometry): for deep
// tanh, linear and ReLU stacks with i.i.d. and orthogonal weights, initlint reads the source and
// predicts the mean squared singular value of the input-output Jacobian and its spread (variance /
// mean^2 of the squared singular values); test/torch-crosscheck/jacobian_spectrum.py builds the same
// modules in PyTorch (float64, 3 networks x 4 inputs, width 128) and computes J exactly with
// torch.autograd.functional.jacobian. Predictions must agree within 15% (spreads below 1: within
// 0.15). The table is printed and written to out/torch-jacobian-crosscheck.json. Skips only when
// `import torch` fails, and fails instead when INITLINT_REQUIRE_TORCH=1.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYTHON, TORCH_REQUIRED, torchAvailable } from './torch';
import { ready } from '../../engine/analyze';
import { readPython } from '../../engine/frontends/python';
import { analyzeModel } from '../../engine/analysis';
import { segmentSpectrum } from '../../engine/analysis/isometry';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'test', 'torch-crosscheck', 'jacobian_spectrum.py');
const OUT = path.join(ROOT, 'out', 'torch-jacobian-crosscheck.json');
const WIDTH = 128;
const TOL = 0.15;

interface Case {
  name: string;
  init: string;
  act: string;
  depth: number;
}

const CASES: Case[] = [
  { name: 'tanh, xavier_normal_', init: 'nn.init.xavier_normal_(l.weight)', act: 'torch.tanh', depth: 16 },
  { name: 'tanh, orthogonal_ gain 1', init: 'nn.init.orthogonal_(l.weight)', act: 'torch.tanh', depth: 16 },
  { name: "tanh, orthogonal_ gain calculate_gain('tanh')", init: "nn.init.orthogonal_(l.weight, gain=nn.init.calculate_gain('tanh'))", act: 'torch.tanh', depth: 8 },
  { name: 'linear, normal_ std 1/sqrt(n)', init: `nn.init.normal_(l.weight, std=${WIDTH} ** -0.5)`, act: '', depth: 8 },
  { name: 'linear, orthogonal_', init: 'nn.init.orthogonal_(l.weight)', act: '', depth: 8 },
  { name: 'ReLU, kaiming_normal_', init: "nn.init.kaiming_normal_(l.weight, nonlinearity='relu')", act: 'torch.relu', depth: 6 },
  { name: 'ReLU, orthogonal_ gain sqrt 2', init: "nn.init.orthogonal_(l.weight, gain=nn.init.calculate_gain('relu'))", act: 'torch.relu', depth: 6 },
];

function source(c: Case): string {
  return `import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, width=${WIDTH}, depth=${c.depth}):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(width, width, bias=False) for _ in range(depth)])
        for l in self.layers:
            ${c.init}

    def forward(self, x):
        for l in self.layers:
            x = ${c.act}(l(x))
        return x
`;
}

const avail = torchAvailable();
if (!avail.ok && !TORCH_REQUIRED) console.log(`torch Jacobian cross-check skipped: ${avail.reason}`);

before(async () => {
  await ready();
});

test('Jacobian spectrum: predicted mean squared singular value and spread agree with PyTorch within 15%', { skip: !avail.ok && !TORCH_REQUIRED ? avail.reason : false, timeout: 300_000 }, () => {
  assert.ok(avail.ok, `INITLINT_REQUIRE_TORCH=1 but PyTorch is unavailable: ${avail.reason}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-jacobian-'));
  try {
    const predicted = CASES.map((c, i) => {
      const file = path.join(dir, `c${i}.py`);
      const text = source(c);
      fs.writeFileSync(file, text);
      const model = readPython(file, text).models.find((m) => m.name === 'Stack');
      assert.ok(model, `${c.name}: no model read`);
      const analysis = analyzeModel(model);
      const seg = analysis.prediction?.segments[0];
      assert.ok(seg?.resolved, `${c.name}: the chain is not resolved`);
      const s = segmentSpectrum(analysis, seg);
      assert.ok(s, `${c.name}: no spectrum`);
      return { id: `c${i}`, path: file, spectrum: s.current };
    });
    const input = predicted.map((p) => ({ id: p.id, path: p.path, cls: 'Stack', width: WIDTH, nets: 3, points: 4 }));
    const run = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(input), encoding: 'utf8', timeout: 280_000, maxBuffer: 16 << 20 });
    assert.equal(run.status, 0, `jacobian_spectrum.py failed: ${run.stderr}`);
    const out = JSON.parse(run.stdout) as { torch: string; results: { id: string; meanSquare?: number; spread?: number; error?: string }[] };
    const failures: string[] = [];
    const table = CASES.map((c, i) => {
      const p = predicted[i]!.spectrum;
      const r = out.results.find((x) => x.id === `c${i}`)!;
      if (r.error) {
        failures.push(`${c.name}: python error ${r.error}`);
        return { case: c.name };
      }
      const mErr = p.meanSquare / r.meanSquare! - 1;
      const sOff = p.spread < 1 && r.spread! < 1 ? Math.abs(p.spread - r.spread!) : Math.abs(p.spread / r.spread! - 1);
      if (Math.abs(mErr) > TOL) failures.push(`${c.name}: mean square ${p.meanSquare} predicted, ${r.meanSquare} in PyTorch`);
      if (sOff > TOL) failures.push(`${c.name}: spread ${p.spread} predicted, ${r.spread} in PyTorch`);
      return { case: c.name, depth: c.depth, predicted: p, torch: { meanSquare: r.meanSquare, spread: r.spread }, meanSquareError: mErr, spreadOff: sOff };
    });
    console.log(`PyTorch ${out.torch}, width ${WIDTH}:`);
    for (const row of table) {
      if (!('predicted' in row)) continue;
      const t = row as { case: string; depth: number; predicted: { meanSquare: number; spread: number }; torch: { meanSquare: number; spread: number } };
      console.log(`  ${t.case.padEnd(48)} x${String(t.depth).padStart(2)}  m1 ${t.predicted.meanSquare.toPrecision(4)} / ${t.torch.meanSquare.toPrecision(4)}  spread ${t.predicted.spread.toPrecision(4)} / ${t.torch.spread.toPrecision(4)}`);
    }
    fs.writeFileSync(OUT, JSON.stringify({ torch: out.torch, width: WIDTH, cases: table }, null, 2));
    assert.deepEqual(failures, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
