// PyTorch module defaults (reset_parameters of torch/nn/modules/*.py, PyTorch 1.13-2.x):
// - Linear, ConvNd, ConvTransposeNd weight: kaiming_uniform_(W, a=sqrt(5)) = U(+-1/sqrt(fan_in)),
//   variance 1/(3 fan_in), fan_in from the weight's own layout (ConvTranspose: (out/groups)*prod(k)).
//   bias: U(+-1/sqrt(fan_in)) with the weight's fan_in (Linear: bound 0 when fan_in is 0).
// - Bilinear: weight and bias U(+-1/sqrt(in1_features)).
// - Embedding / EmbeddingBag: normal_(W) = N(0, 1); the padding_idx row is then zeroed.
// - RNN, LSTM, GRU (and their cells): every parameter U(+-1/sqrt(hidden_size)); gates along axis 0 in
//   the order i,f,g,o (LSTM) and r,z,n (GRU); weight_hr_l* (proj_size, hidden) for LSTM proj_size > 0.
// - MultiheadAttention: in_proj_weight (3E, E) (or q/k/v_proj_weight) xavier_uniform_, so fan_out = 3E;
//   out_proj Linear default weight; in_proj_bias and out_proj.bias 0; bias_k, bias_v xavier_normal_.
// - LayerNorm, RMSNorm, BatchNorm, InstanceNorm (affine), GroupNorm: weight 1, bias 0.
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type Signature } from '../args';
import { PYTORCH_CATALOGUE } from '../catalogue/pytorch';
import { applyEntry } from '../catalogue/types';
import { uniformMoments, type Draft } from '../distributions';
import { torchFans } from '../fans';
import { fmt } from '../format';
import {
  bindCtor,
  constantDraft,
  ctorName,
  divDim,
  listedShape,
  mulDim,
  splitParamName,
  unmodelled,
  type LayerDescription,
  type ParamPlan,
} from './layer';

const CONV: Signature = [
  p('in_channels', REQUIRED),
  p('out_channels', REQUIRED),
  p('kernel_size', REQUIRED),
  p('stride', 1),
  p('padding', 0),
  p('dilation', 1),
  p('groups', 1),
  p('bias', true),
  p('padding_mode', 'zeros'),
];
const CONVT: Signature = [
  p('in_channels', REQUIRED),
  p('out_channels', REQUIRED),
  p('kernel_size', REQUIRED),
  p('stride', 1),
  p('padding', 0),
  p('output_padding', 0),
  p('groups', 1),
  p('bias', true),
  p('dilation', 1),
  p('padding_mode', 'zeros'),
];
const LAZY_CONV: Signature = [p('out_channels', REQUIRED), p('kernel_size', REQUIRED), p('stride', 1), p('padding', 0), p('dilation', 1), p('groups', 1), p('bias', true)];
const RNN_COMMON = [p('bias', true), p('batch_first', false), p('dropout', 0), p('bidirectional', false)];

