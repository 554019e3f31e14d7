// The per-layer data of a propagation report: what `initlint.propagationReport` returns, what the
// report renderer (engine/report) draws, and what probes will later add measured values to.
import type { FileAnalysis } from '../analyze';
import type { SourceRange } from '../model/graph';
import type { ModelAnalysis } from './index';
import { gainWords, segmentSpectrum } from './isometry';
import type { Segment } from './propagation';
import { residualRuns, withBranchOutputs, type ResidualRun } from './residual';
import { propagate, type DenseStep } from '../theory';

export interface ReportLayer {
  id: string;
  /** How the code reaches it: `self.blocks[0].fc1`. */
  name: string;
  kind: string;
  ctor: string;
  range: SourceRange;
  fanIn?: number;
  fanOut?: number;
  /** Weight variance from the initializer, and its derivation. */
  weightVar?: number;
  init?: string;
  initSource?: 'default' | 'explicit';
  activation?: string;
  idealGain?: number;
  /** Theory: second moment after the layer / network input; gradient norm at its input / at the output; chi. */
  predicted?: { forward: number; backward: number; chi: number };
  /** Probes (later): the same quantities measured. */
  measured?: { forward: number; backward: number; mean?: number; dead?: number; saturated?: number };
}

/** A run of residual blocks on the trunk: the stream and the gradient block by block (IL006's numbers). */
export interface ReportStream {
  /** Number of residual adds, and the layers where the run starts and ends. */
  blocks: number;
  from: string;
  to: string;
  /** After each block: the stream's second moment / the one entering the run. */
  forward: number[];
  /** At each block's input: the gradient's squared norm / the one at the run's output. */
  backward: number[];
  /** Set when a repeat was computed in short form: only its first and last repetitions are listed. */
  abridged?: boolean;
  /** The first layer of the run's first block (its id, to attach a probe's values). */
  firstLayer?: string;
  /** The same quantities measured by a probe, block by block. */
  measured?: { forward: number[]; backward: number[] };
  /** The run's forward and backward growth over all its blocks under the schemes that keep it steady (predicted). */
  alternatives?: { scheme: string; forward: number; backward: number }[];
}

/** A spectrum of the input-output Jacobian: predicted moments, and the probe's measured ones and values. */
export interface ReportSpectrum {
  predicted?: { meanSquare: number; spread: number };
  measured?: { meanSquare: number; spread: number; values: number[]; points: number; rows: number; outputs: number };
  /** Why the probe did not measure it. */
  skipped?: string;
}

/** The input-output Jacobian of a plain stack of at least two weight layers, as initialized and with orthogonal weights. */
export interface ReportJacobian {
  /** The stack's first layer (its id, to attach a probe's values) and the names of its ends. */
  firstLayer: string;
  from: string;
  to: string;
  layers: number;
  current: ReportSpectrum;
  orthogonal?: ReportSpectrum & { gain: string };
}

export interface ReportModel {
  name: string;
  range: SourceRange;
  framework: string;
  layers: ReportLayer[];
  /** Runs of at least 2 residual blocks (predicted), for the per-block stream plot. */
  streams?: ReportStream[];
  /** Plain stacks' Jacobian spectra (predicted; measured once a probe attaches them). */
  jacobians?: ReportJacobian[];
  /** Why some layers have no prediction (cut chains, unknown sizes). */
  notes: string[];
}

export interface PropagationReport {
  version: 1;
  path: string;
  models: ReportModel[];
}

