// A probe in this thread: analyse each model, size it (batch, width scale), plan it, pick a
// backend, run every segment, and put measured next to predicted values. runner.ts runs the same in
// a worker thread with a time budget and cancellation.
import type { Model } from '../model/graph';
import { analyzeModel, type ModelAnalysis } from '../analysis';
import { selectBackend, type BackendAdapter, type BackendSelection } from './backend';
import { noJacobian, runSegment, SampleError, type SegmentRun } from './execute';
import { planModel, scaleWidth, segmentValues, type ModelPlan, type PlanOp, type PlanOptions, type PlanSegment } from './plan';
import { gainWords, segmentSpectrum, type OrthogonalAlternative, type SegmentSpectrum } from '../analysis/isometry';
import { Rng } from './rng';
import { loadTfRuntime, type TfRuntime } from './tf-loader';
import type { BackendName, ProbeLayer, ProbeMemory, ProbeModelResult, ProbeOptions, ProbeRequest, ProbeResult, ProbeSegmentInfo, ProbeSpectrum } from './types';

/** Rough sustained throughput of forward+backward matmuls per backend (FLOP/s), for sizing the batch. */
const THROUGHPUT: Record<BackendName, number> = { cpu: 1e9, wasm: 2e10, 'tfjs-node': 5e10, webgpu: 2e12 };
const DEFAULT_MEMORY_CAP: Record<BackendName, number> = { cpu: 128e6, wasm: 128e6, 'tfjs-node': 128e6, webgpu: 384e6 };
export const MIN_BATCH = 32;
export const MAX_BATCH = 256;

export class ProbeCancelled extends Error {
  constructor(readonly status: 'cancelled' | 'timeout') {
    super(status === 'cancelled' ? 'the probe was cancelled' : 'the probe ran past its time budget');
  }
}

export interface InProcessOptions {
  /** Cancels between segments. */
  signal?: AbortSignal;
  /** performance.now() value after which the probe stops between segments (status 'timeout'). */
  deadline?: number;
  /** Backend adapters (the seam for tests); default defaultAdapters(). */
  adapters?: BackendAdapter[];
  /** Loads TensorFlow.js (default: the bundle). */
  runtime?: () => TfRuntime;
  /** Called after each segment: done and total segments of the whole request. */
  onProgress?: (done: number, total: number) => void;
}

interface Sized {
  plan: ModelPlan;
  batch: number;
  widthScale: number;
  memory: ProbeMemory;
}

/** Float32 values of the largest segment (segments run one after the other, each freeing its tensors). */
function memoryOf(plan: ModelPlan, batch: number): number {
  let max = 0;
  for (const s of plan.segments) max = Math.max(max, segmentValues(s, batch));
  return max;
}

/** The largest size of any parameter of the model. */
function widestSize(analysis: ModelAnalysis): number {
  let widest = 0;
  for (const f of analysis.layers.values()) for (const p of f.params) for (const d of p.spec.shape) if (d !== undefined && d > widest) widest = d;
  return widest;
}

