// Parameters Flax modules declare themselves, beside the layers they build:
// - linen `self.param(name, init_fn, *init_args)` (in setup() or an @nn.compact __call__): Flax
//   calls `init_fn(rng, *init_args)`, so `self.param('kernel', nn.initializers.lecun_normal(),
//   (x.shape[-1], self.features))` is a lecun_normal kernel of that shape;
// - nnx `self.w = nnx.Param(init(key, shape))` and plain arrays held by an nnx module
//   (`self.w = jax.random.normal(rngs.params(), (din, dout))`), also in lists and dicts.
// Each becomes a weight layer of its module ('Parameter': fans from the product that uses it, see
// jax/products.ts), named by the module path and the parameter name, and one layer however often
// the module's call runs again.
import type { InitSpec, Layer } from '../../../model/graph';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { kidsOf, rangeOf, statementOf } from '../eval/nodes';
import { type ModuleObj, UNKNOWN, type Value } from '../eval/values';
import { arrayLayer, type ArrayInfo, type JaxArrays } from '../jax/arrays';
import { shapeArg } from '../shaped/shapes';
import { directInit } from './modules';
import type { SyntaxNode } from '../syntax';

/** Binds an array to a module parameter's layer (reusing the layer a previous run of the module made). */
function bindTo(m: ModuleObj, id: string, display: string, info: ArrayInfo): Layer {
  const existing = m.paramLayers.get(id);
  if (existing && existing.kind === 'Parameter') {
    // The module's call ran again (Flax compact modules run once per application): the same
    // parameter, its shape and init as this run read them.
    const spec = existing.params[0]!;
    spec.shape = info.shape;
    spec.init = info.init;
    return existing;
  }
  // Ids as assignPaths would give them (a compact submodule has its path before its call runs).
  const layer = arrayLayer(info, { id: m.path ? `${m.path}.${id}` : id, display: m.path ? `${m.path}.${id}` : display }, id);
  m.paramLayers.set(id, layer);
  return layer;
}

/**
 * `self.param(name, init_fn, *init_args, **init_kwargs)` of a linen module: the init function run on
 * an opaque key and the arguments, bound to the module. An init function initlint cannot read
 * still gives a weight (with an unknown init) when the first argument is a shape of rank >= 2, so
 * the layer keeps its place in the order; otherwise the value is unknown.
 */
export function linenParam(interp: Interpreter, arrays: JaxArrays, m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  const nameValue = positional[0] ?? keyword.get('name');
  const fn = positional[1] ?? keyword.get('init_fn');
  if (nameValue?.k !== 'str' || !fn) return UNKNOWN;
  const name = nameValue.v;
  const initArgs = positional.slice(2);
  const initKeyword = new Map([...keyword].filter(([k]) => k !== 'name' && k !== 'init_fn' && k !== 'unbox'));
  const argNodes = kidsOf(node.childForFieldName('arguments')).filter((a) => a.type !== 'keyword_argument');
  // An init function passed as it is (`nn.initializers.zeros`): the init is where it is written.
  const direct = fn.k === 'lib' && argNodes[1] ? directInit(fn.name, rangeOf(argNodes[1]), argNodes[1].text) : undefined;
  const value = interp.call(direct ?? fn, [UNKNOWN, ...initArgs], initKeyword, ctx, node);
  let info = arrays.info(value);
  if (info && info.init.sizeTexts === undefined && argNodes[2]) {
    // The init function saw the shape as its second argument; the texts are those written here.
    const texts = argNodes[2].type === 'tuple' || argNodes[2].type === 'list' ? kidsOf(argNodes[2]).map((c) => c.text) : undefined;
    if (texts && texts.length === info.shape.length) info = { ...info, init: { ...info.init, sizeTexts: texts } };
  }
  if (!info) {
    const dims = shapeArg(initArgs[0] ?? initKeyword.get('shape'));
    if (!dims || dims.length < 2) return value;
    const init: InitSpec = { source: 'explicit', framework: 'flax', name: '?', args: { positional: [], keyword: {} }, statementRange: rangeOf(statementOf(node)), callRange: rangeOf(argNodes[1] ?? node), text: node.text };
    if (ctx.conditional > 0) init.conditional = true;
    info = { shape: dims, init, ctor: 'self.param', range: rangeOf(node) };
  }
  const layer = bindTo(m, name, `${m.display}.param('${name}')`, { ...info, ctor: 'self.param', range: rangeOf(node) });
  return arrays.register({ ...info, bound: layer });
}

/**
 * An nnx module attribute holding arrays (`self.w = nnx.Param(...)`, `self.ws = [...]`): each array of
 * rank >= 2 becomes a parameter of the module (`w`, `ws.0`).
 */
export function bindModuleArrays(arrays: JaxArrays, m: ModuleObj, attr: string, value: Value): void {
  const walk = (v: Value, id: string, display: string, depth: number): void => {
    const info = arrays.info(v);
    if (info) {
      if (!info.bound && info.shape.length >= 2) info.bound = bindTo(m, id, display, info);
      return;
    }
    if (depth >= 3) return;
    if (v.k === 'seq') v.items.forEach((x, i) => walk(x, `${id}.${i}`, `${display}[${i}]`, depth + 1));
    else if (v.k === 'dict') for (const [k, x] of v.entries) walk(x, `${id}.${k}`, `${display}['${k}']`, depth + 1);
  };
  walk(value, attr, `self.${attr}`, 0);
}
