// Per-model analysis shared by rules, hovers, inlay hints and the report: for every layer, what
// its initializer gives (moments, fans, formula), which activation follows, where it sits in the
// forward structure, and the predicted second moments along the chain.
import { type Activation, type GraphNode, type Layer, type Model, type ParamSpec, walkLayers } from '../model/graph';
import { describeParam, fansFor, type InitInfo } from '../init';
import { idealGainOf } from './gains';
import { propagateModel, type ChainPrediction } from './propagation';

export interface ParamFacts {
  spec: ParamSpec;
  info: InitInfo;
  /** For a conditional init with every path's initializer known: each path's (see InitSpec.alternatives). */
  alternatives?: InitInfo[];
}

export interface LayerFacts {
  layer: Layer;
  /** The main weight (weight, weight_ih_l0, in_proj_weight, embedding, or a free parameter). */
  weight?: ParamFacts;
  bias?: ParamFacts;
  /** Every parameter with its initializer. */
  params: ParamFacts[];
  fanIn?: number;
  fanOut?: number;
  /**
   * A lower bound of fan_in when fan_in itself is unknown: the fan computed with every unknown
   * size taken as 1 (sizes are positive integers). A 3x3 kernel over unknown channels has
   * fan_in >= 9; a Linear of unknown width proves nothing (1).
   */
  fanInAtLeast?: number;
  /** The activation right after the layer in the forward order. */
  activation?: Activation;
  /** The activation's forward-preserving gain (sqrt(2) for ReLU), when the theory knows it. */
  idealGain?: number;
  /** In the forward chain (false for layers the forward order does not reach). */
  inChain: boolean;
  /** The model's last layer in forward order (an output head). */
  isLast: boolean;
  /**
   * Provably a hidden layer: neither the model's output layer nor the last layer of a residual
   * branch. From the forward order when it is read; else from a Sequential inside the model in
   * which another weight layer follows it (the model's forward cannot make it the last).
   */
  hidden: boolean;
  /** Inside a residual branch `x + f(x)`, and its last layer (zero-init residual projection). */
  inResidual: boolean;
  lastInResidual: boolean;
  /** Its output reaches a norm layer through only layers and positively homogeneous activations. */
  normalizedDownstream: boolean;
  /** Constant factor applied to the layer's output before anything else (`x @ W * scale`). */
  outputScale: number;
}

export interface ModelAnalysis {
  model: Model;
  /** Facts per layer id, in the model's layer order. */
  layers: Map<string, LayerFacts>;
  /** Layers in forward order (first occurrence), flattened through residual blocks. */
  chainOrder: LayerFacts[];
  /** The theory's prediction along the chain, when the chain resolves. */
  prediction?: ChainPrediction;
}

const HOMOGENEOUS = new Set(['relu', 'leaky_relu', 'identity']);

