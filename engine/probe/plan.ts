// ModelAnalysis -> probe plan: plain data describing, per segment, the ops to build on a tfjs
// backend, the parameters to draw (with their InitInfo and shape in the framework's layout), the
// input (unit-variance Gaussian, or token ids for an embedding) and the cost of one sample.
//
// Segments follow the theory (engine/analysis/propagation.ts): a top-level node the theory cannot
// follow (an opaque call, attention, a recurrent layer, softmax, a repeat of unknown count) ends a
// segment and the next starts after it, with a fresh unit-variance input, so measured ratios have
// the same reference as the predicted ones. An Embedding (a source the theory skips) is probed on
// its own from token ids. A top-level PyTorch MultiheadAttention (self-attention) or LSTM/GRU/RNN
// (unrolled from h0 = c0 = 0) is probed on its own too, on a [batch, tokens, features] Gaussian
// input: measured only, since the theory has no prediction for it. Tensors are channels-last: [batch, features], [batch, 1, length, channels]
// (1-D convolutions) or [batch, height, width, channels].
import { DENSE_KINDS, type Activation, type Framework, type GraphNode, type Layer } from '../model/graph';
import type { LayerFacts, ModelAnalysis, ParamFacts } from '../analysis';
import { describeParam, type InitInfo } from '../init';
import { bindArgs, type Signature } from '../init/args';
import { TORCH_LAYER_SIGNATURES } from '../init/defaults/pytorch';

export interface ActivationOp {
  kind: Exclude<Activation['kind'], 'softmax'>;
  param?: number;
}

/** One parameter to draw: its initializer and shape in the framework's layout. */
export interface ParamDraw {
  layerId: string;
  name: string;
  info: InitInfo;
  shape: number[];
  framework: Framework;
  groups: number;
}

export type PlanOp =
  | {
      op: 'linear';
      layerId: string;
      inF: number;
      outF: number;
      weight: ParamDraw;
      /** 'oi': stored (out, in) (PyTorch Linear, F.linear parameters); 'io': (in, out) (Keras kernels, `x @ W`). */
      layout: 'oi' | 'io';
      bias?: ParamDraw;
      activation?: ActivationOp;
      /** The input has more axes than features: 'flatten' them all, or apply per 'position' (last axis). */
      reshape?: 'flatten' | 'position';
    }
  | {
      op: 'conv';
      layerId: string;
      inC: number;
      outC: number;
      kernel: [number, number];
      stride: [number, number];
      /** Explicit padding [[top, bottom], [left, right]]. */
      pad: [[number, number], [number, number]];
      dilation: [number, number];
      weight: ParamDraw;
      /** 'torch': (out, in, kh, kw) or (out, in, k); 'channels-last': (kh, kw, in, out) or (k, in, out). */
      layout: 'torch' | 'channels-last';
      bias?: ParamDraw;
      activation?: ActivationOp;
    }
  | {
      op: 'norm';
      layerId: string;
      normKind: NonNullable<Layer['normKind']>;
      eps: number;
      groups?: number;
      gamma?: ParamDraw;
      beta?: ParamDraw;
      activation?: ActivationOp;
    }
  | { op: 'embedding'; layerId: string; rows: number; dim: number; weight: ParamDraw; activation?: ActivationOp }
  | {
      /** Self-attention of a PyTorch nn.MultiheadAttention on a [batch, tokens, E] input (query = key = value). */
      op: 'attention';
      layerId: string;
      embed: number;
      heads: number;
      /** in_proj_weight (3E, E): rows q, k, v; out_proj.weight (E, E); both (out, in). */
      inProj: ParamDraw;
      inBias?: ParamDraw;
      outProj: ParamDraw;
      outBias?: ParamDraw;
    }
  | {
      /** A PyTorch LSTM / GRU / RNN unrolled over the tokens of a [batch, steps, in] input, h0 = c0 = 0. */
      op: 'recurrent';
      layerId: string;
      cell: 'LSTM' | 'GRU' | 'RNN';
      /** RNN only. */
      nonlinearity: 'tanh' | 'relu';
      hidden: number;
      /** Stacked layers: weight_ih_l{k} (gates*H, in), weight_hh_l{k} (gates*H, H), gate order i,f,g,o (LSTM) or r,z,n (GRU). */
      stack: { inF: number; wih: ParamDraw; whh: ParamDraw; bih?: ParamDraw; bhh?: ParamDraw }[];
    }
  | { op: 'activation'; activation: ActivationOp }
  | { op: 'residual'; body: PlanOp[] }
  /** a(x) * b(x) elementwise, both factors applied to the same input (a gated unit). */
  | { op: 'product'; factors: [PlanOp[], PlanOp[]] }
  | { op: 'scale'; factor: number };

export interface PlanSegment {
  /** Layer ids in forward order (first occurrence). */
  layers: string[];
  ops: PlanOp[];
  /** Per-sample input shape without the batch axis, or token ids into `vocab` rows. */
  input: { kind: 'gaussian'; shape: number[] } | { kind: 'tokens'; vocab: number };
  /** Why this segment cannot be probed (then ops is empty). */
  skipped?: string;
  /** Per sample: multiply-adds x 2 of the forward pass, and float32 values of the activations. */
  flopsPerSample: number;
  activationsPerSample: number;
  /** Per sample: the largest temporary of the backward pass (a conv's im2col patches). */
  transientPerSample: number;
  /** The JS heap its ops take (tfjs's tensor objects and gradient tape), in float32 values' worth of bytes. */
  heapValues?: number;
  /** Float32 values of the parameters. */
  parameters: number;
}

