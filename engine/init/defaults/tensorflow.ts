// TensorFlow 1 layer defaults (outside Keras), from the TensorFlow source (r2.0, compat.v1 modules):
// - tf.get_variable(name, shape, initializer=None): the variable scope's initializer, else
//   glorot_uniform_initializer() for floating dtypes (ops/variable_scope.py l. 973-1003). The reader
//   leaves the default unknown when the file sets a scope initializer anywhere.
// - tf.layers.dense / conv1d / conv2d / conv3d: kernel_initializer=None (so the same get_variable
//   default, layers/base.py l. 447-448), bias_initializer=zeros_initializer() (layers/core.py l. 116-121,
//   layers/convolutional.py). Kernels are channels-last: dense (in, units), conv (*k, in, filters).
// - nn.rnn_cell.BasicLSTMCell(num_units, forget_bias=1.0): kernel (in + units, 4 units) with the
//   get_variable default, bias (4 units) zeros (ops/rnn_cell_impl.py l. 660-739); gates split i, j, f, o
//   and `forget_bias` added to f before the sigmoid at every step (l. 772-781), so the forget gate
//   starts at sigmoid(forget_bias). LSTMCell(num_units, ..., initializer=None, num_proj=None, ...,
//   forget_bias=1.0): kernel (in + (num_proj or units), 4 units) with `initializer`, bias zeros
//   (l. 833-966), the same gate order and forget_bias (l. 1031-1040).
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type Signature } from '../args';
import { TENSORFLOW_CATALOGUE } from '../catalogue/tensorflow';
import { applyEntry } from '../catalogue/types';
import type { Draft } from '../distributions';
import { fmt } from '../format';
import { bindCtor, constantDraft, ctorName, inputWidth, mulDim, splitParamName, unmodelled, type LayerDescription, type ParamPlan } from './layer';

const CONV: Signature = [
  p('filters', REQUIRED),
  p('kernel_size', REQUIRED),
  p('strides', 1),
  p('padding', 'valid'),
  p('data_format', 'channels_last'),
  p('dilation_rate', 1),
  p('activation', null),
  p('use_bias', true),
  p('kernel_initializer', null),
  p('bias_initializer', null),
];
const BASIC_LSTM: Signature = [p('num_units', REQUIRED), p('forget_bias', 1.0), p('state_is_tuple', true), p('activation', null)];
const LSTM: Signature = [
  p('num_units', REQUIRED),
  p('use_peepholes', false),
  p('cell_clip', null),
  p('initializer', null),
  p('num_proj', null),
  p('proj_clip', null),
  p('num_unit_shards', null),
  p('num_proj_shards', null),
  p('forget_bias', 1.0),
];

/** Constructor signatures after the `inputs` argument (the reader drops it), positional order of the TF source. */
export const TF_LAYER_SIGNATURES: Readonly<Record<string, Signature>> = {
  dense: [p('units', REQUIRED), p('activation', null), p('use_bias', true), p('kernel_initializer', null), p('bias_initializer', null)],
  conv1d: CONV,
  conv2d: CONV,
  conv3d: CONV,
  BasicLSTMCell: BASIC_LSTM,
  LSTMCell: LSTM,
};

/** The LSTM gate order of TensorFlow's cells (rnn_cell_impl.py: `i, j, f, o = split(...)`). */
export const TF_LSTM_GATES = ['i', 'j', 'f', 'o'];

const glorot = (shape: readonly Dim[], what: string): Draft => {
  const d = applyEntry(TENSORFLOW_CATALOGUE.lookup('compat.v1.glorot_uniform_initializer')!, undefined, shape);
  return { ...d, formula: `${what} default glorot_uniform_initializer (get_variable's for floats): ${d.formula}` };
};

const isLstmCell = (ctor: string): boolean => ctor === 'BasicLSTMCell' || ctor === 'LSTMCell';

/**
 * The LSTM bias as the cell uses it: the variable is zeros and `forget_bias` is added to the forget
 * slice [2U, 3U) at every step, so the gates start at i, j, o: 0 and f: forget_bias. As four equal
 * slices: mean forget_bias/4, variance forget_bias^2 (1/4)(3/4).
 */
