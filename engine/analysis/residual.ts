// Residual streams: the runs of residual blocks on a segment's trunk, and how the stream's second
// moment and the gradient's squared norm grow across each run, from the theory's records.
//
// A run is a maximal sequence of trunk steps that are residual blocks `x + a f(x)` (or repeats of
// them), with only constant or learnable scales (`(x + f(x)) / sqrt(2)`) and activations
// (`relu(x + f(x))`) between them. A norm or a layer on the trunk (post-norm placement, a
// projection) ends a run: it resets or re-scales the stream. For a run of N blocks:
//   forward  F = E[x^2] after the last block / E[x^2] entering the first
//   backward B = |g|^2 at the first block's input / |g|^2 at the last block's output
// and the per-block growth factors F^(1/N), B^(1/N). Without normalization each block multiplies
// both by about 1 + a^2 G_f (G_f the branch's gain): 3 for a Kaiming ReLU MLP branch, so 3^N.
import type { GraphNode, SourceRange } from '../model/graph';
import type { ChainStep, DenseStep, NormStep, StepRecord } from '../theory';
import { describeParam } from '../init';
import type { LayerFacts } from './index';

/** A residual or repeat node of a segment, and the layers its body put into the segment. */
export interface BuiltBlock {
  node: GraphNode & { type: 'residual' | 'repeat' };
  layers: string[];
}

/** One residual block as a run reports it (for a repeat, its first repetition's block). */
export interface ResidualBlock {
  range?: SourceRange;
  /** Layer ids of the branch in forward order. */
  layers: string[];
  /** The branch's own squared-norm gain G_f, its scale a, and E[f^2] relative to E[x^2] entering it. */
  branchGain: number;
  branchScale: number;
  branchRatio: number;
}

export interface ResidualRun {
  /** Number of residual adds in the run (repetitions counted). */
  count: number;
  /** The run's blocks in order (a repeat's first repetition only), its first and its last. */
  blocks: ResidualBlock[];
  first: ResidualBlock;
  last: ResidualBlock;
  /** F and B of the header, and the per-block factors. */
  forward: number;
  backward: number;
  forwardPerBlock: number;
  backwardPerBlock: number;
  /** The stream's second moment after each block, relative to that entering the run (repeats: first and last repetition only). */
  streamAfter: number[];
  /** The gradient's squared norm at each block's input, relative to that at the run's output (same blocks). */
  gradientBefore: number[];
}

/** The factor of a scale node: a learnable gate's from its parameter's final init, else as traced. */
export function scaleFactor(node: GraphNode & { type: 'scale' }): number {
  if (!node.gate) return node.factor;
  const spec = node.gate.layer.params.find((p) => p.name === node.gate!.param);
  const m = spec ? describeParam(node.gate.layer, spec).moments : undefined;
  const f = m ? Math.sqrt(m.mean * m.mean + m.variance) : NaN;
  return Number.isFinite(f) ? f : node.factor;
}

/**
 * A norm layer as a theory step: its gamma's root mean square and beta's mean when their inits
 * are known (a zero-initialised gamma, torchvision's zero_init_residual, switches its branch off),
 * else the defaults 1 and 0.
 */
export function normStep(facts: LayerFacts | undefined): NormStep {
  const step: NormStep = { type: 'norm' };
  const gamma = facts?.params.find((p) => p.spec.role === 'gamma')?.info.moments;
  const beta = facts?.params.find((p) => p.spec.role === 'beta')?.info.moments;
  if (gamma && Number.isFinite(gamma.mean) && Number.isFinite(gamma.variance)) step.gamma = Math.sqrt(gamma.mean * gamma.mean + gamma.variance);
  if (beta && Number.isFinite(beta.mean) && beta.mean !== 0) step.beta = beta.mean;
  if (facts?.layer) step.label = facts.layer.id;
  return step;
}

const blockIndex = (label: string | undefined, type: 'residual' | 'repeat'): number | undefined => {
  if (!label?.startsWith(`${type}:`)) return undefined;
  const k = Number(label.slice(type.length + 1));
  return Number.isInteger(k) ? k : undefined;
};

/** A top-level scale step (a 1-to-1 dense step without a layer label). */
const isScale = (r: StepRecord): boolean => r.type === 'dense' && r.label === undefined;

/**
 * The runs of residual blocks on the segment's trunk (top-level records of one propagation), each
 * of at least `minBlocks` adds.
 */
