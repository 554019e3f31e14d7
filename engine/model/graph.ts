// The ModelGraph IR: what every frontend produces and every rule, hover and probe consumes.
// Invariants:
// - Positions are 0-based LSP positions (line, UTF-16 character).
// - A size the code does not prove is `undefined`, never a guess.
// - Parameter shapes are in the framework's own layout (PyTorch Linear weight (out, in),
//   Keras/TF.js/Flax Dense kernel (in, out)); engine/init knows each layout's fans.

/**
 * 'tensorflow' is TensorFlow outside Keras: graphs of raw variables (tf.Variable, tf.get_variable),
 * tf.layers and tf.nn cells; tf.keras models are 'keras'.
 */
export type Framework = 'pytorch' | 'keras' | 'tfjs' | 'flax' | 'tensorflow';

export interface Position {
  line: number;
  character: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
  /**
   * The file the range is in, when it is not the file being analysed: a module of the project the
   * file imports (`from .blocks import Block`), whose code a finding here is about.
   */
  path?: string;
}

/** A resolved size, or undefined when the code does not prove it. */
export type Dim = number | undefined;

/** An argument value as the frontend could resolve it; `undefined` = present but not resolvable. */
export type ArgValue = number | string | boolean | null | undefined | ArgValue[];

export interface CallArgs {
  positional: ArgValue[];
  keyword: Record<string, ArgValue>;
}

/** How one parameter gets its initial values. */
export interface InitSpec {
  /** 'default': nothing in the code sets it, so the framework's module default applies. */
  source: 'default' | 'explicit';
  framework: Framework;
  /**
   * The initializer's name as the framework spells it, aliases allowed: 'kaiming_normal_',
   * 'normal_' (tensor method), 'he_normal', 'HeNormal', 'heNormal', 'lecun_normal'.
   * For source 'default' the layer kind's default is used and name is ''.
   * 'randn' / 'rand' / 'zeros' / 'ones' / 'full' / 'empty' name tensor factories used in
   * nn.Parameter(...) expressions; `multiplier` carries a constant factor applied to them.
   */
  name: string;
  /** Arguments after the tensor itself (PyTorch) or of the initializer constructor. */
  args: CallArgs;
  /** Constant factor applied to the sampled values (nn.Parameter(torch.randn(n, m) * 0.1)). */
  multiplier?: number;
  /** The whole statement that sets the parameter, for replacement edits. */
  statementRange?: SourceRange;
  /** The initializer call expression itself (e.g. `nn.init.normal_(self.fc.weight, std=1.0)`). */
  callRange?: SourceRange;
  /** The source text of the call, for messages. */
  text?: string;
  /** Source text of the tensor being initialised (`self.fc.weight`, `m.weight`; `.data` dropped). */
  targetText?: string;
  /** For tensor factories: the source text of their size arguments (`d_in, d_out`), one per dimension when written so. */
  sizeTexts?: string[];
  /** For tensors made by an op or an initializer called on a shape (TensorFlow): the shape argument's text (`shape`, `[n_in, n_out]`). */
  shapeText?: string;
  /** True when the statement applies only under a condition the analysis could not decide. */
  conditional?: boolean;
  /**
   * For a conditional init: every initializer the parameter may start from, one per path through
   * the undecidable condition (the one before it included when some path sets none). A rule may
   * judge them all: a weight zero on every path is zero.
   */
  alternatives?: InitSpec[];
}

export type ParamRole = 'weight' | 'bias' | 'recurrent' | 'embedding' | 'gamma' | 'beta' | 'free';

export interface ParamSpec {
  /** Attribute name: 'weight', 'bias', 'weight_hh_l0', 'in_proj_weight', 'kernel'. */
  name: string;
  role: ParamRole;
  /** In the framework's layout; entries undefined where unknown. */
  shape: Dim[];
  init: InitSpec;
  /** A slice of it was set by code after its initialization (an LSTM forget-gate bias filled with 1). */
  partial?: boolean;
}

export type LayerKind =
  | 'Linear'
  | 'Conv'
  | 'ConvTranspose'
  | 'Embedding'
  | 'RNN'
  | 'LSTM'
  | 'GRU'
  | 'MultiheadAttention'
  | 'Norm'
  | 'Parameter'
  | 'Other';