/** Constructor signatures (PyTorch 2.x positional order). */
export const TORCH_LAYER_SIGNATURES: Readonly<Record<string, Signature>> = {
  Linear: [p('in_features', REQUIRED), p('out_features', REQUIRED), p('bias', true)],
  LazyLinear: [p('out_features', REQUIRED), p('bias', true)],
  Bilinear: [p('in1_features', REQUIRED), p('in2_features', REQUIRED), p('out_features', REQUIRED), p('bias', true)],
  Conv1d: CONV,
  Conv2d: CONV,
  Conv3d: CONV,
  ConvTranspose1d: CONVT,
  ConvTranspose2d: CONVT,
  ConvTranspose3d: CONVT,
  LazyConv1d: LAZY_CONV,
  LazyConv2d: LAZY_CONV,
  LazyConv3d: LAZY_CONV,
  Embedding: [p('num_embeddings', REQUIRED), p('embedding_dim', REQUIRED), p('padding_idx', null)],
  EmbeddingBag: [
    p('num_embeddings', REQUIRED),
    p('embedding_dim', REQUIRED),
    p('max_norm', null),
    p('norm_type', 2),
    p('scale_grad_by_freq', false),
    p('mode', 'mean'),
    p('sparse', false),
    p('_weight', null),
    p('include_last_offset', false),
    p('padding_idx', null),
  ],
  // RNN takes nonlinearity as its 4th positional argument (PyTorch 2.x).
  RNN: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('num_layers', 1), p('nonlinearity', 'tanh'), ...RNN_COMMON],
  LSTM: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('num_layers', 1), ...RNN_COMMON, p('proj_size', 0)],
  GRU: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('num_layers', 1), ...RNN_COMMON],
  RNNCell: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('bias', true), p('nonlinearity', 'tanh')],
  LSTMCell: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('bias', true)],
  GRUCell: [p('input_size', REQUIRED), p('hidden_size', REQUIRED), p('bias', true)],
  MultiheadAttention: [
    p('embed_dim', REQUIRED),
    p('num_heads', REQUIRED),
    p('dropout', 0),
    p('bias', true),
    p('add_bias_kv', false),
    p('add_zero_attn', false),
    p('kdim', null),
    p('vdim', null),
    p('batch_first', false),
  ],
  LayerNorm: [p('normalized_shape', REQUIRED), p('eps', 1e-5), p('elementwise_affine', true), p('bias', true)],
  RMSNorm: [p('normalized_shape', REQUIRED), p('eps', null), p('elementwise_affine', true)],
  BatchNorm1d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', true)],
  BatchNorm2d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', true)],
  BatchNorm3d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', true)],
  SyncBatchNorm: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', true)],
  InstanceNorm1d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', false)],
  InstanceNorm2d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', false)],
  InstanceNorm3d: [p('num_features', REQUIRED), p('eps', 1e-5), p('momentum', 0.1), p('affine', false)],
  GroupNorm: [p('num_groups', REQUIRED), p('num_channels', REQUIRED), p('eps', 1e-5), p('affine', true)],
};

const entry = (name: string) => PYTORCH_CATALOGUE.lookup(name)!;
const GATES: Record<string, string[]> = { LSTM: ['i', 'f', 'g', 'o'], GRU: ['r', 'z', 'n'], RNN: ['h'] };
const GATE_COUNT: Record<string, number> = { LSTM: 4, GRU: 3, RNN: 1 };

/** RNN family of a layer: by kind, else by constructor name. */
function rnnKind(layer: LayerDescription): 'RNN' | 'LSTM' | 'GRU' | undefined {
  if (layer.kind === 'RNN' || layer.kind === 'LSTM' || layer.kind === 'GRU') return layer.kind;
  const c = ctorName(layer).replace(/Cell$/, '');
  return c === 'RNN' || c === 'LSTM' || c === 'GRU' ? c : undefined;
}

function signatureOf(layer: LayerDescription): Signature | undefined {
  return TORCH_LAYER_SIGNATURES[ctorName(layer)];
}

// ---- descriptions -------------------------------------------------------------------------------

/** kaiming_uniform_(W, a=sqrt(5)): U(+-1/sqrt(fan_in)), variance 1/(3 fan_in). */
function linearWeight(shape: readonly Dim[], what: string): Draft {
  const d = applyEntry(entry('kaiming_uniform_'), { positional: [], keyword: { a: Math.sqrt(5) } }, shape);
  const head = `${what} default kaiming_uniform_(a=sqrt(5)) = U(-1/sqrt(fan_in), 1/sqrt(fan_in))`;
  if (!d.moments || d.fanIn === undefined) return { ...d, formula: `${head}; ${d.note ?? 'fan_in unknown'}` };
  const bound = d.bounds![1];
  return { ...d, formula: `${head} = U(-${fmt(bound)}, ${fmt(bound)}) with fan_in = ${d.fanIn}: variance 1/(3 fan_in) = ${fmt(d.moments.variance)}` };
}

/** Bias of Linear/Conv: U(+-1/sqrt(fan_in)) with the weight's fan_in; bound 0 when fan_in is 0. */
function linearBias(weightShape: readonly Dim[] | undefined, what: string): Draft {
  const d: Draft = { family: 'uniform', canonical: 'uniform_', distribution: 'uniform', formula: '' };
  const fanIn = weightShape ? torchFans(weightShape).fanIn : undefined;
  const head = `${what} default bias U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with the weight's fan_in`;
  if (fanIn === undefined) return { ...d, formula: `${head}; fan_in unknown`, note: 'fan_in unknown' };
  const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
  const m = uniformMoments(-bound, bound);
  return { ...d, fanIn, bounds: [-bound, bound], moments: m, formula: `${head} = ${fanIn}: U(-${fmt(bound)}, ${fmt(bound)}), variance 1/(3 fan_in) = ${fmt(m.variance)}` };
}

