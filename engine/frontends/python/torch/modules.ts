// torch.nn module constructors: their signatures, the layer they make (kind, sizes, parameter
// shapes in PyTorch's layout) and activation modules with their parameters.
// Parameter shapes: Linear weight (out, in); ConvNd weight (out, in/groups, *k);
// ConvTransposeNd weight (in, out/groups, *k); Embedding (num, dim); RNN weight_ih_l0 (gates*H, in).
import type { Activation, ActivationKind, ArgValue, Dim, Layer, ParamSpec, SourceRange } from '../../../model/graph';
import type { Signature as InitSignature } from '../../../init/args';
import { TORCH_LAYER_SIGNATURES } from '../../../init/defaults/pytorch';
import { newModule, type ModuleObj, type Value, toArg } from '../eval/values';

export interface BoundArgs {
  get(name: string): Value | undefined;
  /** Number if known, else undefined (a size that stays unknown). */
  dim(name: string): Dim;
}

interface Signature {
  params: string[];
  defaults: Record<string, Value>;
}

const NUM = (v: number): Value => ({ k: 'num', v });
const BOOL = (v: boolean): Value => ({ k: 'bool', v });
const STR = (v: string): Value => ({ k: 'str', v });

function sig(params: string[], defaults: Record<string, Value> = {}): Signature {
  return { params, defaults };
}

/**
 * The constructor signatures of the layers initlint models: engine/init's table (one place for
 * PyTorch's argument order, e.g. RNN's 4th positional `nonlinearity` in PyTorch 2.x), with its
 * defaults as the interpreter's values.
 */
export const LAYER_SIGNATURES: Record<string, Signature> = Object.fromEntries(
  Object.entries(TORCH_LAYER_SIGNATURES).map(([name, decls]) => [name, fromInitSignature(decls)]),
);

/** The layers this reader builds (others, such as EmbeddingBag or the RNN cells, stay unmodelled). */
const MODELLED = new Set([
  'Linear', 'Bilinear', 'LazyLinear', 'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d',
  'Embedding', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell', 'MultiheadAttention', 'LayerNorm', 'RMSNorm', 'BatchNorm1d', 'BatchNorm2d', 'BatchNorm3d',
  'SyncBatchNorm', 'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'GroupNorm',
]);

function fromInitSignature(decls: InitSignature): Signature {
  const defaults: Record<string, Value> = {};
  for (const d of decls) {
    if (typeof d.default === 'symbol' || d.default === undefined) continue;
    defaults[d.name] = argToValue(d.default);
  }
  return { params: decls.filter((d) => !d.keywordOnly).map((d) => d.name), defaults };
}

function argToValue(a: ArgValue): Value {
  if (a === null) return { k: 'none' };
  if (Array.isArray(a)) return { k: 'seq', items: a.map(argToValue), tuple: true };
  if (typeof a === 'number') return NUM(a);
  if (typeof a === 'boolean') return BOOL(a);
  if (typeof a === 'string') return STR(a);
  return { k: 'unknown' };
}

const ACTIVATION_SIGNATURES: Record<string, { kind: ActivationKind; sig: Signature; param?: string }> = {
  ReLU: { kind: 'relu', sig: sig(['inplace']) },
  ReLU6: { kind: 'relu6', sig: sig(['inplace']) },
  LeakyReLU: { kind: 'leaky_relu', sig: sig(['negative_slope', 'inplace'], { negative_slope: NUM(0.01) }), param: 'negative_slope' },
  PReLU: { kind: 'leaky_relu', sig: sig(['num_parameters', 'init'], { init: NUM(0.25) }), param: 'init' },
  ELU: { kind: 'elu', sig: sig(['alpha', 'inplace'], { alpha: NUM(1) }), param: 'alpha' },
  CELU: { kind: 'elu', sig: sig(['alpha', 'inplace'], { alpha: NUM(1) }), param: 'alpha' },
  GELU: { kind: 'gelu', sig: sig(['approximate'], { approximate: STR('none') }) },
  SiLU: { kind: 'silu', sig: sig(['inplace']) },
  Mish: { kind: 'mish', sig: sig(['inplace']) },
  Tanh: { kind: 'tanh', sig: sig([]) },
  Sigmoid: { kind: 'sigmoid', sig: sig([]) },
  Hardtanh: { kind: 'hardtanh', sig: sig(['min_val', 'max_val', 'inplace']) },
  Softplus: { kind: 'softplus', sig: sig(['beta', 'threshold'], { beta: NUM(1) }), param: 'beta' },
  SELU: { kind: 'selu', sig: sig(['inplace']) },
  Softmax: { kind: 'softmax', sig: sig(['dim']) },
  LogSoftmax: { kind: 'softmax', sig: sig(['dim']) },
  Identity: { kind: 'identity', sig: sig([]) },
};

