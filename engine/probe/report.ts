// Probes and the propagation report (engine/analysis/report-data.ts, drawn by engine/report):
// measured values go into each layer's `measured` slot, the backend and times into the model's
// notes; and, per model, the theory's prediction had every weight used Kaiming (He), Xavier
// (Glorot) or LeCun initialization instead, as extra report models (predicted only).
import type { FileAnalysis } from '../analyze';
import type { ModelAnalysis } from '../analysis';
import type { PropagationReport, ReportLayer, ReportModel, ReportSpectrum, ReportStream } from '../analysis/report-data';
import { recommendedGain } from '../init';
import { formatNumber } from '../report/format';
import { denseSteps, mapDenseSteps, propagate, type ChainStep, type DenseStep } from '../theory';
import type { MeasuredBlock, ProbeResult, SpectrumPair } from './types';
import { DENSE_KINDS, type Activation, type CallArgs, type Framework, type InitSpec, type Model } from '../model/graph';

/** Copies a probe's measurements into the report (by model name and layer id) and states backend and time. */
export function attachMeasured(report: PropagationReport, result: ProbeResult): PropagationReport {
  for (const model of report.models) {
    const probed = result.models.find((m) => m.name === model.name && m.range.start.line === model.range.start.line) ?? result.models.find((m) => m.name === model.name);
    if (!probed) continue;
    const byId = new Map(probed.layers.map((l) => [l.id, l]));
    for (const layer of model.layers) {
      const m = byId.get(layer.id)?.measured;
      if (!m) continue;
      // an embedding has no input gradient: its `backward` stays absent (the renderer shows a dash)
      const measured = { forward: m.forward, ...(m.backward !== undefined ? { backward: m.backward } : {}), mean: m.mean } as NonNullable<ReportLayer['measured']>;
      if (m.dead !== undefined) measured.dead = m.dead;
      if (m.saturated !== undefined) measured.saturated = m.saturated;
      layer.measured = measured;
    }
    const blocks = probed.segments.flatMap((s) => s.blocks ?? []);
    for (const stream of model.streams ?? []) {
      const measured = measuredStream(stream, blocks);
      if (measured) stream.measured = measured;
    }
    for (const j of model.jacobians ?? []) {
      const seg = probed.segments.find((s) => s.layers[0] === j.firstLayer)?.jacobian;
      if (!seg) continue;
      copySpectrum(j.current, seg);
      if (j.orthogonal && seg.orthogonal) copySpectrum(j.orthogonal, seg.orthogonal);
    }
    const scale = probed.widthScale < 1 ? `, widths scaled by ${formatNumber(probed.widthScale)}` : '';
    model.notes.push(`measured by a probe on ${result.backend ?? '?'} (${result.device ?? 'unknown device'}): batch ${probed.batch}${scale}, ${Math.round(probed.timeMs)} ms`);
    for (const n of probed.notes) model.notes.push(`probe: ${n}`);
    const skipped = probed.segments.filter((s) => s.skipped);
    for (const s of skipped) model.notes.push(`probe skipped ${s.layers.length === 1 ? s.layers[0] : `${s.layers.length} layers from ${s.layers[0]}`}: ${s.skipped}`);
  }
  if (result.status !== 'ok') {
    for (const model of report.models) model.notes.push(`probe ${result.status}: ${result.error ?? ''}`);
  }
  return report;
}

/**
 * A run's stream as measured: the probe's trunk blocks from the one the run starts with, the stream
 * after each over the one entering the run, the gradient at each block's input over the one at the
 * run's output (the predicted values' normalisation). Runs shown in short form are left predicted.
 */
function measuredStream(stream: ReportStream, blocks: readonly MeasuredBlock[]): ReportStream['measured'] | undefined {
  if (stream.abridged || stream.firstLayer === undefined) return undefined;
  const start = blocks.findIndex((b) => b.first === stream.firstLayer);
  if (start < 0 || start + stream.blocks > blocks.length) return undefined;
  const run = blocks.slice(start, start + stream.blocks);
  const entering = run[0]!.inSecond;
  const leaving = run[run.length - 1]!.gradOut;
  if (!(entering > 0) || !(leaving > 0)) return undefined;
  return { forward: run.map((b) => b.outSecond / entering), backward: run.map((b) => b.gradIn / leaving) };
}