function uniformBound(bound: number | undefined, what: string, boundText: string): Draft {
  const d: Draft = { family: 'uniform', canonical: 'uniform_', distribution: 'uniform', formula: '' };
  if (bound === undefined) return { ...d, formula: `${what}: U(-${boundText}, ${boundText}); size unknown`, note: 'size unknown' };
  const m = uniformMoments(-bound, bound);
  return { ...d, bounds: [-bound, bound], moments: m, formula: `${what}: U(-${boundText}, ${boundText}) = U(-${fmt(bound)}, ${fmt(bound)}), variance ${fmt(m.variance)}` };
}

function embeddingWeight(layer: LayerDescription, shape: readonly Dim[]): Draft {
  const d = applyEntry(entry('normal_'), undefined, shape);
  const out: Draft = { ...d, formula: `Embedding default normal_(W) = N(0, 1): mean 0, variance 1` };
  const sig = signatureOf(layer);
  if (sig && sig.some((x) => x.name === 'padding_idx')) {
    const b = bindCtor(layer, sig);
    const idx = b.given('padding_idx') ? b.raw('padding_idx') : null;
    if (idx !== null) {
      const num = shape[0];
      const row = typeof idx === 'number' && num !== undefined && idx < 0 ? idx + num : typeof idx === 'number' ? idx : undefined;
      out.segments = [{ label: 'padding_idx', axis: 0, start: row, end: row === undefined ? undefined : row + 1, constant: 0 }];
      out.note = 'the padding_idx row is zeroed; moments describe the sampled rows';
      out.formula += '; the padding_idx row is 0';
    }
  }
  return out;
}

/** Hidden size of an RNN layer: the constructor argument, else read off the parameter's shape. */
function rnnHidden(layer: LayerDescription, kind: 'RNN' | 'LSTM' | 'GRU', leaf: string, shape: readonly Dim[]): Dim {
  const sig = signatureOf(layer);
  if (sig) {
    const h = bindCtor(layer, sig).dim('hidden_size');
    if (h !== undefined) return h;
  }
  if (leaf.startsWith('weight_hr')) return shape[1];
  return divDim(shape[0], GATE_COUNT[kind]);
}

/** The weight shape a Linear/Conv bias's bound comes from. */
function weightShapeFor(layer: LayerDescription, weightName: string): Dim[] | undefined {
  return listedShape(layer, weightName) ?? planTorch(layer).find((x) => x.name === weightName)?.shape;
}

