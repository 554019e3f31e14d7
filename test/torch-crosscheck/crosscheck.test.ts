// Cross-check of engine/init against real PyTorch: every initializer and module default is sampled by
// test/torch-crosscheck/sample_inits.py (Debian's python3-torch on /usr/bin/python3, fixed seed) and the
// engine's predicted mean and variance must agree within sampling error (6 standard errors, from the
// empirical fourth moment). The worst relative error per initializer is printed as a table and written
// to out/torch-crosscheck.json. Skips (with the reason) only when `import torch` fails, and fails
// instead when INITLINT_REQUIRE_TORCH=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PYTHON, TORCH_REQUIRED, torchAvailable } from './torch';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArgValue, Dim, LayerKind } from '../../engine/model/graph';
import { defaultParams, describeDefault, describeInit, type InitInfo, type LayerDescription } from '../../engine/init';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'test', 'torch-crosscheck', 'sample_inits.py');
const OUT = path.join(ROOT, 'out', 'torch-crosscheck.json');
const SAMPLES = 600_000;

type Kw = Record<string, ArgValue>;

interface Case {
  id: string;
  /** Row of the report table. */
  group: string;
  py: Record<string, unknown>;
  predict: () => InitInfo;
  /** Deterministic fills: the empirical moments must match to float32 precision. */
  exact?: boolean;
  /** Orthogonal: the mean square is exact per matrix. */
  exactSecondMoment?: boolean;
  /** Modules: the engine's parameter list and this parameter's shape. */
  layer?: LayerDescription;
  param?: string;
}

const cases: Case[] = [];
let counter = 0;

function init(fn: string, shape: number[], positional: ArgValue[] = [], kw: Kw = {}, extra: Partial<Case> = {}): void {
  cases.push({
    id: `c${counter++}`,
    group: fn,
    py: { kind: 'init', fn, shape, args: positional, kwargs: kw },
    predict: () => describeInit({ source: 'explicit', framework: 'pytorch', name: fn, args: { positional, keyword: kw } }, shape),
    ...extra,
  });
}

function method(fn: string, shape: number[], positional: ArgValue[] = [], kw: Kw = {}, extra: Partial<Case> = {}): void {
  cases.push({
    id: `c${counter++}`,
    group: `tensor.${fn}`,
    py: { kind: 'method', fn, shape, args: positional, kwargs: kw },
    predict: () => describeInit({ source: 'explicit', framework: 'pytorch', name: fn, args: { positional, keyword: kw } }, shape),
    ...extra,
  });
}

function factory(fn: string, shape: number[], mult: number, positional: ArgValue[], extra: Partial<Case> = {}): void {
  cases.push({
    id: `c${counter++}`,
    group: `torch.${fn}`,
    py: { kind: 'factory', fn, args: positional, kwargs: {}, mult },
    predict: () => describeInit({ source: 'explicit', framework: 'pytorch', name: `torch.${fn}`, args: { positional, keyword: {} }, multiplier: mult }, shape),
    ...extra,
  });
}

/** timm.layers' initializers, reproduced in sample_inits.py with the torch primitives timm uses. */
function timm(fn: string, shape: number[], positional: ArgValue[] = [], kw: Kw = {}): void {
  cases.push({
    id: `c${counter++}`,
    group: `timm ${fn}`,
    py: { kind: 'timm', fn, shape, args: positional, kwargs: kw },
    predict: () => describeInit({ source: 'explicit', framework: 'pytorch', name: fn, args: { positional, keyword: kw } }, shape),
  });
}

function module(ctor: string, kind: LayerKind, positional: ArgValue[], kw: Kw, params: string[], group?: (p: string) => string, excludeRows?: number[]): void {
  const layer: LayerDescription = { framework: 'pytorch', kind, ctor: `nn.${ctor}`, args: { positional, keyword: kw } };
  for (const param of params) {
    cases.push({
      id: `c${counter++}`,
      group: group ? group(param) : `nn.${ctor} ${param}`,
      py: { kind: 'module', ctor, args: positional, kwargs: kw, param, ...(excludeRows ? { exclude_rows: excludeRows } : {}) },
      predict: () => describeDefault(layer, param),
      layer,
      param,
      exact: kind === 'Norm' || /in_proj_bias|out_proj\.bias/.test(param),
    });
  }
}

