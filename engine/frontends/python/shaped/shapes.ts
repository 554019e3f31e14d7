// Per-example tensor shapes for the Keras and Flax readers (batch axis excluded, channels-last):
// these frameworks infer a layer's input width from the tensor it first sees, so the reader follows
// shapes through the forward pass. Every size not proven stays undefined.
import type { Dim } from '../../../model/graph';
import { NO_SHAPE, shapeOf, type TensorShape, type Value } from '../eval/values';

export const prod = (dims: readonly Dim[]): Dim => {
  let r = 1;
  for (const d of dims) {
    if (d === undefined) return undefined;
    r *= d;
  }
  return r;
};

/** A size is a positive integer: `Dense(0)` builds nothing the theory can follow (a fan of 0), and 1e300 is no width. */
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;

/** A size argument: a positive int, else undefined. */
export function dimOf(v: Value | undefined): Dim {
  return v?.k === 'num' && isInt(v.v) ? v.v : undefined;
}

/** An int or a tuple of ints expanded to n entries (kernel_size=3 -> [3, 3]); undefined entries when unknown. */
export function dimsOf(v: Value | undefined, n: number): Dim[] {
  if (v?.k === 'num') return Array<Dim>(n).fill(isInt(v.v) ? v.v : undefined);
  if (v?.k === 'seq') return Array.from({ length: n }, (_, i) => dimOf(v.items[i]));
  return Array<Dim>(n).fill(undefined);
}

/** A tuple of ints of any length (a shape argument), or undefined when it is not one; `None` entries are undefined. */
export function shapeArg(v: Value | undefined): Dim[] | undefined {
  if (v?.k === 'num') return [dimOf(v)];
  if (v?.k !== 'seq') return undefined;
  return v.items.map((x) => (x.k === 'none' ? undefined : dimOf(x)));
}

/** The same shape with the last axis replaced (Dense, Conv without spatial information). */
export function withWidth(input: TensorShape, width: Dim): TensorShape {
  return input.dims ? shapeOf([...input.dims.slice(0, -1), width]) : { width };
}

export type Padding = 'valid' | 'same' | 'causal' | { pads: [number, number][] } | undefined;

/** Keras 'valid'/'same'/'causal', Flax 'VALID'/'SAME'/'CIRCULAR' or explicit int / (lo, hi) pads. */
export function paddingOf(v: Value | undefined, n: number, def: Padding): Padding {
  if (v === undefined) return def;
  if (v.k === 'str') {
    const p = v.v.toLowerCase();
    return p === 'valid' ? 'valid' : p === 'same' || p === 'circular' ? 'same' : p === 'causal' ? 'causal' : undefined;
  }
  if (v.k === 'num' && isInt(v.v)) return { pads: Array.from({ length: n }, () => [v.v, v.v] as [number, number]) };
  if (v.k === 'seq' && v.items.length === n) {
    const pads: [number, number][] = [];
    for (const item of v.items) {
      if (item.k === 'num' && isInt(item.v)) pads.push([item.v, item.v]);
      else if (item.k === 'seq' && item.items.length === 2 && item.items.every((x) => x.k === 'num' && isInt(x.v))) pads.push([(item.items[0] as { v: number }).v, (item.items[1] as { v: number }).v]);
      else return undefined;
    }
    return { pads };
  }
  return undefined;
}

/** Output size of one spatial axis of a convolution (or pooling, with dilation 1). */
export function convLength(n: Dim, k: Dim, s: Dim, d: Dim, padding: Padding, axis: number): Dim {
  if (n === undefined || k === undefined || s === undefined || d === undefined || s <= 0 || padding === undefined) return undefined;
  const span = d * (k - 1) + 1;
  if (padding === 'same' || padding === 'causal') return Math.ceil(n / s);
  const [lo, hi] = padding === 'valid' ? [0, 0] : (padding.pads[axis] ?? [NaN, NaN]);
  const total = n + lo + hi;
  if (!Number.isFinite(total) || total < span) return undefined;
  return Math.floor((total - span) / s) + 1;
}

/** Output size of one axis of a transposed convolution (Keras deconv_output_length, no output_padding). */
export function deconvLength(n: Dim, k: Dim, s: Dim, d: Dim, padding: Padding): Dim {
  if (n === undefined || k === undefined || s === undefined || d === undefined) return undefined;
  const kd = k + (k - 1) * (d - 1);
  if (padding === 'valid') return n * s + Math.max(kd - s, 0);
  if (padding === 'same') return n * s;
  return undefined;
}

/**
 * Channels-last convolution over `nd` spatial axes: spatial sizes from the kernel, strides, dilation
 * and padding; the width becomes `features`.
 */
export function convShape(input: TensorShape, nd: number, kernel: Dim[], strides: Dim[], dilation: Dim[], padding: Padding, features: Dim, transposed = false): TensorShape {
  const dims = input.dims;
  if (!dims || dims.length !== nd + 1) return { width: features };
  const spatial = dims.slice(0, nd).map((n, i) => (transposed ? deconvLength(n, kernel[i], strides[i], dilation[i], padding) : convLength(n, kernel[i], strides[i], dilation[i], padding, i)));
  return shapeOf([...spatial, features]);
}

/** Pooling keeps the channels; spatial sizes as a convolution with the window as kernel. */
export function poolShape(input: TensorShape, nd: number, window: Dim[], strides: Dim[], padding: Padding): TensorShape {
  const dims = input.dims;
  if (!dims || dims.length !== nd + 1) return { width: input.width };
  const spatial = dims.slice(0, nd).map((n, i) => convLength(n, window[i], strides[i], 1, padding, i));
  return shapeOf([...spatial, dims[nd]]);
}

/** Flatten: one axis of the product of all. */
export function flattenShape(input: TensorShape): TensorShape {
  return input.dims ? shapeOf([prod(input.dims)]) : NO_SHAPE;
}

/** A reshape target with at most one -1, resolved against the input's total size. */
export function reshapeShape(input: TensorShape, target: Dim[] | undefined, raw: Value | undefined): TensorShape {
  if (!target || raw?.k !== 'seq') return NO_SHAPE;
  const minus = raw.items.findIndex((x) => x.k === 'num' && x.v === -1);
  if (minus < 0) return shapeOf(target);
  const total = input.dims ? prod(input.dims) : undefined;
  const rest = prod(target.filter((_, i) => i !== minus));
  const fill = total !== undefined && rest !== undefined && rest > 0 && total % rest === 0 ? total / rest : undefined;
  return shapeOf(target.map((d, i) => (i === minus ? fill : d)));
}
