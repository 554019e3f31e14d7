// Model -> mean-field chain: maps a model's forward nodes to chain steps using each layer's
// initializer moments, cuts the chain where the theory does not apply (opaque calls, attention,
// recurrent layers, embeddings as sources, softmax), and propagates every resolved segment.
import { DENSE_KINDS, type GraphNode, type Model } from '../model/graph';
import type { LayerFacts } from './index';
import { prodDims } from '../init';
import { propagate, type ChainStep, type StepRecord } from '../theory';
import { type BuiltBlock, type ResidualRun, normStep, residualRuns, scaleFactor } from './residual';

export interface LayerPrediction {
  /** Second moment of the layer's output (after its activation) / that of the segment's input. */
  forward: number;
  /** Squared gradient norm at the layer's input / at the segment's output. */
  backward: number;
  /** Per-layer gradient gain chi = fan_in x E[w^2] x E[phi'(h)^2]. */
  chi: number;
  /** Pre-activation second moment relative to the segment's input. */
  qPre: number;
  /** Inside a residual branch (not on the trunk the signal and gradient pass through). */
  inBranch: boolean;
}

export interface Segment {
  /** Layer ids in forward order (flattened through residual blocks). */
  layers: string[];
  /** Every layer's sizes and initializer resolved. */
  resolved: boolean;
  /** Final forward ratio, and the backward ratio (gradient norm at the input / at the output). */
  forward: number;
  backward: number;
  /** Geometric mean of the layers' chi. */
  typicalChi?: number;
  /** The theory's steps (dense steps labelled with layer ids), to re-run with other initializers. */
  steps: ChainStep[];
  /** The runs of residual blocks on the segment's trunk and the growth of their stream (resolved segments). */
  residualRuns: ResidualRun[];
  /** Its residual and repeat nodes, by the index in their step's label (to find the runs of re-propagated steps). */
  blocks: BuiltBlock[];
  /** The trunk in forward order: its layers and the outputs of its residual and repeat blocks (resolved segments). */
  trunk: TrunkPoint[];
}

/** A point of the trunk the signal passes: a layer (its id) or a block's output ('residual:3', 'repeat:0'). */
export interface TrunkPoint {
  id: string;
  /** Second moment after it, relative to the segment's input. */
  forward: number;
  /** Squared gradient norm at its input, relative to the segment's output. */
  backward: number;
  block: boolean;
}

/** The trunk points of one propagation: every labelled step outside residual branches, in order. */
export function trunkPoints(records: StepRecord[]): TrunkPoint[] {
  const out: TrunkPoint[] = [];
  for (const r of records) {
    if (r.inBranch || r.label === undefined) continue;
    if (r.type === 'dense') out.push({ id: r.label, forward: r.forward, backward: r.backward, block: false });
    else if (r.type === 'residual' || r.type === 'repeat') out.push({ id: r.label, forward: r.forward, backward: r.backward, block: true });
  }
  return out;
}

/**
 * A dense layer whose weight matrix is drawn (semi-)orthogonal: orthogonal initializers, and the
 * identity (eye) on a 2-D weight, for the Jacobian's spectrum. Convolutions are not: an orthogonal
 * flattened kernel is not an orthogonal convolution.
 */
function isometricWeights(f: LayerFacts): boolean {
  if (f.layer.kind !== 'Linear' && f.layer.kind !== 'Parameter') return false;
  const d = f.weight?.info.distribution;
  return d === 'orthogonal' || (d === 'identity' && f.weight!.spec.shape.length === 2);
}

export interface ChainPrediction {
  perLayer: Map<string, LayerPrediction>;
  segments: Segment[];
}

interface Building {
  steps: ChainStep[];
  layers: string[];
  resolved: boolean;
  /** The residual and repeat nodes of the segment, by the index in their step's label. */
  blocks: BuiltBlock[];
}

/**
 * The fans the theory needs: the number of terms summed into each output (forward) and each input
 * (backward). They are the initializer's fans except for a PyTorch transposed convolution, whose
 * weight (C_in, C_out/groups, *k) gives PyTorch's "fan_in" (C_out/groups) prod(k), the terms each
 * *input* feeds: each output sums (C_in/groups) prod(k) / prod(stride) terms on average.
 */
function theoryFans(f: LayerFacts): { fanIn: number; fanOut: number } {
  const l = f.layer;
  const w = f.weight?.spec.shape;
  if (l.kind === 'ConvTranspose' && l.framework === 'pytorch' && w && typeof w[0] === 'number' && l.kernelSize && l.stride) {
    const k = prodDims(l.kernelSize);
    const s = prodDims(l.stride);
    const g = typeof l.groups === 'number' ? l.groups : l.groups === undefined ? 1 : undefined;
    const cout = w[1];
    if (k !== undefined && s !== undefined && s > 0 && g !== undefined && typeof cout === 'number') return { fanIn: (w[0] / g) * (k / s), fanOut: cout * k };
  }
  return { fanIn: f.fanIn!, fanOut: f.fanOut! };
}

class SegmentBuilder {
  readonly done: Building[] = [];
  current: Building = { steps: [], layers: [], resolved: true, blocks: [] };

  cut(): void {
    if (this.current.layers.length) this.done.push(this.current);
    this.current = { steps: [], layers: [], resolved: true, blocks: [] };
  }