/**
 * Layers whose weight is one matrix (or kernel) multiplying their input: the theory's dense steps,
 * the probe's linear and convolution ops, the operands of a gated product.
 */
export const DENSE_KINDS: ReadonlySet<LayerKind> = new Set<LayerKind>(['Linear', 'Conv', 'ConvTranspose', 'Parameter']);

export type ActivationKind =
  | 'identity'
  | 'relu'
  | 'leaky_relu'
  | 'elu'
  | 'gelu'
  | 'gelu_tanh'
  | 'silu'
  | 'mish'
  | 'tanh'
  | 'sigmoid'
  | 'hardtanh'
  | 'softplus'
  | 'selu'
  | 'relu6'
  | 'softmax';

export interface Activation {
  kind: ActivationKind;
  /** LeakyReLU negative slope, ELU alpha, softplus beta. */
  param?: number;
  /** Where it is written (module, functional call, method, or activation= argument). */
  range?: SourceRange;
  text?: string;
}

export interface Layer {
  /** Stable id within the model: dotted attribute path such as 'encoder.0' or 'fc1'. */
  id: string;
  /** How the code names it, for messages: 'self.fc1', 'net[2]', 'Dense(128)'. */
  name: string;
  kind: LayerKind;
  /** Constructor as written: 'nn.Linear', 'layers.Dense'. */
  ctor: string;
  framework: Framework;
  /** The constructor call. */
  range: SourceRange;
  /** The statement holding the constructor (the line where inserted init code goes after). */
  statementRange?: SourceRange;
  inFeatures?: Dim;
  outFeatures?: Dim;
  kernelSize?: Dim[];
  /** Convolutions: the stride per spatial axis (a transposed convolution's output is that much larger). */
  stride?: Dim[];
  groups?: Dim;
  /** Norm layers: which kind. */
  normKind?: 'layer' | 'batch' | 'group' | 'instance' | 'rms';
  params: ParamSpec[];
  /** Activation applied right after this layer in the forward order, when one is known. */
  activation?: Activation;
  /** Positional and keyword constructor arguments, resolved where possible. */
  args?: CallArgs;
  /** Expression reaching this layer from the model's build site (`self.blocks[0].fc1`, `net[2]`). */
  access?: string;
  /** Free parameters used as `x @ W` take fan-in from axis 0, `F.linear(x, W)` from axis 1. */
  inAxis?: 0 | 1;
  /**
   * The constructor's fan-deciding size arguments that the code does not fix, for saying why a fan
   * is unknown: written but not resolvable (`text` is what is written: `config.hidden_size`), or
   * left for the framework to infer from the first input (`inferred`, LazyLinear).
   */
  unresolved?: { arg: string; text?: string; inferred?: boolean }[];
}

/** One step of a model's forward computation, in order. */
export type GraphNode =
  | { type: 'layer'; layer: Layer }
  | { type: 'activation'; activation: Activation }
  | {
      type: 'residual';
      /** x + f(x): the branch f. */
      body: GraphNode[];
      range?: SourceRange;
    }
  /**
   * Multiplication by a constant (`0.5 * f(x)`, `x / math.sqrt(2)`), or elementwise by a learnable
   * parameter (`gate`: ReZero's `alpha * f(x)`, LayerScale's `gamma * f(x)`), whose factor is the
   * root mean square of the parameter's initial values (E[(g x)^2] = E[g^2] E[x^2] for a g drawn
   * independently of x) as its init was read when the forward pass was traced.
   */
  | { type: 'scale'; factor: number; range?: SourceRange; gate?: { layer: Layer; param: string } }
  | { type: 'repeat'; count: Dim; body: GraphNode[]; range?: SourceRange }
  /**
   * The elementwise product of two branches computed from one input: WaveNet/PixelCNN gated units
   * `tanh(W_f x) * sigmoid(W_g x)`, GLU, SwiGLU `silu(W_1 x) * (W_3 x)`. Each factor is the steps
   * from the fork to its operand, and holds a weight layer of its own (so the two are independent
   * at initialization; `x * f(x)` is no product node).
   */
  | { type: 'product'; factors: [GraphNode[], GraphNode[]]; range?: SourceRange }
  /** Something the analysis cannot follow (an unknown call); chains are cut here. */
  /**
   * Something the analysis cannot follow (an unknown call); chains are cut here. Where two
   * branches meet (`f(x) + g(x)`, `torch.cat([f(x), x])`, `out * se(out)`), the chain goes on along
   * one of them and `branch` holds the other's steps since they parted: its layers are in the
   * forward pass too (their activations, and that layers follow them, are known), though no
   * chain prediction runs through them. `sum`: the branches are added, so the last layer of
   * each ends a branch (as the last layer of a residual branch does).
   */
  | {
      type: 'opaque';
      reason: string;
      range?: SourceRange;
      branch?: GraphNode[];
      sum?: boolean;
      attention?: AttentionScores;
      /** A part of a tensor unpacked by chunk/split (`q, k, v = self.qkv(x).split(d, dim=2)`): its entries keep their statistics. */
      slice?: boolean;
    };

