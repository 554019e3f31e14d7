// TensorFlow.js layers (tfjs-layers src/exports_layers.ts) as the reader models them: which
// factories make weighted layers (and their IR kind), which are activations, which only change the
// shape (dropout, flatten, pooling: pass-through for second moments, as in the PyTorch reader), and
// the output shape each computes from its config, so that the next layer's input width (TF.js
// infers it when building) is known. Shapes leave out the batch axis; convolutions are
// channels-last unless `dataFormat: 'channelsFirst'`.
import type { Activation, ActivationKind, ArgValue, CallArgs, Dim, InitSpec, Layer, LayerKind, ParamSpec, SourceRange } from '../../../model/graph';
import { initCatalogue, type LayerDescription } from '../../../init';
import { planTfjs } from '../../../init/defaults/tfjs';
import type { ObjValue, Prop, Value } from '../eval/values';
import type { Shape } from './values';

/** Factories whose layers carry weights initlint models, and their IR kind. */
export const WEIGHTED: Readonly<Record<string, LayerKind>> = {
  dense: 'Linear',
  conv1d: 'Conv',
  conv2d: 'Conv',
  conv3d: 'Conv',
  conv2dTranspose: 'ConvTranspose',
  conv3dTranspose: 'ConvTranspose',
  embedding: 'Embedding',
  lstm: 'LSTM',
  gru: 'GRU',
  simpleRNN: 'RNN',
  batchNormalization: 'Norm',
  layerNormalization: 'Norm',
};

/** Activation layers (their config is read by activationLayer). */
export const ACTIVATION_LAYERS = new Set(['activation', 'reLU', 'leakyReLU', 'elu', 'softmax', 'prelu', 'thresholdedReLU']);

/** Layers that leave the values alone for second-moment purposes (they may change the shape). */
export const PASS_THROUGH = new Set([
  'dropout', 'spatialDropout1d', 'gaussianNoise', 'gaussianDropout', 'alphaDropout', 'masking', 'flatten', 'reshape',
  'permute', 'repeatVector', 'inputLayer',
  'maxPooling1d', 'maxPooling2d', 'maxPooling3d', 'maxPool1d', 'maxPool2d',
  'averagePooling1d', 'averagePooling2d', 'averagePooling3d', 'avgPool1d', 'avgPool2d', 'avgPool3d', 'avgPooling1d', 'avgPooling2d', 'avgPooling3d',
  'globalAveragePooling1d', 'globalAveragePooling2d', 'globalMaxPooling1d', 'globalMaxPooling2d', 'globalMaxPool1d', 'globalMaxPool2d',
  'zeroPadding2d', 'upSampling2d', 'cropping2D',
]);

/** Layers that merge several tensors. */
export const MERGE_LAYERS = new Set(['add', 'average', 'concatenate', 'maximum', 'minimum', 'multiply', 'dot', 'subtract']);

/** Every factory name the reader recognises on tf.layers (others become opaque nodes). */
export function isKnownFactory(name: string): boolean {
  return name in WEIGHTED || ACTIVATION_LAYERS.has(name) || PASS_THROUGH.has(name) || MERGE_LAYERS.has(name) || name === 'timeDistributed' || name === 'bidirectional';
}

/** TF.js activation identifiers (activations.ts registered class names) -> the IR's kinds; null: not modelled. */
const ACTIVATIONS: Readonly<Record<string, ActivationKind | null>> = {
  linear: 'identity',
  relu: 'relu',
  relu6: 'relu6',
  elu: 'elu',
  selu: 'selu',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  softmax: 'softmax',
  logSoftmax: 'softmax',
  softplus: 'softplus',
  swish: 'silu',
  mish: 'mish',
  gelu: 'gelu',
  gelu_new: 'gelu_tanh',
  hardSigmoid: null,
  softsign: null,
};

/** The activation an identifier names ('identity' for 'linear'), or null for one initlint does not model. */
export function activationKind(name: string): ActivationKind | null {
  return Object.prototype.hasOwnProperty.call(ACTIVATIONS, name) ? ACTIVATIONS[name]! : null;
}

// ---------------------------------------------------------------- config reading

/**
 * A config object as the layer and shape code reads it. `invalid` names properties whose value
 * TF.js would reject (units: 0, a non-finite number): they read as unresolved, so that no size or
 * scale the framework never accepts reaches the theory.
 */