/** Description of the default of one parameter, from its name and shape (PyTorch layout). */
export function describeTorchDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  const { prefix, leaf } = splitParamName(name);
  const ctor = ctorName(layer);
  const what = `nn.${ctor || layer.kind}`;
  const rk = rnnKind(layer);
  if (rk && /^(weight|bias)_(ih|hh|hr)/.test(leaf)) {
    const h = rnnHidden(layer, rk, leaf, shape);
    const bound = h === undefined ? undefined : h > 0 ? 1 / Math.sqrt(h) : 0;
    return uniformBound(bound, `${what} default (every parameter)`, `1/sqrt(hidden_size${h === undefined ? '' : ` = ${h}`})`);
  }
  if (layer.kind === 'MultiheadAttention' || ctor === 'MultiheadAttention') {
    if (prefix === 'out_proj' && leaf === 'weight') return linearWeight(shape, 'out_proj (Linear)');
    if (leaf === 'in_proj_weight' || leaf === 'q_proj_weight' || leaf === 'k_proj_weight' || leaf === 'v_proj_weight') {
      const d = applyEntry(entry('xavier_uniform_'), undefined, shape);
      return { ...d, formula: `MultiheadAttention ${leaf} default xavier_uniform_: ${d.formula}` };
    }
    if (leaf === 'in_proj_bias' || (prefix === 'out_proj' && leaf === 'bias')) return constantDraft(0, 'constant_', `MultiheadAttention ${name} default`);
    if (leaf === 'bias_k' || leaf === 'bias_v') {
      const d = applyEntry(entry('xavier_normal_'), undefined, shape);
      return { ...d, formula: `MultiheadAttention ${leaf} default xavier_normal_: ${d.formula}` };
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Norm' || /Norm/.test(ctor)) {
    if (leaf === 'weight') return constantDraft(1, 'ones_', `${what} weight default ones_`);
    if (leaf === 'bias') return constantDraft(0, 'zeros_', `${what} bias default zeros_`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Embedding' || ctor === 'Embedding' || ctor === 'EmbeddingBag') {
    if (leaf === 'weight') return embeddingWeight(layer, shape);
    return unmodelled(`${what}.${name}`);
  }
  if (ctor === 'Bilinear') {
    // Bilinear.reset_parameters: bound = 1/sqrt(weight.size(1)); weight and bias U(-bound, bound).
    const w = leaf === 'weight' ? shape : weightShapeFor(layer, 'weight');
    const in1 = w?.[1];
    return uniformBound(in1 === undefined ? undefined : 1 / Math.sqrt(in1), `nn.Bilinear ${leaf} default`, `1/sqrt(in1_features${in1 === undefined ? '' : ` = ${in1}`})`);
  }
  if (layer.kind === 'Linear' || layer.kind === 'Conv' || layer.kind === 'ConvTranspose') {
    if (leaf === 'weight') return linearWeight(shape, what);
    if (leaf === 'bias') return linearBias(weightShapeFor(layer, prefix ? `${prefix}.weight` : 'weight'), what);
  }
  return unmodelled(`${what}.${name}`);
}

// ---- parameter lists ----------------------------------------------------------------------------

function convDims(layer: LayerDescription, n: number, kernel: Dim[]): Dim[] {
  if (kernel.every((k) => k === undefined) && layer.kernelSize && layer.kernelSize.length === n) return layer.kernelSize;
  return kernel;
}

/** The parameters a PyTorch module creates, with shapes from its constructor arguments. */
export function planTorch(layer: LayerDescription): ParamPlan[] {
  const ctor = ctorName(layer);
  const sig = signatureOf(layer);
  const b = sig ? bindCtor(layer, sig) : undefined;
  const hasBias = (): boolean => b?.bool('bias') !== false;
  const out: ParamPlan[] = [];
  if (!b || !sig) return out;
  if (ctor === 'Linear' || ctor === 'LazyLinear') {
    const o = b.dim('out_features');
    const i = ctor === 'Linear' ? b.dim('in_features') : undefined;
    out.push({ name: 'weight', role: 'weight', shape: [o, i] });
    if (hasBias()) out.push({ name: 'bias', role: 'bias', shape: [o] });
  } else if (ctor === 'Bilinear') {
    const o = b.dim('out_features');
    out.push({ name: 'weight', role: 'weight', shape: [o, b.dim('in1_features'), b.dim('in2_features')] });
    if (hasBias()) out.push({ name: 'bias', role: 'bias', shape: [o] });
  } else if (/^(Lazy)?Conv(Transpose)?[123]d$/.test(ctor)) {
    const n = Number(ctor.charAt(ctor.length - 2));
    const transposed = ctor.includes('Transpose');
    const cin = ctor.startsWith('Lazy') ? undefined : b.dim('in_channels');
    const cout = b.dim('out_channels');
    const groups = b.dim('groups');
    const k = convDims(layer, n, b.dims('kernel_size', n));
    const shape = transposed ? [cin, divDim(cout, groups), ...k] : [cout, divDim(cin, groups), ...k];
    out.push({ name: 'weight', role: 'weight', shape });
    if (hasBias()) out.push({ name: 'bias', role: 'bias', shape: [cout] });
  } else if (ctor === 'Embedding' || ctor === 'EmbeddingBag') {
    out.push({ name: 'weight', role: 'embedding', shape: [b.dim('num_embeddings'), b.dim('embedding_dim')] });
  } else if (/^(RNN|LSTM|GRU)(Cell)?$/.test(ctor)) {
    const kind = ctor.replace(/Cell$/, '') as 'RNN' | 'LSTM' | 'GRU';
    const g = GATE_COUNT[kind]!;
    const gates = { axis: 0, labels: GATES[kind]! };
    const input = b.dim('input_size');
    const hidden = b.dim('hidden_size');
    if (ctor.endsWith('Cell')) {
      out.push({ name: 'weight_ih', role: 'weight', shape: [mulDim(hidden, g), input], gates });
      out.push({ name: 'weight_hh', role: 'recurrent', shape: [mulDim(hidden, g), hidden], gates });
      if (hasBias()) {
        out.push({ name: 'bias_ih', role: 'bias', shape: [mulDim(hidden, g)], gates });
        out.push({ name: 'bias_hh', role: 'bias', shape: [mulDim(hidden, g)], gates });
      }
      return out;
    }
    const layers = b.dim('num_layers') ?? 1;
    const dirs = b.bool('bidirectional') ? 2 : 1;
    const proj = kind === 'LSTM' ? (b.dim('proj_size') ?? 0) : 0;
    const real = proj > 0 ? proj : hidden;
    for (let l = 0; l < Math.min(layers, 64); l++) {
      for (let d = 0; d < dirs; d++) {
        const sfx = `_l${l}${d === 1 ? '_reverse' : ''}`;
        const inSize = l === 0 ? input : mulDim(real, dirs);
        out.push({ name: `weight_ih${sfx}`, role: 'weight', shape: [mulDim(hidden, g), inSize], gates });
        out.push({ name: `weight_hh${sfx}`, role: 'recurrent', shape: [mulDim(hidden, g), real], gates });
        if (hasBias()) {
          out.push({ name: `bias_ih${sfx}`, role: 'bias', shape: [mulDim(hidden, g)], gates });
          out.push({ name: `bias_hh${sfx}`, role: 'bias', shape: [mulDim(hidden, g)], gates });
        }
        if (proj > 0) out.push({ name: `weight_hr${sfx}`, role: 'weight', shape: [proj, hidden] });
      }
    }
  } else if (ctor === 'MultiheadAttention') {
    const e = b.dim('embed_dim');
    const kdimRaw = b.raw('kdim');
    const vdimRaw = b.raw('vdim');
    const kdim = kdimRaw === null ? e : typeof kdimRaw === 'number' ? kdimRaw : undefined;
    const vdim = vdimRaw === null ? e : typeof vdimRaw === 'number' ? vdimRaw : undefined;
    const same = kdim !== undefined && vdim !== undefined && e !== undefined ? kdim === e && vdim === e : kdimRaw === null && vdimRaw === null;
    if (same) out.push({ name: 'in_proj_weight', role: 'weight', shape: [mulDim(e, 3), e] });
    else {
      out.push({ name: 'q_proj_weight', role: 'weight', shape: [e, e] });
      out.push({ name: 'k_proj_weight', role: 'weight', shape: [e, kdim] });
      out.push({ name: 'v_proj_weight', role: 'weight', shape: [e, vdim] });
    }
    if (hasBias()) out.push({ name: 'in_proj_bias', role: 'bias', shape: [mulDim(e, 3)] });
    if (b.bool('add_bias_kv')) {
      out.push({ name: 'bias_k', role: 'bias', shape: [1, 1, e] });
      out.push({ name: 'bias_v', role: 'bias', shape: [1, 1, e] });
    }
    out.push({ name: 'out_proj.weight', role: 'weight', shape: [e, e] });
    if (hasBias()) out.push({ name: 'out_proj.bias', role: 'bias', shape: [e] });
  } else if (ctor === 'LayerNorm' || ctor === 'RMSNorm') {
    const v = b.raw('normalized_shape');
    const shape: Dim[] = Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? x : undefined)) : [typeof v === 'number' ? v : undefined];
    if (b.bool('elementwise_affine') !== false) {
      out.push({ name: 'weight', role: 'gamma', shape });
      if (ctor === 'LayerNorm' && b.bool('bias') !== false) out.push({ name: 'bias', role: 'beta', shape: [...shape] });
    }
  } else if (/^(BatchNorm[123]d|SyncBatchNorm|InstanceNorm[123]d|GroupNorm)$/.test(ctor)) {
    const c = ctor === 'GroupNorm' ? b.dim('num_channels') : b.dim('num_features');
    if (b.bool('affine') !== false) {
      out.push({ name: 'weight', role: 'gamma', shape: [c] });
      out.push({ name: 'bias', role: 'beta', shape: [c] });
    }
  }
  return out;
}