/** A segment cut short to fit the memory budget: its first `probed` of `total` layers are planned. */
export interface SegmentCut {
  probed: number;
  total: number;
}

export interface ModelPlan {
  segments: PlanSegment[];
  /** Some width was scaled down by the plan's widthScale. */
  scaled: boolean;
  /** Segments cut short by PlanOptions.memoryBudget. */
  cuts: SegmentCut[];
  /** Layers outside every probed segment, with the reason. */
  skipped: Map<string, string>;
  notes: string[];
}

export interface PlanOptions {
  /** Side of 2-D conv inputs and length of 1-D ones. */
  spatial2d: number;
  spatial1d: number;
  /** Width map: every size above 64 times this ratio (1 = as written). */
  widthScale: number;
  /** Most rows of an embedding table drawn (rows are i.i.d., so fewer rows change no statistic). */
  maxEmbeddingRows: number;
  /** Most repetitions of a repeat block unrolled. */
  maxRepeat: number;
  /** Most output units of a segment's last Linear drawn (its rows are i.i.d. like an embedding's; the initializer keeps the written shape). */
  maxHeadWidth: number;
  /** Tokens of the sequence an attention or recurrent layer is probed on (time steps unrolled). */
  sequence: number;
  /**
   * Most float32 values one segment may hold at this batch size (segmentValues): a segment that needs
   * more keeps its first nodes that fit and the rest of its layers are skipped, saying so. None: no cut.
   */
  memoryBudget?: { batch: number; values: number };
}

/**
 * The JS heap one layer's ops take while a segment runs: tfjs's tensor objects and the gradient tape,
 * kept until the backward pass ends, batch-independent. Measured: a 2,000-layer MLP probes within an
 * 80-96 MB heap and a 4-layer one within 16 MB, about 40 KB per layer.
 */
export const HEAP_BYTES_PER_LAYER = 40_000;
const HEAP_VALUES_PER_LAYER = HEAP_BYTES_PER_LAYER / 4;

/**
 * Float32 values a segment holds at its peak: parameters, the activations kept for the backward pass
 * and their gradients, the largest temporary, and its ops' JS heap counted as values (so one cap
 * bounds both: the tensors' ArrayBuffers and the heap).
 */
export function segmentValues(s: Pick<PlanSegment, 'parameters' | 'activationsPerSample' | 'transientPerSample' | 'heapValues'>, batch: number): number {
  return s.parameters + 2 * batch * s.activationsPerSample + s.transientPerSample * batch + (s.heapValues ?? 0);
}

function costValues(c: Cost, batch: number): number {
  return segmentValues({ parameters: c.params, activationsPerSample: c.acts, transientPerSample: c.transient, heapValues: c.heap }, batch);
}

/** Top-level nodes as build() takes them: a layer with the activation that follows it, or one node. */
function nodeGroups(nodes: GraphNode[]): GraphNode[][] {
  const groups: GraphNode[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const pair = nodes[i]!.type === 'layer' && nodes[i + 1]?.type === 'activation';
    groups.push(nodes.slice(i, i + (pair ? 2 : 1)));
    if (pair) i++;
  }
  return groups;
}

function mb(values: number): string {
  const bytes = values * 4;
  return bytes >= 1e12 ? `${(bytes / 1e12).toFixed(1)} TB` : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { spatial2d: 8, spatial1d: 32, widthScale: 1, maxEmbeddingRows: 4096, maxRepeat: 256, maxHeadWidth: 4096, sequence: 8 };

class Unsupported extends Error {}

interface Cost {
  flops: number;
  acts: number;
  params: number;
  transient: number;
  /** JS heap of the ops, in values (HEAP_BYTES_PER_LAYER per layer). */
  heap: number;
}

/** The width map of a scale ratio: sizes up to 64 stay, larger ones shrink by the ratio (never below 64). */
export function scaleWidth(d: number, ratio: number): number {
  if (ratio >= 1 || d <= 64) return d;
  return Math.max(64, Math.round(d * ratio));
}

/** True when the theory's segment builder would take these nodes (propagation.ts SegmentBuilder.steps). */
function theoryFollows(nodes: GraphNode[], analysis: ModelAnalysis): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'layer') {
      if (n.layer.kind === 'Norm') continue;
      const next = nodes[i + 1];
      if (!analysis.layers.get(n.layer.id) || !DENSE_KINDS.has(n.layer.kind)) return false;
      if (next?.type === 'activation' && next.activation.kind === 'softmax') return false;
    } else if (n.type === 'activation') {
      if (n.activation.kind === 'softmax') return false;
    } else if (n.type === 'scale') continue;
    else if (n.type === 'residual') {
      if (!theoryFollows(n.body, analysis)) return false;
    } else if (n.type === 'product') {
      if (!n.factors.every((f) => theoryFollows(f, analysis))) return false;
    } else if (n.type === 'repeat') {
      if (n.count === undefined || !theoryFollows(n.body, analysis)) return false;
    } else return false;
  }
  return true;
}

