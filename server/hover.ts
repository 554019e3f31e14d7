// Hover on a layer constructor or an init statement: the layer, its fans, the initializer with its
// formula and weight variance, the activation and its ideal gain, and the predicted second moments
// at the layer and after the stack.
import type { Hover, Position } from 'vscode-languageserver';
import type { LayerFacts, ModelAnalysis } from '../engine/analysis';
import { whyFansUnknown, whyNoPrediction } from '../engine/analysis/missing-facts';
import { describePhase, phaseOf } from '../engine/analysis/phase';
import { describeSpectrum, segmentSpectrum } from '../engine/analysis/isometry';
import type { SourceRange } from '../engine/model/graph';
import type { FileAnalysis } from '../engine/analyze';
import { short } from './numbers';
import type { ProbeEntry } from './probes';

function contains(r: SourceRange | undefined, p: Position): boolean {
  if (!r) return false;
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

/** The innermost layer whose constructor or init statement holds the position. */
export function layerAt(analysis: FileAnalysis, pos: Position): { model: ModelAnalysis; facts: LayerFacts } | undefined {
  let best: { model: ModelAnalysis; facts: LayerFacts; size: number } | undefined;
  for (const model of analysis.models) {
    for (const facts of model.layers.values()) {
      const ranges = [facts.layer.range, ...facts.params.map((p) => p.spec.init.callRange)];
      for (const r of ranges) {
        if (!r || !contains(r, pos)) continue;
        const size = (r.end.line - r.start.line) * 10_000 + (r.end.character - r.start.character);
        // Prefer layers the forward chain reaches (they carry predictions).
        const score = size - (facts.inChain ? 0.5 : 0);
        if (!best || score < best.size) best = { model, facts, size: score };
      }
    }
  }
  return best && { model: best.model, facts: best.facts };
}

function paramLine(label: string, p: LayerFacts['weight']): string | undefined {
  if (!p) return undefined;
  const src = p.spec.init.source === 'default' ? ' (framework default)' : '';
  const m = p.info.moments;
  // Every formula ends in its numbers; a constant's does not say "variance", so state it.
  const variance = m && !/variance/.test(p.info.formula) ? ` · mean ${short(m.mean)}, variance ${short(m.variance)}` : '';
  return `**${label}**${src}: ${p.info.formula.replace(/\n/g, ' ')}${variance}`;
}

/** What hovers know of probes: the state of a model's probe, if one was asked for. */
export type ProbeLookup = (model: ModelAnalysis) => ProbeEntry | undefined;

function measuredLines(entry: ProbeEntry | undefined, layerId: string): string[] {
  if (!entry) return [];
  if (entry.status === 'running') return ['_measured: probe running…_'];
  if (entry.status === 'failed') return [`_measured: the probe could not run: ${entry.reason ?? 'unknown reason'}_`];
  const layer = entry.model?.layers.find((l) => l.id === layerId);
  const m = layer?.measured;
  if (!m) return [`_measured: not probed${layer?.skipped ? `: ${layer.skipped}` : ''}_`];
  const extra = [
    m.dead !== undefined ? `dead units ${(m.dead * 100).toFixed(0)}%` : '',
    m.saturated !== undefined ? `saturated ${(m.saturated * 100).toFixed(0)}%` : '',
    m.attentionEntropy ? `attention entropy ${short(m.attentionEntropy.mean)} of at most ${short(m.attentionEntropy.max)} nats` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const mem = entry.model?.memory;
  const fitted = [
    mem?.widths ? `widths scaled to fit memory (widest ${mem.widths.widest} as ${mem.widths.probedAs})` : '',
    mem?.cut ? `depth cut to fit memory (${mem.cut.probed} of ${mem.cut.total} layers probed)` : '',
  ].filter(Boolean);
  const scale = fitted.length ? ` · ${fitted.join(' · ')}` : '';
  return [
    `**measured** (probe on ${entry.where ?? 'unknown backend'}, batch ${entry.model?.batch ?? '?'}, ${short(entry.model?.timeMs ?? NaN)} ms${scale}): second moment ${short(m.forward)} × input${m.backward !== undefined ? ` · gradient norm ${short(m.backward)} × output` : ''} · mean ${short(m.mean)}${extra ? ` · ${extra}` : ''}`,
  ];
}

/** The probe's measured Jacobian of the segment that starts at `firstLayer`, as a sentence tail. */
function measuredSpectrum(entry: ProbeEntry | undefined, firstLayer: string): string {
  const seg = entry?.status === 'done' ? entry.model?.segments.find((s) => s.layers[0] === firstLayer) : undefined;
  const m = seg?.jacobian?.measured;
  if (!m) return '';
  const sampled = m.rows === m.outputs ? `all ${m.outputs} rows` : `${m.rows} of ${m.outputs} rows`;
  return ` · **measured**: ${short(m.meanSquare)} · spread ${short(m.spread)} (${sampled} of J at ${m.points} inputs)`;
}

/** Stacks at least this deep get the mean-field phase in the hover (shallow ones do not reach it). */
const PHASE_MIN_DEPTH = 8;

export function hoverFor(analysis: FileAnalysis, pos: Position, probes?: ProbeLookup): Hover | null {
  const hit = layerAt(analysis, pos);
  if (!hit) return null;
  const { model, facts } = hit;
  const layer = facts.layer;
  const lines: string[] = [];
  const fans = [facts.fanIn !== undefined ? `fan_in ${facts.fanIn}` : 'fan_in unknown', facts.fanOut !== undefined ? `fan_out ${facts.fanOut}` : undefined].filter(Boolean).join(' · ');
  lines.push(`**${layer.access ?? layer.name}** — \`${layer.ctor.replace(/^torch\.nn\./, 'nn.')}\` · ${fans}  (model \`${model.model.name}\`)`);
  const fansUnknown = whyFansUnknown(facts);
  if (fansUnknown) lines.push(`_${facts.fanIn === undefined ? 'fan_in' : 'fan_out'} unknown: ${fansUnknown}_`);
  const w = paramLine(facts.weight?.spec.name ?? 'weight', facts.weight);
  if (w) lines.push(w);
  const b = paramLine(facts.bias?.spec.name ?? 'bias', facts.bias);
  if (b) lines.push(b);
  if (facts.activation) {
    const gain = facts.idealGain !== undefined ? ` · ideal gain ${short(facts.idealGain)} (weight variance ${short(facts.idealGain ** 2)}/fan_in keeps the second moment)` : '';
    lines.push(`**activation**: ${facts.activation.kind}${facts.activation.param !== undefined ? `(${facts.activation.param})` : ''}${gain}`);
  } else if (facts.inChain) lines.push('**activation**: none');
  const p = model.prediction?.perLayer.get(layer.id);
  if (p) {
    lines.push(`**predicted** (mean-field): second moment after this layer ${short(p.forward)} × input · gradient norm at its input ${short(p.backward)} × output · per-layer gain χ ${short(p.chi)}`);
    const seg = model.prediction!.segments.find((s) => s.layers.includes(layer.id));
    if (seg && seg.resolved) lines.push(`**after the stack** (${seg.layers.length} layers): forward ${short(seg.forward)} × · backward ${short(seg.backward)} ×`);
    // a residual run this layer is in: the stream's growth block by block (IL006's numbers, flagged or not)
    const run = seg?.residualRuns.find((r) => r.blocks.some((b) => b.layers.includes(layer.id)));
    if (run) lines.push(`**residual stream** (${run.count} blocks): second moment ${short(run.forward)} × after the run (${short(run.forwardPerBlock)} × per block) · gradient norm ${short(run.backward)} × at its first block (${short(run.backwardPerBlock)} × per block)`);
    // deep plain stacks: the mean-field phase of layers like this one
    const phase = seg && !p.inBranch && seg.layers.length >= PHASE_MIN_DEPTH ? phaseOf(facts) : undefined;
    if (phase) lines.push(`**mean-field phase** of a deep stack of such layers: ${describePhase(phase)}`);
    // and how far the stack's input-output Jacobian is from dynamical isometry
    const spectrum = seg && !p.inBranch && seg.layers.length >= PHASE_MIN_DEPTH ? segmentSpectrum(model, seg) : undefined;
    if (spectrum) lines.push(`**Jacobian** of the stack (input to output, predicted): ${describeSpectrum(spectrum)}${measuredSpectrum(probes?.(model), seg!.layers[0]!)}`);
  } else {
    const why = whyNoPrediction(model, facts);
    if (why) lines.push(`_no prediction: ${why}_`);
  }
  lines.push(...measuredLines(probes?.(model), layer.id));
  return { contents: { kind: 'markdown', value: lines.join('\n\n') } };
}
