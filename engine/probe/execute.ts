// Runs one plan segment on the current tfjs backend: draws its parameters (rng.ts, sample.ts),
// builds the ops channels-last, sends a batch forward and the gradient of loss = sum(out * R), R a
// unit-variance random projection, backward, and reads every statistic back at once.
//
// Gradients: dense and conv layers are tf.customGrad ops whose backward pass computes the input
// gradient with plain matmuls/convolutions (the wasm backend has no Conv2DBackpropFilter and slow
// transposed matmuls) and the weight gradient's second moment on the side; an identity "tap" before
// every layer records the squared norm of the gradient arriving at the layer's input. Each statistic
// is a scalar tensor reduced on the device; one stack and one data() read them all.
import type { Tensor } from '@tensorflow/tfjs-core';
import type { MeasuredBlock, MeasuredLayer, MeasuredSpectrum } from './types';
import { jacobianSampling, measureJacobian } from './jacobian';
import type { ActivationOp, ParamDraw, PlanOp, PlanSegment } from './plan';
import type { Tf, TfRuntime } from './tf-loader';
import { sampleParam } from './sample';
import type { Rng } from './rng';

export interface SegmentRun {
  layers: Map<string, MeasuredLayer>;
  sampleMs: number;
  runMs: number;
  notes: string[];
  /** Output units per sample. */
  outputs?: number;
  /** The trunk's residual blocks in forward order. */
  blocks?: MeasuredBlock[];
  /** The input-output Jacobian, when asked for: measured, or why not, and the time it took. */
  jacobian?: { measured: MeasuredSpectrum } | { skipped: string };
  jacobianMs?: number;
}

export interface SegmentRunOptions {
  /** Also measure the input-output Jacobian (jacobian.ts) on the same weights. */
  jacobian?: boolean;
  /** Measure only the Jacobian, of a segment with `outputs` output units per sample (the per-layer statistics are not taken). */
  jacobianOnly?: { outputs: number };
}

/** Why a segment has no per-sample input-output Jacobian, or undefined when it has one. */
export function noJacobian(seg: PlanSegment): string | undefined {
  if (seg.input.kind === 'tokens') return 'its input is token ids (an embedding), which have no Jacobian';
  const batchNorm = (ops: PlanOp[]): boolean =>
    ops.some((op) => (op.op === 'norm' && op.normKind === 'batch') || (op.op === 'residual' && batchNorm(op.body)) || (op.op === 'product' && op.factors.some(batchNorm)));
  if (batchNorm(seg.ops)) return 'batch norm couples the samples of a batch, so there is no per-sample Jacobian';
  return undefined;
}

export class SampleError extends Error {}

/** Row-major (rows x cols) -> (cols x rows). */
export function transpose2d(a: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(a.length);
  const B = 32;
  for (let i0 = 0; i0 < rows; i0 += B) {
    const i1 = Math.min(rows, i0 + B);
    for (let j0 = 0; j0 < cols; j0 += B) {
      const j1 = Math.min(cols, j0 + B);
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) out[j * rows + i] = a[i * cols + j]!;
    }
  }
  return out;
}

/** (out, in, kh, kw) -> (kh, kw, in, out). */
function torchToHwio(a: Float32Array, out: number, inp: number, kh: number, kw: number): Float32Array {
  const r = new Float32Array(a.length);
  for (let o = 0; o < out; o++) for (let i = 0; i < inp; i++) for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) {
    r[((y * kw + x) * inp + i) * out + o] = a[((o * inp + i) * kh + y) * kw + x]!;
  }
  return r;
}

/** (kh, kw, in, out) -> rotated by 180 degrees, (kh, kw, out, in). */
function flipFilter(a: Float32Array, kh: number, kw: number, inp: number, out: number): Float32Array {
  const r = new Float32Array(a.length);
  for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let i = 0; i < inp; i++) for (let o = 0; o < out; o++) {
    r[(((kh - 1 - y) * kw + (kw - 1 - x)) * out + o) * inp + i] = a[((y * kw + x) * inp + i) * out + o]!;
  }
  return r;
}

interface Built {
  /** Tensors to dispose after the run. */
  owned: Tensor[];
  /** Per plan op (same object): its device tensors. */
  tensors: Map<PlanOp, Record<string, Tensor>>;
  notes: string[];
}

function draw(p: ParamDraw, rng: Rng, notes: string[]): Float32Array {
  const s = sampleParam(p.info, p.shape, p.framework, rng, p.groups);
  if ('error' in s) throw new SampleError(`${p.layerId}.${p.name}: ${s.error}`);
  if (s.note) notes.push(`${p.layerId}.${p.name}: ${s.note}`);
  return s.values;
}