/** Shape-only modules: the forward pass goes through them unchanged for second-moment purposes. */
const PASSTHROUGH = new Set([
  'Dropout', 'Dropout1d', 'Dropout2d', 'Dropout3d', 'AlphaDropout', 'Flatten', 'Unflatten',
  'MaxPool1d', 'MaxPool2d', 'MaxPool3d', 'AvgPool1d', 'AvgPool2d', 'AvgPool3d',
  'AdaptiveAvgPool1d', 'AdaptiveAvgPool2d', 'AdaptiveAvgPool3d', 'AdaptiveMaxPool1d', 'AdaptiveMaxPool2d',
  'Upsample', 'UpsamplingNearest2d', 'PixelShuffle', 'ZeroPad2d', 'ReflectionPad2d', 'ReplicationPad2d', 'ConstantPad2d',
]);

/** Binds a call's arguments to a signature (positional first, then keywords, then defaults). */
export function bind(signature: Signature, positional: Value[], keyword: Map<string, Value>): BoundArgs {
  const bound = new Map<string, Value>();
  signature.params.forEach((p, i) => {
    if (i < positional.length) bound.set(p, positional[i]!);
  });
  for (const [k, v] of keyword) bound.set(k, v);
  for (const [k, v] of Object.entries(signature.defaults)) if (!bound.has(k)) bound.set(k, v);
  return {
    get: (name) => bound.get(name),
    dim: (name) => sizeOf(bound.get(name)),
  };
}

/**
 * A layer size: a positive integer. `nn.Linear(0, 10)` or a kernel of 0 builds nothing the theory
 * can propagate through (fans of 0), and 1e300 is no width: such a size is unknown, like one the
 * code does not prove.
 */
function sizeOf(v: Value | undefined): Dim {
  return v?.k === 'num' && Number.isSafeInteger(v.v) && v.v >= 1 ? v.v : undefined;
}

function tupleDims(v: Value | undefined, n: number): Dim[] {
  if (!v) return Array(n).fill(undefined);
  if (v.k === 'num') return Array(n).fill(sizeOf(v));
  if (v.k === 'seq') return v.items.slice(0, n).map(sizeOf);
  return Array(n).fill(undefined);
}

const mul = (a: Dim, b: Dim): Dim => (a === undefined || b === undefined ? undefined : a * b);
const div = (a: Dim, b: Dim): Dim => (a === undefined || b === undefined || b === 0 || a % b !== 0 ? undefined : a / b);

function param(name: string, role: ParamSpec['role'], shape: Dim[]): ParamSpec {
  return { name, role, shape, init: { source: 'default', framework: 'pytorch', name: '', args: { positional: [], keyword: {} } } };
}

function truthyArg(v: Value | undefined): boolean | undefined {
  if (!v) return undefined;
  if (v.k === 'bool') return v.v;
  if (v.k === 'none') return false;
  if (v.k === 'num') return v.v !== 0;
  return undefined;
}

/** The source text of each argument of a call, as written (for messages). */
export interface ArgTexts {
  positional: string[];
  keyword: Map<string, string>;
}

/** The size arguments each layer's fans are computed from (what a hover names when a fan is unknown). */
const FAN_ARGS: Record<string, string[]> = {
  Linear: ['in_features', 'out_features'],
  LazyLinear: ['out_features'],
  Embedding: ['num_embeddings', 'embedding_dim'],
  RNN: ['input_size', 'hidden_size'],
  LSTM: ['input_size', 'hidden_size'],
  GRU: ['input_size', 'hidden_size'],
  RNNCell: ['input_size', 'hidden_size'],
  LSTMCell: ['input_size', 'hidden_size'],
  GRUCell: ['input_size', 'hidden_size'],
};
const CONV_FAN_ARGS = ['in_channels', 'out_channels', 'kernel_size', 'groups'];