export function tfForgetBias(units: Dim, forgetBias: number | undefined, what: string): Draft {
  const seg = (i: number, value: number | undefined) => ({
    label: TF_LSTM_GATES[i]!,
    axis: 0,
    start: units === undefined ? undefined : i * units,
    end: units === undefined ? undefined : (i + 1) * units,
    ...(value !== undefined ? { constant: value } : {}),
  });
  const d: Draft = {
    family: 'zeros',
    canonical: 'zeros_initializer',
    distribution: 'constant',
    constant: 0,
    segments: [seg(0, 0), seg(1, 0), seg(2, forgetBias), seg(3, 0)],
    formula: '',
  };
  if (forgetBias === undefined) return { ...d, formula: `${what}: bias zeros, forget_bias not resolved`, note: 'forget_bias not resolved' };
  const mean = forgetBias / 4;
  const variance = forgetBias * forgetBias * 0.1875;
  return {
    ...d,
    moments: { mean, variance },
    formula: `${what}: bias variable zeros, forget_bias ${fmt(forgetBias)} added to the forget slice [2U, 3U) of i, j, f, o at every step${units === undefined ? '' : ` (U = ${units})`}: as the gates see it, mean ${fmt(mean)}, variance ${fmt(variance)}`,
  };
}

/** The default of one parameter of a TensorFlow layer (TF layout). */
export function describeTfDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  const ctor = ctorName(layer);
  const { leaf } = splitParamName(name);
  const what = layer.ctor ?? ctor;
  if (isLstmCell(ctor)) {
    if (leaf === 'kernel') return glorot(shape, what);
    if (leaf === 'bias') {
      const b = bindCtor(layer, TF_LAYER_SIGNATURES[ctor]!);
      return tfForgetBias(b.dim('num_units'), b.num('forget_bias'), what);
    }
    return unmodelled(`${what}.${name}`);
  }
  if (ctor === 'dense' || /^conv[123]d$/.test(ctor)) {
    if (leaf === 'kernel') return glorot(shape, what);
    if (leaf === 'bias') return constantDraft(0, 'zeros_initializer', `${what} bias default zeros_initializer()`);
    return unmodelled(`${what}.${name}`);
  }
  // tf.get_variable and anything else made through it: glorot_uniform for floats.
  if (ctor === 'get_variable') return glorot(shape, what);
  return unmodelled(`${what}.${name}`);
}

/** The parameters a TensorFlow layer creates (tf.get_variable lists its own). */
export function planTf(layer: LayerDescription): ParamPlan[] {
  const ctor = ctorName(layer);
  const sig = TF_LAYER_SIGNATURES[ctor];
  if (!sig) return [];
  const b = bindCtor(layer, sig);
  const inDim = inputWidth(layer);
  const out: ParamPlan[] = [];
  const useBias = (): boolean => b.bool('use_bias') !== false;
  if (ctor === 'dense') {
    const u = b.dim('units');
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, u], initArg: 'kernel_initializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [u], initArg: 'bias_initializer' });
  } else if (/^conv[123]d$/.test(ctor)) {
    const n = Number(ctor.charAt(4));
    const f = b.dim('filters');
    const k = b.dims('kernel_size', n);
    out.push({ name: 'kernel', role: 'weight', shape: [...k, inDim, f], initArg: 'kernel_initializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [f], initArg: 'bias_initializer' });
  } else if (isLstmCell(ctor)) {
    const u = b.dim('num_units');
    const projRaw = ctor === 'LSTMCell' ? b.raw('num_proj') : null;
    const h = projRaw === null ? u : typeof projRaw === 'number' ? projRaw : undefined;
    const rows = inDim === undefined || h === undefined ? undefined : inDim + h;
    out.push({ name: 'kernel', role: 'weight', shape: [rows, mulDim(u, 4)], gates: { axis: 1, labels: TF_LSTM_GATES }, ...(ctor === 'LSTMCell' ? { initArg: 'initializer' } : {}) });
    out.push({ name: 'bias', role: 'bias', shape: [mulDim(u, 4)], gates: { axis: 0, labels: TF_LSTM_GATES } });
  }
  return out;
}