function buildParams(tf: Tf, ops: PlanOp[], rng: Rng, built: Built): void {
  const own = <T extends Tensor>(t: T): T => {
    built.owned.push(t);
    return t;
  };
  for (const op of ops) {
    const t: Record<string, Tensor> = {};
    switch (op.op) {
      case 'linear': {
        const w = draw(op.weight, rng, built.notes);
        const oi = op.layout === 'oi' ? w : transpose2d(w, op.inF, op.outF);
        const io = op.layout === 'io' ? w : transpose2d(w, op.outF, op.inF);
        t['wio'] = own(tf.tensor2d(io, [op.inF, op.outF]));
        t['woi'] = own(tf.tensor2d(oi, [op.outF, op.inF]));
        if (op.bias) t['b'] = own(tf.tensor1d(draw(op.bias, rng, built.notes)));
        break;
      }
      case 'conv': {
        const w = draw(op.weight, rng, built.notes);
        const [kh, kw] = op.kernel;
        // torch (out, in, [kh,] kw) or channels-last ([kh,] kw, in, out): the tfjs filter is (kh, kw, in, out)
        const hwio = op.layout === 'torch' ? torchToHwio(w, op.outC, op.inC, kh, kw) : w;
        t['w'] = own(tf.tensor4d(hwio, [kh, kw, op.inC, op.outC]));
        // the input gradient of a stride-1 conv is a conv of the padded output gradient with the
        // filter turned by 180 degrees and in/out swapped: (kh, kw, out, in)
        if (op.stride[0] === 1 && op.stride[1] === 1) t['wflip'] = own(tf.tensor4d(flipFilter(hwio, kh, kw, op.inC, op.outC), [kh, kw, op.outC, op.inC]));
        if (op.bias) t['b'] = own(tf.tensor1d(draw(op.bias, rng, built.notes)));
        break;
      }
      case 'norm':
        if (op.gamma) t['gamma'] = own(tf.tensor1d(draw(op.gamma, rng, built.notes)));
        if (op.beta) t['beta'] = own(tf.tensor1d(draw(op.beta, rng, built.notes)));
        break;
      case 'embedding':
        t['w'] = own(tf.tensor2d(draw(op.weight, rng, built.notes), [op.rows, op.dim]));
        break;
      case 'attention': {
        // (out, in) matrices, used as x W^T
        t['inProj'] = own(tf.tensor2d(draw(op.inProj, rng, built.notes), [3 * op.embed, op.embed]));
        if (op.inBias) t['inBias'] = own(tf.tensor1d(draw(op.inBias, rng, built.notes)));
        t['outProj'] = own(tf.tensor2d(draw(op.outProj, rng, built.notes), [op.embed, op.embed]));
        if (op.outBias) t['outBias'] = own(tf.tensor1d(draw(op.outBias, rng, built.notes)));
        break;
      }
      case 'recurrent': {
        for (const [k, l] of op.stack.entries()) {
          const g = l.wih.shape[0]!;
          t[`wih${k}`] = own(tf.tensor2d(draw(l.wih, rng, built.notes), [g, l.inF]));
          t[`whh${k}`] = own(tf.tensor2d(draw(l.whh, rng, built.notes), [g, op.hidden]));
          if (l.bih) t[`bih${k}`] = own(tf.tensor1d(draw(l.bih, rng, built.notes)));
          if (l.bhh) t[`bhh${k}`] = own(tf.tensor1d(draw(l.bhh, rng, built.notes)));
        }
        break;
      }
      case 'residual':
        buildParams(tf, op.body, rng, built);
        break;
      case 'product':
        for (const f of op.factors) buildParams(tf, f, rng, built);
        break;
      default:
        break;
    }
    built.tensors.set(op, t);
  }
}

type GradFn = (x: Tensor, save: (ts: Tensor[]) => void) => { value: Tensor; gradFunc: (dy: Tensor, saved: Tensor[]) => Tensor[] };

/** tf.customGrad for a one-input op, typed for this file's use. */
function custom(tf: Tf, fn: GradFn): (x: Tensor) => Tensor {
  return tf.customGrad(fn as never) as unknown as (x: Tensor) => Tensor;
}

const SQRT1_2 = Math.SQRT1_2;
const GELU_C = Math.sqrt(2 / Math.PI);

