// Keras layer constructors (Keras 3 and tf.keras): the layer each makes (kind, parameters planned by
// engine/init's Keras table, explicit *_initializer arguments), its `activation=`, and how it maps
// an input shape to an output shape (channels-last; the kernel's input width comes from the first
// tensor the layer sees). Initializer objects: ./initializers.ts.
import type { Activation, Dim, SourceRange } from '../../../model/graph';
import { planKeras } from '../../../init/defaults/keras';
import type { ParamPlan } from '../../../init/defaults/layer';
import {
  ACTIVATION_NAMES,
  activationModule,
  type BuiltLayer,
  frameworkLayer,
  type LayerCall,
  layerModule,
  otherModule,
  passthroughModule,
  seeInput,
} from '../shaped/layer-build';
import { convShape, dimOf, dimsOf, flattenShape, paddingOf, poolShape, reshapeShape, shapeArg, withWidth } from '../shaped/shapes';
import { type ModuleObj, NO_SHAPE, shapeOf, type TensorShape, type Value } from '../eval/values';

/** 'tensorflow.keras.layers.Dense' / 'keras.layers.Dense' / 'tf_keras.layers.Dense' -> 'layers.Dense'. */
export function kerasPath(q: string): string | undefined {
  if (q.startsWith('keras.')) return q.slice(6).replace(/^src\./, '');
  if (q.startsWith('tensorflow.keras.')) return q.slice(17);
  if (q.startsWith('tensorflow.python.keras.')) return q.slice(24);
  if (q.startsWith('tf_keras.')) return q.slice(9);
  return undefined;
}

/** Base classes that make a class a Keras model or layer. */
export function isKerasBase(path: string): boolean {
  return /^(models\.|engine\.training\.|layers\.|engine\.base_layer\.)?(Model|Layer|Sequential)$/.test(path);
}

const STR = (v: Value | undefined): string | undefined => (v?.k === 'str' ? v.v : undefined);

function num(v: Value | undefined, def: number): number | undefined {
  if (v === undefined || v.k === 'none') return def;
  return v.k === 'num' ? v.v : undefined;
}

/**
 * An `activation=` value: a Keras name ('relu'), an activation function (tf.nn.relu,
 * keras.activations.gelu), or an activation layer instance. Undefined for none/'linear'; opaque for
 * anything initlint does not model.
 */
export function kerasActivation(v: Value | undefined, range: SourceRange | undefined, text: string): Activation | { opaque: string } | undefined {
  if (v === undefined || v.k === 'none') return undefined;
  if (v.k === 'module') {
    if (v.m.kind === 'activation' && v.m.activation) return { ...v.m.activation, ...(range ? { range } : {}), text };
    return { opaque: `the activation ${text}` };
  }
  let key: string | undefined;
  if (v.k === 'str') key = v.v;
  else if (v.k === 'lib') key = v.name.slice(v.name.lastIndexOf('.') + 1);
  if (key === 'leaky_relu') return { kind: 'leaky_relu', param: v.k === 'str' ? 0.2 : 0.2, ...(range ? { range } : {}), text };
  const a = key !== undefined ? ACTIVATION_NAMES[key] : undefined;
  if (!a) return { opaque: `the activation ${text}` };
  if (a.kind === 'identity') return undefined;
  return { kind: a.kind, ...(a.param !== undefined ? { param: a.param } : {}), ...(range ? { range } : {}), text };
}

// Initializer objects (`initializers.HeNormal()`, `tf.random_normal_initializer(...)`) are read in
// ./initializers.ts; re-exported here for the readers that import them with the layers.
export { kerasInitializerCall } from './initializers';

const CONV_ALIASES: Record<string, string> = {
  Convolution1D: 'Conv1D',
  Convolution2D: 'Conv2D',
  Convolution3D: 'Conv3D',
  Convolution1DTranspose: 'Conv1DTranspose',
  Convolution2DTranspose: 'Conv2DTranspose',
  Convolution3DTranspose: 'Conv3DTranspose',
  Deconvolution2D: 'Conv2DTranspose',
  Deconvolution3D: 'Conv3DTranspose',
  MaxPool1D: 'MaxPooling1D',
  MaxPool2D: 'MaxPooling2D',
  MaxPool3D: 'MaxPooling3D',
  AvgPool1D: 'AveragePooling1D',
  AvgPool2D: 'AveragePooling2D',
  AvgPool3D: 'AveragePooling3D',
  GlobalAvgPool1D: 'GlobalAveragePooling1D',
  GlobalAvgPool2D: 'GlobalAveragePooling2D',
  GlobalAvgPool3D: 'GlobalAveragePooling3D',
  GlobalMaxPool1D: 'GlobalMaxPooling1D',
  GlobalMaxPool2D: 'GlobalMaxPooling2D',
  GlobalMaxPool3D: 'GlobalMaxPooling3D',
};