function cutReason(node: GraphNode): string {
  if (node.type === 'opaque') return `the analysis cannot follow this call (${node.reason})`;
  if (node.type === 'repeat' && node.count === undefined) return 'repeat count unknown';
  if (node.type === 'layer') {
    if (SEQUENCE_KINDS.has(node.layer.kind)) return `${node.layer.kind} inside a block is not probed yet (only a top-level one gets its own segment)`;
    return `${node.layer.kind} layers are outside the theory's chain`;
  }
  if (node.type === 'activation') return 'softmax ends the chain';
  return 'a node inside this block is outside the theory\u2019s chain';
}

function layerIds(nodes: GraphNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.type === 'layer') {
      if (!out.includes(n.layer.id)) out.push(n.layer.id);
    } else if (n.type === 'residual' || n.type === 'repeat') layerIds(n.body, out);
    else if (n.type === 'product') for (const f of n.factors) layerIds(f, out);
  }
  return out;
}

function activationOp(a: Activation | undefined): ActivationOp | undefined {
  if (!a || a.kind === 'softmax') return undefined;
  return a.param !== undefined ? { kind: a.kind, param: a.param } : { kind: a.kind };
}

function ctorLeaf(layer: Layer): string {
  const i = layer.ctor.lastIndexOf('.');
  return i >= 0 ? layer.ctor.slice(i + 1) : layer.ctor;
}

class Planner {
  readonly notes = new Set<string>();
  /** Some size was actually scaled down. */
  scaled = false;
  /** The layer whose output units may be capped (the segment's last top-level Linear). */
  headId: string | undefined;
  constructor(
    private readonly analysis: ModelAnalysis,
    private readonly options: PlanOptions,
  ) {}

  private w(d: number): number {
    const s = scaleWidth(d, this.options.widthScale);
    if (s !== d) this.scaled = true;
    return s;
  }

  private facts(layer: Layer): LayerFacts {
    const f = this.analysis.layers.get(layer.id);
    if (!f) throw new Unsupported(`no analysis facts for ${layer.name}`);
    return f;
  }

  /** The draw of a parameter, re-described at the scaled shape when widths are scaled. */
  draw(layer: Layer, p: ParamFacts, rowsOverride?: number, outAxisCap?: { axis: number; size: number }): ParamDraw {
    const shape = p.spec.shape;
    if (shape.some((d) => d === undefined)) throw new Unsupported(`the shape of ${layer.name}.${p.spec.name} is not known`);
    const full = shape as number[];
    const scaled = full.map((d) => this.w(d));
    let info = p.info;
    if (this.options.widthScale < 1 && scaled.some((d, i) => d !== full[i])) {
      const layerScaled: Layer = {
        ...layer,
        params: layer.params.map((q) => ({ ...q, shape: q.shape.map((d) => (d === undefined ? d : this.w(d))) })),
        ...(layer.inFeatures !== undefined ? { inFeatures: this.w(layer.inFeatures) } : {}),
        ...(layer.outFeatures !== undefined ? { outFeatures: this.w(layer.outFeatures) } : {}),
      };
      info = describeParam(layerScaled, { ...p.spec, shape: scaled });
    }
    if (!info.moments) throw new Unsupported(`${layer.name}.${p.spec.name}: ${info.family === 'unknown' ? 'unknown initializer' : 'initializer moments unknown'}${info.note ? ` (${info.note})` : ''}`);
    if (p.spec.init.conditional) this.notes.add(`${layer.name}.${p.spec.name}: its initializer applies only under a condition; probed as if it applies`);
    const drawShape = rowsOverride !== undefined ? [rowsOverride, ...scaled.slice(1)] : [...scaled];
    if (outAxisCap && drawShape.length > outAxisCap.axis) drawShape[outAxisCap.axis] = Math.min(drawShape[outAxisCap.axis]!, outAxisCap.size);
    return { layerId: layer.id, name: p.spec.name, info, shape: drawShape, framework: layer.framework, groups: layer.groups ?? 1 };
  }

  /** The per-sample input shape of a segment: from its first shape-bearing layer. */
  inputShape(nodes: GraphNode[]): number[] {
    for (const n of nodes) {
      if (n.type === 'residual' || n.type === 'repeat' || n.type === 'product') {
        const s = this.inputShapeOrUndefined(n.type === 'product' ? n.factors[0] : n.body);
        if (s) return s;
        continue;
      }
      if (n.type !== 'layer') continue;
      return this.layerInputShape(n.layer);
    }
    throw new Unsupported('the segment has no layer to size its input');
  }

  private inputShapeOrUndefined(nodes: GraphNode[]): number[] | undefined {
    try {
      return this.inputShape(nodes);
    } catch (e) {
      if (e instanceof Unsupported && e.message === 'the segment has no layer to size its input') return undefined;
      throw e;
    }
  }

  private layerInputShape(layer: Layer): number[] {
    const f = this.facts(layer);
    if (layer.kind === 'Conv') {
      const conv = this.convGeometry(layer, f);
      const s = conv.nd === 1 ? [1, this.options.spatial1d] : [this.options.spatial2d, this.options.spatial2d];
      return [...s, conv.inC];
    }
    if (layer.kind === 'Norm') {
      const gamma = layer.params.find((p) => p.role === 'gamma' || p.role === 'beta')?.shape[0];
      const features = gamma ?? this.normFeatures(layer);
      if (features === undefined) throw new Unsupported(`the width of ${layer.name} is not known`);
      return [this.w(features)];
    }
    const inF = layer.kind === 'Parameter' ? layer.inFeatures : f.fanIn;
    if (inF === undefined) throw new Unsupported(`the input width of ${layer.name} is not known`);
    return [this.w(inF)];
  }

