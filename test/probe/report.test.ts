// Probe results in the propagation report: measured values in the layer table and the plot, one
// plot per model (alternatives included), backend and time in the notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propagationReport } from '../../engine/analysis/report-data';
import { renderReportHtml, renderReportMarkdown } from '../../engine/report';
import { attachMeasured, runProbeInProcess, withAlternatives, alternativeVariance } from '../../engine/probe';
import { analyze, chainSource, CHAINS, testAdapters } from './helpers';

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
  assert.equal((html.match(/<svg[\s>]/g) ?? []).length, 2);
  assert.match(html, /measured by a probe/);
  assert.match(html, /class="group measured"/);
  assert.match(renderReportMarkdown(report), /measured forward/);

  const full = withAlternatives(report, a);
  assert.equal(full.models.length, 8);
  assert.match(full.models[1]!.name, /Kaiming/);
  const html2 = await renderReportHtml(full);
  assert.equal((html2.match(/<svg[\s>]/g) ?? []).length, 8);
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