export class Config {
  constructor(
    readonly obj: ObjValue | undefined,
    readonly unknownWhole = false,
    readonly invalid: ReadonlySet<string> = NONE,
  ) {}

  /** The property, 'absent', or 'unknown' (the object or a spread in it is not resolved). */
  get(key: string): Prop | 'absent' | 'unknown' {
    if (this.unknownWhole || this.invalid.has(key)) return 'unknown';
    const p = this.obj?.props.get(key);
    if (p && p.value.k !== 'undef') return p;
    if (p) return 'absent';
    return this.obj?.partial ? 'unknown' : 'absent';
  }

  value(key: string): Value | undefined {
    const p = this.get(key);
    return p === 'absent' ? undefined : p === 'unknown' ? { k: 'unknown' } : p.value;
  }

  /** A number; `fallback` when absent; undefined when unresolved. */
  num(key: string, fallback?: number): number | undefined {
    const v = this.value(key);
    if (v === undefined) return fallback;
    return v.k === 'num' ? v.v : undefined;
  }

  str(key: string, fallback?: string): string | undefined {
    const v = this.value(key);
    if (v === undefined) return fallback;
    return v.k === 'str' ? v.v : undefined;
  }

  bool(key: string, fallback?: boolean): boolean | undefined {
    const v = this.value(key);
    if (v === undefined || v.k === 'null') return fallback;
    return v.k === 'bool' ? v.v : undefined;
  }

  /** A size or a list of sizes expanded to n entries (`kernelSize: 3` -> [3, 3]). */
  dims(key: string, n: number, fallback?: number): Dim[] {
    const v = this.value(key);
    const one = (x: Value | undefined): Dim => (x?.k === 'num' && Number.isInteger(x.v) && x.v >= 0 ? x.v : undefined);
    if (v === undefined) return Array<Dim>(n).fill(fallback);
    if (v.k === 'num') return Array<Dim>(n).fill(one(v));
    if (v.k === 'arr') return Array.from({ length: n }, (_, i) => one(v.items[i]));
    return Array<Dim>(n).fill(undefined);
  }