  private normFeatures(layer: Layer): number | undefined {
    const sig = TORCH_LAYER_SIGNATURES[ctorLeaf(layer)];
    if (!sig) return undefined;
    const b = bindArgs(sig, layer.args);
    const name = sig.find((p) => p.name === 'num_features' || p.name === 'num_channels' || p.name === 'normalized_shape')?.name;
    return name ? b.dims(name, 1)[0] : undefined;
  }

  private convGeometry(layer: Layer, f: LayerFacts): { nd: number; inC: number; outC: number; k: number[]; layout: 'torch' | 'channels-last' } {
    const w = f.weight?.spec.shape;
    if (!w || w.some((d) => d === undefined)) throw new Unsupported(`the weight shape of ${layer.name} is not known`);
    const shape = w as number[];
    const nd = shape.length - 2;
    if (nd !== 1 && nd !== 2) throw new Unsupported(`${nd}-D convolutions are not probed yet`);
    const groups = layer.groups ?? 1;
    if (groups !== 1) throw new Unsupported('grouped convolutions are not probed yet');
    if (layer.framework === 'pytorch') return { nd, inC: this.w(shape[1]!), outC: this.w(shape[0]!), k: shape.slice(2), layout: 'torch' };
    return { nd, inC: this.w(shape[nd]!), outC: this.w(shape[nd + 1]!), k: shape.slice(0, nd), layout: 'channels-last' };
  }

  /** stride, dilation and explicit padding of a conv, as its framework reads its arguments. */
  private convArgs(layer: Layer, nd: number, k: number[], inSize: number[]): { stride: number[]; dilation: number[]; pad: [number, number][] } {
    const many = (v: unknown, what: string, def: number): number[] => {
      if (v === undefined) throw new Unsupported(`${layer.name}: ${what} is not resolved`);
      if (v === null) return Array<number>(nd).fill(def);
      if (typeof v === 'number') return Array<number>(nd).fill(v);
      if (Array.isArray(v) && v.length === nd && v.every((x) => typeof x === 'number')) return v as number[];
      throw new Unsupported(`${layer.name}: ${what} ${JSON.stringify(v)} is not understood`);
    };
    let stride: number[];
    let dilation: number[];
    let padding: unknown;
    if (layer.framework === 'pytorch') {
      const sig: Signature | undefined = TORCH_LAYER_SIGNATURES[ctorLeaf(layer)] ?? TORCH_LAYER_SIGNATURES['Conv2d'];
      const b = bindArgs(sig!, layer.args);
      stride = many(b.raw('stride'), 'stride', 1);
      dilation = many(b.raw('dilation'), 'dilation', 1);
      padding = b.raw('padding');
      const mode = b.raw('padding_mode');
      if (mode !== undefined && mode !== 'zeros') this.notes.add(`${layer.name}: padding_mode '${String(mode)}' probed with zero padding`);
    } else {
      const kw = layer.args?.keyword ?? {};
      stride = many(kw['strides'] ?? kw['stride'] ?? null, 'strides', 1);
      dilation = many(kw['dilation_rate'] ?? kw['kernel_dilation'] ?? kw['dilationRate'] ?? null, 'dilation', 1);
      padding = kw['padding'] ?? (layer.framework === 'flax' ? 'SAME' : 'valid');
    }
    let pad: [number, number][];
    if (typeof padding === 'string') {
      const p = padding.toLowerCase();
      if (p === 'valid') pad = Array.from({ length: nd }, () => [0, 0] as [number, number]);
      else if (p === 'same') {
        pad = k.map((kk, i) => {
          const s = stride[i]!;
          const out = Math.ceil(inSize[i]! / s);
          const total = Math.max((out - 1) * s + dilation[i]! * (kk - 1) + 1 - inSize[i]!, 0);
          const before = Math.floor(total / 2);
          return [before, total - before] as [number, number];
        });
      } else throw new Unsupported(`${layer.name}: padding '${padding}' is not probed yet`);
    } else {
      const p = many(padding, 'padding', 0);
      pad = p.map((x) => [x, x] as [number, number]);
    }
    return { stride, dilation, pad };
  }

  private normEps(layer: Layer): number {
    if (layer.framework === 'pytorch') {
      const sig = TORCH_LAYER_SIGNATURES[ctorLeaf(layer)];
      if (sig && sig.some((p) => p.name === 'eps')) {
        const v = bindArgs(sig, layer.args).raw('eps');
        if (typeof v === 'number') return v;
        if (v === null) return 1.1920928955078125e-7; // RMSNorm eps=None: torch.finfo(float32).eps
      }
      return 1e-5;
    }
    const kw = layer.args?.keyword ?? {};
    const v = kw['epsilon'] ?? kw['eps'];
    if (typeof v === 'number') return v;
    return layer.framework === 'flax' ? 1e-6 : 1e-3;
  }