/** The fan-deciding arguments of the call that the code does not fix (see Layer.unresolved). */
function unresolvedArgs(name: string, signature: Signature, b: BoundArgs, texts: ArgTexts | undefined): Layer['unresolved'] {
  const args = /^Conv(Transpose)?[123]d$/.test(name) ? CONV_FAN_ARGS : FAN_ARGS[name];
  const out: NonNullable<Layer['unresolved']> = [];
  if (name === 'LazyLinear') out.push({ arg: 'in_features', inferred: true });
  for (const arg of args ?? []) {
    const v = b.get(arg);
    if (v === undefined) continue;
    const known = arg === 'kernel_size' ? tupleDims(v, 3).every((d) => d !== undefined) : sizeOf(v) !== undefined;
    if (known) continue;
    const index = signature.params.indexOf(arg);
    const text = texts?.keyword.get(arg) ?? (index >= 0 ? texts?.positional[index] : undefined);
    out.push(text !== undefined ? { arg, text } : { arg });
  }
  return out.length ? out : undefined;
}

/** Builds the module a `torch.nn.<name>(...)` call makes, or undefined for names initlint does not model. */
export function torchModule(name: string, positional: Value[], keyword: Map<string, Value>, range: SourceRange, text: string, argTexts?: ArgTexts): ModuleObj | undefined {
  const qualified = `torch.nn.${name}`;
  const act = ACTIVATION_SIGNATURES[name];
  if (act) {
    const b = bind(act.sig, positional, keyword);
    const m = newModule('activation', qualified, text);
    let kind = act.kind;
    if (kind === 'gelu') {
      const approx = b.get('approximate');
      if (approx?.k === 'str' && approx.v === 'tanh') kind = 'gelu_tanh';
    }
    const activation: Activation = { kind, range, text };
    if (act.param) {
      const p = b.get(act.param);
      // A slope we cannot read, or a Softplus(beta=0) (a division by zero in PyTorch): unknown.
      if (p?.k === 'num' && (kind !== 'softplus' || p.v > 0)) activation.param = p.v;
      else if (p !== undefined) return undefined;
    }
    if (kind === 'hardtanh') {
      const lo = b.get('min_val');
      const hi = b.get('max_val');
      if ((lo && !(lo.k === 'num' && lo.v === -1)) || (hi && !(hi.k === 'num' && hi.v === 1))) return newModule('other', qualified, text);
    }
    m.activation = activation;
    return m;
  }
  if (PASSTHROUGH.has(name)) return newModule('passthrough', qualified, text);
  const signature = MODELLED.has(name) ? LAYER_SIGNATURES[name] : undefined;
  if (!signature) return undefined;
  const b = bind(signature, positional, keyword);
  const layer: Layer = { id: '', name: text, kind: 'Other', ctor: qualified, framework: 'pytorch', range, params: [] };
  layer.args = { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) };
  const unresolved = unresolvedArgs(name, signature, b, argTexts);
  if (unresolved) layer.unresolved = unresolved;
  const hasBias = truthyArg(b.get('bias')) !== false;
  if (name === 'Linear' || name === 'LazyLinear') {
    layer.kind = 'Linear';
    layer.inFeatures = name === 'Linear' ? b.dim('in_features') : undefined;
    layer.outFeatures = b.dim('out_features');
    layer.params.push(param('weight', 'weight', [layer.outFeatures, layer.inFeatures]));
    if (hasBias) layer.params.push(param('bias', 'bias', [layer.outFeatures]));
  } else if (name === 'Bilinear') {
    layer.kind = 'Other';
    const out = b.dim('out_features');
    layer.params.push(param('weight', 'weight', [out, b.dim('in1_features'), b.dim('in2_features')]));
    if (hasBias) layer.params.push(param('bias', 'bias', [out]));
  } else if (/^Conv[123]d$/.test(name) || /^ConvTranspose[123]d$/.test(name)) {
    const transposed = name.startsWith('ConvTranspose');
    const nd = Number(name.charAt(name.length - 2));
    layer.kind = transposed ? 'ConvTranspose' : 'Conv';
    const cin = b.dim('in_channels');
    const cout = b.dim('out_channels');
    const groups = b.dim('groups');
    const k = tupleDims(b.get('kernel_size'), nd);
    layer.kernelSize = k;
    layer.stride = tupleDims(b.get('stride'), nd);
    layer.groups = groups;
    const kprod = k.reduce<Dim>((a, x) => mul(a, x), 1);
    // fan_in as PyTorch computes it from the weight shape.
    layer.inFeatures = transposed ? mul(div(cout, groups), kprod) : mul(div(cin, groups), kprod);
    layer.outFeatures = transposed ? mul(cin, kprod) : mul(cout, kprod);
    const shape = transposed ? [cin, div(cout, groups), ...k] : [cout, div(cin, groups), ...k];
    layer.params.push(param('weight', 'weight', shape));
    if (hasBias) layer.params.push(param('bias', 'bias', [cout]));
  } else if (name === 'Embedding') {
    layer.kind = 'Embedding';
    layer.inFeatures = b.dim('num_embeddings');
    layer.outFeatures = b.dim('embedding_dim');
    layer.params.push(param('weight', 'embedding', [layer.inFeatures, layer.outFeatures]));
  } else if (name === 'RNNCell' || name === 'LSTMCell' || name === 'GRUCell') {
    // One step of the recurrence, run by the user's own time loop: weight_ih (gates*H, in),
    // weight_hh (gates*H, H), bias_ih, bias_hh, no layer suffix.
    const kind = name.slice(0, -4) as 'RNN' | 'LSTM' | 'GRU';
    layer.kind = kind;
    const gates = kind === 'LSTM' ? 4 : kind === 'GRU' ? 3 : 1;
    const hidden = b.dim('hidden_size');
    layer.inFeatures = b.dim('input_size');
    layer.outFeatures = hidden;
    layer.params.push(param('weight_ih', 'weight', [mul(hidden, gates), layer.inFeatures]));
    layer.params.push(param('weight_hh', 'recurrent', [mul(hidden, gates), hidden]));
    if (hasBias) {
      layer.params.push(param('bias_ih', 'bias', [mul(hidden, gates)]));
      layer.params.push(param('bias_hh', 'bias', [mul(hidden, gates)]));
    }
  } else if (name === 'RNN' || name === 'LSTM' || name === 'GRU') {
    layer.kind = name;
    const gates = name === 'LSTM' ? 4 : name === 'GRU' ? 3 : 1;
    const input = b.dim('input_size');
    const hidden = b.dim('hidden_size');
    const layers = b.dim('num_layers') ?? 1;
    const dirs = truthyArg(b.get('bidirectional')) ? 2 : 1;
    layer.inFeatures = input;
    layer.outFeatures = hidden;
    for (let l = 0; l < Math.min(layers, 16); l++) {
      for (let d = 0; d < dirs; d++) {
        const sfx = `_l${l}${d === 1 ? '_reverse' : ''}`;
        const inSize = l === 0 ? input : mul(hidden, dirs);
        layer.params.push(param(`weight_ih${sfx}`, 'weight', [mul(hidden, gates), inSize]));
        layer.params.push(param(`weight_hh${sfx}`, 'recurrent', [mul(hidden, gates), hidden]));
        if (hasBias) {
          layer.params.push(param(`bias_ih${sfx}`, 'bias', [mul(hidden, gates)]));
          layer.params.push(param(`bias_hh${sfx}`, 'bias', [mul(hidden, gates)]));
        }
      }
    }
  } else if (name === 'MultiheadAttention') {
    layer.kind = 'MultiheadAttention';
    const e = b.dim('embed_dim');
    layer.inFeatures = e;
    layer.outFeatures = e;
    layer.params.push(param('in_proj_weight', 'weight', [mul(e, 3), e]));
    layer.params.push(param('out_proj.weight', 'weight', [e, e]));
    if (hasBias) {
      layer.params.push(param('in_proj_bias', 'bias', [mul(e, 3)]));
      layer.params.push(param('out_proj.bias', 'bias', [e]));
    }
  } else {
    layer.kind = 'Norm';
    layer.normKind = torchNormKind(name);
    const features = name === 'GroupNorm' ? b.dim('num_channels') : name.includes('Norm') && (name.startsWith('Layer') || name === 'RMSNorm') ? tupleDims(b.get('normalized_shape'), 1)[0] : b.dim('num_features');
    layer.inFeatures = features;
    layer.outFeatures = features;
    const affine = truthyArg(b.get(name.startsWith('Layer') || name === 'RMSNorm' ? 'elementwise_affine' : 'affine'));
    if (affine !== false) {
      layer.params.push(param('weight', 'gamma', [features]));
      if (name !== 'RMSNorm' && (name !== 'LayerNorm' || truthyArg(b.get('bias')) !== false)) layer.params.push(param('bias', 'beta', [features]));
    }
  }
  const m = newModule('layer', qualified, text);
  m.layer = layer;
  if (layer.kind === 'MultiheadAttention') {
    // out_proj is a Linear submodule in PyTorch (so `isinstance(m, nn.Linear)` loops reach it);
    // its parameters are the attention layer's 'out_proj.*' entries.
    const view = newModule('other', 'torch.nn.Linear', `${text}.out_proj`);
    for (const p of layer.params) {
      if (!p.name.startsWith('out_proj.')) continue;
      const short = p.name.slice('out_proj.'.length);
      view.params.set(short, p);
      view.paramLayers.set(short, layer);
    }
    m.children.set('out_proj', view);
  }
  return m;
}

