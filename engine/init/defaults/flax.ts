// Flax layer defaults (flax/linen/{linear,recurrent,attention,normalization}.py; flax.nnx alike):
// - Dense / nnx.Linear, Conv, ConvTranspose: kernel lecun_normal() (variance_scaling(1, 'fan_in',
//   'truncated_normal'), corrected, so variance 1/fan_in), bias zeros. Conv kernel (*k, in/groups, out).
// - Embed: embedding variance_scaling(1.0, 'fan_in', 'normal', out_axis=0) on (num_embeddings, features):
//   in_axis=-2 and out_axis=0 are the same axis, so fan_in = features: N(0, 1/features).
// - LSTMCell / OptimizedLSTMCell: input kernels ii, if, ig, io (in, H) lecun_normal without bias; hidden
//   kernels hi, hf, hg, ho (H, H) orthogonal() with bias zeros. GRUCell: ir, iz, in (in, H) lecun_normal
//   + bias; hr, hz, hn (H, H) orthogonal, hn with bias. SimpleCell: i (in, H) + bias, h (H, H).
// - MultiHeadDotProductAttention: DenseGeneral query/key/value kernels (in, heads, head_dim) and out kernel
//   (heads, head_dim, out); DenseGeneral calls kernel_init on the flattened 2-D shape
//   (in, heads*head_dim) / (heads*head_dim, out), so lecun_normal sees fan_in = in / qkv_features.
// - LayerNorm, BatchNorm, GroupNorm, InstanceNorm: scale ones, bias zeros; RMSNorm: scale ones.
// - DenseGeneral(features, axis=-1): kernel (*input axes, *features), kernel_init called on the
//   flattened (prod(input axes), prod(features)) (kernel_init_wrap in flax/linen/linear.py), bias
//   (*features) zeros. Einsum(shape, einsum_str): kernel `shape`, kernel_init called on it as it is
//   (so lecun_normal's fan_in is shape[-2] * prod(shape[:-2]), whatever the equation contracts),
//   bias: the kernel axes the equation keeps, in output order, zeros.
// - jax.example_libraries.stax Dense / Conv: see STAX below.
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type Signature } from '../args';
import { FLAX_CATALOGUE } from '../catalogue/flax';
import { applyEntry } from '../catalogue/types';
import type { Draft } from '../distributions';
import { prodDims } from '../fans';
import { fmtShape } from '../format';
import { bindCtor, constantDraft, ctorName, divDim, inputWidth, splitParamName, unmodelled, type LayerDescription, type ParamPlan } from './layer';

const ATTENTION: Signature = [
  p('num_heads', REQUIRED),
  p('dtype', null),
  p('param_dtype', null),
  p('qkv_features', null),
  p('out_features', null),
  { name: 'use_bias', default: true, keywordOnly: true },
];