  /** A shape list ([28, 28, 1], nulls allowed as unknown); undefined when absent or unresolved. */
  shape(key: string): Dim[] | undefined {
    const v = this.value(key);
    if (!v || v.k !== 'arr') return undefined;
    return v.items.map((x) => (x.k === 'num' && Number.isInteger(x.v) && x.v >= 0 ? x.v : undefined));
  }
  /** The config as IR keyword arguments, invalid properties unresolved. */
  keywords(): Record<string, ArgValue> {
    const out = keywordsOf(this.obj);
    for (const k of this.invalid) if (k in out) out[k] = undefined;
    return out;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** An abstract value as an IR argument: undefined when present but not resolvable (non-finite numbers included). */
export function argOf(v: Value, depth = 0): ArgValue {
  switch (v.k) {
    case 'num':
      return Number.isFinite(v.v) ? v.v : undefined;
    case 'str':
    case 'bool':
      return v.v;
    case 'null':
      return null;
    case 'arr':
      return depth > 4 ? undefined : v.items.map((x) => argOf(x, depth + 1));
    default:
      return undefined;
  }
}

/** Config properties as IR keyword arguments (absent JavaScript `undefined` properties dropped). */
export function keywordsOf(obj: ObjValue | undefined): Record<string, ArgValue> {
  const out: Record<string, ArgValue> = {};
  if (!obj) return out;
  for (const [k, p] of obj.props) if (p.value.k !== 'undef') out[k] = argOf(p.value);
  return out;
}

// ---------------------------------------------------------------- shapes

const known = (dims: Dim[]): Shape => ({ dims, rankKnown: true });
const lastOnly = (d: Dim): Shape => ({ dims: [d], rankKnown: false });

export function lastDim(s: Shape | undefined): Dim {
  return s ? s.dims[s.dims.length - 1] : undefined;
}

/** The input shape a layer's config declares (inputShape, batchInputShape without its batch entry, inputDim). */
export function declaredInputShape(c: Config, factory: string): Shape | undefined {
  const shape = c.shape('inputShape');
  if (shape) return known(shape);
  const batch = c.shape('batchInputShape') ?? c.shape('batchShape');
  if (batch && batch.length >= 1) return known(batch.slice(1));
  // embedding's inputDim is its vocabulary size; its input is a sequence of inputLength ids.
  if (factory === 'embedding') return c.get('inputLength') !== 'absent' ? known([c.num('inputLength')]) : undefined;
  if (c.get('inputDim') !== 'absent') return known([c.num('inputDim')]);
  return undefined;
}

/** True when the config names an input shape at all (resolved or not). */
export function declaresInput(c: Config, factory: string): boolean {
  const keys = ['inputShape', 'batchInputShape', 'batchShape'];
  // embedding's inputDim is its vocabulary size, not an input shape.
  if (factory !== 'embedding') keys.push('inputDim');
  return keys.some((k) => c.get(k) !== 'absent');
}

/** tfjs-layers conv_utils.convOutputLength. */
function convOutputLength(length: Dim, filter: Dim, padding: string | undefined, stride: Dim, dilation: Dim = 1): Dim {
  if (length === undefined || filter === undefined || stride === undefined || dilation === undefined || padding === undefined) return undefined;
  const dilated = filter + (filter - 1) * (dilation - 1);
  let out: number;
  if (padding === 'same') out = length;
  else if (padding === 'valid') out = length - dilated + 1;
  else if (padding === 'causal') out = length;
  else return undefined;
  return Math.max(0, Math.floor((out + stride - 1) / stride));
}

/** tfjs-layers conv_utils.deconvLength. */
function deconvLength(length: Dim, stride: Dim, kernel: Dim, padding: string | undefined): Dim {
  if (length === undefined || stride === undefined || kernel === undefined) return undefined;
  if (padding === 'valid') return length * stride + Math.max(kernel - stride, 0);
  if (padding === 'same') return length * stride;
  return undefined;
}

const prod = (xs: Dim[]): Dim => xs.reduce<Dim>((a, b) => (a === undefined || b === undefined ? undefined : a * b), 1);

/** Spatial rank of a conv/pool factory ('conv2dTranspose' -> 2), or 0. */
function spatialRank(factory: string): number {
  const m = /(\d)d/i.exec(factory);
  return m ? Number(m[1]) : 0;
}

/** The channel axis of a shape for a layer with this config (channels-last unless channelsFirst). */
export function channelsOf(s: Shape | undefined, c: Config): Dim {
  if (!s) return undefined;
  const fmt = c.str('dataFormat', 'channelsLast');
  if (fmt === 'channelsFirst') return s.rankKnown ? s.dims[0] : undefined;
  if (fmt !== 'channelsLast') return undefined;
  return lastDim(s);
}

/** Output shape of a (non-merge) layer for an input shape. */
export function outputShape(factory: string, c: Config, s: Shape | undefined): Shape | undefined {
  switch (factory) {
    case 'dense': {
      const u = c.num('units');
      if (!s) return lastOnly(u);
      return { dims: [...s.dims.slice(0, -1), u], rankKnown: s.rankKnown };
    }
    case 'embedding': {
      const out = c.num('outputDim');
      const len = c.num('inputLength');
      if (len !== undefined) return known([len, out]);
      if (!s) return lastOnly(out);
      return { dims: [...s.dims, out], rankKnown: s.rankKnown };
    }
    case 'lstm':
    case 'gru':
    case 'simpleRNN': {
      const u = c.num('units');
      const seq = c.bool('returnSequences', false);
      if (seq === false) return known([u]);
      if (seq === undefined) return lastOnly(u);
      return s && s.rankKnown ? known([s.dims[0], u]) : lastOnly(u);
    }
    case 'conv1d':
    case 'conv2d':
    case 'conv3d':
    case 'conv2dTranspose':
    case 'conv3dTranspose': {
      const n = spatialRank(factory);
      const f = c.num('filters');
      return convShape(factory, c, s, n, f);
    }
    case 'flatten':
      if (!s || !s.rankKnown) return lastOnly(undefined);
      return known([prod(s.dims)]);
    case 'reshape': {
      const target = c.shape('targetShape');
      if (!target) return undefined;
      const v = c.value('targetShape');
      const minusOne = v?.k === 'arr' ? v.items.findIndex((x) => x.k === 'num' && x.v === -1) : -1;
      if (minusOne >= 0) {
        const total = s && s.rankKnown ? prod(s.dims) : undefined;
        const rest = prod(target.filter((_, i) => i !== minusOne));
        target[minusOne] = total !== undefined && rest ? total / rest : undefined;
      }
      return known(target);
    }
    case 'repeatVector': {
      const n = c.num('n');
      return s ? { dims: [n, ...s.dims], rankKnown: s.rankKnown } : undefined;
    }
    case 'permute':
      return s && s.rankKnown ? known(s.dims.map(() => undefined)) : undefined;
    case 'globalAveragePooling1d':
    case 'globalAveragePooling2d':
    case 'globalMaxPooling1d':
    case 'globalMaxPooling2d':
    case 'globalMaxPool1d':
    case 'globalMaxPool2d':
      return known([channelsOf(s, c)]);
    case 'inputLayer':
      return declaredInputShape(c, factory) ?? s;
    default:
      if (/^(max|avg|average)Pool(ing)?[123]d$/.test(factory)) return poolShape(factory, c, s);
      if (factory === 'zeroPadding2d' || factory === 'upSampling2d' || factory === 'cropping2D') {
        if (!s) return undefined;
        return s.rankKnown ? known(s.dims.map((d, i) => (i === s.dims.length - 1 ? d : undefined))) : lastOnly(lastDim(s));
      }
      return s;
  }
}

function convShape(factory: string, c: Config, s: Shape | undefined, n: number, f: Dim): Shape | undefined {
  const fmt = c.str('dataFormat', 'channelsLast');
  if (fmt !== 'channelsLast' && fmt !== 'channelsFirst') return undefined;
  if (!s || !s.rankKnown || s.dims.length !== n + 1) return fmt === 'channelsLast' ? lastOnly(f) : undefined;
  const k = c.dims('kernelSize', n);
  const strides = c.dims('strides', n, 1);
  const dil = c.dims('dilationRate', n, 1);
  const padding = c.str('padding', 'valid');
  const spatial = fmt === 'channelsLast' ? s.dims.slice(0, n) : s.dims.slice(1);
  const out = spatial.map((len, i) =>
    factory.endsWith('Transpose') ? deconvLength(len, strides[i], k[i], padding) : convOutputLength(len, k[i], padding, strides[i], dil[i]),
  );
  return known(fmt === 'channelsLast' ? [...out, f] : [f, ...out]);
}

function poolShape(factory: string, c: Config, s: Shape | undefined): Shape | undefined {
  const n = spatialRank(factory);
  if (!s) return undefined;
  const fmt = c.str('dataFormat', 'channelsLast');
  if (!s.rankKnown || s.dims.length !== n + 1) return fmt === 'channelsLast' ? lastOnly(lastDim(s)) : undefined;
  const pool = c.dims('poolSize', n, 2);
  const given = c.get('strides') !== 'absent';
  const strides = given ? c.dims('strides', n) : pool;
  const padding = c.str('padding', 'valid');
  const channelsLast = fmt === 'channelsLast';
  const spatial = channelsLast ? s.dims.slice(0, n) : s.dims.slice(1);
  const out = spatial.map((len, i) => convOutputLength(len, pool[i], padding, strides[i]));
  const ch = channelsLast ? s.dims[n] : s.dims[0];
  return known(channelsLast ? [...out, ch] : [ch, ...out]);
}

/** Output shape of a merge layer. */
export function mergeShape(factory: string, c: Config, shapes: (Shape | undefined)[]): Shape | undefined {
  if (shapes.length === 0 || shapes.some((s) => !s)) return undefined;
  const first = shapes[0]!;
  if (factory === 'concatenate') {
    const axis = c.num('axis', -1);
    if (axis !== -1 && !(first.rankKnown && axis === first.dims.length)) return undefined;
    const total = shapes.map((s) => lastDim(s)).reduce<Dim>((a, b) => (a === undefined || b === undefined ? undefined : a + b), 0);
    return { dims: [...first.dims.slice(0, -1), total], rankKnown: first.rankKnown };
  }
  if (factory === 'dot') return undefined;
  return first;
}

// ---------------------------------------------------------------- activations

/** The activation a config's `activation:` names; undefined when absent or 'linear'. */
export function configActivation(c: Config, range: (n: Prop) => SourceRange | undefined, text: (n: Prop) => string | undefined): Activation | 'unmodelled' | undefined {
  const p = c.get('activation');
  if (p === 'absent') return undefined;
  if (p === 'unknown') return 'unmodelled';
  if (p.value.k === 'null') return undefined;
  if (p.value.k !== 'str') return 'unmodelled';
  const kind = activationKind(p.value.v);
  if (kind === null) return 'unmodelled';
  if (kind === 'identity') return undefined;
  const r = range(p);
  const t = text(p);
  return { kind, ...(r ? { range: r } : {}), ...(t ? { text: t } : {}) };
}

/** The activation an activation layer applies. */
export function activationLayer(factory: string, c: Config): { kind: ActivationKind; param?: number } | 'unmodelled' | undefined {
  switch (factory) {
    case 'activation': {
      const name = c.str('activation');
      if (name === undefined) return 'unmodelled';
      const kind = activationKind(name);
      if (kind === null) return 'unmodelled';
      return kind === 'identity' ? undefined : { kind };
    }
    case 'reLU': {
      const max = c.value('maxValue');
      if (max === undefined || max.k === 'null') return { kind: 'relu' };
      return max.k === 'num' && max.v === 6 ? { kind: 'relu6' } : 'unmodelled';
    }
    case 'leakyReLU': {
      // tfjs-layers advanced_activations.ts: DEFAULT_ALPHA = 0.3 (as Keras), `args.alpha == null ? 0.3 : args.alpha`.
      const a = c.value('alpha');
      if (a === undefined || a.k === 'null') return { kind: 'leaky_relu', param: 0.3 };
      return a.k === 'num' ? { kind: 'leaky_relu', param: a.v } : 'unmodelled';
    }
    case 'elu': {
      const a = c.value('alpha');
      if (a === undefined || a.k === 'null') return { kind: 'elu', param: 1 };
      return a.k === 'num' ? { kind: 'elu', param: a.v } : 'unmodelled';
    }
    case 'softmax':
      return { kind: 'softmax' };
    case 'prelu': {
      // PReLU's slopes start at alphaInitializer (zeros by default): ReLU at initialization.
      const init = c.value('alphaInitializer');
      if (init === undefined || (init.k === 'str' && init.v === 'zeros')) return { kind: 'relu' };
      return 'unmodelled';
    }
    default:
      return 'unmodelled';
  }
}

// ---------------------------------------------------------------- building the IR layer

export interface BuildContext {
  rangeOf(node: import('../ts').TS.Node): SourceRange;
  textOf(node: import('../ts').TS.Node): string;
  conditional: boolean;
}

/** Names of a config property holding each parameter's initializer. */
const INIT_ARG_OF: Readonly<Record<string, string>> = {
  kernel: 'kernelInitializer',
  bias: 'biasInitializer',
  recurrent_kernel: 'recurrentInitializer',
  embeddings: 'embeddingsInitializer',
  gamma: 'gammaInitializer',
  beta: 'betaInitializer',
};

/** Config keys the default tables read: with a partial config they are unresolved, not absent. */
const READ_KEYS = ['units', 'filters', 'kernelSize', 'useBias', 'inputDim', 'outputDim', 'unitForgetBias', 'center', 'scale'];

/** The InitSpec of a parameter from its config property. */
export function initSpecOf(c: Config, initArg: string | undefined, ctx: BuildContext, initObjOf: (v: Value) => { name: string; keyword: Record<string, ArgValue>; text: string; range: SourceRange } | undefined): InitSpec {
  const dflt: InitSpec = { source: 'default', framework: 'tfjs', name: '', args: { positional: [], keyword: {} } };
  if (!initArg) return dflt;
  const p = c.get(initArg);
  if (p === 'absent') return dflt;
  const spec: InitSpec = { source: 'explicit', framework: 'tfjs', name: '', args: { positional: [], keyword: {} } };
  if (ctx.conditional) spec.conditional = true;
  if (p === 'unknown') return spec;
  const v = p.value;
  // getInitializer(args.x || default): null and '' fall back to the default.
  if (v.k === 'null' || (v.k === 'str' && v.v === '')) return ctx.conditional ? { ...dflt, conditional: true } : dflt;
  if (p.valueNode) {
    spec.callRange = ctx.rangeOf(p.valueNode);
    spec.text = ctx.textOf(p.valueNode);
  }
  if (p.node) spec.statementRange = ctx.rangeOf(p.node);
  if (v.k === 'str') {
    spec.name = v.v;
    return spec;
  }
  const obj = initObjOf(v);
  if (!obj) return spec;
  spec.name = obj.name;
  spec.args = { positional: [], keyword: obj.keyword };
  if (!spec.callRange) {
    spec.callRange = obj.range;
    spec.text = obj.text;
  }
  return spec;
}

/** Keyword arguments of an initializer's config, with the parameters it reads unresolved when the config is. */
export function initKeywords(name: string, config: Value | undefined): Record<string, ArgValue> {
  const entry = initCatalogue('tfjs').lookup(name);
  const sig = entry?.signature.map((d) => d.name) ?? [];
  if (config === undefined || config.k === 'undef') return {};
  if (config.k !== 'obj') {
    const out: Record<string, ArgValue> = {};
    for (const k of sig) out[k] = undefined;
    return out;
  }
  const out = keywordsOf(config);
  if (config.partial) for (const k of sig) if (!(k in out)) out[k] = undefined;
  return out;
}

/**
 * The IR layer of a weighted factory connected to an input of shape `s`: kind, sizes, and every
 * parameter engine/init plans for it (TF.js layout), each with its initializer from the config or
 * the layer default.
 */
export function buildWeighted(
  factory: string,
  kind: LayerKind,
  c: Config,
  s: Shape | undefined,
  base: Pick<Layer, 'id' | 'name' | 'ctor' | 'range' | 'statementRange'>,
  ctx: BuildContext,
  initObjOf: Parameters<typeof initSpecOf>[3],
): Layer {
  const keyword = c.keywords();
  if (c.unknownWhole || c.obj?.partial) for (const k of READ_KEYS) if (!(k in keyword)) keyword[k] = undefined;
  const args: CallArgs = { positional: [], keyword };
  const inputDim = kind === 'Conv' || kind === 'ConvTranspose' ? channelsOf(s, c) : kind === 'Norm' ? normAxisDim(c, s) : lastDim(s);
  const desc: LayerDescription = { framework: 'tfjs', kind, ctor: base.ctor, args };
  if (inputDim !== undefined) desc.inputDim = inputDim;
  const layer: Layer = { ...base, kind, framework: 'tfjs', params: [], args };
  if (kind === 'Norm') layer.normKind = factory === 'batchNormalization' ? 'batch' : 'layer';
  if (kind === 'Conv' || kind === 'ConvTranspose') {
    const k = c.dims('kernelSize', spatialRank(factory));
    layer.kernelSize = k;
    desc.kernelSize = k;
  }
  // The parameters and shapes only: their default descriptions are the analysis's job.
  const planned = planTfjs(desc);
  const params: ParamSpec[] = planned.map((pl) => ({
    name: pl.name,
    role: pl.role,
    shape: pl.shape,
    init: initSpecOf(c, pl.initArg ?? INIT_ARG_OF[pl.name], ctx, initObjOf),
  }));
  layer.params = params;
  if (kind === 'Embedding') {
    const inDim = c.num('inputDim');
    const outDim = c.num('outputDim');
    if (inDim !== undefined) layer.inFeatures = inDim;
    if (outDim !== undefined) layer.outFeatures = outDim;
  } else {
    if (inputDim !== undefined) layer.inFeatures = inputDim;
    const out = c.num(kind === 'Conv' || kind === 'ConvTranspose' ? 'filters' : 'units');
    if (kind !== 'Norm' && out !== undefined) layer.outFeatures = out;
    if (kind === 'Norm' && inputDim !== undefined) layer.outFeatures = inputDim;
  }
  return layer;
}

/** The normalized axis's size (axis -1 by default). */
function normAxisDim(c: Config, s: Shape | undefined): Dim {
  const axis = c.value('axis');
  if (axis === undefined || (axis.k === 'num' && axis.v === -1)) return lastDim(s);
  if (axis.k === 'num' && s?.rankKnown) {
    // Config axes count the batch axis: axis 1 is dims[0].
    const i = axis.v < 0 ? s.dims.length + axis.v : axis.v - 1;
    return s.dims[i];
  }
  return undefined;
}