  /** Ops for `nodes` on an input of per-sample `shape`; returns the output shape. */
  build(nodes: GraphNode[], shape: number[], ops: PlanOp[], cost: Cost): number[] {
    let cur = shape;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const next = nodes[i + 1];
      if (node.type === 'layer') {
        const act = next?.type === 'activation' ? activationOp(next.activation) : undefined;
        if (act) i++;
        cur = this.layer(node.layer, cur, act, ops, cost);
      } else if (node.type === 'activation') {
        const a = activationOp(node.activation);
        if (!a) throw new Unsupported('softmax is outside the chain');
        ops.push({ op: 'activation', activation: a });
      } else if (node.type === 'scale') {
        ops.push({ op: 'scale', factor: node.factor });
      } else if (node.type === 'residual') {
        const body: PlanOp[] = [];
        const out = this.build(node.body, cur, body, cost);
        if (out.length !== cur.length || out.some((d, j) => d !== cur[j])) {
          throw new Unsupported(`a residual branch maps [${cur.join(', ')}] to [${out.join(', ')}] (a projection shortcut or pooling the graph does not show)`);
        }
        cost.acts += cur.reduce((a, b) => a * b, 1);
        ops.push({ op: 'residual', body });
      } else if (node.type === 'product') {
        const a: PlanOp[] = [];
        const b: PlanOp[] = [];
        const outA = this.build(node.factors[0], cur, a, cost);
        const outB = this.build(node.factors[1], cur, b, cost);
        if (outA.length !== outB.length || outA.some((d, j) => d !== outB[j])) {
          throw new Unsupported(`the factors of a product have shapes [${outA.join(', ')}] and [${outB.join(', ')}]`);
        }
        cost.acts += outA.reduce((x, y) => x * y, 1);
        ops.push({ op: 'product', factors: [a, b] });
        cur = outA;
      } else if (node.type === 'repeat') {
        if (node.count === undefined) throw new Unsupported('repeat count unknown');
        if (node.count > this.options.maxRepeat) throw new Unsupported(`a block repeated ${node.count} times (more than ${this.options.maxRepeat})`);
        for (let k = 0; k < node.count; k++) cur = this.build(node.body, cur, ops, cost);
      } else {
        throw new Unsupported(node.type === 'opaque' ? `opaque call: ${node.reason}` : 'unsupported node');
      }
    }
    return cur;
  }

  private layer(layer: Layer, cur: number[], act: ActivationOp | undefined, ops: PlanOp[], cost: Cost): number[] {
    const f = this.facts(layer);
    cost.heap += HEAP_VALUES_PER_LAYER;
    const positions = cur.slice(0, -1).reduce((a, b) => a * b, 1);
    let bias = f.bias ? this.draw(layer, f.bias) : undefined;
    switch (layer.kind) {
      case 'Linear':
      case 'Parameter': {
        const w = f.weight;
        if (!w) throw new Unsupported(`${layer.name} has no weight`);
        const layout: 'oi' | 'io' = layer.kind === 'Parameter' ? (layer.inAxis === 1 ? 'oi' : 'io') : layer.framework === 'pytorch' ? 'oi' : 'io';
        const cap = layer.id === this.headId ? { axis: layout === 'oi' ? 0 : 1, size: this.options.maxHeadWidth } : undefined;
        const weight = this.draw(layer, w, undefined, cap);
        if (cap && f.bias) bias = this.draw(layer, f.bias, undefined, { axis: 0, size: cap.size });
        if (cap && w.spec.shape[cap.axis] !== undefined && weight.shape[cap.axis]! < this.w(w.spec.shape[cap.axis]!)) {
          this.notes.add(`${layer.name}: ${weight.shape[cap.axis]} of its ${w.spec.shape[cap.axis]} output units drawn (i.i.d. rows, the initializer as written)`);
        }
        if (weight.shape.length !== 2) throw new Unsupported(`${layer.name}: a ${weight.shape.length}-D weight is not probed yet`);
        const [inF, outF] = layout === 'oi' ? [weight.shape[1]!, weight.shape[0]!] : [weight.shape[0]!, weight.shape[1]!];
        let reshape: 'flatten' | 'position' | undefined;
        let rows = positions;
        if (cur.length > 1) {
          if (cur[cur.length - 1] === inF) {
            reshape = 'position';
            this.notes.add(`${layer.name} takes a ${cur.length}-axis input: applied at every position (pooling or flattening the graph does not show is left out)`);
          } else if (cur.reduce((a, b) => a * b, 1) === inF) {
            reshape = 'flatten';
            rows = 1;
          } else throw new Unsupported(`${layer.name} expects ${inF} features but gets [${cur.join(', ')}]`);
        } else if (cur[0] !== inF) throw new Unsupported(`${layer.name} expects ${inF} features but gets ${cur[0]}`);
        ops.push({ op: 'linear', layerId: layer.id, inF, outF, weight, layout, ...(bias ? { bias } : {}), ...(act ? { activation: act } : {}), ...(reshape ? { reshape } : {}) });
        cost.flops += 2 * inF * outF * rows;
        cost.params += 2 * inF * outF + outF;
        cost.acts += 3 * outF * rows;
        return reshape === 'position' ? [...cur.slice(0, -1), outF] : [outF];
      }
      case 'Conv': {
        if (cur.length !== 3) throw new Unsupported(`${layer.name} is a convolution but gets [${cur.join(', ')}]`);
        const g = this.convGeometry(layer, f);
        if (cur[2] !== g.inC) throw new Unsupported(`${layer.name} expects ${g.inC} channels but gets ${cur[2]}`);
        const k2: [number, number] = g.nd === 1 ? [1, g.k[0]!] : [g.k[0]!, g.k[1]!];
        const inSize = g.nd === 1 ? [cur[1]!] : [cur[0]!, cur[1]!];
        const a = this.convArgs(layer, g.nd, g.k, inSize);
        const stride: [number, number] = g.nd === 1 ? [1, a.stride[0]!] : [a.stride[0]!, a.stride[1]!];
        const dilation: [number, number] = g.nd === 1 ? [1, a.dilation[0]!] : [a.dilation[0]!, a.dilation[1]!];
        const pad: [[number, number], [number, number]] = g.nd === 1 ? [[0, 0], a.pad[0]!] : [a.pad[0]!, a.pad[1]!];
        if (dilation.some((d) => d !== 1)) throw new Unsupported(`${layer.name}: dilated convolutions are not probed yet`);
        const outHW = [0, 1].map((j) => Math.floor((cur[j]! + pad[j]![0] + pad[j]![1] - dilation[j]! * (k2[j]! - 1) - 1) / stride[j]!) + 1);
        if (outHW.some((s) => s < 1) || pad.some((p, j) => p[0] > cur[j]! || p[1] > cur[j]!)) throw new Unsupported(`${layer.name}: the probe input is too small for this convolution (raise --spatial)`);
        if (pad.some((p) => p[0] > 0 || p[1] > 0)) {
          this.notes.add('convolutions pad circularly: with zero padding every layer would lose the border fraction of its input at the small probe size, which the theory and large inputs do not');
        }
        const weight = this.draw(layer, f.weight!);
        ops.push({ op: 'conv', layerId: layer.id, inC: g.inC, outC: g.outC, kernel: k2, stride, pad, dilation, weight, layout: g.layout, ...(bias ? { bias } : {}), ...(act ? { activation: act } : {}) });
        const outPositions = outHW[0]! * outHW[1]!;
        cost.flops += 2 * k2[0] * k2[1] * g.inC * g.outC * outPositions;
        cost.params += 2 * k2[0] * k2[1] * g.inC * g.outC + g.outC;
        // pre- and post-activation outputs and the circularly padded input; im2col patches of the weight gradient for a moment
        cost.acts += outPositions * 3 * g.outC + (cur[0]! + pad[0][0] + pad[0][1]) * (cur[1]! + pad[1][0] + pad[1][1]) * g.inC;
        cost.transient = Math.max(cost.transient, outPositions * k2[0] * k2[1] * g.inC);
        return [outHW[0]!, outHW[1]!, g.outC];
      }
      case 'Norm': {
        const kind = layer.normKind ?? 'layer';
        const channels = cur[cur.length - 1]!;
        const gammaF = f.params.find((p) => p.spec.role === 'gamma');
        const betaF = f.params.find((p) => p.spec.role === 'beta');
        const gamma = gammaF ? this.draw(layer, gammaF) : undefined;
        const beta = betaF ? this.draw(layer, betaF) : undefined;
        for (const p of [gamma, beta]) {
          if (p && (p.shape.length !== 1 || p.shape[0] !== channels)) throw new Unsupported(`${layer.name}: affine parameters of shape [${p.shape.join(', ')}] on ${channels} features are not probed yet`);
        }
        let groups: number | undefined;
        if (kind === 'group') {
          const sig = TORCH_LAYER_SIGNATURES['GroupNorm']!;
          groups = layer.framework === 'pytorch' ? bindArgs(sig, layer.args).dim('num_groups') : (layer.args?.keyword['num_groups'] as number | undefined) ?? 32;
          if (groups === undefined || channels % groups !== 0) throw new Unsupported(`${layer.name}: number of groups unknown or not dividing ${channels}`);
        }
        if (kind === 'instance' && cur.length === 1) throw new Unsupported(`${layer.name}: instance norm on an input without positions`);
        ops.push({ op: 'norm', layerId: layer.id, normKind: kind, eps: this.normEps(layer), ...(groups !== undefined ? { groups } : {}), ...(gamma ? { gamma } : {}), ...(beta ? { beta } : {}), ...(act ? { activation: act } : {}) });
        cost.acts += 4 * cur.reduce((a, b) => a * b, 1);
        cost.params += 2 * channels;
        return cur;
      }
      case 'ConvTranspose':
        throw new Unsupported(`${layer.name}: transposed convolutions are not probed yet`);
      default:
        throw new Unsupported(`${layer.name}: ${layer.kind} layers are not probed yet`);
    }
  }

  embedding(layer: Layer, act: ActivationOp | undefined): PlanSegment {
    const f = this.facts(layer);
    const w = f.weight;
    const shape = w?.spec.shape;
    if (!w || !shape || shape.length !== 2 || shape.some((d) => d === undefined)) throw new Unsupported(`the table size of ${layer.name} is not known`);
    const vocab = shape[0] as number;
    // Keras/TF.js/Flax embeddings are (input_dim, output_dim) too.
    const rows = Math.min(vocab, this.options.maxEmbeddingRows);
    if (rows < vocab) this.notes.add(`${layer.name}: ${rows} of its ${vocab} rows drawn (the rows are i.i.d.; tokens are drawn among them)`);
    const weight = this.draw(layer, w, rows);
    const d = weight.shape[1]!;
    return {
      layers: [layer.id],
      ops: [{ op: 'embedding', layerId: layer.id, rows, dim: d, weight, ...(act ? { activation: act } : {}) }],
      input: { kind: 'tokens', vocab: rows },
      flopsPerSample: 2 * d,
      activationsPerSample: 3 * d,
      transientPerSample: rows,
      heapValues: HEAP_VALUES_PER_LAYER,
      parameters: rows * d,
    };
  }
}