const LINEN: Readonly<Record<string, Signature>> = {
  Dense: [p('features', REQUIRED), p('use_bias', true)],
  Conv: [p('features', REQUIRED), p('kernel_size', REQUIRED), p('strides', 1), p('padding', 'SAME'), p('input_dilation', 1), p('kernel_dilation', 1), p('feature_group_count', 1), p('use_bias', true)],
  ConvTranspose: [p('features', REQUIRED), p('kernel_size', REQUIRED), p('strides', null), p('padding', 'SAME'), p('kernel_dilation', null), p('use_bias', true)],
  Embed: [p('num_embeddings', REQUIRED), p('features', REQUIRED)],
  LSTMCell: [p('features', REQUIRED)],
  OptimizedLSTMCell: [p('features', REQUIRED)],
  GRUCell: [p('features', REQUIRED)],
  SimpleCell: [p('features', REQUIRED)],
  MultiHeadDotProductAttention: ATTENTION,
  MultiHeadAttention: ATTENTION,
  SelfAttention: ATTENTION,
  LayerNorm: [p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  BatchNorm: [p('use_running_average', null), p('axis', -1), p('momentum', 0.99), p('epsilon', 1e-5), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  GroupNorm: [p('num_groups', 32), p('group_size', null), p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  InstanceNorm: [p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  RMSNorm: [p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_scale', true)],
  DenseGeneral: [p('features', REQUIRED), p('axis', -1), p('batch_dims', []), p('use_bias', true)],
  Einsum: [p('shape', REQUIRED), p('einsum_str', null), p('use_bias', true)],
};

/** flax.nnx takes the input width as a constructor argument. */
const NNX: Readonly<Record<string, Signature>> = {
  Linear: [p('in_features', REQUIRED), p('out_features', REQUIRED), p('use_bias', true)],
  Conv: [p('in_features', REQUIRED), p('out_features', REQUIRED), p('kernel_size', REQUIRED), p('strides', 1), p('padding', 'SAME'), p('input_dilation', 1), p('kernel_dilation', 1), p('feature_group_count', 1), p('use_bias', true)],
  ConvTranspose: [p('in_features', REQUIRED), p('out_features', REQUIRED), p('kernel_size', REQUIRED), p('strides', null), p('padding', 'SAME'), p('kernel_dilation', null), p('use_bias', true)],
  Embed: [p('num_embeddings', REQUIRED), p('features', REQUIRED)],
  LayerNorm: [p('num_features', REQUIRED), p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  BatchNorm: [p('num_features', REQUIRED), p('use_running_average', false), p('axis', -1), p('momentum', 0.99), p('epsilon', 1e-5), p('dtype', null), p('param_dtype', null), p('use_bias', true), p('use_scale', true)],
  RMSNorm: [p('num_features', REQUIRED), p('epsilon', 1e-6), p('dtype', null), p('param_dtype', null), p('use_scale', true)],
};

/**
 * jax.example_libraries.stax (jax/example_libraries/stax.py): Dense(out_dim, W_init=glorot_normal(),
 * b_init=normal()) with W (in, out) and b normal(stddev=1e-2); Conv = GeneralConv(('NHWC', 'HWIO',
 * 'NHWC'), out_chan, filter_shape, strides=None, padding='VALID', W_init=None -> glorot_normal with
 * in_axis/out_axis at the I and O of HWIO (JAX's defaults), b_init=normal(1e-6)).
 */
const STAX: Readonly<Record<string, Signature>> = {
  Dense: [p('out_dim', REQUIRED)],
  Conv: [p('out_chan', REQUIRED), p('filter_shape', REQUIRED), p('strides', null), p('padding', 'VALID')],
};

const isNnx = (layer: LayerDescription): boolean => /(^|\.)nnx\./.test(layer.ctor ?? '');
export const isStax = (layer: LayerDescription): boolean => /(^|\.)stax\./.test(layer.ctor ?? '');
const signatureOf = (layer: LayerDescription): Signature | undefined => (isStax(layer) ? STAX : isNnx(layer) ? NNX : LINEN)[ctorName(layer)];

const entry = (name: string) => FLAX_CATALOGUE.lookup(name)!;

function lecun(shape: readonly Dim[], what: string): Draft {
  const d = applyEntry(entry('lecun_normal'), undefined, shape);
  return { ...d, formula: `${what} default lecun_normal: ${d.formula}` };
}

function rnnKind(layer: LayerDescription): 'RNN' | 'LSTM' | 'GRU' | undefined {
  if (layer.kind === 'RNN' || layer.kind === 'LSTM' || layer.kind === 'GRU') return layer.kind;
  const c = ctorName(layer);
  return /LSTM/.test(c) ? 'LSTM' : /GRU/.test(c) ? 'GRU' : c === 'SimpleCell' ? 'RNN' : undefined;
}

/**
 * The shape a Flax initializer is called with for this parameter: DenseGeneral (attention projections)
 * flattens its kernel to 2-D (prod(input axes), prod(feature axes)) before calling kernel_init.
 */
export function flaxInitShape(layer: LayerDescription, name: string, shape: readonly Dim[]): Dim[] {
  const { prefix, leaf } = splitParamName(name);
  if (ctorName(layer) === 'DenseGeneral' && !isNnx(layer) && leaf === 'kernel' && shape.length > 2) {
    const n = denseGeneralAxes(layer);
    if (n !== undefined && n < shape.length) return [prodDims(shape.slice(0, n)), prodDims(shape.slice(n))];
  }
  const part = splitParamName(prefix).leaf;
  const attention = layer.kind === 'MultiheadAttention' || /Attention/.test(ctorName(layer));
  if (attention && leaf === 'kernel' && shape.length === 3) {
    if (part === 'out') return [prodDims(shape.slice(0, 2)), shape[2]];
    return [shape[0], prodDims(shape.slice(1))];
  }
  return [...shape];
}

/** How many input axes a DenseGeneral contracts (its `axis`: an int or a tuple). */
function denseGeneralAxes(layer: LayerDescription): number | undefined {
  const axis = bindCtor(layer, LINEN.DenseGeneral!).raw('axis');
  return typeof axis === 'number' ? 1 : Array.isArray(axis) ? axis.length : undefined;
}

/** The axes of an Einsum kernel (`shape`) that its equation keeps, in output order: the bias shape. */
function einsumBiasShape(equation: string, kernel: readonly Dim[]): Dim[] | undefined {
  const eq = equation.replace(/\s+/g, '');
  const m = /^[^,]*,([a-zA-Z]+)->([a-zA-Z.]*)$/.exec(eq);
  if (!m || m[1]!.length !== kernel.length) return undefined;
  const rhs = m[1]!;
  return [...m[2]!.replace(/\./g, '')].filter((c) => rhs.includes(c)).map((c) => kernel[rhs.indexOf(c)]);
}

/** stax's defaults: W glorot_normal() (variance 2/(fan_in + fan_out)), b normal(1e-2) (Dense) or normal(1e-6) (Conv). */
function describeStaxDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  const ctor = ctorName(layer);
  if (name === 'W') {
    const d = applyEntry(entry('glorot_normal'), undefined, shape);
    return { ...d, formula: `stax.${ctor} default W_init=glorot_normal(): ${d.formula}` };
  }
  if (name === 'b') {
    const d = applyEntry(entry('normal'), { positional: [ctor === 'Conv' ? 1e-6 : 1e-2], keyword: {} }, shape);
    return { ...d, formula: `stax.${ctor} default b_init=normal(${ctor === 'Conv' ? '1e-6' : '1e-2'}): ${d.formula}` };
  }
  return unmodelled(`stax.${ctor}.${name}`);
}

/** Description of the default of one parameter, from its name and shape (Flax layout). */
export function describeFlaxDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  if (isStax(layer)) return describeStaxDefault(layer, name, shape);
  const { prefix, leaf } = splitParamName(name);
  const ctor = ctorName(layer);
  const what = ctor || layer.kind;
  const part = splitParamName(prefix).leaf;
  if ((ctor === 'DenseGeneral' || ctor === 'Einsum') && !isNnx(layer)) {
    if (leaf === 'kernel') {
      const flat = flaxInitShape(layer, name, shape);
      const d = lecun(flat, what);
      return flat.length !== shape.length ? { ...d, formula: `${d.formula} (kernel_init sees the flattened ${fmtShape(flat)})` } : d;
    }
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} bias default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'MultiheadAttention' || /Attention/.test(ctor)) {
    if (leaf === 'kernel') {
      const flat = flaxInitShape(layer, name, shape);
      const d = lecun(flat, `${what} ${part}`);
      return flat.length !== shape.length ? { ...d, formula: `${d.formula} (kernel_init sees the flattened ${fmtShape(flat)})` } : d;
    }
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} ${name} default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  const rk = rnnKind(layer);
  if (rk) {
    if (leaf === 'kernel' && part.startsWith('i')) return lecun(shape, `${what} ${part}`);
    if (leaf === 'kernel' && part.startsWith('h')) {
      const d = applyEntry(entry('orthogonal'), undefined, shape);
      return { ...d, formula: `${what} ${part} recurrent_kernel_init default orthogonal(): ${d.formula}` };
    }
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} ${name} default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Norm' || /Norm$/.test(ctor)) {
    if (leaf === 'scale') return constantDraft(1, 'ones', `${what} scale default ones`);
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} bias default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Embedding' || ctor === 'Embed') {
    if (leaf === 'embedding') {
      const d = applyEntry(entry('variance_scaling'), { positional: [1.0, 'fan_in', 'normal'], keyword: { out_axis: 0 } }, shape);
      return { ...d, canonical: 'variance_scaling', formula: `Embed default variance_scaling(1.0, 'fan_in', 'normal', out_axis=0), fan_in = features: ${d.formula}` };
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Linear' || layer.kind === 'Conv' || layer.kind === 'ConvTranspose') {
    if (leaf === 'kernel') return lecun(shape, what);
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} bias default zeros`);
  }
  return unmodelled(`${what}.${name}`);
}

/** The parameters a Flax module creates (linen needs the input width; nnx takes it as an argument). */
export function planFlax(layer: LayerDescription): ParamPlan[] {
  const ctor = ctorName(layer);
  const sig = signatureOf(layer);
  const out: ParamPlan[] = [];
  if (!sig) return out;
  const b = bindCtor(layer, sig);
  if (isStax(layer)) {
    const inW = inputWidth(layer);
    if (ctor === 'Dense') {
      const f = b.dim('out_dim');
      return [{ name: 'W', role: 'weight', shape: [inW, f], initArg: 'W_init' }, { name: 'b', role: 'bias', shape: [f], initArg: 'b_init' }];
    }
    const fs = b.raw('filter_shape');
    if (!Array.isArray(fs)) return out;
    const f = b.dim('out_chan');
    return [{ name: 'W', role: 'weight', shape: [...b.dims('filter_shape', fs.length), inW, f], initArg: 'W_init' }, { name: 'b', role: 'bias', shape: [f], initArg: 'b_init' }];
  }
  const nnx = isNnx(layer);
  const inDim = nnx && sig.some((x) => x.name === 'in_features') ? b.dim('in_features') : inputWidth(layer);
  const useBias = (): boolean => b.bool('use_bias') !== false;
  const features = (): Dim => (nnx && sig.some((x) => x.name === 'out_features') ? b.dim('out_features') : b.dim('features'));
  if (ctor === 'Dense' || ctor === 'Linear') {
    const f = features();
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, f], initArg: 'kernel_init' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [f], initArg: 'bias_init' });
  } else if (ctor === 'DenseGeneral' && !nnx) {
    // Input axes other than the last one are sized by the reader from the input (listed shapes).
    const fr = b.raw('features');
    const fs = Array.isArray(fr) ? b.dims('features', fr.length) : [b.dim('features')];
    const n = denseGeneralAxes(layer);
    if (n === undefined) return out;
    const axis = b.raw('axis');
    const lastOnly = axis === -1 || (Array.isArray(axis) && axis.length === 1 && axis[0] === -1);
    const inDims: Dim[] = lastOnly ? [inDim] : Array<Dim>(n).fill(undefined);
    out.push({ name: 'kernel', role: 'weight', shape: [...inDims, ...fs], initArg: 'kernel_init' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: fs, initArg: 'bias_init' });
  } else if (ctor === 'Einsum' && !nnx) {
    const sr = b.raw('shape');
    if (!Array.isArray(sr)) return out;
    const kernel = b.dims('shape', sr.length);
    out.push({ name: 'kernel', role: 'weight', shape: kernel, initArg: 'kernel_init' });
    const eq = b.raw('einsum_str');
    const bias = typeof eq === 'string' ? einsumBiasShape(eq, kernel) : undefined;
    if (useBias() && bias) out.push({ name: 'bias', role: 'bias', shape: bias, initArg: 'bias_init' });
  } else if (ctor === 'Conv' || ctor === 'ConvTranspose') {
    const f = features();
    // An integer kernel_size is read as the 1-tuple (k,), as Flax does.
    const ks = b.raw('kernel_size');
    const n = Array.isArray(ks) ? ks.length : typeof ks === 'number' ? 1 : layer.kernelSize?.length;
    if (n === undefined) return out;
    const k = Array.isArray(ks) || typeof ks === 'number' ? b.dims('kernel_size', n) : (layer.kernelSize ?? []);
    const shape = ctor === 'Conv' ? [...k, divDim(inDim, b.dim('feature_group_count')), f] : [...k, inDim, f];
    out.push({ name: 'kernel', role: 'weight', shape, initArg: 'kernel_init' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [f], initArg: 'bias_init' });
  } else if (ctor === 'Embed') {
    out.push({ name: 'embedding', role: 'embedding', shape: [b.dim('num_embeddings'), b.dim('features')], initArg: 'embedding_init' });
  } else if (ctor === 'LSTMCell' || ctor === 'OptimizedLSTMCell' || ctor === 'GRUCell' || ctor === 'SimpleCell') {
    const h = b.dim('features');
    const [ins, hs, biasOn]: [string[], string[], (x: string) => boolean] =
      ctor === 'GRUCell'
        ? [['ir', 'iz', 'in'], ['hr', 'hz', 'hn'], (x) => x.startsWith('i') || x === 'hn']
        : ctor === 'SimpleCell'
          ? [['i'], ['h'], (x) => x === 'i']
          : [['ii', 'if', 'ig', 'io'], ['hi', 'hf', 'hg', 'ho'], (x) => x.startsWith('h')];
    for (const x of ins) {
      out.push({ name: `${x}.kernel`, role: 'weight', shape: [inDim, h], initArg: 'kernel_init' });
      if (biasOn(x)) out.push({ name: `${x}.bias`, role: 'bias', shape: [h], initArg: 'bias_init' });
    }
    for (const x of hs) {
      out.push({ name: `${x}.kernel`, role: 'recurrent', shape: [h, h], initArg: 'recurrent_kernel_init' });
      if (biasOn(x)) out.push({ name: `${x}.bias`, role: 'bias', shape: [h], initArg: 'bias_init' });
    }
  } else if (/Attention$/.test(ctor)) {
    const heads = b.dim('num_heads');
    const qkvRaw = b.raw('qkv_features');
    const outRaw = b.raw('out_features');
    const qkv = qkvRaw === null ? inDim : typeof qkvRaw === 'number' ? qkvRaw : undefined;
    const outF = outRaw === null ? inDim : typeof outRaw === 'number' ? outRaw : undefined;
    const headDim = divDim(qkv, heads);
    // Self-attention assumed for the key/value input widths (the query's width).
    for (const part of ['query', 'key', 'value']) {
      out.push({ name: `${part}.kernel`, role: 'weight', shape: [inDim, heads, headDim], initArg: 'kernel_init' });
      if (useBias()) out.push({ name: `${part}.bias`, role: 'bias', shape: [heads, headDim], initArg: 'bias_init' });
    }
    out.push({ name: 'out.kernel', role: 'weight', shape: [heads, headDim, outF], initArg: 'out_kernel_init' });
    if (useBias()) out.push({ name: 'out.bias', role: 'bias', shape: [outF], initArg: 'out_bias_init' });
  } else if (/Norm$/.test(ctor)) {
    const c = nnx ? b.dim('num_features') : inDim;
    if (b.bool('use_scale') !== false) out.push({ name: 'scale', role: 'gamma', shape: [c], initArg: 'scale_init' });
    if (ctor !== 'RMSNorm' && b.bool('use_bias') !== false) out.push({ name: 'bias', role: 'beta', shape: [c], initArg: 'bias_init' });
  }
  return out;
}
