// Fan-in and fan-out of a weight shape, exactly as each framework computes them.
// A shape entry that is undefined (unknown size) makes every fan that uses it undefined: never guessed.
import type { Dim, Framework } from '../model/graph';

export interface Fans {
  fanIn: number | undefined;
  fanOut: number | undefined;
  /** Set when the framework raises for this shape (PyTorch rank < 2, JAX rank <= 1 with default in_axis). */
  error?: string;
}

/** Product of sizes; undefined if any is unknown. prod([]) = 1. */
export function prodDims(dims: readonly Dim[]): Dim {
  let r = 1;
  for (const d of dims) {
    if (d === undefined) return undefined;
    r *= d;
  }
  return r;
}

const mul = (a: Dim, b: Dim): Dim => (a === undefined || b === undefined ? undefined : a * b);

/**
 * PyTorch torch.nn.init._calculate_fan_in_and_fan_out:
 *   rank < 2: ValueError
 *   fan_in  = W.size(1) * prod(W.shape[2:])
 *   fan_out = W.size(0) * prod(W.shape[2:])
 * Linear weight (out, in); ConvNd weight (out, in/groups, *k) so fan_in = (in/groups)*prod(k);
 * ConvTransposeNd weight (in, out/groups, *k) so its "fan_in" is (out/groups)*prod(k).
 */
export function torchFans(shape: readonly Dim[]): Fans {
  if (shape.length < 2) {
    return { fanIn: undefined, fanOut: undefined, error: 'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions' };
  }
  const receptive = prodDims(shape.slice(2));
  return { fanIn: mul(shape[1], receptive), fanOut: mul(shape[0], receptive) };
}

/**
 * Keras 3 keras.src.initializers.random_initializers.compute_fans (channels-last kernels):
 *   rank 0: (1, 1); rank 1: (shape[0], shape[0]); rank 2: (shape[0], shape[1]);
 *   else receptive = prod(shape[:-2]), fan_in = shape[-2]*receptive, fan_out = shape[-1]*receptive.
 * With input_axes and output_axes given (Keras >= 3.15, set by EinsumDense):
 *   fan_in = prod(shape[input_axes]), fan_out = prod(shape[output_axes]).
 */
export function kerasFans(shape: readonly Dim[], inputAxes?: readonly number[], outputAxes?: readonly number[]): Fans {
  if (inputAxes && outputAxes) {
    const pick = (axes: readonly number[]): Dim => {
      const dims: Dim[] = [];
      for (const a of axes) {
        const i = a < 0 ? shape.length + a : a;
        if (i < 0 || i >= shape.length) return undefined;
        dims.push(shape[i]);
      }
      return prodDims(dims);
    };
    return { fanIn: pick(inputAxes), fanOut: pick(outputAxes) };
  }
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  const receptive = prodDims(shape.slice(0, -2));
  return { fanIn: mul(shape[shape.length - 2], receptive), fanOut: mul(shape[shape.length - 1], receptive) };
}

/**
 * TensorFlow.js tfjs-layers initializers.ts computeFans (always called with 'channelsLast'):
 *   rank 2: (shape[0], shape[1]);
 *   rank 3, 4, 5: receptive = prod(shape[:-2]), fan_in = shape[-2]*receptive, fan_out = shape[-1]*receptive;
 *   any other rank (0, 1, >= 6): fan_in = fan_out = sqrt(prod(shape)).
 */
export function tfjsFans(shape: readonly Dim[]): Fans {
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  if (shape.length >= 3 && shape.length <= 5) {
    const receptive = prodDims(shape.slice(0, -2));
    return { fanIn: mul(shape[shape.length - 2], receptive), fanOut: mul(shape[shape.length - 1], receptive) };
  }
  const total = prodDims(shape);
  const f = total === undefined ? undefined : Math.sqrt(total);
  return { fanIn: f, fanOut: f };
}

/**
 * JAX jax._src.nn.initializers._compute_fans(shape, in_axis=-2, out_axis=-1, batch_axis=()):
 *   in_axis == -2 (int) and rank <= 1: ValueError
 *   in_size = prod(shape[in_axis]), out_size = prod(shape[out_axis]), batch = prod(shape[batch_axis])
 *   receptive = prod(shape) / in_size / out_size / batch
 *   fan_in = in_size * receptive, fan_out = out_size * receptive
 * (axes may overlap: flax Embed uses in_axis=-2, out_axis=0 on (num, features), giving fan_in = features).
 */
export function jaxFans(
  shape: readonly Dim[],
  inAxis: number | readonly number[] = -2,
  outAxis: number | readonly number[] = -1,
  batchAxis: number | readonly number[] = [],
): Fans {
  if (typeof inAxis === 'number' && inAxis === -2 && shape.length <= 1) {
    return {
      fanIn: undefined,
      fanOut: undefined,
      error: `Can't compute input and output sizes of a ${shape.length}-dimensional weights tensor with default in_axis`,
    };
  }
  let bad = false;
  const size = (axes: number | readonly number[]): Dim => {
    const list = typeof axes === 'number' ? [axes] : axes;
    const dims: Dim[] = [];
    for (const a of list) {
      const i = a < 0 ? shape.length + a : a;
      if (i < 0 || i >= shape.length) {
        bad = true;
        return undefined;
      }
      dims.push(shape[i]);
    }
    return prodDims(dims);
  };
  const inSize = size(inAxis);
  const outSize = size(outAxis);
  const batch = size(batchAxis);
  if (bad) return { fanIn: undefined, fanOut: undefined, error: 'axis out of range for the weight shape' };
  const total = prodDims(shape);
  if (inSize === undefined || outSize === undefined || batch === undefined || total === undefined || inSize * outSize * batch === 0) {
    return { fanIn: undefined, fanOut: undefined };
  }
  const receptive = total / inSize / outSize / batch;
  return { fanIn: inSize * receptive, fanOut: outSize * receptive };
}

/** The framework's fans of a shape with its default conventions. */
export function fansFor(framework: Framework, shape: readonly Dim[]): Fans {
  switch (framework) {
    case 'pytorch':
      return torchFans(shape);
    case 'keras':
      return kerasFans(shape);
    case 'tfjs':
      return tfjsFans(shape);
    case 'flax':
      return jaxFans(shape);
    case 'tensorflow':
      // init_ops._compute_fans: the same channels-last rule as Keras.
      return kerasFans(shape);
  }
}
