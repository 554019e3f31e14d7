// Inlay hints at the end of each layer's line: predicted second moment after the layer (relative to
// the input) and the per-layer gain, e.g. `q 1.00 ×0.50`. Layers built by one constructor in a loop
// share a line and get one hint for the run: `q 1.00→0.0008 ×0.17 (30 layers)`.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { FileAnalysis } from '../engine/analyze';
import { short } from './numbers';
import { toCell, type Subject } from './workspace';
import type { ProbeLookup } from './hover';
import { splitLines } from '../engine/text/lines';

export function inlayHints(subject: Subject, analysis: FileAnalysis, range: Range, uri: string, probes?: ProbeLookup): InlayHint[] {
  const byLine = new Map<number, { first: number; last: number; chis: number[]; count: number; measured?: number }>();
  for (const model of analysis.models) {
    const pred = model.prediction;
    if (!pred) continue;
    const probe = probes?.(model);
    for (const facts of model.chainOrder) {
      const p = pred.perLayer.get(facts.layer.id);
      if (!p) continue;
      const line = facts.layer.range.end.line;
      const m = probe?.status === 'done' ? probe.model?.layers.find((l) => l.id === facts.layer.id)?.measured?.forward : undefined;
      const entry = byLine.get(line);
      if (entry) {
        entry.last = p.forward;
        entry.chis.push(p.chi);
        entry.count++;
        if (m !== undefined) entry.measured = m;
      } else byLine.set(line, { first: p.forward, last: p.forward, chis: [p.chi], count: 1, ...(m !== undefined ? { measured: m } : {}) });
    }
  }
  const hints: InlayHint[] = [];
  const lines = splitLines(subject.text);
  for (const [line, e] of byLine) {
    const at = toCell(subject, { line, character: (lines[line] ?? '').length });
    if (at.uri !== uri || at.position.line < range.start.line || at.position.line > range.end.line) continue;
    // Geometric mean of the run's gains (0 when any layer passes no gradient).
    const chi = e.chis.some((c) => !(c > 0)) ? 0 : Math.exp(e.chis.reduce((s, c) => s + Math.log(c), 0) / e.chis.length);
    const predicted = e.count === 1 ? `q ${short(e.first)} ×${short(chi)}` : `q ${short(e.first)}→${short(e.last)} ×${short(chi)} (${e.count} layers)`;
    // Measured values, when a probe ran, are marked `m` (the last layer of a run, like `q`'s right end).
    const label = e.measured !== undefined ? `${predicted} · m ${short(e.measured)}` : predicted;
    hints.push({
      position: at.position,
      label,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: 'initlint: q = predicted (mean-field) second moment after this layer relative to the network input, × = per-layer gradient gain χ, m = measured by a probe',
    });
  }
  return hints.sort((a, b) => a.position.line - b.position.line);
}
