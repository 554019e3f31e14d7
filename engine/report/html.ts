// The propagation report as one self-contained HTML page: no scripts, no external URLs, inline
// CSS allowed by its hash in the page's own Content-Security-Policy, so it works as a file and in a
// VS Code webview with a strict policy. Colours follow the VS Code theme when shown there.
import { createHash } from 'node:crypto';
import type { PropagationReport, ReportLayer, ReportModel } from '../analysis/report-data';
import { escapeHtml, formatFraction, formatInt, formatNumber } from './format';
import { DEFAULT_DRIFT_BAND, plotData, plotSpec, spectrumPlotData, spectrumPlotSpec, streamPlotData, type PlotOptions } from './spec';
import { spectrumSentence, streamAlternativeWords } from './sentences';
import { renderVegaLiteSvg } from './vega';

export interface HtmlReportOptions extends PlotOptions {
  /** The page title; default `initlint propagation report: <path>`. */
  title?: string;
}

const CSS = `
:root {
  color-scheme: light dark;
  --fg: var(--vscode-editor-foreground, CanvasText);
  --bg: var(--vscode-editor-background, Canvas);
  --muted: var(--vscode-descriptionForeground, GrayText);
  --border: var(--vscode-panel-border, rgba(128, 128, 128, 0.35));
  --stripe: var(--vscode-list-hoverBackground, rgba(128, 128, 128, 0.08));
}
body { margin: 0; padding: 16px 24px; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); line-height: 1.4; }
h1 { font-size: 1.4em; font-weight: 600; margin: 0 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 28px 0 4px; border-bottom: 1px solid var(--border); padding-bottom: 4px; }
.meta, .caption { color: var(--muted); margin: 2px 0 8px; }
code, td.num, td.mono { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.95em; }
.plot { overflow-x: auto; margin: 8px 0; }
.plot svg { max-width: 100%; height: auto; }
.plot svg text { fill: var(--fg); }
.plot svg .role-axis-domain line, .plot svg .role-axis-tick line { stroke: var(--muted); }
.plot svg .role-axis-grid line { stroke: var(--border); }
.plot svg .role-title-subtitle text, .plot svg .role-axis-title text { fill: var(--muted); }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--border); padding: 3px 10px; text-align: left; vertical-align: top; white-space: nowrap; }
th { font-weight: 600; }
td.num { text-align: right; }
td.init { white-space: normal; min-width: 16em; max-width: 36em; }
tbody tr:hover { background: var(--stripe); }
th.group { text-align: center; border-bottom: none; color: var(--muted); font-weight: normal; }
.measured { font-style: italic; }
ul.notes { margin: 4px 0 0; padding-left: 20px; }
.empty { color: var(--muted); font-style: italic; }
`;