function bytesText(bytes: number): string {
  return bytes >= 1e12 ? `${(bytes / 1e12).toFixed(1)} TB` : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

/** What was scaled or cut to fit the memory cap, in words (the result's notes). */
export function memoryNotes(m: ProbeMemory): string[] {
  const notes: string[] = [];
  if (m.widths) {
    notes.push(
      `widths above 64 scaled down to fit the memory cap of ${bytesText(m.capBytes)} (the widest, ${m.widths.widest}, probed as ${m.widths.probedAs}; as written the probe would need ${bytesText(m.asWrittenBytes)}); initializers re-derived at the scaled sizes`,
    );
  }
  if (m.cut) {
    const whole = m.fittedWidthBytes !== undefined ? ` (all of them would need ${bytesText(m.fittedWidthBytes)}${m.widths ? ' even at the smallest widths' : ''})` : '';
    notes.push(`depth cut to fit the memory cap of ${bytesText(m.capBytes)}: ${m.cut.probed} of ${m.cut.total} layers probed${whole}, the others not measured (each says why)`);
  }
  return notes;
}

/** Batch and width scale for a model on a backend (ProbeOptions.batch / memoryCap / targetMs / spatial). */
export function sizeModel(analysis: ModelAnalysis, options: ProbeOptions, backend: BackendName): Sized {
  const planOpts: Partial<PlanOptions> = {};
  if (options.spatial !== undefined) {
    planOpts.spatial2d = options.spatial;
    planOpts.spatial1d = Math.max(options.spatial, 8);
  }
  let plan = planModel(analysis, { ...planOpts, widthScale: 1 });
  const flops = plan.segments.reduce((a, s) => a + s.flopsPerSample, 0);
  const target = ((options.targetMs ?? 250) / 1000) * THROUGHPUT[backend];
  let batch = options.batch;
  if (batch === undefined) {
    const fit = flops > 0 ? target / (3 * flops) : MAX_BATCH;
    batch = Math.min(MAX_BATCH, Math.max(MIN_BATCH, 2 ** Math.floor(Math.log2(Math.max(1, fit)))));
  }
  const cap = options.memoryCap ?? DEFAULT_MEMORY_CAP[backend];
  const asWritten = memoryOf(plan, batch);
  /** What the whole model needs at the widths it is probed at, when that is still over the cap. */
  let fitted: number | undefined;
  let widthScale = 1;
  let mem = asWritten;
  if (mem > cap) {
    // Widths first: every size above 64 times one ratio, down until it fits or the sizes reach 64.
    let ratio = Math.sqrt(cap / mem);
    for (let i = 0; i < 60; i++) {
      const p = planModel(analysis, { ...planOpts, widthScale: ratio });
      if (!p.scaled) break;
      const m = memoryOf(p, batch);
      // Every size at its floor: a smaller ratio changes nothing, keep the larger one.
      if (widthScale < 1 && m >= mem) break;
      plan = p;
      widthScale = ratio;
      mem = m;
      if (m <= cap) break;
      ratio *= 0.85;
    }
    // Then depth: a stretch that still does not fit keeps its first layers that do.
    if (mem > cap) {
      fitted = mem;
      plan = planModel(analysis, { ...planOpts, widthScale, memoryBudget: { batch, values: cap } });
      mem = memoryOf(plan, batch);
    }
  }
  const memory: ProbeMemory = { capBytes: 4 * cap, asWrittenBytes: 4 * asWritten, plannedBytes: 4 * mem, ...(fitted !== undefined ? { fittedWidthBytes: 4 * fitted } : {}) };
  if (widthScale < 1) {
    const widest = widestSize(analysis);
    memory.widths = { widest, probedAs: scaleWidth(widest, widthScale) };
  }
  if (plan.cuts.length) memory.cut = { probed: plan.cuts.reduce((a, c) => a + c.probed, 0), total: plan.cuts.reduce((a, c) => a + c.total, 0) };
  return { plan, batch, widthScale, memory };
}

function layerList(analysis: ModelAnalysis): ProbeLayer[] {
  const order = analysis.chainOrder.length ? analysis.chainOrder : [...analysis.layers.values()];
  return order.map((f) => {
    const l: ProbeLayer = { id: f.layer.id, name: f.layer.access ?? f.layer.name, kind: f.layer.kind, range: f.layer.range };
    if (f.fanIn !== undefined) l.fanIn = f.fanIn;
    if (f.fanOut !== undefined) l.fanOut = f.fanOut;
    if (f.weight?.info.moments) l.weightVar = f.weight.info.moments.variance;
    const p = analysis.prediction?.perLayer.get(f.layer.id);
    if (p) l.predicted = { forward: p.forward, backward: p.backward };
    return l;
  });
}

/**
 * Sampling an orthogonal n x m matrix costs about n m min(n, m) multiply-adds in JS (Householder
 * QR, sample.ts); the orthogonal alternative is measured only while its layers stay under this.
 */
const ORTHOGONAL_SAMPLING_BUDGET = 3e8;

/** The segment with every linear weight drawn orthogonal with the alternative's gain, or why not. */
function orthogonalSegment(seg: PlanSegment, alt: OrthogonalAlternative): PlanSegment | string {
  let cost = 0;
  const ops: PlanOp[] = [];
  for (const op of seg.ops) {
    if (op.op !== 'linear') {
      if (op.op === 'activation' || op.op === 'scale' || op.op === 'norm') ops.push(op);
      else return `a ${op.op} op in the stack`;
      continue;
    }
    const g = alt.gains.get(op.layerId);
    if (g === undefined) return `${op.layerId} has no orthogonal gain`;
    cost += op.inF * op.outF * Math.min(op.inF, op.outF);
    const variance = (g * g) / Math.max(op.inF, op.outF);
    ops.push({ ...op, weight: { ...op.weight, info: { family: 'orthogonal', source: 'explicit', distribution: 'orthogonal', gain: g, moments: { mean: 0, variance }, formula: `orthogonal (gain ${g})` } } });
  }
  if (cost > ORTHOGONAL_SAMPLING_BUDGET) return `drawing its orthogonal matrices would take about ${Math.round(cost / 3e8)} s at these widths`;
  return { ...seg, ops };
}

function spectrumInfo(run: SegmentRun, predicted: SegmentSpectrum | undefined): ProbeSpectrum | undefined {
  if (!run.jacobian && !predicted) return undefined;
  const out: ProbeSpectrum = {};
  if (predicted) out.predicted = { meanSquare: predicted.current.meanSquare, spread: predicted.current.spread };
  if (run.jacobian) Object.assign(out, run.jacobian);
  return out;
}

function checkStop(options: InProcessOptions): void {
  if (options.signal?.aborted) throw new ProbeCancelled('cancelled');
  if (options.deadline !== undefined && performance.now() > options.deadline) throw new ProbeCancelled('timeout');
}

async function probeModel(
  rt: TfRuntime,
  model: Model,
  opts: ProbeOptions,
  backend: BackendName,
  options: InProcessOptions,
  progress: { done: number; total: number },
): Promise<ProbeModelResult> {
  const t0 = performance.now();
  const analysis = analyzeModel(model);
  const { plan, batch, widthScale, memory } = sizeModel(analysis, opts, backend);
  const layers = layerList(analysis);
  const byId = new Map(layers.map((l) => [l.id, l]));
  const notes = [...memoryNotes(memory), ...plan.notes];
  const segments: ProbeSegmentInfo[] = [];
  const rng = new Rng(opts.seed ?? 1);
  let sampleMs = 0;
  let runMs = 0;
  let jacobianMs = 0;
  for (const [index, seg] of plan.segments.entries()) {
    checkStop(options);
    const info: ProbeSegmentInfo = { layers: seg.layers, source: seg.input.kind === 'tokens' ? 'tokens' : 'gaussian', probed: false };
    if (seg.input.kind === 'gaussian' && seg.input.shape.length) info.inputShape = [batch, ...seg.input.shape];
    if (seg.skipped) {
      info.skipped = seg.skipped;
    } else {
      try {
        const mode = opts.jacobian ?? 'current';
        // a stack of at least two weight layers: its Jacobian, predicted where the theory covers it
        const weightLayers = seg.layers.length;
        const predSeg = analysis.prediction?.segments.find((s) => s.layers[0] === seg.layers[0] && s.layers.length === seg.layers.length);
        const predicted = predSeg ? segmentSpectrum(analysis, predSeg) : undefined;
        const wantJacobian = mode !== 'off' && weightLayers >= 2;
        const run = await runSegment(rt, seg, batch, rng.fork(), { jacobian: wantJacobian });
        info.probed = true;
        info.timeMs = run.sampleMs + run.runMs + (run.jacobianMs ?? 0);
        jacobianMs += run.jacobianMs ?? 0;
        if (run.blocks) info.blocks = run.blocks;
        const jacobian = wantJacobian ? spectrumInfo(run, predicted) : undefined;
        if (jacobian) info.jacobian = jacobian;
        if (jacobian && mode === 'compare' && predicted?.orthogonal && run.outputs && !noJacobian(seg)) {
          const alt = predicted.orthogonal;
          const orth = orthogonalSegment(seg, alt);
          const pair: NonNullable<ProbeSpectrum['orthogonal']> = { gain: gainWords(alt), predicted: { meanSquare: alt.spectrum.meanSquare, spread: alt.spectrum.spread } };
          if (typeof orth === 'string') pair.skipped = orth;
          else {
            const r = await runSegment(rt, orth, batch, rng.fork(), { jacobianOnly: { outputs: run.outputs } });
            if (r.jacobian) Object.assign(pair, r.jacobian);
            info.timeMs += r.sampleMs + (r.jacobianMs ?? 0);
            sampleMs += r.sampleMs;
            jacobianMs += r.jacobianMs ?? 0;
          }
          jacobian.orthogonal = pair;
        }
        sampleMs += run.sampleMs;
        runMs += run.runMs;
        notes.push(...run.notes);
        for (const [id, m] of run.layers) {
          const l = byId.get(id);
          if (!l) continue;
          l.measured = m;
          l.segment = index;
        }
        if (seg.input.kind === 'tokens') notes.push(`${seg.layers[0]}: an embedding is probed from token ids: its forward value is the second moment of its output itself, and it has no input gradient`);
      } catch (e) {
        if (!(e instanceof SampleError)) throw e;
        info.skipped = e.message;
      }
    }
    if (info.skipped) for (const id of seg.layers) if (byId.get(id) && !byId.get(id)!.measured) byId.get(id)!.skipped = info.skipped;
    segments.push(info);
    progress.done++;
    options.onProgress?.(progress.done, progress.total);
  }
  for (const [id, reason] of plan.skipped) {
    const l = byId.get(id);
    if (l && !l.measured && !l.skipped) l.skipped = reason;
  }
  return {
    name: model.name,
    range: model.range,
    framework: model.framework,
    layers,
    segments,
    batch,
    widthScale,
    memory,
    timeMs: performance.now() - t0,
    timings: { sampleMs, runMs, jacobianMs },
    notes: [...new Set(notes)],
  };
}

/** Runs a probe request in this thread (tests, and the body of the worker thread). Never throws: failures are in `status`. */
export async function probeInProcess(request: ProbeRequest, options: InProcessOptions = {}): Promise<ProbeResult> {
  const t0 = performance.now();
  const opts = request.options ?? {};
  const result: ProbeResult = { version: 1, status: 'ok', path: request.path, fallbacks: [], timings: { backendMs: 0, totalMs: 0 }, models: [] };
  const models = request.models.filter((m) => opts.model === undefined || m.name === opts.model);
  try {
    checkStop(options);
    if (opts.model !== undefined && models.length === 0) throw new Error(`no model named '${opts.model}' (found: ${request.models.map((m) => m.name).join(', ') || 'none'})`);
    const rt = (options.runtime ?? loadTfRuntime)();
    const failed: BackendName[] = [];
    let sel: BackendSelection = await selectBackend(rt, opts.backend ?? 'auto', options.adapters, failed);
    result.fallbacks.push(...sel.fallbacks);
    result.timings.backendMs += sel.ms;
    result.backend = sel.backend;
    result.device = sel.device;
    // segments of every model, for progress
    const progress = { done: 0, total: 0 };
    for (const m of models) progress.total += Math.max(1, planModel(analyzeModel(m)).segments.length);
    for (const model of models) {
      for (;;) {
        checkStop(options);
        try {
          const before = progress.done;
          const r = await probeModel(rt, model, opts, sel.backend, options, progress).catch((e: unknown) => {
            progress.done = before;
            throw e;
          });
          result.models.push(r);
          break;
        } catch (e) {
          if (e instanceof ProbeCancelled) throw e;
          // the backend failed while running: fall back to the next one and run the model again
          failed.push(sel.backend);
          result.fallbacks.push({ backend: sel.backend, reason: `failed while probing ${model.name}: ${e instanceof Error ? e.message : String(e)}` });
          sel = await selectBackend(rt, opts.backend ?? 'auto', options.adapters, failed);
          result.timings.backendMs += sel.ms;
          result.backend = sel.backend;
          result.device = sel.device;
        }
      }
    }
  } catch (e) {
    if (e instanceof ProbeCancelled) result.status = e.status;
    else result.status = 'error';
    result.error = e instanceof Error ? e.message : String(e);
  }
  result.timings.totalMs = performance.now() - t0;
  return result;
}