export function analyzeModel(model: Model): ModelAnalysis {
  const layers = new Map<string, LayerFacts>();
  for (const layer of model.layers) layers.set(layer.id, layerFacts(layer));
  const chainOrder: LayerFacts[] = [];
  /** Branches the chain left at a join, with where in the chain order the join is. */
  const branches: { nodes: GraphNode[]; at: number; sum: boolean }[] = [];
  /** `followed`: the list is a product's factor, whose output the product passes on (its last layer ends no branch). */
  const visit = (nodes: GraphNode[], inResidual: boolean, followed = false): void => {
    // Suffix facts computed once per node list: asking them of every layer's rest of the list was
    // quadratic (50,000 nn.Linear in one Sequential spent most of 40 s there).
    const laterStep = suffixAny(nodes, (n) => n.type === 'layer' || n.type === 'residual' || n.type === 'opaque' || n.type === 'product');
    const normFrom = normReachable(nodes);
    nodes.forEach((node, i) => {
      if (node.type === 'opaque' && node.branch) branches.push({ nodes: node.branch, at: chainOrder.length, sum: node.sum === true });
      if (node.type === 'residual') visit(node.body, true);
      else if (node.type === 'repeat') visit(node.body, inResidual, followed);
      else if (node.type === 'product') for (const f of node.factors) visit(f, inResidual, true);
      else if (node.type === 'layer') {
        let facts = layers.get(node.layer.id);
        if (!facts || facts.layer !== node.layer) {
          facts = layerFacts(node.layer);
          layers.set(node.layer.id, facts);
        }
        if (facts.inChain) return;
        facts.inChain = true;
        facts.inResidual = inResidual;
        // The first step after it (activations and scales are not steps): scanning stops there.
        let k = i + 1;
        while (k < nodes.length && nodes[k]!.type !== 'layer' && nodes[k]!.type !== 'residual' && nodes[k]!.type !== 'opaque' && nodes[k]!.type !== 'product') k++;
        const after = nodes[k];
        // The last layer of a residual branch, or of a branch summed with another (f(x) + g(x)).
        facts.lastInResidual = (inResidual && !followed && !laterStep[i + 1]) || (after?.type === 'opaque' && after.sum === true);
        facts.normalizedDownstream = normFrom[i + 1]!;
        for (let j = i + 1; j < nodes.length; j++) {
          const next = nodes[j]!;
          if (next.type !== 'scale') break;
          facts.outputScale *= next.factor;
        }
        facts.activation = node.layer.activation;
        if (facts.activation) {
          const g = idealGainOf(facts.activation);
          if (g !== undefined) facts.idealGain = g;
        }
        chainOrder.push(facts);
      }
    });
  };
  if (model.orderKnown) visit(model.nodes, false);
  const lastTop = [...model.nodes].reverse().find((n) => n.type === 'layer' || n.type === 'residual' || n.type === 'opaque');
  if (lastTop?.type === 'layer') {
    const f = layers.get(lastTop.layer.id);
    if (f) f.isLast = true;
  }
  // Hidden: another weight layer follows in forward order (not merely "not the last node": an
  // output scaled or reshaped by something initlint cannot read is still the output).
  let lastWeight = -1;
  chainOrder.forEach((f, i) => {
    if (WEIGHT_KINDS.has(f.layer.kind)) lastWeight = i;
  });
  chainOrder.forEach((f, i) => {
    f.hidden = i < lastWeight && !f.isLast && !f.lastInResidual;
  });
  for (const b of branches) readBranch(b.nodes, layers, !b.sum && b.at <= lastWeight);
  for (const fragment of model.fragments ?? []) readFragment(fragment, layers);
  const analysis: ModelAnalysis = { model, layers, chainOrder };
  if (model.orderKnown) {
    const prediction = propagateModel(model, layers);
    if (prediction) analysis.prediction = prediction;
  }
  return analysis;
}

function layerFacts(layer: Layer): LayerFacts {
  const params = layer.params.map((spec): ParamFacts => {
    const facts: ParamFacts = { spec, info: describeParam(layer, spec) };
    if (spec.init.conditional && spec.init.alternatives?.length) facts.alternatives = spec.init.alternatives.map((init) => describeParam(layer, { ...spec, init }));
    return facts;
  });
  const weight = params.find((p) => p.spec.role === 'weight' || p.spec.role === 'embedding');
  const bias = params.find((p) => p.spec.role === 'bias');
  const facts: LayerFacts = { layer, params, inChain: false, isLast: false, hidden: false, inResidual: false, lastInResidual: false, normalizedDownstream: false, outputScale: 1 };
  if (weight) facts.weight = weight;
  if (bias) facts.bias = bias;
  // Fans as the framework computes them from the weight's shape; free parameters used as `x @ W`
  // take theirs from the use, not from PyTorch's (out, in) layout.
  const fans = weight ? fansFor(layer.framework, weight.spec.shape) : undefined;
  const fanIn = layer.kind === 'Parameter' ? layer.inFeatures : fans?.fanIn;
  const fanOut = layer.kind === 'Parameter' ? layer.outFeatures : fans?.fanOut;
  // A fan is a positive finite count: a zero-width input (inputShape: [0], Dense(0)) has none the
  // theory can propagate through, whichever reader let the size through.
  if (isFan(fanIn)) facts.fanIn = fanIn;
  if (isFan(fanOut)) facts.fanOut = fanOut;
  else if (weight && layer.kind !== 'Parameter' && !isFan(fanIn)) {
    const floor = fansFor(layer.framework, weight.spec.shape.map((d) => d ?? 1)).fanIn;
    if (isFan(floor) && floor > 1) facts.fanInAtLeast = floor;
  }
  return facts;
}

