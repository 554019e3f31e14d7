// The propagation report: HTML (SVG plots via Vega-Lite, a table, notes), Markdown and JSON.
// Free of vscode: the CLI, the language server and the tests share it.
import type { PropagationReport } from '../analysis/report-data';

export { renderReportHtml, type HtmlReportOptions } from './html';
export { renderReportMarkdown } from './markdown';
export { plotData, plotSpec, DEFAULT_DRIFT_BAND, type PlotOptions } from './spec';
export { loadVega, renderVegaLiteSvg, VEGA_BUNDLE_FILE } from './vega';
export { formatNumber } from './format';

/** The report as JSON: the data itself. */
export function renderReportJson(report: PropagationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