/** Shape-preserving layers: regularisation, noise, masking and input preprocessing. */
const SAME_SHAPE = new Set([
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianDropout', 'GaussianNoise', 'AlphaDropout',
  'ActivityRegularization', 'Masking', 'Identity', 'Rescaling', 'Normalization', 'RandomFlip', 'RandomRotation', 'RandomZoom',
  'RandomContrast', 'RandomTranslation', 'RandomBrightness', 'RandomHeight', 'RandomWidth', 'AutoContrast', 'Solarization', 'RandomGrayscale',
]);

const MERGE = new Set(['Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum', 'Concatenate', 'Dot']);

/** The input shape a first layer declares (`input_shape=(784,)`, `input_dim=784`, `batch_input_shape`). */
function declaredInput(call: LayerCall): Dim[] | undefined {
  const s = shapeArg(call.keyword.get('input_shape'));
  if (s) return s;
  const b = shapeArg(call.keyword.get('batch_input_shape') ?? call.keyword.get('batch_shape'));
  if (b) return b.slice(1);
  const d = call.keyword.get('input_dim');
  if (d && d.k === 'num') return [dimOf(d)];
  return undefined;
}

/** Binds positional arguments to names (the keyword wins). */
function bound(call: LayerCall, names: string[]): (name: string) => Value | undefined {
  return (name) => {
    if (call.keyword.has(name)) return call.keyword.get(name);
    const i = names.indexOf(name);
    return i >= 0 ? call.positional[i] : undefined;
  };
}

/** `activation=` of Dense and Conv layers (the cell activation of RNNs is not a following activation). */
function postActivation(call: LayerCall, arg: Value | undefined): ModuleObj['postActivation'] {
  if (arg === undefined) return undefined;
  const site = call.argSite('activation');
  return kerasActivation(arg, site?.range, site?.text ?? (arg.k === 'str' ? arg.v : 'activation'));
}