function reportModel(a: ModelAnalysis): ReportModel {
  const layers: ReportLayer[] = [];
  const order = a.chainOrder.length ? a.chainOrder : [...a.layers.values()];
  for (const f of order) {
    const p = a.prediction?.perLayer.get(f.layer.id);
    const w = f.weight;
    const layer: ReportLayer = {
      id: f.layer.id,
      name: f.layer.access ?? f.layer.name,
      kind: f.layer.kind,
      ctor: f.layer.ctor,
      range: f.layer.range,
    };
    if (f.fanIn !== undefined) layer.fanIn = f.fanIn;
    if (f.fanOut !== undefined) layer.fanOut = f.fanOut;
    if (w?.info.moments) layer.weightVar = w.info.moments.variance;
    if (w) {
      layer.init = w.info.formula;
      layer.initSource = w.spec.init.source;
    }
    if (f.activation) layer.activation = f.activation.kind + (f.activation.param !== undefined ? `(${f.activation.param})` : '');
    if (f.idealGain !== undefined) layer.idealGain = f.idealGain;
    if (p) layer.predicted = { forward: p.forward, backward: p.backward, chi: p.chi };
    layers.push(layer);
  }
  const notes: string[] = [];
  if (!a.model.orderKnown) notes.push('the forward order could not be read: no predictions');
  const segments = a.prediction?.segments ?? [];
  if (segments.length > 1) notes.push(`the chain is cut into ${segments.length} segments (calls or layers the theory does not follow); each starts again from 1`);
  if (segments.some((s) => !s.resolved)) notes.push('some sizes or initializers are unknown: those segments have no prediction');
  const streams: ReportStream[] = [];
  for (const seg of segments) {
    const alternatives = seg.residualRuns.length ? streamAlternatives(seg) : [];
    seg.residualRuns.forEach((run, r) => {
      const name = (id: string | undefined): string => {
        const f = id !== undefined ? a.layers.get(id) : undefined;
        return f ? (f.layer.access ?? f.layer.name) : (id ?? '?');
      };
      const stream: ReportStream = { blocks: run.count, from: name(run.first.layers[0]), to: name(run.last.layers[run.last.layers.length - 1]), forward: run.streamAfter, backward: run.gradientBefore };
      if (run.streamAfter.length !== run.count) stream.abridged = true;
      const first = run.first.layers[0];
      if (first !== undefined) stream.firstLayer = first;
      const alt = alternatives.flatMap((a) => (a.runs[r] ? [{ scheme: a.scheme, forward: a.runs[r]!.forward, backward: a.runs[r]!.backward }] : []));
      if (alt.length) stream.alternatives = alt;
      streams.push(stream);
    });
  }
  const jacobians: ReportJacobian[] = [];
  for (const seg of segments) {
    const sp = segmentSpectrum(a, seg);
    if (!sp) continue;
    const name = (id: string): string => a.layers.get(id)?.layer.access ?? a.layers.get(id)?.layer.name ?? id;
    const j: ReportJacobian = { firstLayer: seg.layers[0]!, from: name(seg.layers[0]!), to: name(seg.layers[seg.layers.length - 1]!), layers: sp.current.layers, current: { predicted: { meanSquare: sp.current.meanSquare, spread: sp.current.spread } } };
    if (sp.orthogonal) j.orthogonal = { gain: gainWords(sp.orthogonal), predicted: { meanSquare: sp.orthogonal.spectrum.meanSquare, spread: sp.orthogonal.spectrum.spread } };
    jacobians.push(j);
  }
  return { name: a.model.name, range: a.model.range, framework: a.model.framework, layers, notes, ...(streams.length ? { streams } : {}), ...(jacobians.length ? { jacobians } : {}) };
}

/**
 * The segment's residual runs re-propagated with each branch's output layer scaled to variance
 * v / N (std / sqrt(N), the GPT-2 / depth-scaled scheme; N the run's blocks) and zero-initialised
 * (Fixup, SkipInit): what the report puts next to the run as written.
 */
function streamAlternatives(seg: Segment): { scheme: string; runs: ResidualRun[] }[] {
  const schemes: [string, (step: DenseStep, count: number) => number][] = [
    ['branch output layers scaled by 1/√N', (step, count) => step.weightVar / count],
    ['branch output layers zero-initialised', () => 0],
  ];
  const out: { scheme: string; runs: ResidualRun[] }[] = [];
  for (const [scheme, variance] of schemes) {
    const steps = withBranchOutputs(seg.steps, seg.residualRuns, variance);
    const runs = residualRuns(propagate(steps).steps, seg.blocks);
    // the same runs, block for block, or the comparison means nothing
    if (runs.length === seg.residualRuns.length && runs.every((r, i) => r.count === seg.residualRuns[i]!.count)) out.push({ scheme, runs });
  }
  return out;
}

/** The report data of a file's models (or only the model named `model`). */
export function propagationReport(analysis: FileAnalysis, model?: string): PropagationReport {
  const models = analysis.models.filter((m) => model === undefined || m.model.name === model).map(reportModel);
  return { version: 1, path: analysis.path, models };
}
