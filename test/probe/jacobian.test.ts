// The probe's input-output Jacobian (engine/probe/jacobian.ts): the row-sampling estimators are
// unbiased (checked on a known matrix), an orthogonal linear stack measures as an exact isometry,
// an i.i.d. linear stack spreads by 1 per layer as engine/theory/jacobian.ts predicts, `compare`
// measures the orthogonal alternative of a tanh stack, and batch norm or token inputs say why they
// have none. The text and JSON outputs and the hover carry the numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachMeasured, probeInProcess, probeJson, probeText, type ProbeOptions, type ProbeResult } from '../../engine/probe';
import { propagationReport } from '../../engine/analysis/report-data';
import { renderReportHtml, renderReportMarkdown } from '../../engine/report';
import { spectrumPlotData } from '../../engine/report/spec';
import { gramsOf, jacobianSampling, spectrumFromGrams } from '../../engine/probe/jacobian';
import { hoverFor } from '../../server/hover';
import { Rng } from '../theory/helpers';
import { analyze, TEST_BACKEND, testAdapters } from './helpers';

function stack(width: number, depth: number, init: string, act: string, extra = ''): string {
  return [
    'import torch',
    'import torch.nn as nn',
    '',
    '',
    'class Stack(nn.Module):',
    `    def __init__(self, width=${width}, depth=${depth}):`,
    '        super().__init__()',
    '        self.layers = nn.ModuleList([nn.Linear(width, width, bias=False) for _ in range(depth)])',
    ...(extra ? [`        ${extra}`] : []),
    '        for l in self.layers:',
    `            ${init}`,
    '',
    '    def forward(self, x):',
    '        for l in self.layers:',
    `            x = ${act}(l(x))`,
    '        return x',
    '',
  ].join('\n');
}

async function probe(source: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const a = await analyze(source);
  return probeInProcess({ path: 'model.py', models: a.models.map((m) => m.model), options: { backend: TEST_BACKEND, ...options } }, { adapters: testAdapters() });
}

test('the row-sampling estimators of tr(A)/m and tr(A^2)/m are unbiased, and exact with every row', () => {
  const rng = new Rng(7);
  const m = 24;
  const n = 24;
  const J = new Float32Array(m * n).map(() => rng.normal() * (1 + 0.1 * rng.normal()));
  // the whole Gram J J^T, and its traces
  const full = gramsOf(J, 1, m, n);
  let t1 = 0;
  let t2 = 0;
  for (let i = 0; i < m; i++) t1 += full[i * m + i]!;
  for (let i = 0; i < m * m; i++) t2 += full[i]! ** 2;
  const exact = spectrumFromGrams(full, { points: 1, rows: m, outputs: m });
  assert.ok(Math.abs(exact.meanSquare - t1 / m) < 1e-9 * t1);
  assert.ok(Math.abs(exact.spread - ((t2 / m) / (t1 / m) ** 2 - 1)) < 1e-9);
  // its eigenvalues sum to the trace
  assert.ok(Math.abs(exact.values.reduce((a, b) => a + b, 0) - t1) < 1e-6 * t1);
  // K = 6 rows at random, many times: the estimates' means match the exact moments
  const K = 6;
  const trials = 4000;
  let e1 = 0;
  let e2 = 0;
  for (let t = 0; t < trials; t++) {
    const rows = [...Array(m).keys()].sort(() => rng.uniform() - 0.5).slice(0, K);
    const sub = new Float64Array(K * K);
    rows.forEach((r, i) => rows.forEach((c, j) => (sub[i * K + j] = full[r * m + c]!)));
    const s = spectrumFromGrams(sub, { points: 1, rows: K, outputs: m });
    e1 += s.meanSquare;
    e2 += s.meanSquare ** 2 * (s.spread + 1);
  }
  assert.ok(Math.abs(e1 / trials / (t1 / m) - 1) < 0.03, `m1: ${e1 / trials} vs ${t1 / m}`);
  assert.ok(Math.abs(e2 / trials / (t2 / m) - 1) < 0.05, `m2: ${e2 / trials} vs ${t2 / m}`);
});

test('sampling: every row up to 128, at least two inputs, within the batch', () => {
  assert.deepEqual(jacobianSampling(64, 256), { points: 4, rows: 64, outputs: 64 });
  assert.deepEqual(jacobianSampling(1000, 256), { points: 2, rows: 128, outputs: 1000 });
  assert.deepEqual(jacobianSampling(1000, 32), { points: 2, rows: 16, outputs: 1000 });
  assert.equal(jacobianSampling(1, 256), undefined);
});

test('an orthogonal linear stack measures as an exact isometry; an i.i.d. one spreads by 1 per layer', async () => {
  const orth = await probe(stack(64, 8, 'nn.init.orthogonal_(l.weight)', ''));
  const j = orth.models[0]!.segments[0]!.jacobian!;
  assert.ok(j.measured, JSON.stringify(j));
  assert.equal(j.measured.rows, 64);
  assert.ok(Math.abs(j.measured.meanSquare - 1) < 1e-4, `m1 ${j.measured.meanSquare}`);
  assert.ok(j.measured.spread < 1e-4, `spread ${j.measured.spread}`);
  assert.ok(j.measured.values.every((v) => Math.abs(v - 1) < 1e-3));
  assert.deepEqual(j.predicted, { meanSquare: 1, spread: 0 });

  const iid = await probe(stack(64, 8, 'nn.init.normal_(l.weight, std=64 ** -0.5)', ''), { seed: 3 });
  const k = iid.models[0]!.segments[0]!.jacobian!;
  assert.ok(Math.abs(k.predicted!.spread - 8) < 1e-9);
  // 4 inputs x all 64 rows: the mean square within 30%, the spread (heavy-tailed) within 35%
  assert.ok(Math.abs(k.measured!.meanSquare - 1) < 0.3, `m1 ${k.measured!.meanSquare}`);
  assert.ok(Math.abs(k.measured!.spread / 8 - 1) < 0.35, `spread ${k.measured!.spread}`);
});