/** Renders the report as an HTML page with one SVG plot, a table and notes per model. */
export async function renderReportHtml(report: PropagationReport, options: HtmlReportOptions = {}): Promise<string> {
  const title = options.title ?? `initlint propagation report: ${report.path}`;
  const sections: string[] = [];
  for (const model of report.models) sections.push(await modelSection(model, options));
  if (report.models.length === 0) sections.push('<p class="empty">No models found in this file.</p>');
  const hash = createHash('sha256').update(CSS).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>Propagation report</h1>`,
    `<p class="meta"><code>${escapeHtml(report.path)}</code> · ${report.models.length} ${report.models.length === 1 ? 'model' : 'models'}</p>`,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function modelSection(model: ReportModel, options: HtmlReportOptions): Promise<string> {
  const out: string[] = [];
  out.push(`<section class="model">`);
  out.push(`<h2>${escapeHtml(model.name)}</h2>`);
  out.push(
    `<p class="meta">${escapeHtml(model.framework)} · line ${model.range.start.line + 1} · ${model.layers.length} ${model.layers.length === 1 ? 'layer' : 'layers'}</p>`,
  );
  if (model.layers.length > 0) {
    const data = plotData(model);
    const svg = await renderVegaLiteSvg(plotSpec(model, data, options));
    out.push(`<div class="plot">${svg}</div>`);
    out.push(`<p class="caption">${escapeHtml(caption(data.hasMeasured, data.dropped, data.points.length, options))}</p>`);
    out.push(`<div class="table">${layerTable(model.layers)}</div>`);
    for (const stream of model.streams ?? []) {
      const sdata = streamPlotData(stream);
      out.push(`<h3>Residual stream over ${stream.blocks} blocks, <code>${escapeHtml(stream.from)}</code> to <code>${escapeHtml(stream.to)}</code></h3>`);
      out.push(`<div class="plot stream">${await renderVegaLiteSvg(plotSpec(model, sdata, options, 'residual block'))}</div>`);
      const last = stream.forward[stream.forward.length - 1];
      out.push(
        `<p class="caption">${escapeHtml(
          `Forward: the stream's second moment after each block over the one entering the run (${formatNumber(last)} after block ${stream.blocks}). Backward: the gradient's squared norm at each block's input over the one at the run's output (${formatNumber(stream.backward[0])} at block 1). Predicted by mean-field theory${streamAlternativeWords(stream)}${stream.measured ? `; measured by the probe (dashed): ${formatNumber(stream.measured.forward[stream.measured.forward.length - 1])} and ${formatNumber(stream.measured.backward[0])}` : ''}.${stream.abridged ? ' A repeated block is shown by its first and last repetitions.' : ''}`,
        )}</p>`,
      );
    }
    for (const j of model.jacobians ?? []) {
      out.push(`<h3>Input-output Jacobian over ${j.layers} layers, <code>${escapeHtml(j.from)}</code> to <code>${escapeHtml(j.to)}</code></h3>`);
      const jdata = spectrumPlotData(j);
      if (jdata.points.length) out.push(`<div class="plot spectrum">${await renderVegaLiteSvg(spectrumPlotSpec(j, jdata))}</div>`);
      out.push(`<p class="caption">${escapeHtml(spectrumSentence(j, jdata.dropped))}</p>`);
    }
  } else {
    out.push('<p class="empty">No layers.</p>');
  }
  if (model.notes.length > 0) {
    out.push('<ul class="notes">');
    for (const note of model.notes) out.push(`<li>${escapeHtml(note)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

function caption(hasMeasured: boolean, dropped: number, plotted: number, options: PlotOptions): string {
  const band = options.driftBand === undefined ? DEFAULT_DRIFT_BAND : options.driftBand;
  const parts = [
    'Forward: second moment of each layer’s output over that of the network input. Backward: squared norm of the loss gradient at each layer’s input over that at the output.',
  ];
  if (band) parts.push(`Dashed grey lines: the drift band [${formatNumber(band[0])}, ${formatNumber(band[1])}].`);
  parts.push(hasMeasured ? 'Solid lines: predicted by theory; dashed lines with hollow diamonds: measured by a probe.' : 'Predicted by mean-field theory.');
  if (plotted === 0) parts.push('No predicted values to plot.');
  if (dropped > 0) parts.push(`${dropped} ${dropped === 1 ? 'value' : 'values'} (zero, negative or not finite) cannot be shown on a log scale; see the table.`);
  return parts.join(' ');
}

export interface Column {
  head: string;
  group: 'layer' | 'predicted' | 'measured';
  cls: string;
  cell: (l: ReportLayer, index: number) => string;
}

/** The table's columns; the measured ones only when some layer has measurements. */
export function tableColumns(layers: readonly ReportLayer[]): Column[] {
  const cols: Column[] = [
    { head: '#', group: 'layer', cls: 'num', cell: (_l, i) => String(i) },
    { head: 'layer', group: 'layer', cls: 'mono', cell: (l) => l.name },
    { head: 'kind', group: 'layer', cls: '', cell: (l) => l.kind },
    { head: 'fan_in', group: 'layer', cls: 'num', cell: (l) => formatInt(l.fanIn) },
    { head: 'fan_out', group: 'layer', cls: 'num', cell: (l) => formatInt(l.fanOut) },
    { head: 'initializer', group: 'layer', cls: 'init', cell: (l) => (l.init ?? '—') + (l.initSource === 'default' ? ' (default)' : '') },
    { head: 'weight var', group: 'layer', cls: 'num', cell: (l) => formatNumber(l.weightVar) },
    { head: 'activation', group: 'layer', cls: '', cell: (l) => l.activation ?? '—' },
    { head: 'ideal gain', group: 'layer', cls: 'num', cell: (l) => formatNumber(l.idealGain) },
    { head: 'forward', group: 'predicted', cls: 'num', cell: (l) => formatNumber(l.predicted?.forward) },
    { head: 'backward', group: 'predicted', cls: 'num', cell: (l) => formatNumber(l.predicted?.backward) },
    { head: 'chi', group: 'predicted', cls: 'num', cell: (l) => formatNumber(l.predicted?.chi) },
  ];
  const measured = layers.filter((l) => l.measured);
  if (measured.length > 0) {
    cols.push(
      { head: 'forward', group: 'measured', cls: 'num measured', cell: (l) => formatNumber(l.measured?.forward) },
      { head: 'backward', group: 'measured', cls: 'num measured', cell: (l) => formatNumber(l.measured?.backward) },
    );
    if (measured.some((l) => l.measured?.mean !== undefined)) cols.push({ head: 'mean', group: 'measured', cls: 'num measured', cell: (l) => formatNumber(l.measured?.mean) });
    if (measured.some((l) => l.measured?.dead !== undefined)) cols.push({ head: 'dead', group: 'measured', cls: 'num measured', cell: (l) => formatFraction(l.measured?.dead) });
    if (measured.some((l) => l.measured?.saturated !== undefined)) cols.push({ head: 'saturated', group: 'measured', cls: 'num measured', cell: (l) => formatFraction(l.measured?.saturated) });
  }
  return cols;
}

function layerTable(layers: readonly ReportLayer[]): string {
  const cols = tableColumns(layers);
  const span = (g: Column['group']): number => cols.filter((c) => c.group === g).length;
  const out: string[] = ['<table>', '<thead>'];
  out.push(
    `<tr><th colspan="${span('layer')}"></th><th class="group" colspan="${span('predicted')}">predicted</th>` +
      (span('measured') > 0 ? `<th class="group measured" colspan="${span('measured')}">measured</th>` : '') +
      '</tr>',
  );
  out.push(`<tr>${cols.map((c) => `<th${c.cls ? ` class="${c.cls}"` : ''}>${escapeHtml(c.head)}</th>`).join('')}</tr>`);
  out.push('</thead>', '<tbody>');
  layers.forEach((l, i) => {
    out.push(`<tr>${cols.map((c) => `<td${c.cls ? ` class="${c.cls}"` : ''}>${escapeHtml(c.cell(l, i))}</td>`).join('')}</tr>`);
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
