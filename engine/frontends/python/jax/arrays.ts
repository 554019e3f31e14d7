// Arrays that JAX and NumPy code makes as weights, with how each was drawn: samplers
// (`jax.random.normal(key, (784, 512)) * scale`, `np.random.randn(m, n)`, `jnp.zeros((m, n))`),
// initializer functions called on a shape (`nn.initializers.lecun_normal()(key, shape)`), and the
// parameters Flax modules declare (`self.param(...)`, `nnx.Param(...)`, see flax/params.ts).
//
// The values stay what the evaluator already made of them (a sampler with a batch-like shape is
// still a tensor, so `model.init(key, jax.random.normal(key, (1, 784)))` reads its input shape);
// this registry only remembers, per value object, that it is an array with a shape and an init.
// A product with a forward-pass tensor (jax/products.ts) then turns it into a weight layer.
//
// Invariants: an array whose rank is unknown is never registered (it cannot be proven a weight
// matrix); a scale factor that is not a known number makes the init unknown, never guessed.
import type { ArgValue, Dim, InitSpec, Layer, SourceRange } from '../../../model/graph';
import { ROOT_TRACE } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { kids, kidsOf, rangeOf, statementOf } from '../eval/nodes';
import { type InitValue, type Value, isKnownNumber, shapeOf, toArg } from '../eval/values';
import { shapeArg } from '../shaped/shapes';
import { tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';

export interface ArrayInfo {
  /** In the array's own layout; entries undefined where unknown. Rank >= 2 (a weight matrix or kernel). */
  shape: Dim[];
  init: InitSpec;
  /** What made it, for messages: 'jax.random.normal', 'nn.initializers.lecun_normal()', "self.param('kernel')". */
  ctor: string;
  /** The expression that made it. */
  range: SourceRange;
  /** A module's parameter (linen `self.param`, an nnx attribute): the one layer every use extends. */
  bound?: Layer;
}

/** The arrays a forward-function run (a raw JAX model being read) turns into layers, and their names. */
export interface ArrayRun {
  layers: Map<ArrayInfo, Layer>;
  /** Where each array of the parameter tree sits: id ('w1', '0.0') and display (`params['w1']`). */
  names: Map<ArrayInfo, { id: string; display: string }>;
}

/** A sampler or factory as written, before it is registered. */
interface Draw {
  name: string;
  args: { positional: ArgValue[]; keyword: Record<string, ArgValue> };
  shape: Value | undefined;
  /** The syntax node of the shape argument (its entries' texts go to InitSpec.sizeTexts). */
  shapeNode?: SyntaxNode | undefined;
}

const kw = (entries: [string, Value | undefined][]): Record<string, ArgValue> => {
  const out: Record<string, ArgValue> = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = toArg(v);
  return out;
};

/** The argument nodes of a call, positional ones in order and keyword ones by name. */
function argNodes(node: SyntaxNode): { positional: SyntaxNode[]; keyword: Map<string, SyntaxNode> } {
  const positional: SyntaxNode[] = [];
  const keyword = new Map<string, SyntaxNode>();
  for (const a of kidsOf(node.childForFieldName('arguments'))) {
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) keyword.set(name, value);
    } else positional.push(a);
  }
  return { positional, keyword };
}

/**
 * jax.random / jax.numpy / numpy samplers and factories (jax/_src/random/core.py signatures):
 *   jax.random.normal(key, shape=(), dtype=None)                      N(0, 1)
 *   jax.random.uniform(key, shape=(), dtype=None, minval=0., maxval=1.) U[minval, maxval)
 *   jax.random.truncated_normal(key, lower, upper, shape=None, dtype)  N(0, 1) cut to (lower, upper)
 *   numpy.random.randn(*dims) / standard_normal(size) / normal(loc=0., scale=1., size)
 *   numpy.random.rand(*dims) / random(size) / random_sample(size) / uniform(low=0., high=1., size)
 *   jnp / np zeros(shape), ones(shape), full(shape, fill_value); jnp.empty(shape) (zeros in JAX)
 */