// ---- nn.init functions ----
for (const s of [[256, 512], [64, 32, 3, 3]]) {
  init('uniform_', s);
  init('normal_', s);
  init('xavier_uniform_', s);
  init('xavier_normal_', s, [Math.SQRT2]);
  init('kaiming_uniform_', s);
  init('kaiming_normal_', s);
  init('orthogonal_', s, [], {}, { exactSecondMoment: true });
}
init('uniform_', [300, 200], [-0.1, 0.3]);
timm('trunc_normal_tf_', [512, 512]);
timm('trunc_normal_tf_', [512, 512], [], { mean: 0.1, std: 0.5, a: -1, b: 3 });
timm('lecun_normal_', [256, 512]);
timm('lecun_normal_', [64, 32, 3, 3]);
timm('variance_scaling_', [256, 512]);
timm('variance_scaling_', [256, 512], [2.0, 'fan_out', 'uniform']);
timm('variance_scaling_', [64, 32, 3, 3], [], { scale: 0.5, mode: 'fan_avg', distribution: 'truncated_normal' });
init('normal_', [300, 200], [0.5, 0.02]);
init('trunc_normal_', [512, 512]);
init('trunc_normal_', [512, 512], [], { std: 0.02 });
init('trunc_normal_', [512, 512], [0, 1, -1, 3]);
init('trunc_normal_', [512, 512], [], { mean: 0.5, std: 2, a: -1, b: 1 });
init('constant_', [100, 50], [0.3], {}, { exact: true });
init('ones_', [100, 50], [], {}, { exact: true });
init('zeros_', [100, 50], [], {}, { exact: true });
init('eye_', [300, 500], [], {}, { exact: true });
init('dirac_', [16, 8, 3, 3], [], {}, { exact: true });
init('dirac_', [16, 8, 3, 3], [2], {}, { exact: true });
init('kaiming_uniform_', [256, 512], [], { a: 0.2, nonlinearity: 'leaky_relu' });
init('kaiming_uniform_', [256, 512], [Math.sqrt(5)]);
init('kaiming_normal_', [256, 512], [0, 'fan_out', 'relu']);
init('kaiming_normal_', [256, 512], [], { nonlinearity: 'tanh' });
init('kaiming_normal_', [256, 512], [null]);
init('kaiming_normal_', [64, 8, 3, 3], [], { mode: 'fan_out', nonlinearity: 'selu' });
init('kaiming_uniform_', [16, 32, 4, 4], [], { nonlinearity: 'linear' });
init('orthogonal_', [512, 128], [2], {}, { exactSecondMoment: true });
init('sparse_', [100, 50], [0.1]);
init('sparse_', [200, 30], [0.25], { std: 0.5 });
// deprecated aliases run the same code
init('kaiming_normal', [128, 256]);
init('xavier_uniform', [128, 256]);

// ---- tensor methods ----
method('normal_', [300, 200], [1, 0.5]);
method('uniform_', [300, 200], [], { from: -1, to: 2 });
method('fill_', [300, 200], [0.7], {}, { exact: true });
method('zero_', [300, 200], [], {}, { exact: true });

// ---- tensor factories for nn.Parameter ----
factory('randn', [256, 512], 0.1, [256, 512]);
factory('rand', [256, 512], 1, [256, 512]);
factory('zeros', [64, 64], 1, [64, 64], { exact: true });
factory('ones', [64, 64], 0.5, [64, 64], { exact: true });
factory('full', [64, 64], 1, [[64, 64], 0.25], { exact: true });

