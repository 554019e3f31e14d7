// Public types of engine/probe: what a probe is asked (request, options), what it answers
// (result per model and per layer), and the backend names.
import type { Model, SourceRange } from '../model/graph';

/** Where a probe runs. */
export type BackendName = 'tfjs-node' | 'webgpu' | 'wasm' | 'cpu';
/** What the user may ask for: one backend, or the first that works in the order of AUTO_ORDER. */
export type BackendChoice = 'auto' | BackendName;

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'webgpu', 'tfjs-node', 'wasm', 'cpu'];
/** DESIGN.md section 7: native TensorFlow when installed, then WebGPU when an adapter is found, then WebAssembly, then plain JS. */
export const AUTO_ORDER: readonly BackendName[] = ['tfjs-node', 'webgpu', 'wasm', 'cpu'];

export interface ProbeOptions {
  /** Backend (default 'auto'). A named backend that cannot start falls back along AUTO_ORDER after it; the result says so. */
  backend?: BackendChoice;
  /** Samples per batch; default chosen from the model's size in [32, 256] (sizing.ts). */
  batch?: number;
  /** Side of the square input of 2-D convolutions and length of 1-D ones (default 8 and 32). */
  spatial?: number;
  /** Seed of the weight, input and projection draws (default 1). */
  seed?: number;
  /** Only this model of the file (by name). */
  model?: string;
  /**
   * Most float32 values (weights, their transposes, the activations kept for the backward pass, and
   * the ops' JS heap counted as values) a probe may hold; wider models are scaled down (every width
   * above 64 by the same ratio), longer ones cut, as the result states (ProbeModelResult.memory).
   * Default 128M values (512 MB) on CPU backends and 384M on a GPU.
   */
  memoryCap?: number;
  /** Compute the probe would like to stay under, in ms (drives the automatic batch size; default 250). */
  targetMs?: number;
  /**
   * The input-output Jacobian of each plain stack (jacobian.ts): 'current' measures it as
   * initialized (default), 'compare' also with orthogonal weights (the report), 'off' not at all.
   */
  jacobian?: 'off' | 'current' | 'compare';
}

/** What a probe is asked: the models of one file (ModelGraph models are plain data, so they cross to a worker). */
export interface ProbeRequest {
  path: string;
  models: Model[];
  options?: ProbeOptions;
}

/** Statistics measured at one layer (DESIGN.md section 8 semantics for forward and backward). */
export interface MeasuredLayer {
  /** Second moment of the layer's output (after its activation) / that of the segment's input. */
  forward: number;
  /** Squared norm (summed over units, per sample) of the loss gradient at the layer's input / at the segment's output. */
  backward?: number;
  /** Mean of the output after the activation. */
  mean: number;
  variance: number;
  /** Pre-activation mean and variance (equal to the above when no activation follows). */
  preMean: number;
  preVariance: number;
  /** ReLU family: fraction of units (features, or channels x positions) whose pre-activation is <= 0 for every sample of the batch. */
  dead?: number;
  /** tanh |y| > 0.99, sigmoid y outside [0.01, 0.99], hardtanh |h| >= 1: fraction of entries. */
  saturated?: number;
  /** Mean of the squared loss gradient of the layer's weight entries. */
  weightGrad?: number;
  /** Attention: the mean entropy of its weights over the keys, and its maximum log(keys), in nats (a saturated softmax has entropy near 0). */
  attentionEntropy?: { mean: number; max: number };
}

export interface ProbeLayer {
  id: string;
  name: string;
  kind: string;
  range: SourceRange;
  fanIn?: number;
  fanOut?: number;
  weightVar?: number;
  /** The theory's values (relative to the segment's input / output, as measured). */
  predicted?: { forward: number; backward: number };
  measured?: MeasuredLayer;
  /** Why the layer was not measured. */
  skipped?: string;
  /** Index of the probed segment it belongs to. */
  segment?: number;
}

/** A residual block on a segment's trunk, measured: the stream around it and the gradient at its ends. */
export interface MeasuredBlock {
  /** The first layer of its branch (what names the block). */
  first: string;
  /** Second moment of the stream entering and leaving it / that of the segment's input. */
  inSecond: number;
  outSecond: number;
  /** Squared norm of the gradient at its input and at its output / at the segment's output. */
  gradIn: number;
  gradOut: number;
}

