// Products of a forward-pass tensor with a weight array: the step that makes an array a layer of the
// model, with its fan-in and fan-out read from how the product contracts it (the array's own
// layout says nothing about which axis is the input):
//   x @ W, jnp.dot(x, W), jnp.matmul(x, W)   W (in, out): fan_in W[0]          (inAxis 0)
//   W @ x, jnp.dot(W, x)                     W (out, in): fan_in W[1]          (inAxis 1)
//   x @ W.T                                  W (out, in): fan_in W[1]
//   jnp.einsum('bi,io->bo', x, W)            fan_in = product of W's contracted axes
//   lax.conv_general_dilated(x, W, ..., dimension_numbers=(lhs, rhs, out))
//                                            fan_in = W[I] * prod(W[spatial]) from the rhs spec
//                                            ('OIHW' when dimension_numbers is None)
// A product whose layout cannot be read still adds the layer (its place in the order is known),
// with unknown fans.
import type { Dim, Layer } from '../../../model/graph';
import { extend } from '../../shared/trace';
import { NO_SHAPE, type TensorShape, type Value } from '../eval/values';
import type { Tensor } from '../plugin';
import { prod, withWidth } from '../shaped/shapes';
import { tensor } from '../shaped/tensors';
import type { ArrayInfo, JaxArrays } from './arrays';

/** A weight operand: the array, and whether the code transposed it (`w.T`). */
export interface Operand {
  info: ArrayInfo;
  transposed: boolean;
}

/** `w`, `w.T`, nnx's `self.w.value` / `self.w.raw_value`: the array behind a product operand. */
export function operand(arrays: JaxArrays, v: Value | undefined): Operand | undefined {
  if (!v) return undefined;
  const direct = arrays.info(v);
  if (direct) return { info: direct, transposed: false };
  if (v.k === 'method') {
    const inner = operand(arrays, v.self);
    if (!inner) return undefined;
    if (v.name === 'T') return inner.info.shape.length === 2 ? { info: inner.info, transposed: !inner.transposed } : undefined;
    if (v.name === 'value' || v.name === 'raw_value') return inner;
  }
  return undefined;
}

/** Sets a layer's fans at its first use (later uses of the same array do not rewrite them). */
function useAs(layer: Layer, fanIn: Dim, fanOut: Dim, inAxis?: 0 | 1): void {
  if (layer.inFeatures !== undefined || layer.outFeatures !== undefined) return;
  if (fanIn !== undefined) layer.inFeatures = fanIn;
  if (fanOut !== undefined) layer.outFeatures = fanOut;
  if (inAxis !== undefined) layer.inAxis = inAxis;
}

function step(x: Tensor, layer: Layer, shape: TensorShape): Tensor {
  return tensor(extend(x.trace, { type: 'layer', layer }), shape);
}

/**
 * `x @ W` / `jnp.dot(x, W)` (weightFirst false) or `W @ x` (weightFirst true). `dot` contracts W's
 * second-to-last axis and keeps all others (its fan-out is their product); `matmul` / `@` treats
 * leading axes of a W of rank > 2 as batch axes. Undefined when the array belongs to no model.
 */
export function denseStep(arrays: JaxArrays, x: Tensor, w: Operand, kind: 'matmul' | 'dot', weightFirst: boolean): Tensor | undefined {
  const layer = arrays.layerFor(w.info);
  if (!layer) return undefined;
  const s = w.info.shape;
  const r = s.length;
  if (r === 2) {
    // The axis the product contracts: W's first for x @ W, its second for W @ x; a transpose swaps them.
    const inAxis: 0 | 1 = weightFirst !== w.transposed ? 1 : 0;
    const fanOut = s[1 - inAxis];
    useAs(layer, s[inAxis], fanOut, inAxis);
    return step(x, layer, weightFirst ? NO_SHAPE : withWidth(x.shape ?? NO_SHAPE, fanOut));
  }
  if (!weightFirst && !w.transposed && r > 2) {
    const fanOut = kind === 'matmul' ? s[r - 1] : prod(s.filter((_, i) => i !== r - 2));
    useAs(layer, s[r - 2], fanOut);
    return step(x, layer, kind === 'matmul' ? withWidth(x.shape ?? NO_SHAPE, fanOut) : NO_SHAPE);
  }
  return step(x, layer, NO_SHAPE);
}