test('compare: a Xavier tanh stack far from isometry, its orthogonal alternative (gain 1) measured near the theory', async () => {
  const r = await probe(stack(128, 16, 'nn.init.xavier_normal_(l.weight)', 'torch.tanh'), { jacobian: 'compare' });
  const j = r.models[0]!.segments[0]!.jacobian!;
  const o = j.orthogonal!;
  assert.equal(o.gain, 'gain 1');
  assert.ok(j.measured!.spread > 10 && o.measured!.spread < 2, `${j.measured!.spread} vs ${o.measured!.spread}`);
  // same mean square (it depends on the weight variance only), spread 17.3 vs 1.28 predicted
  assert.ok(Math.abs(o.predicted!.meanSquare / j.predicted!.meanSquare - 1) < 1e-9);
  assert.ok(Math.abs(Math.log(o.measured!.spread / o.predicted!.spread)) < 0.3, `${o.measured!.spread} vs ${o.predicted!.spread}`);
  assert.ok(r.models[0]!.timings.jacobianMs > 0);
  const text = probeText(r);
  assert.match(text, /Jacobian from self\.layers\[0\] to self\.layers\[15\]: mean squared singular value 0\.04493 predicted \/ [0-9.]+ measured · spread 17\.28 predicted/);
  assert.match(text, /with orthogonal weights \(gain 1\): .*spread 1\.28 predicted/);
  const json = probeJson(r) as { models: { jacobians: { layers: string[]; measured: { spread: number; values: number[] }; orthogonal: { gain: string } }[] }[] };
  const jj = json.models[0]!.jacobians[0]!;
  assert.equal(jj.measured.values.length, 256);
  assert.equal(jj.orthogonal.gain, 'gain 1');
});

test('no Jacobian through batch norm or of an embedding, and none when turned off', async () => {
  const bn = await probe(
    ['import torch.nn as nn', '', 'net = nn.Sequential(nn.Linear(32, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU())', ''].join('\n'),
  );
  assert.match(bn.models[0]!.segments[0]!.jacobian?.skipped ?? '', /batch norm couples the samples/);
  const tok = await probe(['import torch.nn as nn', '', 'net = nn.Sequential(nn.Embedding(100, 32), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 32))', ''].join('\n'));
  // the embedding is a segment of its own (from token ids, no Jacobian); the stack after it has one
  assert.equal(tok.models[0]!.segments[0]!.source, 'tokens');
  assert.equal(tok.models[0]!.segments[0]!.jacobian, undefined);
  assert.ok(tok.models[0]!.segments[1]!.jacobian?.measured);
  const off = await probe(stack(32, 4, 'nn.init.orthogonal_(l.weight)', ''), { jacobian: 'off' });
  assert.equal(off.models[0]!.segments[0]!.jacobian, undefined);
});

test('the hover of a deep stack says whether its Jacobian is near isometry, and what orthogonal weights would give', async () => {
  const src = stack(128, 16, 'nn.init.xavier_normal_(l.weight)', 'torch.tanh');
  const a = await analyze(src);
  const h = hoverFor(a, { line: 7, character: 40 });
  const text = (h?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(text, /\*\*Jacobian\*\* of the stack \(input to output, predicted\): mean squared singular value 0\.0449 · spread 17\.3 .*far from dynamical isometry; orthogonal weights \(gain 1\) would give 0\.0449 · spread 1\.28/);
  const orth = await analyze(stack(128, 16, 'nn.init.orthogonal_(l.weight)', ''));
  const ho = (hoverFor(orth, { line: 7, character: 40 })?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(ho, /mean squared singular value 1 · spread 0 .*: near dynamical isometry/);
});

test('the report plots both spectra of a deep tanh stack and states the numbers; without a probe, the predicted ones only', async () => {
  const src = stack(128, 16, 'nn.init.xavier_normal_(l.weight)', 'torch.tanh');
  const a = await analyze(src);
  const predictedOnly = propagationReport(a);
  const j = predictedOnly.models[0]!.jacobians![0]!;
  assert.equal(j.layers, 16);
  assert.equal(j.orthogonal?.gain, 'gain 1');
  const plain = await renderReportHtml(predictedOnly);
  assert.match(plain, /Input-output Jacobian over 16 layers/);
  assert.match(plain, /No probe measured them/);
  assert.equal((plain.match(/<svg[\s>]/g) ?? []).length, 1, 'the layer plot only');

  const r = await probe(src, { jacobian: 'compare' });
  const report = attachMeasured(propagationReport(a), r);
  const jm = report.models[0]!.jacobians![0]!;
  assert.equal(jm.current.measured?.values.length, 256);
  assert.equal(jm.orthogonal?.measured?.values.length, 256);
  const html = await renderReportHtml(report);
  assert.equal((html.match(/<svg[\s>]/g) ?? []).length, 2, 'the layer plot and the spectrum plot');
  assert.match(html, /orthogonal \(gain 1\)/);
  assert.match(html, /As initialized: predicted mean squared singular value 0\.04493, spread 17\.28; measured [0-9.]+, spread [0-9.]+ \(all 128 rows of J at 2 inputs\); far from dynamical isometry/);
  const points = spectrumPlotData(jm);
  assert.deepEqual(points.series, ['as initialized', 'orthogonal (gain 1)']);
  assert.match(renderReportMarkdown(report), /Input-output Jacobian over 16 layers \(self\.layers\\\[0\\\] to self\.layers\\\[15\\\]\): As initialized/);
});
