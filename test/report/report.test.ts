// The propagation report renderer: HTML (one SVG plot per model, the table, notes), Markdown, JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PropagationReport, ReportLayer, ReportModel } from '../../engine/analysis/report-data';
import { propagationReport } from '../../engine/analysis/report-data';
import { analyzeText, ready } from '../../engine/analyze';
import { formatNumber, plotData, plotSpec, renderReportHtml, renderReportJson, renderReportMarkdown } from '../../engine/report';
import { decades } from '../../engine/report/spec';
import { kaimingResMlp } from '../helpers/models';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 10 } });

function layer(i: number, extra: Partial<ReportLayer> = {}): ReportLayer {
  return {
    id: `L${i}`,
    name: `self.fc${i}`,
    kind: 'linear',
    ctor: 'nn.Linear',
    range: range(10 + i),
    fanIn: 256,
    fanOut: 128,
    weightVar: 1 / 768,
    init: 'kaiming_uniform_(a=sqrt(5)): U(-1/sqrt(256), 1/sqrt(256)), var 1/(3*256)',
    initSource: 'default',
    activation: 'relu',
    idealGain: Math.SQRT2,
    predicted: { forward: 0.5 ** (i + 1), backward: 0.25 ** (3 - i), chi: 0.3333333 },
    ...extra,
  };
}

function model(name: string, layers: ReportLayer[], notes: string[] = []): ReportModel {
  return { name, range: range(3), framework: 'pytorch', layers, notes };
}

const twoModels: PropagationReport = {
  version: 1,
  path: 'models/mlp.py',
  models: [
    model('MLP', [layer(0), layer(1), layer(2)], ['the chain is cut into 2 segments']),
    model('Head', [layer(0, { name: 'self.out' }), layer(1, { name: 'self.proj' })]),
  ],
};

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** The text of the table rows (<tbody>) of the n-th table. */
function tableRows(html: string, n = 0): string[][] {
  const tbody = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][n]?.[1] ?? '';
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
}

