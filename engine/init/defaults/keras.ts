// Keras 3 layer defaults (keras/src/layers/**):
// - Dense, ConvND, ConvNDTranspose, EinsumDense: kernel glorot_uniform, bias zeros. Conv kernel
//   (*k, in/groups, filters); ConvTranspose kernel (*k, filters, in).
// - Embedding: embeddings_initializer 'uniform' = RandomUniform(-0.05, 0.05).
// - LSTM: kernel (in, 4U) glorot_uniform, recurrent_kernel (U, 4U) orthogonal, bias (4U) zeros with
//   unit_forget_bias=True (the forget slice [U, 2U) is 1); gate order i, f, c, o.
// - GRU: same initializers, gates z, r, h; bias (2, 3U) with reset_after=True (default), else (3U).
// - SimpleRNN: kernel (in, U), recurrent_kernel (U, U), bias (U).
// - MultiHeadAttention: EinsumDense query/key/value kernels (dim, heads, key_dim), attention_output
//   kernel (heads, value_dim, dim), glorot_uniform with the einsum's input/output axes (Keras >= 3.15;
//   earlier versions used conv-style fans of the 3-D kernel), biases zeros.
// - LayerNormalization / BatchNormalization / GroupNormalization: gamma ones, beta zeros; RMSNormalization: scale ones.
// - Layer.add_weight without an initializer: glorot_uniform for floating-point weights (Keras 3
//   keras/src/layers/layer.py add_weight; tf.keras 2 engine/base_layer.py add_weight alike), fans
//   from the weight's own shape like any Keras kernel.
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type Signature } from '../args';
import { KERAS_CATALOGUE } from '../catalogue/keras';
import { applyEntry } from '../catalogue/types';
import type { Draft } from '../distributions';
import { fmt } from '../format';
import { bindCtor, constantDraft, ctorName, divDim, inputWidth, mulDim, splitParamName, unmodelled, type LayerDescription, type ParamPlan } from './layer';

const CONV: Signature = [
  p('filters', REQUIRED),
  p('kernel_size', REQUIRED),
  p('strides', 1),
  p('padding', 'valid'),
  p('data_format', null),
  p('dilation_rate', 1),
  p('groups', 1),
  p('activation', null),
  p('use_bias', true),
];
const CONVT: Signature = [
  p('filters', REQUIRED),
  p('kernel_size', REQUIRED),
  p('strides', 1),
  p('padding', 'valid'),
  p('output_padding', null),
  p('data_format', null),
  p('dilation_rate', 1),
  p('activation', null),
  p('use_bias', true),
];
const LSTM: Signature = [
  p('units', REQUIRED),
  p('activation', 'tanh'),
  p('recurrent_activation', 'sigmoid'),
  p('use_bias', true),
  p('kernel_initializer', 'glorot_uniform'),
  p('recurrent_initializer', 'orthogonal'),
  p('bias_initializer', 'zeros'),
  p('unit_forget_bias', true),
];
const GRU: Signature = [
  p('units', REQUIRED),
  p('activation', 'tanh'),
  p('recurrent_activation', 'sigmoid'),
  p('use_bias', true),
  { name: 'reset_after', default: true, keywordOnly: true },
];
const SIMPLE_RNN: Signature = [p('units', REQUIRED), p('activation', 'tanh'), p('use_bias', true)];
const NORM: Signature = [p('axis', -1), p('epsilon', 1e-3), p('center', true), p('scale', true)];

/** Constructor signatures (Keras 3 positional order, as far as the defaults need it). */
export const KERAS_LAYER_SIGNATURES: Readonly<Record<string, Signature>> = {
  Dense: [p('units', REQUIRED), p('activation', null), p('use_bias', true)],
  Conv1D: CONV,
  Conv2D: CONV,
  Conv3D: CONV,
  Conv1DTranspose: CONVT,
  Conv2DTranspose: CONVT,
  Conv3DTranspose: CONVT,
  Embedding: [p('input_dim', REQUIRED), p('output_dim', REQUIRED)],
  LSTM,
  LSTMCell: LSTM,
  GRU,
  GRUCell: GRU,
  SimpleRNN: SIMPLE_RNN,
  SimpleRNNCell: SIMPLE_RNN,
  MultiHeadAttention: [p('num_heads', REQUIRED), p('key_dim', REQUIRED), p('value_dim', null), p('dropout', 0.0), p('use_bias', true), p('output_shape', null)],
  LayerNormalization: [p('axis', -1), p('epsilon', 1e-3), p('center', true), p('scale', true), p('rms_scaling', false)],
  BatchNormalization: [p('axis', -1), p('momentum', 0.99), p('epsilon', 1e-3), p('center', true), p('scale', true)],
  GroupNormalization: [p('groups', 32), ...NORM],
  RMSNormalization: [p('axis', -1), p('epsilon', 1e-6)],
};