function readDraw(q: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, keyless: boolean): Draw | undefined {
  const nodes = argNodes(node);
  // nnx's `rngs.params.normal(shape)` is jax.random.normal with the key filled in.
  if (keyless) nodes.positional.unshift(node);
  const at = (i: number, name: string): [Value | undefined, SyntaxNode | undefined] => (keyword.has(name) ? [keyword.get(name), nodes.keyword.get(name)] : [positional[i], nodes.positional[i]]);
  const none = { positional: [], keyword: {} };
  switch (q) {
    case 'jax.random.normal': {
      const [shape, shapeNode] = at(1, 'shape');
      return { name: 'random_normal', args: none, shape, shapeNode };
    }
    case 'jax.random.uniform': {
      const [shape, shapeNode] = at(1, 'shape');
      return { name: 'random_uniform', args: { positional: [], keyword: kw([['minval', at(3, 'minval')[0]], ['maxval', at(4, 'maxval')[0]]]) }, shape, shapeNode };
    }
    case 'jax.random.truncated_normal': {
      const [shape, shapeNode] = at(3, 'shape');
      return { name: 'random_truncated_normal', args: { positional: [], keyword: kw([['lower', at(1, 'lower')[0]], ['upper', at(2, 'upper')[0]]]) }, shape, shapeNode };
    }
  }
  const np = /^numpy\.random\.(\w+)$/.exec(q)?.[1];
  if (np === 'randn' || np === 'rand') {
    // randn(d0, d1, ...): the dimensions are the arguments.
    return { name: np === 'randn' ? 'random_normal' : 'random_uniform', args: none, shape: { k: 'seq', items: positional, tuple: true }, shapeNode: node.childForFieldName('arguments') ?? undefined };
  }
  if (np === 'standard_normal' || np === 'random' || np === 'random_sample' || np === 'ranf') {
    const [shape, shapeNode] = at(0, 'size');
    return { name: np === 'standard_normal' ? 'random_normal' : 'random_uniform', args: none, shape, shapeNode };
  }
  if (np === 'normal' || np === 'uniform') {
    const [shape, shapeNode] = at(2, 'size');
    const [a, b] = np === 'normal' ? [at(0, 'loc')[0], at(1, 'scale')[0]] : [at(0, 'low')[0], at(1, 'high')[0]];
    const names: [string, string] = np === 'normal' ? ['mean', 'stddev'] : ['minval', 'maxval'];
    return { name: np === 'normal' ? 'random_normal' : 'random_uniform', args: { positional: [], keyword: kw([[names[0], a], [names[1], b]]) }, shape, shapeNode };
  }
  const fill = /^(jax\.numpy|numpy)\.(zeros|ones|full|empty)$/.exec(q);
  if (fill && !(fill[1] === 'numpy' && fill[2] === 'empty')) {
    const [shape, shapeNode] = at(0, 'shape');
    if (fill[2] === 'full') return { name: 'constant', args: { positional: [], keyword: kw([['value', at(1, 'fill_value')[0]]]) }, shape, shapeNode };
    return { name: fill[2] === 'ones' ? 'ones' : 'zeros', args: none, shape, shapeNode };
  }
  return undefined;
}

/** The source texts of a shape argument's entries (`(d_in, 512)` -> ['d_in', '512']), for fixes. */
function sizeTexts(shapeNode: SyntaxNode | undefined, rank: number): string[] | undefined {
  if (!shapeNode) return undefined;
  const items = shapeNode.type === 'tuple' || shapeNode.type === 'list' || shapeNode.type === 'argument_list' ? kids(shapeNode).filter((c) => c.type !== 'keyword_argument') : [shapeNode];
  const texts = items.map((c) => c.text);
  return texts.length === rank ? texts : undefined;
}

export class JaxArrays {
  private readonly infos = new WeakMap<object, ArrayInfo>();
  /** The raw JAX model whose forward function is being run (jax/models.ts), if any. */
  run: ArrayRun | undefined;

  info(v: Value | undefined): ArrayInfo | undefined {
    return v ? this.infos.get(v) : undefined;
  }

  /**
   * A sampler or factory call: the value the evaluator makes of it (a tensor when its shape could be
   * an input batch's), registered as an array when its rank is known to be >= 2. Undefined for
   * names that are not samplers. `as`: a keyless form (nnx `rngs.params.uniform(shape)`) read as the
   * jax.random sampler it calls.
   */
  draw(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode, as: { sampler: string; ctor: string } | undefined = undefined): Value | undefined {
    const d = readDraw(as?.sampler ?? q, as ? [{ k: 'unknown' }, ...positional] : positional, keyword, node, as !== undefined);
    if (!d) return undefined;
    const dims = shapeArg(d.shape);
    const value: Value = dims && dims.length >= 2 ? tensor(ROOT_TRACE(), shapeOf(dims.slice(1))) : { k: 'unknown' };
    if (!dims || dims.length < 2) return value;
    const init: InitSpec = { source: 'explicit', framework: 'flax', name: d.name, args: d.args, statementRange: rangeOf(statementOf(node)), callRange: rangeOf(node), text: node.text };
    const texts = sizeTexts(d.shapeNode, dims.length);
    if (texts) init.sizeTexts = texts;
    if (ctx.conditional > 0) init.conditional = true;
    this.infos.set(value, { shape: dims, init, ctor: as?.ctor ?? q, range: rangeOf(node) });
    return value;
  }