const SEQUENCE_KINDS = new Set(['MultiheadAttention', 'LSTM', 'GRU', 'RNN']);

export function isSequenceLayer(node: GraphNode | undefined): node is Extract<GraphNode, { type: 'layer' }> {
  return node?.type === 'layer' && SEQUENCE_KINDS.has(node.layer.kind);
}

/** An attention or recurrent layer probed on its own (the theory has no prediction for it: measured only). */
function sequenceSegment(planner: Planner, analysis: ModelAnalysis, layer: Layer, act: ActivationOp | undefined, T: number): PlanSegment {
  const f = analysis.layers.get(layer.id);
  if (!f) throw new Unsupported(`no analysis facts for ${layer.name}`);
  if (layer.framework !== 'pytorch') throw new Unsupported(`${layer.name}: ${layer.framework} ${layer.kind} layers are not probed yet`);
  const param = (name: string): ParamFacts | undefined => f.params.find((p) => p.spec.name === name);
  const need = (name: string): ParamDraw => {
    const p = param(name);
    if (!p) throw new Unsupported(`${layer.name} has no ${name}`);
    return planner.draw(layer, p);
  };
  const opt = (name: string): ParamDraw | undefined => {
    const p = param(name);
    return p ? planner.draw(layer, p) : undefined;
  };
  const ops: PlanOp[] = [];
  let inF: number;
  let outF: number;
  let flops = 0;
  let acts = 0;
  let params = 0;
  if (layer.kind === 'MultiheadAttention') {
    if (f.params.some((p) => /^[qkv]_proj_weight$/.test(p.spec.name))) throw new Unsupported(`${layer.name}: separate q/k/v projections (kdim/vdim) are not probed yet`);
    const inProj = need('in_proj_weight');
    const outProj = need('out_proj.weight');
    const E = inProj.shape[1]!;
    if (inProj.shape[0] !== 3 * E || outProj.shape[0] !== E || outProj.shape[1] !== E) throw new Unsupported(`${layer.name}: projection shapes [${inProj.shape.join(', ')}] and [${outProj.shape.join(', ')}] are not probed yet`);
    const heads = bindArgs(TORCH_LAYER_SIGNATURES['MultiheadAttention']!, layer.args).dim('num_heads');
    if (heads === undefined || heads < 1 || E % heads !== 0) throw new Unsupported(`${layer.name}: num_heads unknown or not dividing the embedding width ${E}`);
    const inBias = opt('in_proj_bias');
    const outBias = opt('out_proj.bias');
    ops.push({ op: 'attention', layerId: layer.id, embed: E, heads, inProj, outProj, ...(inBias ? { inBias } : {}), ...(outBias ? { outBias } : {}) });
    inF = E;
    outF = E;
    flops = 2 * T * E * 4 * E + 4 * T * T * E;
    acts = T * E * 8 + 3 * heads * T * T;
    params = 2 * 4 * E * E + 4 * E;
  } else {
    const cell = layer.kind as 'LSTM' | 'GRU' | 'RNN';
    if (f.params.some((p) => p.spec.name.includes('_reverse'))) throw new Unsupported(`${layer.name}: bidirectional ${cell} layers are not probed yet`);
    const b = bindArgs(TORCH_LAYER_SIGNATURES[cell]!, layer.args);
    if (cell === 'LSTM' && (b.dim('proj_size') ?? 0) > 0) throw new Unsupported(`${layer.name}: LSTM proj_size is not probed yet`);
    const nl = cell === 'RNN' ? b.raw('nonlinearity') : 'tanh';
    if (nl !== 'tanh' && nl !== 'relu') throw new Unsupported(`${layer.name}: nonlinearity ${String(nl)} is not resolved`);
    const gates = cell === 'LSTM' ? 4 : cell === 'GRU' ? 3 : 1;
    const stack: Extract<PlanOp, { op: 'recurrent' }>['stack'] = [];
    for (let k = 0; param(`weight_ih_l${k}`); k++) {
      const wih = need(`weight_ih_l${k}`);
      const whh = need(`weight_hh_l${k}`);
      const bih = opt(`bias_ih_l${k}`);
      const bhh = opt(`bias_hh_l${k}`);
      stack.push({ inF: wih.shape[1]!, wih, whh, ...(bih ? { bih } : {}), ...(bhh ? { bhh } : {}) });
    }
    if (stack.length === 0) throw new Unsupported(`${layer.name} has no weight_ih_l0`);
    const H = stack[0]!.whh.shape[1]!;
    for (const [k, l] of stack.entries()) {
      if (l.wih.shape[0] !== gates * H || l.whh.shape[0] !== gates * H || l.whh.shape[1] !== H || (k > 0 && l.inF !== H)) throw new Unsupported(`${layer.name}: weight shapes of layer ${k} are not probed yet`);
      flops += 2 * T * (l.inF + H) * gates * H;
      acts += T * (gates * H * 4 + H * 3);
      params += 2 * gates * H * (l.inF + H) + 2 * gates * H;
    }
    ops.push({ op: 'recurrent', layerId: layer.id, cell, nonlinearity: nl, hidden: H, stack });
    inF = stack[0]!.inF;
    outF = H;
  }
  if (act) {
    ops.push({ op: 'activation', activation: act });
    acts += T * outF;
  }
  // unrolled: about one layer's ops per step and stacked layer
  const recurrentOp = ops.find((o): o is Extract<PlanOp, { op: 'recurrent' }> => o.op === 'recurrent');
  const heapValues = HEAP_VALUES_PER_LAYER * (recurrentOp ? T * recurrentOp.stack.length : 1);
  return { layers: [layer.id], ops, input: { kind: 'gaussian', shape: [T, inF] }, flopsPerSample: flops, activationsPerSample: acts + T * inF, transientPerSample: 0, parameters: params, heapValues };
}