/**
 * Dot-product attention scores written by hand (`q @ k.transpose(-2, -1)`, `torch.matmul(q, k.mT)`):
 * the opaque step of the product, followed in the graph by what the code applies before softmax.
 */
export interface AttentionScores {
  /** The projections the two operands come from (the last weight layer on each side since they parted). */
  query: Layer;
  key: Layer;
  /** The contracted (head) dimension, when the code proves it (a view's last size, or the projection's width). */
  headDim?: number;
  /** Constant factors applied to the operands after their projections (`q = q * self.scale`). */
  operandScale: number;
  /** Something initlint cannot read changes an operand after its projection (an unknown factor, a rotary embedding). */
  operandUnknown: boolean;
  /** A normalization between a projection and the product (QK-norm): the logits' scale is the norm's. */
  normalized: boolean;
  /** The left operand as written (`q`), for fixes. */
  leftText: string;
}

export interface Model {
  name: string;
  framework: Framework;
  range: SourceRange;
  /** The forward computation, in order. */
  nodes: GraphNode[];
  /** Every layer the model owns, in definition order (also those not reached by nodes). */
  layers: Layer[];
  /** True when the forward order was read from code (forward/call); false when only definition order. */
  orderKnown: boolean;
  /**
   * Pieces of the forward order known on their own (the children of each nn.Sequential or Keras
   * Sequential inside the model), for layers the model's own forward order does not reach: a layer
   * followed by another weight layer inside a Sequential is a hidden layer, and the activation
   * after it is known, whatever the model's forward does with the Sequential.
   */
  fragments?: GraphNode[][];
  /**
   * Where explicit initialisation code can be inserted for this model: after `after` (the end of
   * the last statement of __init__, or of the statement that builds the model), with `indent`,
   * reaching the model through `receiver` ('self' or a variable name).
   */
  buildSite?: { after: Position; indent: string; receiver: string };
}

export interface ModelGraph {
  path: string;
  framework?: Framework;
  models: Model[];
  /** Notes for the user: syntax errors, constructs skipped. */
  notes: { message: string; range?: SourceRange }[];
  /** The project modules the file imports that were read with it (absolute paths and texts): what its findings may depend on. */
  imported?: { path: string; text: string }[];
  /** The file's import aliases (local name -> qualified name) and where a new import goes. */
  imports?: { names: Record<string, string>; insertLine: number };
}

/** Walk every layer node in forward order, entering residual and repeat bodies and product factors once. */
export function* walkLayers(nodes: GraphNode[]): Generator<Layer> {
  for (const node of nodes) {
    if (node.type === 'layer') yield node.layer;
    else if (node.type === 'residual' || node.type === 'repeat') yield* walkLayers(node.body);
    else if (node.type === 'product') for (const f of node.factors) yield* walkLayers(f);
  }
}

/**
 * A layer's activation is the activation node that directly follows it in the forward order,
 * unless the layer declares its own (Keras/TF.js `activation=`), which an activation layer after
 * it does not replace.
 */
export function attachActivations(nodes: GraphNode[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'residual' || node.type === 'repeat') attachActivations(node.body);
    if (node.type === 'product') for (const f of node.factors) attachActivations(f);
    if (node.type !== 'layer') continue;
    const next = nodes[i + 1];
    if (next?.type === 'activation' && !node.layer.activation) node.layer.activation = next.activation;
  }
}
