// Probe results in the propagation report: measured values in the layer table and the plot, one
// layer plot per model (alternatives included) and a Jacobian plot per probed stack, backend and time in the notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propagationReport } from '../../engine/analysis/report-data';
import { renderReportHtml, renderReportMarkdown } from '../../engine/report';
import { attachMeasured, runProbeInProcess, withAlternatives, alternativeVariance } from '../../engine/probe';
import { analyze, chainSource, CHAINS, testAdapters } from './helpers';
import { kaimingResMlp } from '../helpers/models';

test('the report renders measured values, one plot per model', async () => {
  const src = `${chainSource(CHAINS['He/ReLU']!, 5, 64)}\nother = make(32, 3)\n`;
  const a = await analyze(src);
  assert.equal(a.models.length, 2);
  const result = await runProbeInProcess({ path: 'm.py', models: a.graph.models, options: { batch: 32 } }, { adapters: testAdapters() });
  assert.equal(result.status, 'ok', result.error);
  const report = attachMeasured(propagationReport(a), result);
  for (const m of report.models) {
    assert.ok(m.layers.every((l) => l.measured && l.measured.forward > 0 && l.measured.backward! > 0));
    assert.ok(m.notes.some((n) => /measured by a probe on (wasm|cpu)/.test(n)));
  }
  const html = await renderReportHtml(report);
  // per model the layer plot, and the plot of its stack's Jacobian spectrum (measured by default)
  assert.equal((html.match(/<svg[\s>]/g) ?? []).length, 4);
  assert.equal((html.match(/Input-output Jacobian over/g) ?? []).length, 2);
  assert.match(html, /measured by a probe/);
  assert.match(html, /class="group measured"/);
  assert.match(renderReportMarkdown(report), /measured forward/);

  const full = withAlternatives(report, a);
  assert.equal(full.models.length, 8);
  assert.match(full.models[1]!.name, /Kaiming/);
  const html2 = await renderReportHtml(full);
  // the alternatives are predicted layer plots only
  assert.equal((html2.match(/<svg[\s>]/g) ?? []).length, 10);
  // He/ReLU is the Kaiming alternative itself: same predictions
  full.models[0]!.layers.forEach((l, i) => assert.ok(Math.abs(full.models[1]!.layers[i]!.predicted!.forward / l.predicted!.forward - 1) < 1e-9));
});

test('alternative variances: Kaiming with the activation gain, Xavier, LeCun', () => {
  const step = { type: 'dense' as const, fanIn: 100, fanOut: 300, weightVar: 1, activation: { kind: 'relu' as const } };
  assert.ok(Math.abs(alternativeVariance('kaiming', step) - 2 / 100) < 1e-15);
  assert.ok(Math.abs(alternativeVariance('kaiming', { ...step, activation: { kind: 'tanh' } }) - 25 / 9 / 100) < 1e-15);
  assert.equal(alternativeVariance('xavier', step), 2 / 400);
  assert.equal(alternativeVariance('lecun', step), 1 / 100);
});

test('a residual run is measured block by block: the stream grows about 3x per block, as predicted', async () => {
  const src = kaimingResMlp(6);
  const a = await analyze(src);
  const result = await runProbeInProcess({ path: 'res.py', models: a.graph.models, options: { batch: 256 } }, { adapters: testAdapters() });
  assert.equal(result.status, 'ok', result.error);
  assert.equal(result.models[0]!.segments[0]!.blocks?.length, 6);
  const report = attachMeasured(propagationReport(a), result);
  const stream = report.models[0]!.streams![0]!;
  const m = stream.measured!;
  assert.ok(m, 'no measured stream');
  // a Kaiming ReLU branch of gain 2: 3^k after block k, 3^(N-k+1) at block k's input; one random
  // network of width 128 scatters by a few percent per block
  m.forward.forEach((v, k) => assert.ok(Math.abs(Math.log10(v / 3 ** (k + 1))) < 0.25, `forward block ${k + 1}: ${v}`));
  m.backward.forEach((v, k) => assert.ok(Math.abs(Math.log10(v / 3 ** (6 - k))) < 0.25, `backward block ${k + 1}: ${v}`));
  const html = await renderReportHtml(report);
  assert.match(html, /measured by the probe \(dashed\)/);
});

test('attention layers report the entropy of their weights: near log T at the default init, near 0 when the projections are unscaled', async () => {
  const src = (extra: string) => `import torch
import torch.nn as nn


class Enc(nn.Module):
    def __init__(self, d=64):
        super().__init__()
        self.inp = nn.Linear(d, d)
        self.attn = nn.MultiheadAttention(d, 4, batch_first=True)
        self.out = nn.Linear(d, d)
${extra}
    def forward(self, x):
        x = self.inp(x)
        x, _ = self.attn(x, x, x)
        return self.out(x)
`;
  const entropy = async (text: string) => {
    const a = await analyze(text);
    const r = await runProbeInProcess({ path: 'enc.py', models: a.graph.models, options: { batch: 64 } }, { adapters: testAdapters() });
    return r.models[0]!.layers.find((l) => l.name === 'self.attn')!.measured!.attentionEntropy!;
  };
  const good = await entropy(src(''));
  assert.ok(Math.abs(good.max - Math.log(8)) < 1e-6, `max ${good.max}`);
  assert.ok(good.mean > 0.9 * good.max && good.mean <= good.max + 1e-6, `default: ${good.mean}`);
  // std 1 on the 64-wide projections: q and k entries of variance 64 var(x), logits q.k / sqrt(16) over
  // 16 head dimensions of standard deviation 64 var(x), about 20 here: a nearly one-hot softmax
  const bad = await entropy(src('        nn.init.normal_(self.attn.in_proj_weight, std=1.0)\n'));
  assert.ok(bad.mean < 0.2 * bad.max, `unscaled: ${bad.mean}`);
});