  /**
   * An initializer function called on a shape (`lecun_normal()(key, shape, dtype)`,
   * `jax.nn.initializers.zeros(key, shape)`): a registered array (never a tensor: it is no input
   * batch), or undefined when the shape's rank is unknown or below 2.
   */
  initialized(init: InitValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const shapeValue = keyword.get('shape') ?? positional[1];
    const dims = shapeArg(shapeValue);
    if (!dims || dims.length < 2) return undefined;
    const spec: InitSpec = { source: 'explicit', framework: 'flax', name: init.name, args: init.args, statementRange: rangeOf(statementOf(node)), callRange: init.range, text: node.text };
    const shapeNode = argNodes(node).keyword.get('shape') ?? argNodes(node).positional[1];
    const texts = sizeTexts(shapeNode, dims.length);
    if (texts) spec.sizeTexts = texts;
    if (ctx.conditional > 0) spec.conditional = true;
    return this.register({ shape: dims, init: spec, ctor: init.text, range: rangeOf(node) });
  }

  /**
   * A fresh value standing for an array: an unknown to the evaluator (so it never becomes an input
   * batch), or, for a draw that already was a tensor (`like`), a tensor of the same shape.
   */
  register(info: ArrayInfo, like?: Value): Value {
    const v: Value = like?.k === 'tensor' ? tensor(ROOT_TRACE(), like.shape ?? {}) : { k: 'unknown' };
    this.infos.set(v, info);
    return v;
  }

  /** The same array as a model parameter (`nnx.Param(a)`): not an input batch, so no longer a tensor. */
  asParameter(v: Value): Value {
    const info = this.info(v);
    return info ? this.register(info) : v;
  }

  /** `a * 0.1`, `a / jnp.sqrt(n)`: the same draw scaled; an unknown factor leaves the init unknown. */
  scaled(a: Value, factor: number | undefined, node: SyntaxNode): Value {
    const info = this.info(a)!;
    const init: InitSpec = factor === undefined ? { ...info.init, name: '?', args: { positional: [], keyword: {} } } : { ...info.init, multiplier: (info.init.multiplier ?? 1) * factor };
    if (factor === undefined) delete init.multiplier;
    init.callRange = rangeOf(node);
    return this.register({ ...info, init, range: rangeOf(node) }, a);
  }

  /**
   * The layer a use of the array extends: a module parameter's own layer, else the layer of the
   * raw model being read (one per array, named after its place in the parameter tree); undefined
   * outside any model (module-level code using an array is no model's forward pass).
   */
  layerFor(info: ArrayInfo): Layer | undefined {
    if (info.bound) return info.bound;
    const run = this.run;
    if (!run) return undefined;
    let layer = run.layers.get(info);
    if (!layer) {
      layer = arrayLayer(info, run.names.get(info));
      run.layers.set(info, layer);
    }
    return layer;
  }
}

/** A weight layer for an array ('Parameter': its fans come from how the forward pass uses it). */
export function arrayLayer(info: ArrayInfo, name: { id: string; display: string } | undefined, paramName?: string): Layer {
  const id = name?.id ?? '';
  const layer: Layer = {
    id,
    name: name?.display ?? info.ctor,
    kind: 'Parameter',
    ctor: info.ctor,
    framework: 'flax',
    range: info.range,
    params: [{ name: paramName ?? (id || 'w'), role: 'weight', shape: info.shape, init: info.init }],
  };
  if (info.init.statementRange) layer.statementRange = info.init.statementRange;
  return layer;
}

/** `jax.random.split(key, num=2)`: that many keys (opaque values), so `k1, k2 = split(key)` unpacks. */
export function splitKeys(positional: Value[], keyword: Map<string, Value>): Value {
  const n = positional[1] ?? keyword.get('num');
  const count = n === undefined ? 2 : isKnownNumber(n) && Number.isInteger(n.v) && n.v >= 0 && n.v <= 4096 ? n.v : undefined;
  if (count === undefined) return { k: 'unknown' };
  return { k: 'seq', items: Array.from({ length: count }, () => ({ k: 'unknown' }) as Value), tuple: true };
}