function isFan(n: number | undefined): n is number {
  return n !== undefined && n > 0 && Number.isFinite(n);
}

const WEIGHT_KINDS = new Set(['Linear', 'Conv', 'ConvTranspose', 'Parameter', 'RNN', 'LSTM', 'GRU', 'MultiheadAttention']);

/**
 * A branch the chain left at a join: the activation after each of its layers, and hidden when a
 * weight layer follows inside the branch, or (`continues`) when the join feeds more layers and
 * is no sum (a concatenation or a gate: the branch's last layer is not an end either).
 */
function readBranch(nodes: GraphNode[], layers: Map<string, LayerFacts>, continues: boolean): void {
  readFragment(nodes, layers);
  if (!continues) return;
  // Every layer on the branch's own path feeds the layers after the join; a residual block's
  // last layer feeds only its sum (readFragment judged its body by its own order).
  const mark = (list: GraphNode[]): void => {
    for (const n of list) {
      if (n.type === 'repeat') mark(n.body);
      if (n.type !== 'layer') continue;
      const facts = layers.get(n.layer.id);
      if (facts && facts.layer === n.layer && !facts.inChain && WEIGHT_KINDS.has(n.layer.kind)) facts.hidden = true;
    }
  };
  mark(nodes);
}

/**
 * Facts a Sequential's own order proves about layers the model's forward order does not reach:
 * the activation right after a layer, and that a layer followed by another weight layer is hidden.
 */
function readFragment(nodes: GraphNode[], layers: Map<string, LayerFacts>): void {
  // A block after a layer (x + f(x) whose f has weight layers, a repeated block) is weight layers
  // after it too; inside a block, its own order counts, and its last layer ends a residual branch
  // (zero-init residual projections stay silent), so it is not made hidden by what follows the block.
  const hasWeight = (n: GraphNode): boolean =>
    n.type === 'layer' ? WEIGHT_KINDS.has(n.layer.kind) : (n.type === 'residual' || n.type === 'repeat' || n.type === 'product') && [...walkLayers([n])].some((l) => WEIGHT_KINDS.has(l.kind));
  const laterWeight = suffixAny(nodes, hasWeight);
  nodes.forEach((node, i) => {
    if (node.type === 'residual' || node.type === 'repeat') return readFragment(node.body, layers);
    if (node.type === 'product') return node.factors.forEach((f) => readFragment(f, layers));
    if (node.type !== 'layer') return;
    const facts = layers.get(node.layer.id);
    if (!facts || facts.layer !== node.layer || facts.inChain) return;
    const next = nodes[i + 1];
    const activation = node.layer.activation ?? (next?.type === 'activation' ? next.activation : undefined);
    if (!facts.activation && activation) {
      facts.activation = activation;
      const g = idealGainOf(activation);
      if (g !== undefined) facts.idealGain = g;
    }
    if (laterWeight[i + 1]) facts.hidden = true;
  });
}

/** out[k]: some node at index >= k satisfies `test` (out[nodes.length] is false). */
function suffixAny(nodes: GraphNode[], test: (n: GraphNode) => boolean): boolean[] {
  const out = new Array<boolean>(nodes.length + 1);
  out[nodes.length] = false;
  for (let k = nodes.length - 1; k >= 0; k--) out[k] = out[k + 1]! || test(nodes[k]!);
  return out;
}

/**
 * out[k]: from nodes[k], a norm layer comes before anything that would let the scale matter
 * (only dense layers, positively homogeneous activations and scales in between).
 */
function normReachable(nodes: GraphNode[]): boolean[] {
  const out = new Array<boolean>(nodes.length + 1);
  out[nodes.length] = false;
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (n.type === 'layer') {
      if (n.layer.kind === 'Norm') out[k] = true;
      else out[k] = (n.layer.kind === 'Linear' || n.layer.kind === 'Conv' || n.layer.kind === 'ConvTranspose' || n.layer.kind === 'Parameter') && out[k + 1]!;
    } else if (n.type === 'activation') out[k] = HOMOGENEOUS.has(n.activation.kind) && out[k + 1]!;
    else if (n.type === 'scale') out[k] = out[k + 1]!;
    else out[k] = false;
  }
  return out;
}
