// The per-layer data of a propagation report: what `initlint.propagationReport` returns, what the
// report renderer (engine/report) draws, and what probes will later add measured values to.
import type { FileAnalysis } from '../analyze';
import type { SourceRange } from '../model/graph';
import type { ModelAnalysis } from './index';

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
}

export interface ReportModel {
  name: string;
  range: SourceRange;
  framework: string;
  layers: ReportLayer[];
  /** Runs of at least 2 residual blocks (predicted), for the per-block stream plot. */
  streams?: ReportStream[];
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
    for (const run of seg.residualRuns) {
      const name = (id: string | undefined): string => {
        const f = id !== undefined ? a.layers.get(id) : undefined;
        return f ? (f.layer.access ?? f.layer.name) : (id ?? '?');
      };
      const stream: ReportStream = { blocks: run.count, from: name(run.first.layers[0]), to: name(run.last.layers[run.last.layers.length - 1]), forward: run.streamAfter, backward: run.gradientBefore };
      if (run.streamAfter.length !== run.count) stream.abridged = true;
      streams.push(stream);
    }
  }
  return { name: a.model.name, range: a.model.range, framework: a.model.framework, layers, notes, ...(streams.length ? { streams } : {}) };
}

/** The report data of a file's models (or only the model named `model`). */
export function propagationReport(analysis: FileAnalysis, model?: string): PropagationReport {
  const models = analysis.models.filter((m) => model === undefined || m.model.name === model).map(reportModel);
  return { version: 1, path: analysis.path, models };
}