/** phi(h) in tfjs ops (PyTorch's definitions; gradients by tfjs autodiff). */
export function applyActivation(tf: Tf, a: ActivationOp, h: Tensor): Tensor {
  switch (a.kind) {
    case 'identity':
      return h;
    case 'relu':
      return tf.relu(h);
    case 'relu6':
      return tf.relu6(h);
    case 'leaky_relu':
      return tf.leakyRelu(h, a.param ?? 0.01);
    case 'elu': {
      const alpha = a.param ?? 1;
      if (alpha === 1) return tf.elu(h);
      return tf.where(tf.greater(h, 0), h, tf.mul(alpha, tf.expm1(h)));
    }
    case 'selu':
      return tf.selu(h);
    case 'gelu':
      return tf.mul(tf.mul(0.5, h), tf.add(1, tf.erf(tf.mul(h, SQRT1_2))));
    case 'gelu_tanh':
      return tf.mul(tf.mul(0.5, h), tf.add(1, tf.tanh(tf.mul(GELU_C, tf.add(h, tf.mul(0.044715, tf.pow(h, 3)))))));
    case 'silu':
      return tf.mul(h, tf.sigmoid(h));
    case 'mish':
      return tf.mul(h, tf.tanh(tf.softplus(h)));
    case 'tanh':
      return tf.tanh(h);
    case 'sigmoid':
      return tf.sigmoid(h);
    case 'hardtanh':
      return tf.clipByValue(h, -1, 1);
    case 'softplus': {
      const beta = a.param ?? 1;
      return beta === 1 ? tf.softplus(h) : tf.div(tf.softplus(tf.mul(h, beta)), beta);
    }
  }
}

const DEAD = new Set(['relu', 'relu6', 'leaky_relu']);

type StatKey = 'second' | 'mean' | 'preSecond' | 'preMean' | 'dead' | 'saturated' | 'gradIn' | 'weightGrad' | 'inSecond' | 'gradOut' | 'entropy' | 'entropyMax';

/** The statistics "layer" of the trunk's residual blocks: BLOCK, NUL, the block's index in forward order. */
const BLOCK = '\u0001block';

class Stats {
  readonly keys: { layer: string; stat: StatKey }[] = [];
  readonly values: Tensor[] = [];
  constructor(private readonly tf: Tf) {}

  /** Records a scalar (kept past the tidy scopes of the gradient computation). */
  add(layer: string, stat: StatKey, t: Tensor): void {
    this.keys.push({ layer, stat });
    this.values.push(this.tf.keep(t));
  }
}

interface Ctx {
  tf: Tf;
  built: Built;
  stats: Stats;
  batch: number;
  /** Occurrences of each layer so far (a repeated block runs the same layer id again). */
  occurrences: Map<string, number>;
  /** The first layer of each trunk residual block met so far, in forward order. */
  blocks: string[];
}

/** The statistics key of a layer's next occurrence: `id`, NUL, occurrence. */
function nextKey(ctx: Ctx, layerId: string): string {
  const n = ctx.occurrences.get(layerId) ?? 0;
  ctx.occurrences.set(layerId, n + 1);
  return `${layerId}\u0000${n}`;
}

/**
 * The statistics of a layer's output. In a tidy of its own, so that their temporaries (squares,
 * masks) are freed at once instead of living, for every layer, until the whole backward pass ends;
 * only the kept scalars survive. None of them is on the path to the loss, so the tape never needs them.
 */
function forwardStats(ctx: Ctx, layerId: string, pre: Tensor, post: Tensor, act: ActivationOp | undefined): void {
  ctx.tf.tidy(() => forwardStatsIn(ctx, layerId, pre, post, act));
}

function forwardStatsIn(ctx: Ctx, layerId: string, pre: Tensor, post: Tensor, act: ActivationOp | undefined): void {
  const { tf, stats } = ctx;
  stats.add(layerId, 'second', tf.mean(tf.square(post)));
  stats.add(layerId, 'mean', tf.mean(post));
  stats.add(layerId, 'preSecond', tf.mean(tf.square(pre)));
  stats.add(layerId, 'preMean', tf.mean(pre));
  if (act && DEAD.has(act.kind)) {
    // a unit is dead when its pre-activation is <= 0 for every sample of the batch
    stats.add(layerId, 'dead', tf.mean(tf.cast(tf.lessEqual(tf.max(pre, 0), 0), 'float32')));
  } else if (act?.kind === 'tanh') {
    stats.add(layerId, 'saturated', tf.mean(tf.cast(tf.greater(tf.abs(post), 0.99), 'float32')));
  } else if (act?.kind === 'sigmoid') {
    stats.add(layerId, 'saturated', tf.mean(tf.cast(tf.logicalOr(tf.less(post, 0.01), tf.greater(post, 0.99)), 'float32')));
  } else if (act?.kind === 'hardtanh') {
    stats.add(layerId, 'saturated', tf.mean(tf.cast(tf.greaterEqual(tf.abs(pre), 1), 'float32')));
  }
}

