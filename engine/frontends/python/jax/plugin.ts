// The JAX / NumPy plug-in: `jax.*` and `numpy.*` names. jax.nn activations and initializers (the
// functions Flax re-exports, read in flax/modules.ts), jax.numpy reductions and reshapes of
// forward-pass tensors, and jnp / np / jax.random arrays: dummy input batches when a model is
// built on them, weight arrays (jax/arrays.ts) when a forward pass multiplies by them
// (jax/products.ts), raw JAX models, a forward function applied to a parameter tree
// (jax/models.ts), and jax.example_libraries.stax models (jax/stax.ts). Created for files that
// import flax, jax, keras or tensorflow.
import type { Ctx, Interpreter } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { mathCall } from '../eval/strings-math';
import { extend } from '../../shared/trace';
import { type InitValue, type ModuleObj, NO_SHAPE, UNKNOWN, type Value, isKnownNumber, num } from '../eval/values';
import { directInit, flaxActivation, flaxInitializerCall } from '../flax/modules';
import type { FrameworkPlugin } from '../plugin';
import { arrayFactory, compact, reduced, reshape, tensor, withActivation } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { type JaxArrays, splitKeys } from './arrays';
import { RawJaxModels } from './models';
import { isStaxName, StaxReader } from './stax';
import type { ShapedModels } from '../shaped/models';
import { convStep, denseStep, einsumStep, operand } from './products';

const DOT = new Set(['jax.numpy.dot', 'numpy.dot', 'jax.lax.dot']);
const MATMUL = new Set(['jax.numpy.matmul', 'numpy.matmul']);
const CONV = new Set(['jax.lax.conv_general_dilated', 'jax.lax.conv', 'jax.lax.conv_with_general_padding']);
/** Functions of a tensor that give a per-example constant: `x - logsumexp(x, axis, keepdims=True)` is log-softmax written out. */
const PER_EXAMPLE_CONSTANT = new Set(['jax.scipy.special.logsumexp', 'jax.nn.logsumexp']);
const LOGSUMEXP = 'logsumexp (a per-example constant)';

export class JaxPlugin implements FrameworkPlugin {
  readonly name = 'jax';
  private readonly models: RawJaxModels;

  private readonly stax: StaxReader;

  constructor(
    interp: Interpreter,
    private readonly arrays: JaxArrays,
    shaped: ShapedModels,
  ) {
    this.models = new RawJaxModels(interp, arrays);
    this.stax = new StaxReader(shaped);
  }

  ownsName(q: string): boolean {
    return q.startsWith('jax.') || q.startsWith('numpy.');
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    // numpy.random.RandomState(0), default_rng(0): a generator whose methods are numpy.random's.
    if (q === 'numpy.random.RandomState' || q === 'numpy.random.default_rng' || q === 'numpy.random.Generator') return { k: 'lib', name: 'numpy.random' };
    if (isStaxName(q)) return this.stax.call(q, positional, keyword, ctx, node);
    if (q === 'jax.random.split') return splitKeys(positional, keyword);
    if (q === 'jax.numpy.sqrt' && isKnownNumber(positional[0])) return mathCall('sqrt', positional);
    const drawn = this.arrays.draw(q, positional, keyword, ctx, node);
    if (drawn) return drawn;
    const fnNode = node.childForFieldName('function');
    const direct = fnNode ? directInit(q, rangeOf(fnNode), fnNode.text) : undefined;
    if (direct) return this.arrays.initialized(direct, positional, keyword, ctx, node) ?? UNKNOWN;
    const products = this.product(q, positional, keyword);
    if (products) return products;
    if (q.startsWith('numpy.')) return arrayFactory(q.slice('numpy.'.length), positional, keyword);
    const init = flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (init) return init;
    const x = positional[0];
    if (q === 'jax.numpy.maximum' || q === 'jax.numpy.fmax') {
      // jnp.maximum(x, 0) / jnp.maximum(0, x): ReLU written out.
      const [a, b] = positional;
      const t = a?.k === 'tensor' ? a : b?.k === 'tensor' ? b : undefined;
      const other = t === a ? b : a;
      if (t && isKnownNumber(other) && other.v === 0) return withActivation(t, { kind: 'relu', range: rangeOf(node), text: compact(node.text) }, node);
      return undefined;
    }
    if (x?.k === 'tensor') {
      if (PER_EXAMPLE_CONSTANT.has(q)) return tensor(extend(x.trace, { type: 'opaque', reason: LOGSUMEXP, range: rangeOf(node) }), NO_SHAPE);
      const a = flaxActivation(q, keyword, positional, rangeOf(node), compact(node.text));
      if (a) return withActivation(x, a, node);
      if (q === 'jax.numpy.mean' || q === 'jax.numpy.max') return tensor(x.trace, reduced(x, positional[1] ?? keyword.get('axis')));
      if (q === 'jax.numpy.reshape') return reshape(x, [positional[1] ?? keyword.get('newshape') ?? keyword.get('shape') ?? UNKNOWN]);
      if (q === 'jax.numpy.asarray' || q === 'jax.numpy.array') return x;
      return undefined;
    }
    if (q.startsWith('jax.numpy.')) return arrayFactory(q.slice(10), positional, keyword);
    return undefined;
  }