/** A probe's measured spectrum (or why it was not measured) into the report's. */
function copySpectrum(to: ReportSpectrum, from: SpectrumPair): void {
  if (from.measured) {
    const m = from.measured;
    to.measured = { meanSquare: m.meanSquare, spread: m.spread, values: m.values, points: m.points, rows: m.rows, outputs: m.outputs };
  }
  if (from.skipped) to.skipped = from.skipped;
}

export type Alternative = 'kaiming' | 'xavier' | 'lecun';

export const ALTERNATIVES: readonly { scheme: Alternative; title: string }[] = [
  { scheme: 'kaiming', title: 'Kaiming (He) normal, gain of the following activation' },
  { scheme: 'xavier', title: 'Xavier (Glorot), gain 1' },
  { scheme: 'lecun', title: 'LeCun normal' },
];

/** Weight variance of an alternative scheme for a dense step. */
export function alternativeVariance(scheme: Alternative, step: DenseStep): number {
  if (scheme === 'xavier') return 2 / (step.fanIn + step.fanOut);
  if (scheme === 'lecun') return 1 / step.fanIn;
  const a = step.activation;
  // calculate_gain of the activation; ReLU's sqrt(2) for the ones PyTorch has no gain for (GELU, SiLU, ...)
  const gain = (a ? recommendedGain(a.kind, a.param) : 1) ?? Math.SQRT2;
  return (gain * gain) / step.fanIn;
}

function replaceWeights(steps: ChainStep[], scheme: Alternative): ChainStep[] {
  return mapDenseSteps(steps, (s) => (s.label === undefined ? s : { ...s, weightMean: 0, weightVar: alternativeVariance(scheme, s) }));
}

/** The model's report layers with the theory re-run as if every layer used `scheme` (biases unchanged). */
export function alternativeModel(analysis: ModelAnalysis, base: ReportModel, scheme: Alternative, title: string): ReportModel | undefined {
  const segments = analysis.prediction?.segments.filter((s) => s.resolved && s.steps.length) ?? [];
  if (segments.length === 0) return undefined;
  const perLayer = new Map<string, { forward: number; backward: number; chi: number; weightVar?: number }>();
  for (const seg of segments) {
    const steps = replaceWeights(seg.steps, scheme);
    const dense = new Map<string, DenseStep>();
    for (const s of denseSteps(steps)) if (s.label !== undefined) dense.set(s.label, s);
    for (const r of propagate(steps).steps) {
      if (r.type !== 'dense' || r.label === undefined) continue;
      const wv = dense.get(r.label)?.weightVar;
      perLayer.set(r.label, { forward: r.forward, backward: r.backward, chi: r.chi, ...(wv !== undefined ? { weightVar: wv } : {}) });
    }
  }
  const layers: ReportLayer[] = base.layers.map((l) => {
    const p = perLayer.get(l.id);
    const out: ReportLayer = { id: l.id, name: l.name, kind: l.kind, ctor: l.ctor, range: l.range };
    if (l.fanIn !== undefined) out.fanIn = l.fanIn;
    if (l.fanOut !== undefined) out.fanOut = l.fanOut;
    if (l.activation !== undefined) out.activation = l.activation;
    if (l.idealGain !== undefined) out.idealGain = l.idealGain;
    if (p) {
      out.predicted = { forward: p.forward, backward: p.backward, chi: p.chi };
      if (p.weightVar !== undefined) out.weightVar = p.weightVar;
      out.init = title;
    }
    return out;
  });
  return {
    name: alternativeName(base.name, title),
    range: base.range,
    framework: base.framework,
    layers,
    notes: [`what the theory predicts, and a probe measures when one ran, if every weight of ${base.name} used ${title} (biases, norms and structure unchanged)`],
  };
}