/** Identity whose gradient records the squared norm of the gradient at a layer's input (per sample), or at a block's output. */
function tap(ctx: Ctx, layerId: string, x: Tensor, stat: 'gradIn' | 'gradOut' = 'gradIn'): Tensor {
  const { tf, stats, batch } = ctx;
  const f = custom(tf, (a) => ({
    value: tf.clone(a),
    gradFunc: (g) => {
      tf.tidy(() => stats.add(layerId, stat, tf.div(tf.sum(tf.square(g)), batch)));
      return [g];
    },
  }));
  return f(x);
}

/** The first weight or norm layer of a block's body: what names the block. */
function firstLayer(ops: PlanOp[]): string | undefined {
  for (const op of ops) {
    if ('layerId' in op) return op.layerId;
    const inner = op.op === 'residual' ? firstLayer(op.body) : op.op === 'product' ? firstLayer(op.factors[0]) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function linear(ctx: Ctx, op: Extract<PlanOp, { op: 'linear' }>, x: Tensor, key: string): Tensor {
  const { tf, stats } = ctx;
  const t = ctx.built.tensors.get(op)!;
  const wio = t['wio']!;
  const woi = t['woi']!;
  const b = t['b'];
  const inShape = x.shape;
  const outShape = op.reshape === 'position' ? [...inShape.slice(0, -1), op.outF] : [inShape[0]!, op.outF];
  const f = custom(tf, (xin, save) => {
    const x2 = op.reshape ? tf.reshape(xin, [-1, op.inF]) : xin;
    save([x2]);
    let y = tf.matMul(x2 as never, wio as never) as Tensor;
    if (b) y = tf.add(y, b);
    return {
      value: op.reshape === 'position' ? tf.reshape(y, outShape) : y,
      gradFunc: (dy, saved) => {
        const dy2 = tf.reshape(dy, [-1, op.outF]);
        const xs = saved[0]!;
        // dx = dy W (stored (out, in): no transposed matmul)
        const dx = tf.reshape(tf.matMul(dy2 as never, woi as never), inShape);
        tf.tidy(() => stats.add(key, 'weightGrad', linearWeightGrad(tf, xs, dy2)));
        return [dx];
      },
    };
  });
  return f(x);
}

/**
 * Mean over the weight's entries of dW^2, dW = x^T dy for x [rows, in] and dy [rows, out]. When the
 * rows are fewer than the weight's entries it never builds dW: ||x^T dy||_F^2 = sum of the entrywise
 * product of the two Gram matrices x x^T and dy dy^T (rows x rows), so a 1e4 x 1e4 layer costs two
 * batch x batch matrices instead of a 400 MB temporary (and its square) the plan cannot afford.
 */
export function linearWeightGrad(tf: Tf, x: Tensor, dy: Tensor): Tensor {
  const [rows, inF] = x.shape as [number, number];
  const outF = dy.shape[1]!;
  if (rows * rows < inF * outF) {
    const gx = tf.matMul(x as never, x as never, false, true);
    const gd = tf.matMul(dy as never, dy as never, false, true);
    return tf.div(tf.sum(tf.mul(gx, gd)), inF * outF);
  }
  return tf.mean(tf.square(tf.matMul(tf.transpose(x) as never, dy as never)));
}

/** Circular padding of [batch, h, w, c] by [[top, bottom], [left, right]] (slices and concats, so autodiff flows). */
export function circularPad(tf: Tf, x: Tensor, pad: [[number, number], [number, number]]): Tensor {
  let y = x;
  for (const axis of [1, 2] as const) {
    const [before, after] = pad[axis - 1];
    if (before === 0 && after === 0) continue;
    const n = y.shape[axis]!;
    const parts: Tensor[] = [];
    const sl = (start: number, size: number): Tensor => {
      const begin = [0, 0, 0, 0];
      const sizes = [...y.shape];
      begin[axis] = start;
      sizes[axis] = size;
      return tf.slice(y, begin, sizes);
    };
    if (before > 0) parts.push(sl(n - before, before));
    parts.push(y);
    if (after > 0) parts.push(sl(0, after));
    y = tf.concat(parts, axis);
  }
  return y;
}

function conv(ctx: Ctx, op: Extract<PlanOp, { op: 'conv' }>, x: Tensor, key: string): Tensor {
  const { tf, stats } = ctx;
  const t = ctx.built.tensors.get(op)!;
  const w = t['w']!;
  const b = t['b'];
  const [kh, kw] = op.kernel;
  const [sh, sw] = op.stride;
  // circular padding outside the custom op, so the op itself is a 'valid' convolution
  const xp = circularPad(tf, x, op.pad);
  const xShape = xp.shape as [number, number, number, number];
  const f = custom(tf, (xin, save) => {
    save([xin]);
    let y = tf.conv2d(xin as never, w as never, [sh, sw], 'valid') as Tensor;
    if (b) y = tf.add(y, b);
    return {
      value: y,
      gradFunc: (g, saved) => {
        const xs = saved[0]!;
        const [, Ho, Wo] = g.shape as [number, number, number, number];
        // plain convolutions only (fast on every backend; the wasm backend's transposed convolution is slow
        // and it has no filter-gradient kernel)
        const wflip = t['wflip'];
        const dx = wflip
          ? tf.conv2d(tf.pad(g, [[0, 0], [kh - 1, kh - 1], [kw - 1, kw - 1], [0, 0]]) as never, wflip as never, 1, 'valid')
          : tf.conv2dTranspose(g as never, w as never, xShape, [sh, sw], 'valid');
        // dW[i, j, c, o] = sum over b, y, x of xp[b, s*y + i, s*x + j, c] dy[b, y, x, o]: a convolution of
        // the input with channels as batch by the output gradient with batch as channels, dilated by the stride
        // (in a tidy: the filter-sized temporaries go as soon as the statistic is taken; the mean of
        // the squares is the same in any layout, so no transpose back)
        tf.tidy(() => {
          const hv = (Ho - 1) * sh + kh;
          const wv = (Wo - 1) * sw + kw;
          const xv = hv === xShape[1] && wv === xShape[2] ? xs : tf.slice(xs, [0, 0, 0, 0], [xShape[0], hv, wv, op.inC]);
          const dwT = tf.conv2d(tf.transpose(xv, [3, 1, 2, 0]) as never, tf.transpose(g, [1, 2, 0, 3]) as never, 1, 'valid', 'NHWC', [sh, sw]);
          stats.add(key, 'weightGrad', tf.mean(tf.square(dwT)));
        });
        return [dx];
      },
    };
  });
  return f(xp);
}

function norm(ctx: Ctx, op: Extract<PlanOp, { op: 'norm' }>, x: Tensor): Tensor {
  const { tf } = ctx;
  const t = ctx.built.tensors.get(op)!;
  const rank = x.rank;
  let y: Tensor;
  const standardize = (v: Tensor, axes: number[]): Tensor => {
    const mean = tf.mean(v, axes, true);
    const c = tf.sub(v, mean);
    return tf.mul(c, tf.rsqrt(tf.add(tf.mean(tf.square(c), axes, true), op.eps)));
  };
  switch (op.normKind) {
    case 'batch':
      y = standardize(x, Array.from({ length: rank - 1 }, (_, i) => i));
      break;
    case 'instance':
      y = standardize(x, Array.from({ length: rank - 2 }, (_, i) => i + 1));
      break;
    case 'group': {
      const c = x.shape[rank - 1]!;
      const g = op.groups!;
      const r = tf.reshape(x, [...x.shape.slice(0, -1), g, c / g]);
      const axes = [...Array.from({ length: rank - 2 }, (_, i) => i + 1), rank];
      y = tf.reshape(standardize(r, axes), x.shape);
      break;
    }
    case 'rms':
      y = tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), [rank - 1], true), op.eps)));
      break;
    default:
      y = standardize(x, [rank - 1]);
  }
  if (t['gamma']) y = tf.mul(y, t['gamma']);
  if (t['beta']) y = tf.add(y, t['beta']);
  return y;
}