/** Functional activations: `F.relu(x)`, `torch.tanh(x)`, `x.sigmoid()`; the name is the last dotted part. */
export const FUNCTIONAL_ACTIVATIONS: Record<string, { kind: ActivationKind; slopeArg?: { index: number; keyword: string; default: number } }> = {
  relu: { kind: 'relu' },
  relu_: { kind: 'relu' },
  relu6: { kind: 'relu6' },
  leaky_relu: { kind: 'leaky_relu', slopeArg: { index: 1, keyword: 'negative_slope', default: 0.01 } },
  leaky_relu_: { kind: 'leaky_relu', slopeArg: { index: 1, keyword: 'negative_slope', default: 0.01 } },
  elu: { kind: 'elu', slopeArg: { index: 1, keyword: 'alpha', default: 1 } },
  celu: { kind: 'elu', slopeArg: { index: 1, keyword: 'alpha', default: 1 } },
  gelu: { kind: 'gelu' },
  silu: { kind: 'silu' },
  mish: { kind: 'mish' },
  tanh: { kind: 'tanh' },
  tanh_: { kind: 'tanh' },
  sigmoid: { kind: 'sigmoid' },
  sigmoid_: { kind: 'sigmoid' },
  hardtanh: { kind: 'hardtanh' },
  softplus: { kind: 'softplus' },
  selu: { kind: 'selu' },
  softmax: { kind: 'softmax' },
  log_softmax: { kind: 'softmax' },
};

/** Tensor methods and functions that change shape but not the per-unit second moment. */
export const SHAPE_OPS = new Set([
  'view', 'reshape', 'flatten', 'permute', 'transpose', 'contiguous', 'squeeze', 'unsqueeze', 'float', 'half',
  'to', 'clone', 'dropout', 'dropout2d', 'alpha_dropout', 'detach', 'type_as', 'max_pool1d', 'max_pool2d',
  'avg_pool1d', 'avg_pool2d', 'adaptive_avg_pool1d', 'adaptive_avg_pool2d', 'adaptive_max_pool2d', 'pad',
  'interpolate', 'expand', 'repeat', 'chunk_first',
]);

/** The statistics a torch.nn norm class normalizes over, by its name (BatchNorm2d, SyncBatchNorm, RMSNorm...). */
export function torchNormKind(name: string): NonNullable<Layer['normKind']> {
  return name.startsWith('Batch') || name === 'SyncBatchNorm' ? 'batch' : name.startsWith('Instance') ? 'instance' : name === 'GroupNorm' ? 'group' : name === 'RMSNorm' ? 'rms' : 'layer';
}