test('HTML: one SVG plot per model, a self-contained page with a strict CSP and no scripts', async () => {
  const html = await renderReportHtml(twoModels);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.equal(count(html, /<svg[\s>]/g), 2);
  assert.equal(count(html, /<section class="model">/g), 2);
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:">/);
  // No external resources: the only URLs are XML namespaces of the SVG.
  const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((m) => m[0]).filter((u) => !/^http:\/\/www\.w3\.org\//.test(u));
  assert.deepEqual(urls, []);
  assert.doesNotMatch(html, /\b(src|href)=/);
  // The hash in the CSP is that of the one <style> element.
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const { createHash } = await import('node:crypto');
  assert.ok(html.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`));
});

test('HTML: the plot has a log-scale y axis and the layers on x, in order', async () => {
  const spec = plotSpec(twoModels.models[0]!, plotData(twoModels.models[0]!)) as { layer: { encoding: { x?: { sort?: string[] }; y: { scale?: { type: string } } } }[] };
  const line = spec.layer.at(-1)!;
  assert.equal(line.encoding.y.scale?.type, 'log');
  assert.deepEqual(line.encoding.x?.sort, ['0 self.fc0', '1 self.fc1', '2 self.fc2']);
  const html = await renderReportHtml(twoModels);
  assert.match(html, /aria-label="Y-axis titled '[^']*' for a log scale/);
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
  for (const label of ['0 self.fc0', '1 self.fc1', '2 self.fc2']) assert.ok(svg.includes(`>${label}</text>`), label);
  // Both predicted series: 3 points each.
  assert.equal(count(svg, /aria-roledescription="point"/g), 6);
  assert.equal(count(svg, /aria-roledescription="line mark"/g), 2);
});

test('HTML: table rows match the layers, numbers formatted', async () => {
  const html = await renderReportHtml(twoModels);
  const rows = tableRows(html, 0);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[1], [
    '1',
    'self.fc1',
    'linear',
    '256',
    '128',
    'kaiming_uniform_(a=sqrt(5)): U(-1/sqrt(256), 1/sqrt(256)), var 1/(3*256) (default)',
    '0.001302',
    'relu',
    '1.414',
    '0.25',
    '0.0625',
    '0.3333',
  ]);
  assert.equal(tableRows(html, 1).length, 2);
  assert.equal(tableRows(html, 1)[0]![1], 'self.out');
  assert.match(html, /<li>the chain is cut into 2 segments<\/li>/);
  // Missing values are dashes, not "undefined".
  const sparse: PropagationReport = { version: 1, path: 'x.py', models: [model('M', [{ id: 'a', name: 'self.a', kind: 'linear', ctor: 'nn.Linear', range: range(1) }])] };
  const h2 = await renderReportHtml(sparse);
  assert.doesNotMatch(h2, /undefined|NaN/);
  assert.deepEqual(tableRows(h2)[0]!.slice(3), Array(9).fill('—'));
  assert.match(h2, /No predicted values to plot/);
  assert.equal(count(h2, /<svg[\s>]/g), 1);
});

test('log axis ticks at powers of ten', () => {
  assert.deepEqual(decades([0.5, 3]), [0.1, 1, 10]);
  assert.deepEqual(decades([1e-3, 1e3, 0, NaN]), [1e-3, 1e-2, 1e-1, 1, 10, 100, 1000]);
  const wide = decades([1e-24, 1]);
  assert.ok(wide.length <= 12 && wide.at(-1) === 1 && wide[0]! <= 1e-24);
  assert.deepEqual(decades([]), []);
});

test('formatNumber', () => {
  assert.equal(formatNumber(undefined), '—');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(1), '1');
  assert.equal(formatNumber(2 / 3), '0.6667');
  assert.equal(formatNumber(1234.5678), '1235');
  assert.equal(formatNumber(1.5e-7), '1.5e-7');
  assert.equal(formatNumber(-2.25e12), '-2.25e+12');
  assert.equal(formatNumber(Infinity), '∞');
  assert.equal(formatNumber(NaN), 'NaN');
});

test('HTML: the measured series appears only when measurements are present', async () => {
  const without = await renderReportHtml(twoModels);
  assert.doesNotMatch(without, /measured<\/text>/);
  assert.doesNotMatch(without, /class="group measured"/);
  const measured: PropagationReport = {
    ...twoModels,
    models: [
      model(
        'MLP',
        [0, 1, 2].map((i) => layer(i, { measured: { forward: 0.5 ** (i + 1) * 1.1, backward: 0.25 ** (3 - i) * 0.9, dead: 0.5 } })),
      ),
    ],
  };
  const html = await renderReportHtml(measured);
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
  assert.ok(svg.includes('>measured</text>'), 'legend entry');
  assert.ok(svg.includes('>predicted</text>'), 'legend entry');
  assert.equal(count(svg, /aria-roledescription="point"/g), 12);
  assert.equal(count(svg, /aria-roledescription="line mark"/g), 4);
  assert.match(html, /<th class="group measured" colspan="3">measured<\/th>/);
  const row = tableRows(html)[0]!;
  assert.deepEqual(row.slice(-3), ['0.55', '0.01406', '50%']);
});

test('HTML and Markdown escape names: a layer named <script> stays text', async () => {
  const evil: PropagationReport = {
    version: 1,
    path: 'a<b>&"c".py',
    models: [model('<img src=x onerror=alert(1)>', [layer(0, { name: '<script>alert(1)</script>', kind: 'lin|ear' })], ['<b>note</b>'])],
  };
  const html = await renderReportHtml(evil);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b>note/);
  assert.ok(html.includes('<td class="mono">&lt;script&gt;alert(1)&lt;/script&gt;</td>'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('a&lt;b&gt;&amp;&quot;c&quot;.py'));
  assert.ok(/<svg[\s\S]*?<\/svg>/.exec(html)![0].includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped in the SVG too');
  const md = renderReportMarkdown(evil);
  assert.doesNotMatch(md, /</);
  assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(md.includes('lin\\|ear'));
});

test('Markdown: one table per model, rows match the layers', () => {
  const md = renderReportMarkdown(twoModels);
  assert.match(md, /^# Propagation report: models\/mlp\.py$/m);
  assert.match(md, /^## MLP$/m);
  assert.match(md, /^## Head$/m);
  const rows = md.split('\n').filter((l) => l.startsWith('| '));
  assert.equal(rows.length, 2 + 3 + 2); // two header rows + 3 + 2 layers
  assert.ok(rows.some((r) => r.startsWith('| 1 | self.fc1 | linear | 256 | 128 |')));
  assert.match(md, /\| predicted forward \| predicted backward \| predicted chi \|/);
  assert.match(md, /^- the chain is cut into 2 segments$/m);
});

test('JSON is the data itself', () => {
  assert.deepEqual(JSON.parse(renderReportJson(twoModels)), twoModels);
});

test('a report of a real model renders (analysis -> report data -> HTML)', async () => {
  await ready();
  const file = path.join(__dirname, '..', '..', '..', 'examples', 'bad_deep_default_mlp.py');
  const report = propagationReport(analyzeText(file, readFileSync(file, 'utf8')));
  assert.ok(report.models.length >= 1);
  const html = await renderReportHtml(report);
  assert.equal(count(html, /<svg[\s>]/g), report.models.length);
  assert.equal(tableRows(html).length, report.models[0]!.layers.length);
});

test('no models: a page that says so', async () => {
  const html = await renderReportHtml({ version: 1, path: 'empty.py', models: [] });
  assert.match(html, /No models found/);
  assert.equal(count(html, /<svg[\s>]/g), 0);
});

test('a deep residual model gets a per-block stream plot: one point per block, growing 3x per block', async () => {
  await ready();
  const blocks = 24;
  const text = kaimingResMlp(blocks);
  const report = propagationReport(analyzeText('res.py', text));
  const stream = report.models[0]!.streams?.[0];
  assert.ok(stream, 'no stream in the report data');
  assert.equal(stream.blocks, blocks);
  assert.equal(stream.forward.length, blocks);
  // a Kaiming ReLU branch of gain 2: the stream after block k is 3^k its input, the gradient at block k's input 3^(N-k+1)
  stream.forward.forEach((v, k) => assert.ok(Math.abs(v / 3 ** (k + 1) - 1) < 1e-9, `block ${k + 1}: ${v}`));
  stream.backward.forEach((v, k) => assert.ok(Math.abs(v / 3 ** (blocks - k) - 1) < 1e-9, `block ${k + 1}: ${v}`));
  // the schemes that keep it steady: each branch's output layer at variance / N adds 2/N per block, (1 + 2/24)^24;
  // zero-initialised, every block is the identity
  const alt = new Map(stream.alternatives!.map((a) => [a.scheme, a]));
  const scaled = alt.get('branch output layers scaled by 1/√N')!;
  assert.ok(Math.abs(scaled.forward / (1 + 2 / blocks) ** blocks - 1) < 1e-9, `scaled forward ${scaled.forward}`);
  assert.ok(Math.abs(scaled.backward / (1 + 2 / blocks) ** blocks - 1) < 1e-9, `scaled backward ${scaled.backward}`);
  const zero = alt.get('branch output layers zero-initialised')!;
  assert.equal(zero.forward, 1);
  assert.equal(zero.backward, 1);
  const html = await renderReportHtml(report);
  assert.match(html, /Residual stream over 24 blocks/);
  assert.match(html, /with branch output layers zero-initialised: 1 and 1/);
  assert.equal(count(html, /<svg[\s>]/g), 2, 'the layer plot and the stream plot');
  const data = plotData(report.models[0]!);
  assert.ok(data.points.length > 0);
  assert.match(renderReportMarkdown(report), /Residual stream over 24 blocks .*2\.8\d*e\+?11 after the last block \(3 per block\)/);
});