function embedding(ctx: Ctx, op: Extract<PlanOp, { op: 'embedding' }>, table: Tensor, ids: Tensor, key: string): Tensor {
  const { tf, stats } = ctx;
  const f = custom(tf, (w) => ({
    value: tf.gather(w, ids),
    gradFunc: (dy) => {
      // the gather's gradient as a one-hot matmul (the wasm backend has no UnsortedSegmentSum)
      const dw = tf.matMul(tf.transpose(tf.oneHot(ids as never, op.rows)) as never, dy as never);
      tf.tidy(() => stats.add(key, 'weightGrad', tf.mean(tf.square(dw))));
      return [dw];
    },
  }));
  return f(table);
}

/** x [..., in] W^T (+ b) for W stored (out, in). */
function dense(tf: Tf, x: Tensor, w: Tensor, b: Tensor | undefined): Tensor {
  const inF = x.shape[x.rank - 1]!;
  const y = tf.matMul(tf.reshape(x, [-1, inF]) as never, w as never, false, true) as Tensor;
  const out = tf.reshape(b ? tf.add(y, b) : y, [...x.shape.slice(0, -1), w.shape[0]!]);
  return out;
}

/** nn.MultiheadAttention(x, x, x) on [batch, tokens, E] (no mask, no dropout), by tfjs autodiff. */
export function attention(tf: Tf, op: Extract<PlanOp, { op: 'attention' }>, t: Record<string, Tensor>, x: Tensor, onWeights?: (attn: Tensor) => void): Tensor {
  const [B, T, E] = x.shape as [number, number, number];
  const h = op.heads;
  const d = E / h;
  const qkv = dense(tf, x, t['inProj']!, t['inBias']);
  const [q, k, v] = tf.split(qkv, 3, 2);
  const heads = (a: Tensor): Tensor => tf.transpose(tf.reshape(a, [B, T, h, d]), [0, 2, 1, 3]);
  const scores = tf.div(tf.matMul(heads(q!) as never, heads(k!) as never, false, true), Math.sqrt(d));
  const attn = tf.softmax(scores as never) as Tensor;
  onWeights?.(attn);
  const ctxv = tf.reshape(tf.transpose(tf.matMul(attn as never, heads(v!) as never), [0, 2, 1, 3]), [B, T, E]);
  return dense(tf, ctxv, t['outProj']!, t['outBias']);
}