  /** jnp.dot / matmul / einsum and lax convolutions of a tensor with a weight array. */
  private product(q: string, positional: Value[], keyword: Map<string, Value>): Value | undefined {
    const [a, b] = positional;
    if (DOT.has(q) || MATMUL.has(q)) {
      const kind = MATMUL.has(q) ? 'matmul' : 'dot';
      const wb = operand(this.arrays, b);
      if (a?.k === 'tensor' && wb) return denseStep(this.arrays, a, wb, kind, false);
      const wa = operand(this.arrays, a);
      if (b?.k === 'tensor' && wa) return denseStep(this.arrays, b, wa, kind, true);
      return undefined;
    }
    if (q === 'jax.numpy.einsum' || q === 'numpy.einsum') {
      const spec = a?.k === 'str' ? a.v : undefined;
      const [x, y] = positional.slice(1);
      if (positional.length !== 3) return undefined;
      const wy = operand(this.arrays, y);
      if (x?.k === 'tensor' && wy) return einsumStep(this.arrays, spec, x, wy, 1);
      const wx = operand(this.arrays, x);
      if (y?.k === 'tensor' && wx) return einsumStep(this.arrays, spec, y, wx, 0);
      return undefined;
    }
    if (CONV.has(q)) {
      const lhs = keyword.get('lhs') ?? a;
      const rhs = operand(this.arrays, keyword.get('rhs') ?? b);
      if (lhs?.k !== 'tensor' || !rhs) return undefined;
      const dn = q === 'jax.lax.conv_general_dilated' ? (keyword.get('dimension_numbers') ?? positional[6]) : undefined;
      return convStep(this.arrays, lhs, rhs, dn);
    }
    return undefined;
  }

  /** `lecun_normal()(key, shape)`: an init function called on a shape draws an array. */
  callValue(fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (fn.k !== 'init' || fn.framework !== 'flax') return undefined;
    return this.arrays.initialized(fn as InitValue, positional, keyword, ctx, node) ?? UNKNOWN;
  }

  /**
   * Arrays in arithmetic: a known factor scales the draw (`random.normal(k, s) * 0.1`), anything
   * else leaves its init unknown; `x @ W` / `W @ x` with a forward-pass tensor is a layer; an array
   * added to a tensor (a bias, a position embedding) leaves the tensor's history as it is.
   */
  binary(op: string, a: Value, b: Value, node: SyntaxNode): Value | undefined {
    // x - logsumexp(x): a per-example shift of x, whose history it keeps (the output's log-softmax).
    if (op === '-' && a.k === 'tensor' && b.k === 'tensor' && b.trace.parent === a.trace && b.trace.node?.type === 'opaque' && b.trace.node.reason === LOGSUMEXP) return a;
    const wa = operand(this.arrays, a);
    const wb = operand(this.arrays, b);
    if (!wa && !wb) return undefined;
    if (op === '@') {
      if (a.k === 'tensor' && !this.arrays.info(a) && wb) return denseStep(this.arrays, a, wb, 'matmul', false);
      if (b.k === 'tensor' && !this.arrays.info(b) && wa) return denseStep(this.arrays, b, wa, 'matmul', true);
      return undefined;
    }
    const ia = this.arrays.info(a);
    const ib = this.arrays.info(b);
    if ((op === '+' || op === '-') && a.k === 'tensor' && !ia && ib) return a;
    if (op === '+' && b.k === 'tensor' && !ib && ia) return b;
    if (ia && !(b.k === 'tensor' && !ib)) {
      if ((op === '*' || op === '/') && isKnownNumber(b)) return this.arrays.scaled(a, op === '*' ? b.v : b.v === 0 ? undefined : 1 / b.v, node);
      return this.arrays.scaled(a, undefined, node);
    }
    if (ib && !(a.k === 'tensor' && !ia)) {
      if (op === '*' && isKnownNumber(a)) return this.arrays.scaled(b, a.v, node);
      return this.arrays.scaled(b, undefined, node);
    }
    return undefined;
  }

  /** Attributes of an array held as an opaque value (a module parameter): `.value`, `.T`, `.shape`, `.ndim`. */
  valueAttr(v: Value, attr: string): Value | undefined {
    const info = this.arrays.info(v);
    if (!info) return undefined;
    if (attr === 'value' || attr === 'raw_value') return v;
    if (attr === 'T') return { k: 'method', self: v, name: 'T' };
    if (attr === 'shape') return { k: 'seq', items: info.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
    if (attr === 'ndim') return num(info.shape.length);
    return undefined;
  }

  onFunctionCall(def: SyntaxNode): void {
    this.models.noteCall(def);
  }

  onGlobal(name: string, value: Value): void {
    this.models.noteGlobal(name, value);
  }

  runModelBuilders(seen: Set<ModuleObj>): void {
    this.models.build(seen);
  }
}