const entry = (name: string) => KERAS_CATALOGUE.lookup(name)!;

function rnnKind(layer: LayerDescription): 'RNN' | 'LSTM' | 'GRU' | undefined {
  if (layer.kind === 'RNN' || layer.kind === 'LSTM' || layer.kind === 'GRU') return layer.kind;
  const c = ctorName(layer).replace(/Cell$/, '');
  return c === 'LSTM' || c === 'GRU' ? c : c === 'SimpleRNN' ? 'RNN' : undefined;
}

function glorot(shape: readonly Dim[], what: string, inputAxes?: number[], outputAxes?: number[]): Draft {
  const args = inputAxes && outputAxes ? { positional: [], keyword: { input_axes: inputAxes, output_axes: outputAxes } } : undefined;
  const d = applyEntry(entry('GlorotUniform'), args, shape);
  return { ...d, formula: `${what} default glorot_uniform: ${d.formula}` };
}

/** Description of the default of one parameter, from its name and shape (Keras layout). */
export function describeKerasDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  const { prefix, leaf } = splitParamName(name);
  const ctor = ctorName(layer);
  const what = ctor || layer.kind;
  const rk = rnnKind(layer);
  if (layer.kind === 'MultiheadAttention' || ctor === 'MultiHeadAttention') {
    const part = splitParamName(prefix).leaf;
    if (leaf === 'kernel') {
      if (shape.length === 3 && (part === 'query' || part === 'key' || part === 'value')) {
        const d = glorot(shape, `MultiHeadAttention ${part}`, [0], [1, 2]);
        return { ...d, note: 'fans over the einsum input/output axes (Keras >= 3.15); earlier Keras used conv-style fans of the 3-D kernel' };
      }
      if (shape.length === 3 && part === 'attention_output') {
        const d = glorot(shape, 'MultiHeadAttention attention_output', [0, 1], [2]);
        return { ...d, note: 'fans over the einsum input/output axes (Keras >= 3.15); earlier Keras used conv-style fans of the 3-D kernel' };
      }
      return glorot(shape, `MultiHeadAttention ${name}`);
    }
    if (leaf === 'bias') return constantDraft(0, 'Zeros', `MultiHeadAttention ${name} default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (rk) {
    if (leaf === 'kernel') return glorot(shape, what);
    if (leaf === 'recurrent_kernel') {
      const d = applyEntry(entry('Orthogonal'), undefined, shape);
      return { ...d, formula: `${what} recurrent_kernel default orthogonal: ${d.formula}` };
    }
    if (leaf === 'bias') {
      if (rk === 'LSTM') {
        const sig = KERAS_LAYER_SIGNATURES[ctor] ?? LSTM;
        const b = bindCtor(layer, sig);
        const ufb = b.bool('unit_forget_bias');
        const units = b.dim('units') ?? divDim(shape[shape.length - 1], 4);
        if (ufb === undefined) return { family: 'zeros', canonical: 'Zeros', distribution: 'constant', formula: `${what} bias: unit_forget_bias not resolved`, note: 'unit_forget_bias not resolved' };
        if (ufb) return forgetBias(units, 'LSTM bias default zeros with unit_forget_bias=True', ['i', 'f', 'c', 'o']);
      }
      return constantDraft(0, 'Zeros', `${what} bias default zeros`);
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Norm' || /Normalization$/.test(ctor)) {
    if (leaf === 'gamma' || leaf === 'scale') return constantDraft(1, 'Ones', `${what} ${leaf} default ones`);
    if (leaf === 'beta') return constantDraft(0, 'Zeros', `${what} beta default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Embedding' || ctor === 'Embedding') {
    if (leaf === 'embeddings') {
      const d = applyEntry(entry('RandomUniform'), undefined, shape);
      return { ...d, formula: `Embedding default 'uniform' = RandomUniform(-0.05, 0.05): ${d.formula}` };
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Parameter' && ctor === 'add_weight') return glorot(shape, `add_weight ${name}`);
  if (layer.kind === 'Linear' || layer.kind === 'Conv' || layer.kind === 'ConvTranspose') {
    if (leaf === 'kernel') return glorot(shape, what);
    if (leaf === 'bias') return constantDraft(0, 'Zeros', `${what} bias default zeros`);
  }
  return unmodelled(`${what}.${name}`);
}

/**
 * LSTM bias with the forget slice filled with 1 (Keras/TF.js unit_forget_bias): 4U entries, U of them 1:
 * mean 1/4, variance (1/4)(3/4) = 3/16, whatever U is.
 */
export function forgetBias(units: Dim, what: string, labels: string[]): Draft {
  const seg = (i: number, value: number) => ({
    label: labels[i]!,
    axis: 0,
    start: units === undefined ? undefined : i * units,
    end: units === undefined ? undefined : (i + 1) * units,
    constant: value,
  });
  return {
    family: 'constant',
    canonical: 'Zeros',
    distribution: 'constant',
    moments: { mean: 0.25, variance: 0.1875 },
    segments: [seg(0, 0), seg(1, 1), seg(2, 0), seg(3, 0)],
    formula: `${what}: forget gate slice [U, 2U) = 1${units === undefined ? '' : ` (U = ${units})`}, rest 0: mean ${fmt(0.25)}, variance ${fmt(0.1875)}`,
  };
}

/** The parameters a Keras layer creates (needs the input width for Dense/Conv/RNN kernels). */
export function planKeras(layer: LayerDescription): ParamPlan[] {
  const ctor = ctorName(layer);
  const sig = KERAS_LAYER_SIGNATURES[ctor];
  const out: ParamPlan[] = [];
  if (!sig) return out;
  const b = bindCtor(layer, sig);
  const inDim = inputWidth(layer);
  const useBias = (): boolean => b.bool('use_bias') !== false;
  if (ctor === 'Dense') {
    const u = b.dim('units');
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, u], initArg: 'kernel_initializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [u], initArg: 'bias_initializer' });
  } else if (/^Conv[123]D(Transpose)?$/.test(ctor)) {
    const n = Number(ctor.charAt(4));
    const f = b.dim('filters');
    const k = b.dims('kernel_size', n);
    const kernel = k.every((x) => x === undefined) && layer.kernelSize?.length === n ? layer.kernelSize : k;
    const shape = ctor.endsWith('Transpose') ? [...kernel, f, inDim] : [...kernel, divDim(inDim, b.dim('groups')), f];
    out.push({ name: 'kernel', role: 'weight', shape, initArg: 'kernel_initializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [f], initArg: 'bias_initializer' });
  } else if (ctor === 'Embedding') {
    out.push({ name: 'embeddings', role: 'embedding', shape: [b.dim('input_dim'), b.dim('output_dim')], initArg: 'embeddings_initializer' });
  } else if (/^(LSTM|GRU|SimpleRNN)(Cell)?$/.test(ctor)) {
    const kind = ctor.replace(/Cell$/, '');
    const g = kind === 'LSTM' ? 4 : kind === 'GRU' ? 3 : 1;
    const labels = kind === 'LSTM' ? ['i', 'f', 'c', 'o'] : kind === 'GRU' ? ['z', 'r', 'h'] : ['h'];
    const u = b.dim('units');
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, mulDim(u, g)], gates: { axis: 1, labels }, initArg: 'kernel_initializer' });
    out.push({ name: 'recurrent_kernel', role: 'recurrent', shape: [u, mulDim(u, g)], gates: { axis: 1, labels }, initArg: 'recurrent_initializer' });
    if (useBias()) {
      const resetAfter = kind === 'GRU' && b.bool('reset_after') !== false;
      out.push({
        name: 'bias',
        role: 'bias',
        shape: resetAfter ? [2, mulDim(u, g)] : [mulDim(u, g)],
        gates: { axis: resetAfter ? 1 : 0, labels },
        initArg: 'bias_initializer',
      });
    }
  } else if (ctor === 'MultiHeadAttention') {
    const h = b.dim('num_heads');
    const kd = b.dim('key_dim');
    const vdRaw = b.raw('value_dim');
    const vd = vdRaw === null ? kd : typeof vdRaw === 'number' ? vdRaw : undefined;
    const os = b.raw('output_shape');
    const outDim = os === null ? inDim : typeof os === 'number' ? os : undefined;
    // Self-attention assumed for the key/value input widths (the query's width).
    for (const [part, d] of [['query', kd], ['key', kd], ['value', vd]] as const) {
      out.push({ name: `${part}/kernel`, role: 'weight', shape: [inDim, h, d], initArg: 'kernel_initializer' });
      if (useBias()) out.push({ name: `${part}/bias`, role: 'bias', shape: [h, d], initArg: 'bias_initializer' });
    }
    out.push({ name: 'attention_output/kernel', role: 'weight', shape: [h, vd, outDim], initArg: 'kernel_initializer' });
    if (useBias()) out.push({ name: 'attention_output/bias', role: 'bias', shape: [outDim], initArg: 'bias_initializer' });
  } else if (ctor === 'RMSNormalization') {
    out.push({ name: 'scale', role: 'gamma', shape: [inDim] });
  } else if (/Normalization$/.test(ctor)) {
    const rms = ctor === 'LayerNormalization' && b.bool('rms_scaling') === true;
    if (b.bool('scale') !== false || rms) out.push({ name: 'gamma', role: 'gamma', shape: [inDim], initArg: 'gamma_initializer' });
    if (b.bool('center') !== false && !rms) out.push({ name: 'beta', role: 'beta', shape: [inDim], initArg: 'beta_initializer' });
  }
  return out;
}