/** A PyTorch LSTM / GRU / RNN over [batch, steps, in] from h0 = c0 = 0; the output sequence [batch, steps, H]. */
export function recurrent(tf: Tf, op: Extract<PlanOp, { op: 'recurrent' }>, t: Record<string, Tensor>, x: Tensor): Tensor {
  const [B, T] = x.shape as [number, number, number];
  const H = op.hidden;
  let seq = x;
  for (let k = 0; k < op.stack.length; k++) {
    // the input projection of every step at once; the recurrent one per step
    const xi = dense(tf, seq, t[`wih${k}`]!, t[`bih${k}`]);
    const whh = t[`whh${k}`]!;
    const bhh = t[`bhh${k}`];
    let hPrev: Tensor = tf.zeros([B, H]);
    let c: Tensor = tf.zeros([B, H]);
    const outs: Tensor[] = [];
    for (let s = 0; s < T; s++) {
      const a = tf.reshape(tf.slice(xi, [0, s, 0], [B, 1, xi.shape[2]!]), [B, xi.shape[2]!]);
      const r = dense(tf, hPrev, whh, bhh);
      let hNew: Tensor;
      if (op.cell === 'LSTM') {
        const [ai, af, ag, ao] = tf.split(tf.add(a, r), 4, 1);
        c = tf.add(tf.mul(tf.sigmoid(af!), c), tf.mul(tf.sigmoid(ai!), tf.tanh(ag!)));
        hNew = tf.mul(tf.sigmoid(ao!), tf.tanh(c));
      } else if (op.cell === 'GRU') {
        const [xr, xz, xn] = tf.split(a, 3, 1);
        const [hr, hz, hn] = tf.split(r, 3, 1);
        const rg = tf.sigmoid(tf.add(xr!, hr!));
        const zg = tf.sigmoid(tf.add(xz!, hz!));
        const n = tf.tanh(tf.add(xn!, tf.mul(rg, hn!)));
        hNew = tf.add(tf.mul(tf.sub(1, zg), n), tf.mul(zg, hPrev));
      } else {
        const pre = tf.add(a, r);
        hNew = op.nonlinearity === 'relu' ? tf.relu(pre) : tf.tanh(pre);
      }
      outs.push(hNew);
      hPrev = hNew;
    }
    seq = tf.stack(outs, 1);
  }
  return seq;
}

/**
 * The ops on `x`. On the trunk (`trunk`, the segment's own list) each residual block records the
 * stream's second moment entering and leaving it and the gradient's squared norm at both ends.
 */
