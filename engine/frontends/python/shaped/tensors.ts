// Tensors whose per-example shape is followed (Keras, Flax, TensorFlow and JAX readers): making
// them, dummy input batches (`np.ones((1, 784))`), activations and merges applied to them, and the
// tensor methods and attributes that keep track of the shape (reshape, mean over axes, `.shape`).
import type { Activation } from '../../../model/graph';
import { addTraces, extend, joinBranches, multiplyTraces, ROOT_TRACE } from '../../shared/trace';
import { rangeOf } from '../eval/nodes';
import { BATCH_DIM, NO_SHAPE, type Trace, type TensorShape, UNKNOWN, type Value, num, shapeOf } from '../eval/values';
import type { Tensor } from '../plugin';
import type { SyntaxNode } from '../syntax';
import { dimOf, flattenShape, reshapeShape, shapeArg } from './shapes';

export const tensor = (trace: Trace, shape: TensorShape): Tensor => (shape.dims || shape.width !== undefined ? { k: 'tensor', trace, shape } : { k: 'tensor', trace, shape: NO_SHAPE });

/** Short text for names in messages. */
export function compact(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

/** `np.ones((1, 784))`, `jnp.zeros([1, 28, 28, 1])`: a dummy batch, read as an input of that per-example shape. */
export function arrayFactory(fn: string, positional: Value[], keyword: Map<string, Value>): Value | undefined {
  if (!/^(ones|zeros|empty|random\.normal|random\.uniform|random\.rand|random\.randn)$/.test(fn)) return undefined;
  const raw = fn === 'random.rand' || fn === 'random.randn' ? { k: 'seq' as const, items: positional, tuple: true } : (keyword.get('shape') ?? keyword.get('size') ?? (fn.startsWith('random.') && fn !== 'random.normal' ? undefined : positional[0]));
  const dims = raw?.k === 'seq' ? shapeArg(raw) : undefined;
  if (!dims || dims.length < 2) return UNKNOWN;
  return tensor(ROOT_TRACE(), shapeOf(dims.slice(1)));
}

export function withActivation(x: Tensor, a: Activation | { opaque: string }, node: SyntaxNode): Tensor {
  if ('opaque' in a) return tensor(extend(x.trace, { type: 'opaque', reason: a.opaque, range: rangeOf(node) }), NO_SHAPE);
  if (a.kind === 'identity') return x;
  return tensor(extend(x.trace, { type: 'activation', activation: a }), x.shape ?? NO_SHAPE);
}

export function merge(kind: 'add' | 'multiply' | 'other', items: Value[], node: SyntaxNode): Value {
  const ts = items.filter((v): v is Tensor => v.k === 'tensor');
  if (ts.length === 0) return UNKNOWN;
  if (kind === 'add' && ts.length === 2 && ts.length === items.length) {
    const [a, b] = ts as [Tensor, Tensor];
    const w = a.shape?.width;
    return tensor(addTraces(a.trace, b.trace), w !== undefined && w === b.shape?.width ? (a.shape ?? NO_SHAPE) : NO_SHAPE);
  }
  // Multiply()([tanh(f(x)), sigmoid(g(x))]): a gated unit, a product of two branches from one fork.
  if (kind === 'multiply' && ts.length === 2 && ts.length === items.length) {
    const [a, b] = ts as [Tensor, Tensor];
    const w = a.shape?.width;
    return tensor(multiplyTraces(a.trace, b.trace, rangeOf(node)), w !== undefined && w === b.shape?.width ? (a.shape ?? NO_SHAPE) : NO_SHAPE);
  }
  // A concatenation (or a sum beyond x + f(x)) goes on along its deepest input; the others' steps
  // since they parted stay in the forward pass as branches (their layers feed what follows).
  return tensor(joinBranches(ts.map((t) => t.trace), `merging ${ts.length} tensors (${compact(node.text).slice(0, 40)})`, rangeOf(node), kind === 'add'), NO_SHAPE);
}

/** `x.shape` of a tensor whose rank is known: (batch, *dims). */
export function shapedTensorAttr(x: Tensor, attr: string): Value {
  const dims = x.shape?.dims;
  if (!dims) return UNKNOWN;
  if (attr === 'ndim') return num(dims.length + 1);
  return { k: 'seq', items: [BATCH_DIM, ...dims.map((d) => (d === undefined ? UNKNOWN : num(d)))], tuple: true };
}

/** Methods of shaped tensors: reshape/flatten and reductions keep track of the shape; the rest drop it. */
export function shapedTensorMethod(x: Tensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
  if (name === 'reshape' || name === 'view') return reshape(x, positional);
  if (name === 'mean' || name === 'max' || name === 'sum') {
    if (name === 'sum') return tensor(extend(x.trace, { type: 'opaque', reason: 'a sum over axes', range: rangeOf(node) }), NO_SHAPE);
    return tensor(x.trace, reduced(x, positional[0] ?? keyword.get('axis')));
  }
  if (name === 'astype') return x;
  return undefined;
}

export function reshape(x: Tensor, positional: Value[]): Tensor {
  const raw: Value = positional.length === 1 && positional[0]!.k === 'seq' ? positional[0]! : { k: 'seq', items: positional, tuple: true };
  if (raw.k !== 'seq' || raw.items.length < 1) return tensor(x.trace, NO_SHAPE);
  const [first, ...rest] = raw.items;
  const batch = first === BATCH_DIM || first?.k === 'unknown' || (first?.k === 'num' && first.v === -1 && rest.length > 0);
  if (!batch) return tensor(x.trace, NO_SHAPE);
  if (rest.length === 1 && rest[0]!.k === 'num' && rest[0].v === -1) return tensor(x.trace, flattenShape(x.shape ?? NO_SHAPE));
  const target = rest.map((v) => (v.k === 'num' && v.v === -1 ? undefined : dimOf(v)));
  return tensor(x.trace, reshapeShape(x.shape ?? NO_SHAPE, target, { k: 'seq', items: rest, tuple: true }));
}

/** mean/max over spatial axes (global pooling): the channels stay when the last axis is kept. */
export function reduced(x: Tensor, axis: Value | undefined): TensorShape {
  const dims = x.shape?.dims;
  const rank = dims ? dims.length + 1 : undefined;
  const axes = axis?.k === 'num' ? [axis.v] : axis?.k === 'seq' && axis.items.every((v) => v.k === 'num') ? axis.items.map((v) => (v as { v: number }).v) : undefined;
  if (!axes || rank === undefined) return NO_SHAPE;
  const norm = axes.map((a) => (a < 0 ? rank + a : a));
  if (norm.includes(0) || norm.includes(rank - 1)) return NO_SHAPE;
  const kept = dims!.filter((_, i) => !norm.includes(i + 1));
  return shapeOf(kept);
}
