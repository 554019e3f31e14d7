// The propagation report as Markdown: per model a heading, the layer table and the notes (no plot).
import type { PropagationReport } from '../analysis/report-data';
import { escapeMarkdown, formatNumber } from './format';
import { tableColumns } from './html';
import { spectrumSentence, streamAlternativeWords } from './sentences';

export function renderReportMarkdown(report: PropagationReport): string {
  const out: string[] = [`# Propagation report: ${escapeMarkdown(report.path)}`, ''];
  if (report.models.length === 0) out.push('No models found in this file.', '');
  for (const model of report.models) {
    out.push(`## ${escapeMarkdown(model.name)}`, '');
    out.push(`${escapeMarkdown(model.framework)}, line ${model.range.start.line + 1}, ${model.layers.length} ${model.layers.length === 1 ? 'layer' : 'layers'}.`, '');
    if (model.layers.length > 0) {
      const cols = tableColumns(model.layers);
      const head = cols.map((c) => (c.group === 'layer' ? c.head : `${c.group} ${c.head}`));
      out.push(`| ${head.map(escapeMarkdown).join(' | ')} |`);
      out.push(`|${cols.map((c) => (c.cls.includes('num') ? '---:' : '---')).join('|')}|`);
      model.layers.forEach((l, i) => out.push(`| ${cols.map((c) => escapeMarkdown(c.cell(l, i))).join(' | ')} |`));
      out.push('');
    }
    for (const st of model.streams ?? []) {
      const f = st.forward[st.forward.length - 1];
      const b = st.backward[0];
      const per = (v: number | undefined): string => (v !== undefined && v > 0 ? formatNumber(Math.pow(v, 1 / st.blocks)) : '—');
      out.push(
        `Residual stream over ${st.blocks} blocks (${escapeMarkdown(st.from)} to ${escapeMarkdown(st.to)}): second moment ${formatNumber(f)} after the last block (${per(f)} per block), gradient's squared norm ${formatNumber(b)} at the first (${per(b)} per block)${escapeMarkdown(streamAlternativeWords(st))}.`,
        '',
      );
    }
    for (const j of model.jacobians ?? []) {
      out.push(`Input-output Jacobian over ${j.layers} layers (${escapeMarkdown(j.from)} to ${escapeMarkdown(j.to)}): ${escapeMarkdown(spectrumSentence(j).replace(/ The plot shows.*$/, ''))}`, '');
    }
    if (model.notes.length > 0) {
      for (const note of model.notes) out.push(`- ${escapeMarkdown(note)}`);
      out.push('');
    }
  }
  out.push(
    'Forward: second moment of each layer’s output over that of the network input. Backward: squared norm of the loss gradient at each layer’s input over that at the output. Predicted by mean-field theory; measured columns come from probes.',
    '',
  );
  return out.join('\n');
}