function alternativeName(model: string, title: string): string {
  return `${model} \u2014 ${title}`;
}

/** The initializer each framework writes for a scheme, given the activation after the layer. */
function schemeInit(framework: Framework, scheme: Alternative, activation: Activation | undefined): Pick<InitSpec, 'name' | 'args'> | undefined {
  const kw = (keyword: CallArgs['keyword']): CallArgs => ({ positional: [], keyword });
  if (framework === 'pytorch') {
    if (scheme === 'xavier') return { name: 'xavier_uniform_', args: kw({}) };
    if (scheme === 'lecun') return { name: 'kaiming_normal_', args: kw({ nonlinearity: 'linear' }) };
    const k = activation?.kind;
    // The gain PyTorch tabulates for the activation, ReLU's for the ones it has none for (as alternativeVariance).
    if (k === 'leaky_relu') return { name: 'kaiming_normal_', args: kw({ a: activation?.param ?? 0.01, nonlinearity: 'leaky_relu' }) };
    if (k === 'tanh' || k === 'sigmoid' || k === 'selu') return { name: 'kaiming_normal_', args: kw({ nonlinearity: k }) };
    if (k === undefined || k === 'identity' || k === 'softmax') return { name: 'kaiming_normal_', args: kw({ nonlinearity: 'linear' }) };
    return { name: 'kaiming_normal_', args: kw({ nonlinearity: 'relu' }) };
  }
  // Keras, Flax and TF.js write the schemes by name (without an activation-specific gain).
  const names: Record<Exclude<Framework, 'pytorch'>, Record<Alternative, string>> = {
    keras: { kaiming: 'he_normal', xavier: 'glorot_uniform', lecun: 'lecun_normal' },
    flax: { kaiming: 'he_normal', xavier: 'glorot_uniform', lecun: 'lecun_normal' },
    tfjs: { kaiming: 'heNormal', xavier: 'glorotUniform', lecun: 'leCunNormal' },
    tensorflow: { kaiming: 'compat.v1.initializers.he_normal', xavier: 'compat.v1.glorot_uniform_initializer', lecun: 'compat.v1.initializers.lecun_normal' },
  };
  return { name: names[framework][scheme], args: kw({}) };
}

/**
 * The models of a report's alternatives as networks to probe: each a copy of its model whose
 * weight matrices use the scheme (biases, norms and structure unchanged), named like the
 * alternative's report model so that attachMeasured fills it in.
 */
export function alternativeProbeModels(report: PropagationReport, analysis: FileAnalysis): Model[] {
  const out: Model[] = [];
  for (const base of report.models) {
    const a = analysis.models.find((m) => m.model.name === base.name && m.model.range.start.line === base.range.start.line);
    if (!a) continue;
    for (const alt of ALTERNATIVES) {
      const copy = structuredClone(a.model);
      let changed = false;
      for (const layer of copy.layers) {
        if (!DENSE_KINDS.has(layer.kind)) continue;
        for (const p of layer.params) {
          if (p.role !== 'weight' || p.shape.length < 2) continue;
          const init = schemeInit(layer.framework, alt.scheme, layer.activation);
          if (!init) continue;
          p.init = { source: 'explicit', framework: layer.framework, ...init };
          changed = true;
        }
      }
      if (changed) out.push({ ...copy, name: alternativeName(base.name, alt.title) });
    }
  }
  return out;
}

/** Adds, after each model, its Kaiming, Xavier and LeCun alternatives (where the chain resolves). */
export function withAlternatives(report: PropagationReport, analysis: FileAnalysis): PropagationReport {
  const models: ReportModel[] = [];
  for (const model of report.models) {
    models.push(model);
    const a = analysis.models.find((m) => m.model.name === model.name && m.model.range.start.line === model.range.start.line);
    if (!a) continue;
    for (const alt of ALTERNATIVES) {
      const m = alternativeModel(a, model, alt.scheme, alt.title);
      if (m) models.push(m);
    }
  }
  return { ...report, models };
}