// ---- module defaults ----
module('Linear', 'Linear', [512, 256], {}, ['weight', 'bias']);
module('Linear', 'Linear', [20, 1000], {}, ['weight', 'bias']);
module('Conv1d', 'Conv', [16, 32, 5], {}, ['weight', 'bias']);
module('Conv2d', 'Conv', [32, 64, 3], { groups: 4 }, ['weight', 'bias']);
module('Conv3d', 'Conv', [4, 8, 3], {}, ['weight']);
module('ConvTranspose2d', 'ConvTranspose', [16, 64, 4], { groups: 2 }, ['weight', 'bias']);
module('ConvTranspose1d', 'ConvTranspose', [8, 4, 3], {}, ['weight', 'bias']);
module('Embedding', 'Embedding', [1000, 64], {}, ['weight']);
module('Embedding', 'Embedding', [1000, 64], { padding_idx: 0 }, ['weight'], () => 'nn.Embedding weight (padding_idx)', [0]);
module('RNN', 'RNN', [10, 20, 2], { nonlinearity: 'relu' }, ['weight_ih_l0', 'weight_hh_l1', 'bias_ih_l1'], () => 'nn.RNN (every parameter)');
module('LSTM', 'LSTM', [100, 256], {}, ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0'], () => 'nn.LSTM (every parameter)');
module('LSTM', 'LSTM', [10, 20], { proj_size: 5 }, ['weight_hh_l0', 'weight_hr_l0'], () => 'nn.LSTM (every parameter)');
module('GRU', 'GRU', [8, 16], { bidirectional: true }, ['weight_ih_l0', 'weight_hh_l0_reverse', 'bias_hh_l0_reverse'], () => 'nn.GRU (every parameter)');
module('LSTMCell', 'LSTM', [10, 20], {}, ['weight_ih', 'bias_hh'], () => 'nn.LSTMCell (every parameter)');
module('MultiheadAttention', 'MultiheadAttention', [512, 8], {}, ['in_proj_weight', 'in_proj_bias', 'out_proj.weight', 'out_proj.bias']);
module('MultiheadAttention', 'MultiheadAttention', [64, 4], { kdim: 32, vdim: 16, add_bias_kv: true }, ['q_proj_weight', 'k_proj_weight', 'bias_k']);
module('LayerNorm', 'Norm', [512], {}, ['weight', 'bias']);
module('BatchNorm2d', 'Norm', [64], {}, ['weight', 'bias']);
module('GroupNorm', 'Norm', [8, 64], {}, ['weight', 'bias']);

interface PyResult {
  id: string;
  n: number;
  mean: number;
  var: number;
  m4: number;
  shape?: number[];
  params?: [string, number[]][];
  excluded_zero?: boolean;
  error?: string;
}

interface Row {
  group: string;
  cases: number;
  n: number;
  worstVarRel: number;
  worstMeanStd: number;
  worstZ: number;
}

const avail = torchAvailable();
const required = TORCH_REQUIRED;
if (!avail.ok && !required) console.log(`torch-crosscheck skipped: ${avail.reason}`);

test('engine/init agrees with real PyTorch within sampling error', { skip: !avail.ok && !required ? avail.reason : false, timeout: 180_000 }, () => {
  assert.ok(avail.ok, `INITLINT_REQUIRE_TORCH=1 but PyTorch is unavailable: ${avail.reason}`);
  const run = spawnSync(PYTHON, [SCRIPT, String(SAMPLES)], { input: JSON.stringify(cases.map((c) => ({ id: c.id, ...c.py }))), encoding: 'utf8', timeout: 170_000, maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `sample_inits.py failed: ${run.stderr}`);
  const out = JSON.parse(run.stdout) as { torch: string; results: PyResult[] };
  const byId = new Map(out.results.map((r) => [r.id, r]));
  const failures: string[] = [];
  const rows = new Map<string, Row>();
  const details: unknown[] = [];
  for (const c of cases) {
    const r = byId.get(c.id)!;
    if (r.error) {
      failures.push(`${c.group} (${c.id}): python error ${r.error}`);
      continue;
    }
    const info = c.predict();
    const m = info.moments;
    if (!m) {
      failures.push(`${c.group}: engine has no moments (${info.formula})`);
      continue;
    }
    if (c.layer && c.param) {
      const planned = defaultParams(c.layer);
      const names = planned.map((p) => p.name);
      const torchNames = r.params!.map(([n]) => n);
      if (JSON.stringify(names) !== JSON.stringify(torchNames)) failures.push(`${c.group}: parameters ${names.join(',')} != torch ${torchNames.join(',')}`);
      const shape: Dim[] | undefined = planned.find((p) => p.name === c.param)?.shape;
      if (JSON.stringify(shape) !== JSON.stringify(r.shape)) failures.push(`${c.group}: shape ${JSON.stringify(shape)} != torch ${JSON.stringify(r.shape)}`);
      if ((c.py as { exclude_rows?: number[] }).exclude_rows && r.excluded_zero !== true) failures.push(`${c.group}: excluded rows are not zero in torch`);
    }
    const std = Math.sqrt(m.variance);
    const seMean = Math.sqrt(r.var / r.n);
    const seVar = Math.sqrt(Math.max(r.m4 - r.var * r.var, 0) / r.n);
    const dMean = Math.abs(r.mean - m.mean);
    const dVar = Math.abs(r.var - m.variance);
    const f32 = 1e-6 * Math.max(Math.abs(m.mean), std, 1e-30);
    let ok: boolean;
    let z = 0;
    if (c.exact) {
      ok = dMean <= f32 && dVar <= 1e-5 * Math.max(m.variance, 1e-30) + 1e-12;
    } else {
      const zMean = dMean / Math.max(seMean, 1e-300);
      const zVar = dVar / Math.max(seVar, 1e-300);
      z = Math.max(zMean, zVar);
      ok = dMean <= 6 * seMean + f32 && dVar <= 6 * seVar + 1e-5 * m.variance;
    }
    if (c.exactSecondMoment) {
      const ms = r.var + r.mean * r.mean;
      const pms = m.variance + m.mean * m.mean;
      if (Math.abs(ms - pms) > 1e-5 * pms) {
        ok = false;
        failures.push(`${c.group}: mean square ${ms} != predicted ${pms}`);
      }
    }
    const varRel = m.variance === 0 ? dVar : dVar / m.variance;
    const meanStd = std === 0 ? dMean : dMean / std;
    if (!ok) failures.push(`${c.group} ${JSON.stringify(c.py)}: torch mean ${r.mean} var ${r.var} (n ${r.n}) vs engine mean ${m.mean} var ${m.variance}`);
    const row = rows.get(c.group) ?? { group: c.group, cases: 0, n: 0, worstVarRel: 0, worstMeanStd: 0, worstZ: 0 };
    row.cases++;
    row.n += r.n;
    row.worstVarRel = Math.max(row.worstVarRel, varRel);
    row.worstMeanStd = Math.max(row.worstMeanStd, meanStd);
    row.worstZ = Math.max(row.worstZ, z);
    rows.set(c.group, row);
    details.push({ group: c.group, case: c.py, engine: m, torch: { mean: r.mean, var: r.var, n: r.n }, varRelErr: varRel, meanErrInStd: meanStd, z, ok });
  }
  const table = [...rows.values()];
  const pct = (x: number) => `${(100 * x).toFixed(3)}%`;
  const lines = [
    `torch-crosscheck: PyTorch ${out.torch}, ${cases.length} cases, ~${SAMPLES} samples each`,
    `${'initializer'.padEnd(40)} ${'cases'.padStart(5)} ${'var rel err'.padStart(12)} ${'mean err/std'.padStart(13)} ${'max z'.padStart(6)}`,
    ...table.map((r) => `${r.group.padEnd(40)} ${String(r.cases).padStart(5)} ${pct(r.worstVarRel).padStart(12)} ${r.worstMeanStd.toExponential(2).padStart(13)} ${r.worstZ.toFixed(2).padStart(6)}`),
  ];
  console.log(lines.join('\n'));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify({ torch: out.torch, samplesPerCase: SAMPLES, table, cases: details }, null, 1));
  assert.deepEqual(failures, []);
});