function forward(ctx: Ctx, ops: PlanOp[], x: Tensor, trunk = false): Tensor {
  const { tf } = ctx;
  let cur = x;
  for (const op of ops) {
    switch (op.op) {
      case 'linear':
      case 'conv':
      case 'norm': {
        const key = nextKey(ctx, op.layerId);
        const input = tap(ctx, key, cur);
        const pre = op.op === 'linear' ? linear(ctx, op, input, key) : op.op === 'conv' ? conv(ctx, op, input, key) : norm(ctx, op, input);
        const post = op.activation ? applyActivation(tf, op.activation, pre) : pre;
        forwardStats(ctx, key, pre, post, op.activation);
        cur = post;
        break;
      }
      case 'attention':
      case 'recurrent': {
        const key = nextKey(ctx, op.layerId);
        const input = tap(ctx, key, cur);
        const t = ctx.built.tensors.get(op)!;
        // attention: the mean entropy of its weights, -sum p log p over the keys (at most log T)
        const entropy = (attn: Tensor): void =>
          tf.tidy(() => {
            const keys = attn.shape[attn.rank - 1]!;
            ctx.stats.add(key, 'entropy', tf.neg(tf.div(tf.sum(tf.mul(attn, tf.log(tf.add(attn, 1e-30)))), attn.size / keys)));
            ctx.stats.add(key, 'entropyMax', tf.scalar(Math.log(keys)));
          });
        const out = op.op === 'attention' ? attention(tf, op, t, input, entropy) : recurrent(tf, op, t, input);
        forwardStats(ctx, key, out, out, undefined);
        cur = out;
        break;
      }
      case 'activation':
        cur = applyActivation(tf, op.activation, cur);
        break;
      case 'scale':
        cur = tf.mul(cur, op.factor);
        break;
      case 'residual': {
        if (!trunk) {
          cur = tf.add(cur, forward(ctx, op.body, cur));
          break;
        }
        const key = `${BLOCK}\u0000${ctx.blocks.length}`;
        ctx.blocks.push(firstLayer(op.body) ?? '');
        const input = tap(ctx, key, cur);
        const out = tf.add(input, forward(ctx, op.body, input));
        tf.tidy(() => {
          ctx.stats.add(key, 'inSecond', tf.mean(tf.square(input)));
          ctx.stats.add(key, 'second', tf.mean(tf.square(out)));
        });
        cur = tap(ctx, key, out, 'gradOut');
        break;
      }
      case 'product':
        cur = tf.mul(forward(ctx, op.factors[0], cur), forward(ctx, op.factors[1], cur));
        break;
      case 'embedding':
        throw new Error('an embedding inside a segment');
    }
  }
  return cur;
}

/** The Jacobian of a built segment, on at most `batch` samples (what its plan's memory holds). */
async function segmentJacobian(ctx: Ctx, seg: PlanSegment, batch: number, outputs: number, rng: Rng): Promise<NonNullable<SegmentRun['jacobian']>> {
  const why = noJacobian(seg);
  if (why || seg.input.kind !== 'gaussian') return { skipped: why ?? 'no Gaussian input' };
  const sampling = jacobianSampling(outputs, batch);
  if (!sampling) return { skipped: `the output has ${outputs} unit${outputs === 1 ? '' : 's'} per sample` };
  // a context of its own: the custom ops record their statistics, which are thrown away
  const jctx: Ctx = { ...ctx, stats: new Stats(ctx.tf), batch: sampling.points * sampling.rows, occurrences: new Map(), blocks: [] };
  try {
    return { measured: await measureJacobian(ctx.tf, (x) => forward(jctx, seg.ops, x), seg.input.shape, sampling, rng) };
  } finally {
    for (const v of jctx.stats.values) v.dispose();
  }
}