/** The input-output Jacobian of a segment as measured (jacobian.ts). */
export interface MeasuredSpectrum {
  /** Mean squared singular value, tr(J J^T) / outputs. */
  meanSquare: number;
  /** Variance of the squared singular values / meanSquare^2 (0 at isometry). */
  spread: number;
  /** Squared singular values of the sampled rows of J at every input, ascending (the exact spectrum when rows = outputs). */
  values: number[];
  points: number;
  /** Rows of J read per input, of `outputs`. */
  rows: number;
  outputs: number;
}

export interface SpectrumPair {
  /** The theory's values (engine/theory/jacobian.ts). */
  predicted?: { meanSquare: number; spread: number };
  measured?: MeasuredSpectrum;
  /** Why it was not measured. */
  skipped?: string;
}

/** A segment's Jacobian as initialized, and with orthogonal weights when asked for and when they apply. */
export interface ProbeSpectrum extends SpectrumPair {
  orthogonal?: SpectrumPair & { gain: string };
}

export interface ProbeSegmentInfo {
  /** Layer ids in forward order. */
  layers: string[];
  /** Input shape of the segment's batch (channels last): [batch, features] or [batch, h, w, channels]. */
  inputShape?: number[];
  /** Embedding probes start from token ids instead of a unit-variance input. */
  source: 'gaussian' | 'tokens';
  probed: boolean;
  skipped?: string;
  timeMs?: number;
  /** The residual blocks on its trunk, in forward order (repetitions included). */
  blocks?: MeasuredBlock[];
  /** The input-output Jacobian (plain stacks of at least 2 weight layers from a Gaussian input). */
  jacobian?: ProbeSpectrum;
}

/**
 * How a probe fits its memory. What it holds (float32 tensors, and its ops' JS heap, plan.ts
 * segmentValues) is planned and held to the cap by scaling widths down, then, when even the smallest
 * widths do not fit, by probing only the first layers of a long stretch; the result says which. The
 * worker's heap limit (ProbeResult.heapLimitMb) enforces the heap part.
 */
export interface ProbeMemory {
  /** The cap (ProbeOptions.memoryCap), in bytes. */
  capBytes: number;
  /** What the largest segment of the model as written would hold, in bytes. */
  asWrittenBytes: number;
  /** What the largest probed segment holds as planned, in bytes (at most capBytes). */
  plannedBytes: number;
  /** When widths were scaled: the widest size as written and as probed. */
  widths?: { widest: number; probedAs: number };
  /** When stretches were cut: layers probed of the layers in the stretches cut. */
  cut?: { probed: number; total: number };
  /** When stretches were cut: what the whole model would hold at the probed widths, in bytes. */
  fittedWidthBytes?: number;
}

export interface ProbeModelResult {
  name: string;
  range: SourceRange;
  framework: string;
  layers: ProbeLayer[];
  segments: ProbeSegmentInfo[];
  batch: number;
  /** Ratio every width above 64 was multiplied by to fit the memory cap (1 = as written). */
  widthScale: number;
  memory: ProbeMemory;
  /** Weight sampling, building, forward+backward and the one read-back, in ms. */
  timeMs: number;
  /** Weight sampling, the per-layer forward+backward, and the Jacobian's passes (orthogonal alternative included). */
  timings: { sampleMs: number; runMs: number; jacobianMs: number };
  notes: string[];
}

export interface ProbeResult {
  version: 1;
  status: 'ok' | 'cancelled' | 'timeout' | 'error';
  /** Why the probe did not finish (status other than ok). */
  error?: string;
  path: string;
  backend?: BackendName;
  /** The device in words: 'WebAssembly (SIMD, 1 thread)', 'NVIDIA H100 (WebGPU, vulkan)'. */
  device?: string;
  /** The JS heap limit of the worker thread that ran the probe (resourceLimits), in MB; absent in-process. */
  heapLimitMb?: number;
  /** Backends tried before the one used, and why they failed. */
  fallbacks: { backend: BackendName; reason: string }[];
  /** Backend start-up, and the whole run, in ms. */
  timings: { backendMs: number; totalMs: number };
  models: ProbeModelResult[];
}