/** Builds the module a Keras layer class makes, or undefined for a name that is not a Keras layer. */
export function kerasLayer(call: LayerCall, className: string): ModuleObj | undefined {
  const name = CONV_ALIASES[className] ?? className;
  const q = `keras.layers.${name}`;
  const text = call.text;
  const kw = call.keyword;
  let m: ModuleObj | undefined;

  const layerWith = (kind: Parameters<typeof frameworkLayer>[1], plan: (l: BuiltLayer) => ParamPlan[], shape: (input: TensorShape, see: (w: Dim) => void) => TensorShape): ModuleObj => {
    const { layer, refresh } = frameworkLayer('keras', kind, q, { ...call, name }, plan);
    const see = (w: Dim): void => seeInput(layer, w, refresh);
    return layerModule('keras', q, text, layer, (input) => shape(input, see));
  };

  if (name === 'Dense') {
    const arg = bound(call, ['units', 'activation', 'use_bias']);
    const units = dimOf(arg('units'));
    m = layerWith('Linear', planKeras, (input, see) => {
      see(input.width);
      return withWidth(input, units);
    });
    m.layer!.outFeatures = units;
    const act = postActivation(call, arg('activation'));
    if (act) m.postActivation = act;
  } else if (/^Conv[123]D(Transpose)?$/.test(name)) {
    const nd = Number(name.charAt(4));
    const transposed = name.endsWith('Transpose');
    const names = transposed
      ? ['filters', 'kernel_size', 'strides', 'padding', 'output_padding', 'data_format', 'dilation_rate', 'activation', 'use_bias']
      : ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', 'groups', 'activation', 'use_bias'];
    const arg = bound(call, names);
    const filters = dimOf(arg('filters'));
    const k = dimsOf(arg('kernel_size'), nd);
    const s = dimsOf(arg('strides') ?? { k: 'num', v: 1 }, nd);
    const d = dimsOf(arg('dilation_rate') ?? { k: 'num', v: 1 }, nd);
    const pad = paddingOf(arg('padding'), nd, 'valid');
    const channelsFirst = STR(arg('data_format')) === 'channels_first';
    const outPad = arg('output_padding');
    m = layerWith(transposed ? 'ConvTranspose' : 'Conv', planKeras, (input, see) => {
      if (channelsFirst) return NO_SHAPE;
      see(input.width);
      if (outPad && outPad.k !== 'none') return { width: filters };
      return convShape(input, nd, k, s, d, pad, filters, transposed);
    });
    m.layer!.kernelSize = k;
    m.layer!.outFeatures = filters;
    const groups = dimOf(arg('groups'));
    if (!transposed && groups !== undefined) m.layer!.groups = groups;
    const act = postActivation(call, arg('activation'));
    if (act) m.postActivation = act;
  } else if (name === 'DepthwiseConv2D' || name === 'DepthwiseConv1D') {
    const nd = name === 'DepthwiseConv2D' ? 2 : 1;
    const arg = bound(call, ['kernel_size', 'strides', 'padding', 'depth_multiplier', 'data_format', 'dilation_rate', 'activation', 'use_bias']);
    const k = dimsOf(arg('kernel_size'), nd);
    const s = dimsOf(arg('strides') ?? { k: 'num', v: 1 }, nd);
    const d = dimsOf(arg('dilation_rate') ?? { k: 'num', v: 1 }, nd);
    const pad = paddingOf(arg('padding'), nd, 'valid');
    const dm = arg('depth_multiplier') === undefined ? 1 : dimOf(arg('depth_multiplier'));
    const useBias = arg('use_bias');
    const channelsFirst = STR(arg('data_format')) === 'channels_first';
    // Keras kernel (*k, in, depth_multiplier): its fans (fan_in = in x prod(k)) are what the
    // initializer sees. The forward pass does not treat it as a dense step (each output sees prod(k) inputs).
    const plan = (l: BuiltLayer): ParamPlan[] => {
      const inDim = l.inputDim;
      const out: ParamPlan[] = [{ name: 'depthwise_kernel', role: 'weight', shape: [...k, inDim, dm], initArg: 'depthwise_initializer' }];
      if (!(useBias?.k === 'bool' && !useBias.v)) out.push({ name: 'bias', role: 'bias', shape: [inDim === undefined || dm === undefined ? undefined : inDim * dm], initArg: 'bias_initializer' });
      return out;
    };
    m = layerWith('Conv', plan, (input, see) => {
      if (channelsFirst) return NO_SHAPE;
      see(input.width);
      const w = input.width === undefined || dm === undefined ? undefined : input.width * dm;
      return convShape(input, nd, k, s, d, pad, w);
    });
    m.layer!.kernelSize = k;
    m.depthwise = true;
    const act = postActivation(call, arg('activation'));
    if (act) m.postActivation = act;
  } else if (name === 'Embedding') {
    const arg = bound(call, ['input_dim', 'output_dim']);
    const dim = dimOf(arg('output_dim'));
    m = layerWith('Embedding', planKeras, (input) => (input.dims ? shapeOf([...input.dims, dim]) : { width: dim }));
    m.layer!.inFeatures = dimOf(arg('input_dim'));
    m.layer!.outFeatures = dim;
  } else if (name === 'LSTM' || name === 'GRU' || name === 'SimpleRNN') {
    const arg = bound(call, ['units']);
    const units = dimOf(arg('units'));
    const seq = kw.get('return_sequences');
    const sequences = seq?.k === 'bool' ? seq.v : seq === undefined ? false : undefined;
    m = layerWith(name === 'SimpleRNN' ? 'RNN' : name, planKeras, (input, see) => {
      see(input.width);
      if (sequences === undefined) return { width: units };
      return sequences ? shapeOf([input.dims?.[0], units]) : shapeOf([units]);
    });
    m.layer!.outFeatures = units;
    const state = kw.get('return_state');
    if (state?.k === 'bool' && state.v) m.returnsState = true;
  } else if (name === 'MultiHeadAttention') {
    const os = kw.get('output_shape');
    const outDim = os === undefined || os.k === 'none' ? undefined : os.k === 'num' ? dimOf(os) : null;
    m = layerWith('MultiheadAttention', planKeras, (input, see) => {
      see(input.width);
      if (outDim === null) return NO_SHAPE;
      return withWidth(input, outDim ?? input.width);
    });
  } else if (/^(Batch|Layer|Group|RMS)Normalization$/.test(name)) {
    const axis = kw.get('axis');
    const lastAxis = axis === undefined || (axis.k === 'num' && axis.v === -1);
    m = layerWith('Norm', planKeras, (input, see) => {
      if (lastAxis) see(input.width);
      return input;
    });
    m.layer!.normKind = name.startsWith('Batch') ? 'batch' : name.startsWith('Group') ? 'group' : name.startsWith('RMS') ? 'rms' : 'layer';
  } else if (name === 'UnitNormalization') {
    m = passthroughModule('keras', q, text);
  } else if (name === 'Activation') {
    const v = call.positional[0] ?? kw.get('activation');
    const site = call.argSite('activation');
    const a = kerasActivation(v, site?.range ?? call.range, text);
    m = activationModule('keras', q, text, a ?? { kind: 'identity', range: call.range, text });
  } else if (name === 'ReLU') {
    const maxValue = num(call.positional[0] ?? kw.get('max_value'), NaN);
    const slope = num(call.positional[1] ?? kw.get('negative_slope'), 0);
    const threshold = num(call.positional[2] ?? kw.get('threshold'), 0);
    let a: Activation | { opaque: string } = { opaque: text };
    if (slope !== undefined && threshold === 0 && maxValue !== undefined && Number.isNaN(maxValue)) a = slope === 0 ? { kind: 'relu', range: call.range, text } : { kind: 'leaky_relu', param: slope, range: call.range, text };
    else if (maxValue === 6 && slope === 0 && threshold === 0) a = { kind: 'relu6', range: call.range, text };
    m = activationModule('keras', q, text, a);
  } else if (name === 'LeakyReLU') {
    // Keras 3 negative_slope=0.3; tf.keras 2 alpha=0.3.
    const slope = num(call.positional[0] ?? kw.get('negative_slope') ?? kw.get('alpha'), 0.3);
    m = activationModule('keras', q, text, slope === undefined ? { opaque: text } : { kind: 'leaky_relu', param: slope, range: call.range, text });
  } else if (name === 'ELU') {
    const alpha = num(call.positional[0] ?? kw.get('alpha'), 1);
    m = activationModule('keras', q, text, alpha === undefined ? { opaque: text } : { kind: 'elu', param: alpha, range: call.range, text });
  } else if (name === 'PReLU') {
    // alpha_initializer='zeros': a ReLU at initialisation.
    m = activationModule('keras', q, text, kw.has('alpha_initializer') ? { opaque: text } : { kind: 'relu', range: call.range, text });
  } else if (name === 'Softmax') {
    m = activationModule('keras', q, text, { kind: 'softmax', range: call.range, text });
  } else if (SAME_SHAPE.has(name)) {
    m = passthroughModule('keras', q, text);
  } else if (name === 'InputLayer') {
    m = passthroughModule('keras', q, text);
    const s = shapeArg(kw.get('input_shape') ?? kw.get('shape') ?? call.positional[0]);
    const b = shapeArg(kw.get('batch_input_shape') ?? kw.get('batch_shape'));
    if (s) m.inputShape = s;
    else if (b) m.inputShape = b.slice(1);
  } else if (name === 'Flatten') {
    m = passthroughModule('keras', q, text, flattenShape);
  } else if (name === 'Reshape') {
    const raw = call.positional[0] ?? kw.get('target_shape');
    const target = shapeArg(raw);
    m = passthroughModule('keras', q, text, (input) => reshapeShape(input, target, raw));
  } else if (name === 'RepeatVector') {
    const n = dimOf(call.positional[0] ?? kw.get('n'));
    m = passthroughModule('keras', q, text, (input) => shapeOf([n, input.width]));
  } else if (/^(Max|Average)Pooling[123]D$/.test(name)) {
    const nd = Number(name.charAt(name.length - 2));
    const pool = call.positional[0] ?? kw.get('pool_size') ?? { k: 'num', v: 2 };
    const window = dimsOf(pool, nd);
    const strideArg = call.positional[1] ?? kw.get('strides');
    const strides = strideArg === undefined || strideArg.k === 'none' ? window : dimsOf(strideArg, nd);
    const pad = paddingOf(call.positional[2] ?? kw.get('padding'), nd, 'valid');
    const channelsFirst = STR(kw.get('data_format')) === 'channels_first';
    m = passthroughModule('keras', q, text, (input) => (channelsFirst ? NO_SHAPE : poolShape(input, nd, window, strides, pad)));
  } else if (/^Global(Max|Average)Pooling[123]D$/.test(name)) {
    const keep = kw.get('keepdims');
    const channelsFirst = STR(kw.get('data_format')) === 'channels_first';
    m = passthroughModule('keras', q, text, (input) => (channelsFirst ? NO_SHAPE : keep?.k === 'bool' && keep.v ? { width: input.width } : shapeOf([input.width])));
  } else if (/^(UpSampling|ZeroPadding|Cropping)[123]D$/.test(name) || name === 'Permute' || name === 'Lambda') {
    // Channels are kept (Permute and Lambda: nothing is known).
    const keepsWidth = name !== 'Permute' && name !== 'Lambda';
    m = name === 'Lambda' ? otherModule('keras', q, text) : passthroughModule('keras', q, text, (input) => (keepsWidth ? { width: input.width } : NO_SHAPE));
  } else if (name === 'Resizing' || name === 'CenterCrop' || name === 'RandomCrop') {
    const h = dimOf(call.positional[0] ?? kw.get('height'));
    const w = dimOf(call.positional[1] ?? kw.get('width'));
    m = passthroughModule('keras', q, text, (input) => (input.dims?.length === 3 ? shapeOf([h, w, input.width]) : { width: input.width }));
  } else if (MERGE.has(name)) {
    m = otherModule('keras', q, text);
    m.merge = name === 'Add' ? 'add' : name === 'Multiply' ? 'multiply' : 'other';
  } else if (name === 'Bidirectional' || name === 'TimeDistributed') {
    const inner = call.positional[0] ?? kw.get('layer');
    if (inner?.k !== 'module' || !inner.m.framework) return otherModule('keras', q, text);
    m = passthroughModule('keras', q, text);
    m.kind = 'layer';
    m.wrapped = inner.m;
    m.layer = inner.m.layer;
    // Named as Keras names the wrapper (`bidirectional`) when the inner layer has no name yet.
    if (m.layer && m.layer.name === inner.m.display) m.layer.name = text;
    const innerShape = inner.m.shapeFn;
    const mode = STR(kw.get('merge_mode') ?? call.positional[1]) ?? (kw.has('merge_mode') ? undefined : 'concat');
    if (name === 'Bidirectional') {
      m.shapeFn = (input) => {
        const out = innerShape ? innerShape(input) : NO_SHAPE;
        if (mode !== 'concat') return mode === 'sum' || mode === 'ave' || mode === 'mul' ? out : NO_SHAPE;
        const w = out.width === undefined ? undefined : out.width * 2;
        return out.dims ? shapeOf([...out.dims.slice(0, -1), w]) : { width: w };
      };
      // Both directions have their own weights; the backward copy mirrors the forward one.
    } else {
      m.shapeFn = (input) => {
        if (!input.dims || input.dims.length < 2) return innerShape ? { width: innerShape({ width: input.width }).width } : NO_SHAPE;
        const out = innerShape ? innerShape(shapeOf(input.dims.slice(1))) : NO_SHAPE;
        return out.dims ? shapeOf([input.dims[0], ...out.dims]) : { width: out.width };
      };
    }
  } else {
    return undefined;
  }
  const declared = declaredInput(call);
  if (declared) m.inputShape = declared;
  const layerName = kw.get('name');
  if (layerName?.k === 'str') m.givenName = layerName.v;
  return m;
}

/** Keras's automatic layer name: the class name in snake_case ('Conv2D' -> 'conv2d', 'ReLU' -> 're_lu'). */
export function kerasAutoName(className: string): string {
  const short = className.slice(className.lastIndexOf('.') + 1);
  // keras.src.utils.naming.to_snake_case
  return short
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** `keras.Input(shape=(784,))` / `layers.Input((28, 28, 1))` / `batch_shape=(None, 784)`: the per-example shape. */
export function kerasInputShape(positional: Value[], keyword: Map<string, Value>): TensorShape {
  const s = shapeArg(keyword.get('shape') ?? positional[0]);
  if (s) return shapeOf(s);
  const b = shapeArg(keyword.get('batch_shape') ?? keyword.get('batch_input_shape'));
  if (b) return shapeOf(b.slice(1));
  return NO_SHAPE;
}