/** The operand subscripts and output of an einsum equation ('bi,io->bo'; implicit output when no '->'). */
export function parseEinsum(spec: string): { inputs: string[]; output: string } | undefined {
  const eq = spec.replace(/\s+/g, '');
  const [lhs, rhs] = eq.split('->');
  if (lhs === undefined || eq.split('->').length > 2) return undefined;
  const inputs = lhs.split(',');
  if (inputs.some((x) => !/^(\.\.\.)?[a-zA-Z]*(\.\.\.)?$/.test(x))) return undefined;
  if (rhs !== undefined) return /^(\.\.\.)?[a-zA-Z]*$/.test(rhs) ? { inputs, output: rhs } : undefined;
  // Implicit mode (numpy): the letters that appear once, in alphabetical order.
  const counts = new Map<string, number>();
  for (const c of inputs.join('').replace(/\./g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
  const once = [...counts].filter(([, n]) => n === 1).map(([c]) => c).sort();
  return { inputs, output: (inputs.some((x) => x.includes('...')) ? '...' : '') + once.join('') };
}

/**
 * The fans of a weight in an einsum with one other operand: fan_in the product of the weight's
 * axes summed over (they appear in the other operand and not in the output), fan_out the product
 * of its axes kept in the output. Undefined when the equation does not fit the weight's rank.
 */
export function einsumFans(spec: string, weightIndex: number, shape: readonly Dim[]): { fanIn: Dim; fanOut: Dim; width?: Dim } | undefined {
  const p = parseEinsum(spec);
  if (!p || p.inputs.length !== 2) return undefined;
  const w = p.inputs[weightIndex]!;
  const other = p.inputs[1 - weightIndex]!;
  if (w.includes('...') || w.length !== shape.length || new Set(w).size !== w.length) return undefined;
  const out = p.output.replace('...', '');
  const contracted: Dim[] = [];
  const kept: Dim[] = [];
  [...w].forEach((c, i) => {
    if (out.includes(c)) kept.push(shape[i]);
    else if (other.includes(c)) contracted.push(shape[i]);
  });
  if (contracted.length === 0) return undefined;
  const last = out.at(-1);
  const widthAt = last === undefined ? -1 : w.indexOf(last);
  return { fanIn: prod(contracted), fanOut: prod(kept), ...(widthAt >= 0 ? { width: shape[widthAt] } : {}) };
}

/** `jnp.einsum(spec, x, W)` or `jnp.einsum(spec, W, x)`. */
export function einsumStep(arrays: JaxArrays, spec: string | undefined, x: Tensor, w: Operand, weightIndex: number): Tensor | undefined {
  const layer = arrays.layerFor(w.info);
  if (!layer) return undefined;
  const fans = spec !== undefined && !w.transposed ? einsumFans(spec, weightIndex, w.info.shape) : undefined;
  if (fans) useAs(layer, fans.fanIn, fans.fanOut);
  return step(x, layer, fans?.width !== undefined ? { width: fans.width } : NO_SHAPE);
}

/**
 * The rhs (kernel) spec and output spec of a JAX convolution's dimension_numbers: None means
 * ('NCHW', 'OIHW', 'NCHW') for the kernel's rank; a tuple of three strings is read as written;
 * anything else (a ConvDimensionNumbers object) is unknown.
 */
export function convSpecs(dn: Value | undefined, rank: number): { rhs: string; out: string } | undefined {
  if (dn === undefined || dn.k === 'none') {
    const spatial = 'HWDXYZ'.slice(0, Math.max(0, rank - 2));
    return { rhs: `OI${spatial}`, out: `NC${spatial}` };
  }
  if (dn.k === 'seq' && dn.items.length === 3 && dn.items.every((v) => v.k === 'str')) {
    const [, rhs, out] = dn.items.map((v) => (v as { v: string }).v);
    return { rhs: rhs!, out: out! };
  }
  return undefined;
}

/** `lax.conv_general_dilated(x, W, ...)`, `lax.conv(x, W, ...)`: fans from the kernel spec. */
export function convStep(arrays: JaxArrays, x: Tensor, w: Operand, dimensionNumbers: Value | undefined): Tensor | undefined {
  const layer = arrays.layerFor(w.info);
  if (!layer) return undefined;
  const s = w.info.shape;
  const specs = w.transposed ? undefined : convSpecs(dimensionNumbers, s.length);
  if (specs && specs.rhs.length === s.length && specs.rhs.includes('I') && specs.rhs.includes('O')) {
    const receptive = prod([...specs.rhs].map((c, i) => (c === 'I' || c === 'O' ? 1 : s[i])));
    const iDim = s[specs.rhs.indexOf('I')];
    const oDim = s[specs.rhs.indexOf('O')];
    useAs(layer, prod([iDim, receptive]), prod([oDim, receptive]));
    return step(x, layer, specs.out.endsWith('C') ? { width: oDim } : NO_SHAPE);
  }
  return step(x, layer, NO_SHAPE);
}