export function residualRuns(records: StepRecord[], blocks: BuiltBlock[], minBlocks = 2): ResidualRun[] {
  const top = records.filter((r) => r.depth === 0);
  const runs: ResidualRun[] = [];
  let current: { recs: StepRecord[]; count: number; blocks: ResidualBlock[]; stream: number[]; grads: number[] } | undefined;
  const close = (): void => {
    if (current && current.count >= minBlocks) {
      const firstRec = current.recs[0]!;
      const lastRec = current.recs[current.recs.length - 1]!;
      const forward = lastRec.qPost / firstRec.secondIn;
      // backward at the last block's output = its record's backward / its gain
      const after = lastRec.chi > 0 ? lastRec.backward / lastRec.chi : NaN;
      const backward = after > 0 ? firstRec.backward / after : NaN;
      const gradientBefore = current.grads.map((g) => (after > 0 ? g / after : NaN));
      runs.push({
        count: current.count,
        blocks: current.blocks,
        first: current.blocks[0]!,
        last: current.blocks[current.blocks.length - 1]!,
        forward,
        backward,
        forwardPerBlock: Math.pow(forward, 1 / current.count),
        backwardPerBlock: Math.pow(backward, 1 / current.count),
        streamAfter: current.stream,
        gradientBefore,
      });
    }
    current = undefined;
  };
  for (const r of top) {
    const block = residualOf(r, records, blocks);
    if (block) {
      current ??= { recs: [], count: 0, blocks: [], stream: [], grads: [] };
      current.recs.push(r);
      current.count += block.count;
      current.blocks.push(...block.blocks);
      const base = current.recs[0]!.secondIn;
      current.stream.push(...block.stream.map((q) => q / base));
      current.grads.push(...block.grads);
    } else if (current && (isScale(r) || r.type === 'activation')) {
      // a scale or an activation on the trunk between blocks (`relu(x + f(x))`, ResNet's order)
      current.recs.push(r);
    } else close();
  }
  close();
  return runs;
}

/** A top-level record that is residual adds: one block, or a repeat whose body is only blocks and scales. */
function residualOf(r: StepRecord, records: StepRecord[], blocks: BuiltBlock[]): { count: number; blocks: ResidualBlock[]; stream: number[]; grads: number[] } | undefined {
  if (r.type === 'residual') {
    const k = blockIndex(r.label, 'residual');
    const built = k !== undefined ? blocks[k] : undefined;
    if (!built || !r.branch) return undefined;
    return { count: 1, blocks: [describeBlock(built, r)], stream: [r.qPost], grads: [r.backward] };
  }
  if (r.type !== 'repeat' || !r.repeat) return undefined;
  // the repeat's body records (first repetition), directly inside it
  const body = records.filter((x) => x.depth === r.depth + 1 && x.path.startsWith(`${r.path}[0].`));
  const adds = body.filter((x) => x.type === 'residual');
  if (adds.length === 0 || body.some((x) => x.type !== 'residual' && x.type !== 'activation' && !isScale(x))) return undefined;
  const described: ResidualBlock[] = [];
  for (const a of adds) {
    const k = blockIndex(a.label, 'residual');
    const built = k !== undefined ? blocks[k] : undefined;
    if (!built || !a.branch) return undefined;
    described.push(describeBlock(built, a));
  }
  const lastReps = records.filter((x) => x.depth === r.depth + 1 && x.path.startsWith(`${r.path}[${r.repeat!.count - 1}].`) && x.type === 'residual');
  const stream = [...adds.map((a) => a.qPost), ...(r.repeat.count > 1 ? lastReps.map((a) => a.qPost) : [])];
  const grads = [...adds.map((a) => a.backward), ...(r.repeat.count > 1 ? lastReps.map((a) => a.backward) : [])];
  return { count: adds.length * r.repeat.count, blocks: described, stream, grads };
}

function describeBlock(built: BuiltBlock, r: StepRecord): ResidualBlock {
  const b = r.branch!;
  return {
    ...(built.node.range ? { range: built.node.range } : {}),
    layers: built.layers,
    branchGain: b.gain,
    branchScale: b.scale,
    branchRatio: r.secondIn > 0 ? b.secondMoment / r.secondIn : NaN,
  };
}

/**
 * The steps with the output layer of every residual branch on the trunk (the last dense step of
 * its body, in repeats too) given `variance(count)` instead, count the number of blocks of the run
 * the branch belongs to (identified by its layers): the depth-scaled (1/N) and zero-init schemes
 * the report compares with the initialization as written.
 */
export function withBranchOutputs(steps: ChainStep[], runs: readonly ResidualRun[], variance: (step: DenseStep, count: number) => number): ChainStep[] {
  const countOf = new Map<string, number>();
  for (const run of runs) for (const b of run.blocks) for (const id of b.layers) countOf.set(id, run.count);
  const lastDense = (body: ChainStep[]): number => {
    for (let i = body.length - 1; i >= 0; i--) if (body[i]!.type === 'dense' && (body[i] as DenseStep).label !== undefined) return i;
    return -1;
  };
  const map = (list: ChainStep[]): ChainStep[] =>
    list.map((st) => {
      if (st.type === 'repeat') return { ...st, body: map(st.body) };
      if (st.type !== 'residual') return st;
      const i = lastDense(st.body);
      if (i < 0) return st;
      const last = st.body[i] as DenseStep;
      const count = countOf.get(last.label!);
      if (count === undefined) return st;
      const body = [...st.body];
      body[i] = { ...last, weightMean: 0, weightVar: variance(last, count) };
      return { ...st, body };
    });
  return map(steps);
}