/** The probe plan of an analysed model. */
export function planModel(analysis: ModelAnalysis, options: Partial<PlanOptions> = {}): ModelPlan {
  const opts = { ...DEFAULT_PLAN_OPTIONS, ...options };
  const planner = new Planner(analysis, opts);
  const segments: PlanSegment[] = [];
  const skipped = new Map<string, string>();
  const cuts: SegmentCut[] = [];
  const model = analysis.model;
  if (!model.orderKnown) {
    for (const l of model.layers) skipped.set(l.id, 'the forward order could not be read');
    return { segments, skipped, scaled: false, cuts: [], notes: ['the forward order could not be read: nothing to probe'] };
  }
  let current: GraphNode[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const nodes = current;
    current = [];
    const layers = layerIds(nodes);
    if (layers.length === 0) return;
    const lastLayer = [...nodes].reverse().find((n) => n.type === 'layer' || n.type === 'residual' || n.type === 'repeat');
    planner.headId = lastLayer?.type === 'layer' && (lastLayer.layer.kind === 'Linear' || lastLayer.layer.kind === 'Parameter') ? lastLayer.layer.id : undefined;
    try {
      const shape = planner.inputShape(nodes);
      const ops: PlanOp[] = [];
      const cost: Cost = { flops: 0, acts: shape.reduce((a, b) => a * b, 1), params: 0, transient: 0, heap: 0 };
      const budget = opts.memoryBudget;
      let planned = layers;
      if (!budget) planner.build(nodes, shape, ops, cost);
      else {
        const groups = nodeGroups(nodes);
        let cur = shape;
        let taken = 0;
        for (const g of groups) {
          const trial: Cost = { ...cost };
          const trialOps: PlanOp[] = [];
          const out = planner.build(g, cur, trialOps, trial);
          if (costValues(trial, budget.batch) > budget.values) {
            if (taken === 0) throw new Unsupported(`its first layer alone needs ${mb(costValues(trial, budget.batch))} at batch ${budget.batch}, over the memory cap of ${mb(budget.values)}`);
            break;
          }
          ops.push(...trialOps);
          Object.assign(cost, trial);
          cur = out;
          taken++;
        }
        if (taken < groups.length) {
          planned = layerIds(groups.slice(0, taken).flat());
          cuts.push({ probed: planned.length, total: layers.length });
          const reason = `cut to fit the memory cap of ${mb(budget.values)}: only the first ${planned.length} of the ${layers.length} layers of this stretch are probed`;
          for (const id of layers) if (!planned.includes(id) && !skipped.has(id)) skipped.set(id, reason);
        }
      }
      segments.push({ layers: planned, ops, input: { kind: 'gaussian', shape }, flopsPerSample: cost.flops, activationsPerSample: cost.acts, transientPerSample: cost.transient, parameters: cost.params, heapValues: cost.heap });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      segments.push({ layers, ops: [], input: { kind: 'gaussian', shape: [] }, skipped: e.message, flopsPerSample: 0, activationsPerSample: 0, transientPerSample: 0, parameters: 0 });
    }
  };
  const nodes = model.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const next = nodes[i + 1];
    const pair = node.type === 'layer' && next?.type === 'activation' ? 2 : 1;
    const slice = nodes.slice(i, i + pair);
    if (theoryFollows(slice, analysis)) {
      current.push(...slice);
      i += pair - 1;
      continue;
    }
    close();
    if (node.type === 'layer' && node.layer.kind === 'Embedding') {
      const act = next?.type === 'activation' ? activationOp(next.activation) : undefined;
      try {
        segments.push(planner.embedding(node.layer, act));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        segments.push({ layers: [node.layer.id], ops: [], input: { kind: 'tokens', vocab: 0 }, skipped: e.message, flopsPerSample: 0, activationsPerSample: 0, transientPerSample: 0, parameters: 0 });
      }
      i += pair - 1;
      continue;
    }
    if (isSequenceLayer(node)) {
      const act = next?.type === 'activation' ? activationOp(next.activation) : undefined;
      try {
        segments.push(sequenceSegment(planner, analysis, node.layer, act, opts.sequence));
        planner.notes.add(`${node.layer.kind} layers are probed on their own segment over a sequence of ${opts.sequence} tokens (measured only: the theory has no prediction for them)`);
        if (act) i += pair - 1;
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        segments.push({ layers: [node.layer.id], ops: [], input: { kind: 'gaussian', shape: [] }, skipped: e.message, flopsPerSample: 0, activationsPerSample: 0, transientPerSample: 0, parameters: 0 });
      }
      continue;
    }
    const reason = cutReason(node);
    for (const id of layerIds([node])) if (!skipped.has(id)) skipped.set(id, reason);
  }
  close();
  for (const l of model.layers) {
    if (!skipped.has(l.id) && !segments.some((s) => s.layers.includes(l.id))) {
      skipped.set(l.id, analysis.layers.get(l.id)?.inChain ? 'outside every probed segment' : 'not reached by the forward pass');
    }
  }
  return { segments, skipped, scaled: planner.scaled, cuts, notes: [...planner.notes] };
}