/** Draws, builds and runs one segment; the statistics of its layers. */
export async function runSegment(rt: TfRuntime, seg: PlanSegment, batch: number, rng: Rng, options: SegmentRunOptions = {}): Promise<SegmentRun> {
  const tf = rt.tf;
  const t0 = performance.now();
  const built: Built = { owned: [], tensors: new Map(), notes: [] };
  const stats = new Stats(tf);
  const ctx: Ctx = { tf, built, stats, batch, occurrences: new Map(), blocks: [] };
  let sampleMs = 0;
  try {
    buildParams(tf, seg.ops, rng, built);
    let input: Tensor;
    let ids: Tensor | undefined;
    if (seg.input.kind === 'gaussian') {
      const n = batch * seg.input.shape.reduce((a, b) => a * b, 1);
      const xs = new Float32Array(n);
      rng.fillNormal(xs, 0, 1);
      // 1-D conv inputs are [batch, 1, length, channels]: shape [1, L, C] already has the 1
      input = tf.tensor(xs, [batch, ...seg.input.shape]);
    } else {
      const idv = new Int32Array(batch);
      for (let i = 0; i < batch; i++) idv[i] = rng.int(seg.input.vocab);
      ids = tf.tensor1d(idv, 'int32');
      const op = seg.ops[0] as Extract<PlanOp, { op: 'embedding' }>;
      input = built.tensors.get(op)!['w']!;
    }
    built.owned.push(input);
    if (ids) built.owned.push(ids);
    sampleMs = performance.now() - t0;
    if (options.jacobianOnly) {
      const jacobian = await segmentJacobian(ctx, seg, batch, options.jacobianOnly.outputs, rng);
      return { layers: new Map(), sampleMs, runMs: 0, notes: built.notes, outputs: options.jacobianOnly.outputs, jacobian, jacobianMs: performance.now() - t0 - sampleMs };
    }

    let refGrad: Tensor | undefined;
    let outputs = 0;
    const readback = tf.tidy(() => {
      let refSecond: Tensor;
      const lossFn = (a: Tensor): Tensor => {
        let out: Tensor;
        if (ids) {
          const op = seg.ops[0] as Extract<PlanOp, { op: 'embedding' }>;
          const key = nextKey(ctx, op.layerId);
          const pre = embedding(ctx, op, a, ids, key);
          const post = op.activation ? applyActivation(tf, op.activation, pre) : pre;
          forwardStats(ctx, key, pre, post, op.activation);
          out = forward(ctx, seg.ops.slice(1), post, true);
        } else {
          out = forward(ctx, seg.ops, a, true);
        }
        outputs = out.size / batch;
        const r = new Float32Array(out.size);
        rng.fillNormal(r, 0, 1);
        const R = tf.tensor(r, out.shape);
        refGrad = tf.keep(tf.div(tf.sum(tf.square(R)), batch));
        return tf.sum(tf.mul(out, R));
      };
      refSecond = ids ? tf.scalar(1) : tf.mean(tf.square(input));
      const g = tf.grad(lossFn)(input);
      g.dispose();
      const all = [refSecond, refGrad!, ...stats.values];
      return tf.stack(all);
    });
    const values = (await readback.data()) as Float32Array;
    readback.dispose();
    for (const v of stats.values) v.dispose();
    refGrad?.dispose();
    const runMs = performance.now() - t0 - sampleMs;

    const ref = values[0]!;
    const refNorm = values[1]!;
    // per layer, the statistics of its last occurrence (the theory reports a repeat's last repetition)
    const raw = new Map<string, { occ: number; m: Partial<Record<StatKey, number>> }>();
    const blockStats = ctx.blocks.map((): Partial<Record<StatKey, number>> => ({}));
    stats.keys.forEach((k, i) => {
      const [id, occText] = k.layer.split('\u0000') as [string, string];
      const occ = Number(occText);
      if (id === BLOCK) {
        blockStats[occ]![k.stat] = values[i + 2]!;
        return;
      }
      let e = raw.get(id);
      if (!e || occ > e.occ) {
        e = { occ, m: {} };
        raw.set(id, e);
      }
      if (occ === e.occ) e.m[k.stat] = values[i + 2]!;
    });
    const layers = new Map<string, MeasuredLayer>();
    for (const [id, { m }] of raw) {
      if (m.second === undefined) continue;
      const mean = m.mean!;
      const preMean = m.preMean!;
      const out: MeasuredLayer = {
        forward: m.second / ref,
        mean,
        variance: Math.max(0, m.second - mean * mean),
        preMean,
        preVariance: Math.max(0, m.preSecond! - preMean * preMean),
      };
      if (m.gradIn !== undefined) out.backward = m.gradIn / refNorm;
      if (m.dead !== undefined) out.dead = m.dead;
      if (m.saturated !== undefined) out.saturated = m.saturated;
      if (m.weightGrad !== undefined) out.weightGrad = m.weightGrad;
      if (m.entropy !== undefined) out.attentionEntropy = { mean: m.entropy, max: m.entropyMax! };
      layers.set(id, out);
    }
    const blocks: MeasuredBlock[] = ctx.blocks.map((first, i) => {
      const b = blockStats[i]!;
      return { first, inSecond: b.inSecond! / ref, outSecond: b.second! / ref, gradIn: b.gradIn! / refNorm, gradOut: b.gradOut! / refNorm };
    });
    const tj = performance.now();
    const jacobian = options.jacobian ? await segmentJacobian(ctx, seg, batch, outputs, rng) : undefined;
    return { layers, sampleMs, runMs, notes: built.notes, outputs, ...(blocks.length ? { blocks } : {}), ...(jacobian ? { jacobian, jacobianMs: performance.now() - tj } : {}) };
  } finally {
    for (const t of built.owned) t.dispose();
  }
}