  /**
   * Steps for `nodes`; undefined when a node breaks the chain model. Layer ids go to the current
   * segment (the caller rolls them back when a nested body fails).
   */
  steps(nodes: GraphNode[], facts: Map<string, LayerFacts>): ChainStep[] | undefined {
    const steps: ChainStep[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'layer') {
        const kind = node.layer.kind;
        if (kind === 'Norm') {
          steps.push(normStep(facts.get(node.layer.id)));
          continue;
        }
        const f = facts.get(node.layer.id);
        // Constant factors right after the product (`x @ W / math.sqrt(n)`, the NTK
        // parameterization) are part of the layer: its output, and the activation after them.
        let j = i + 1;
        let factor = 1;
        while (nodes[j]?.type === 'scale') factor *= (nodes[j++] as { factor: number }).factor;
        const next = nodes[j];
        const activation = next?.type === 'activation' ? next.activation : undefined;
        if (!f || !DENSE_KINDS.has(kind) || activation?.kind === 'softmax') return undefined;
        i = activation ? j : j - 1;
        this.current.layers.push(node.layer.id);
        const w = f.weight?.info.moments;
        const b = f.bias?.info.moments ?? { mean: 0, variance: 0 };
        if (!w || f.fanIn === undefined || f.fanOut === undefined || f.weight!.spec.init.conditional) {
          this.current.resolved = false;
          continue;
        }
        const fans = theoryFans(f);
        steps.push({
          type: 'dense',
          label: node.layer.id,
          fanIn: fans.fanIn,
          fanOut: fans.fanOut,
          weightMean: w.mean * factor,
          weightVar: w.variance * factor * factor,
          biasMean: b.mean,
          biasVar: b.variance,
          ...(isometricWeights(f) ? { weights: 'orthogonal' as const } : {}),
          ...(activation ? { activation: { kind: activation.kind as Exclude<typeof activation.kind, 'softmax'>, ...(activation.param !== undefined ? { param: activation.param } : {}) } } : {}),
        });
      } else if (node.type === 'activation') {
        if (node.activation.kind === 'softmax') return undefined;
        steps.push({ type: 'activation', activation: { kind: node.activation.kind, ...(node.activation.param !== undefined ? { param: node.activation.param } : {}) } });
      } else if (node.type === 'scale') {
        // x * c as a 1-to-1 linear map of variance c^2: second moment and gradient norm times c^2.
        steps.push({ type: 'dense', fanIn: 1, fanOut: 1, weightVar: scaleFactor(node) ** 2, weights: 'orthogonal' });
      } else if (node.type === 'product') {
        const a = this.steps(node.factors[0], facts);
        const b = a && this.steps(node.factors[1], facts);
        if (!a || !b) return undefined;
        steps.push({ type: 'product', factors: [a, b] });
      } else if (node.type === 'residual' || node.type === 'repeat') {
        const mark = this.current.layers.length;
        const body = this.steps(node.body, facts);
        if (!body) return undefined;
        const label = `${node.type}:${this.current.blocks.length}`;
        this.current.blocks.push({ node, layers: this.current.layers.slice(mark) });
        if (node.type === 'residual') steps.push({ type: 'residual', body, label });
        else if (node.count === undefined) return undefined;
        else steps.push({ type: 'repeat', count: node.count, body, label });
      } else return undefined;
    }
    return steps;
  }

  /** Top level: a node that breaks the chain ends the segment; the next one starts after it. */
  top(nodes: GraphNode[], facts: Map<string, LayerFacts>): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const mark = this.current.layers.length;
      const blockMark = this.current.blocks.length;
      // A layer goes with the constant factors and the activation right after it (see steps()).
      let pairs = 1;
      if (node.type === 'layer') {
        while (nodes[i + pairs]?.type === 'scale') pairs++;
        if (nodes[i + pairs]?.type === 'activation') pairs++;
      }
      const steps = this.steps(nodes.slice(i, i + pairs), facts);
      if (steps) {
        this.current.steps.push(...steps);
        i += pairs - 1;
      } else {
        this.current.layers.length = mark;
        this.current.blocks.length = blockMark;
        this.cut();
      }
    }
    this.cut();
  }
}

/** Builds and propagates every segment of the model's forward chain. */
export function propagateModel(model: Model, facts: Map<string, LayerFacts>): ChainPrediction | undefined {
  const builder = new SegmentBuilder();
  builder.top(model.nodes, facts);
  if (builder.done.length === 0) return undefined;
  const perLayer = new Map<string, LayerPrediction>();
  const segments: Segment[] = [];
  for (const seg of builder.done) {
    const segment: Segment = { layers: seg.layers, resolved: seg.resolved, forward: NaN, backward: NaN, steps: seg.steps, residualRuns: [], blocks: seg.blocks, trunk: [] };
    if (seg.resolved && seg.steps.length) {
      const result = propagate(seg.steps);
      segment.forward = result.summary.forward;
      segment.backward = result.summary.backward;
      segment.residualRuns = residualRuns(result.steps, seg.blocks);
      segment.trunk = trunkPoints(result.steps);
      let logChi = 0;
      let n = 0;
      for (const r of result.steps) {
        if (r.type !== 'dense' || r.label === undefined) continue;
        perLayer.set(r.label, { forward: r.forward, backward: r.backward, chi: r.chi, qPre: r.qPre, inBranch: r.inBranch });
        if (r.chi > 0 && Number.isFinite(r.chi)) {
          logChi += Math.log(r.chi);
          n++;
        }
      }
      if (n) segment.typicalChi = Math.exp(logChi / n);
    }
    segments.push(segment);
  }
  return { perLayer, segments };
}
