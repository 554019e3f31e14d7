// The Flax plug-in (linen and nnx): the names it owns (`flax.linen.*`, `flax.nnx.*`), the module
// base classes, and module constructors (flax/modules.ts), initializers, activation and pooling
// functions, Sequential, the parameters modules declare (`self.param`, `nnx.Param`, arrays held by
// nnx modules: flax/params.ts), and the lifted transforms (`nn.scan`, `nn.remat`, `nn.vmap`, ...),
// read as the module they lift. Module objects of Flax models are applied by the shared
// shape-aware machinery (shaped/models.ts), which also runs linen's setup() and @nn.compact __call__.
import type { SourceRange } from '../../../model/graph';
import { resolveInitializer } from '../../../init';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { rangeOf, statementOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, UNKNOWN, type Value } from '../eval/values';
import type { JaxArrays } from '../jax/arrays';
import type { ClassBase, FrameworkPlugin } from '../plugin';
import type { ShapedModels } from '../shaped/models';
import { compact, tensor, withActivation } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { SCAN_LENGTH_ATTR, directInit, flaxActivation, flaxBase, flaxInitializerCall, flaxModule, flaxPath, flaxPool, flaxPoolShape } from './modules';
import { bindModuleArrays, linenParam } from './params';

/**
 * Lifted transforms of a module class (flax/linen/transforms.py): `nn.scan(Block, ...)`,
 * `nn.remat(Block)`, `nn.vmap(Block, ...)` make a module with the same layers and initializers,
 * applied with its variables stacked or its computation rematerialised; initlint reads the lifted
 * module as the module itself, and `nn.scan(..., length=n)` as that module repeated n times (one
 * set of layers, a repeat node in the forward order). nnx's transforms wrap functions; they are
 * left as they were.
 */
const LIFTED = new Set(['scan', 'remat', 'checkpoint', 'vmap', 'jit', 'named_call', 'remat_scan', 'map_variables', 'add_metadata_axis', 'shard_map']);

export class FlaxPlugin implements FrameworkPlugin {
  readonly name = 'flax';

  /** Models built inline as an argument of an nnx function at module level (`nnx.split(MLP(...), nnx.Param)`). */
  private readonly inlineModels: { m: ModuleObj; statement: SourceRange }[] = [];

  constructor(
    private readonly shaped: ShapedModels,
    private readonly arrays: JaxArrays,
    private readonly interp: Interpreter,
  ) {
    shaped.flaxParam = (m, positional, keyword, ctx, node) => linenParam(interp, arrays, m, positional, keyword, ctx, node);
  }

  classBase(q: string): ClassBase | undefined {
    const f = flaxBase(q);
    return f ? { framework: 'flax', linen: f === 'linen' } : undefined;
  }

  ownsName(q: string): boolean {
    return flaxPath(q) !== undefined;
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const { flavor, rest } = flaxPath(q)!;
    if (flavor === 'nnx' && ctx.depth === 0) {
      for (const v of positional) if (v.k === 'module' && v.m.kind === 'custom' && v.m.framework === 'flax') this.inlineModels.push({ m: v.m, statement: rangeOf(statementOf(node)) });
    }
    if (rest.startsWith('initializers.')) {
      // `nn.initializers.zeros(key, shape)`: the init function itself, called on a shape.
      const fnNode = node.childForFieldName('function');
      const direct = fnNode ? directInit(q, rangeOf(fnNode), fnNode.text) : undefined;
      if (direct) return this.arrays.initialized(direct, positional, keyword, ctx, node) ?? UNKNOWN;
      return flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    }
    if (rest === 'with_logical_partitioning' || rest === 'with_partitioning') return positional[0] ?? UNKNOWN;
    // A sharding annotation on an activation: the same values.
    if (rest === 'with_logical_constraint' && positional[0]?.k === 'tensor') return positional[0];
    if (flavor === 'linen' && LIFTED.has(rest)) {
      const target = positional[0] ?? keyword.get('target') ?? keyword.get('f') ?? UNKNOWN;
      // nn.scan over a module class with a known length: the same module repeated that many times.
      const length = keyword.get('length');
      if (rest === 'scan' && (target.k === 'class' || target.k === 'partial') && length?.k === 'num' && Number.isInteger(length.v) && length.v > 0) {
        return { k: 'partial', fn: target, positional: [], keyword: new Map([[SCAN_LENGTH_ATTR, length]]) };
      }
      return target;
    }
    if (flavor === 'nnx' && (rest === 'Rngs' || rest.startsWith('Rngs.'))) return this.rngs(q, rest, positional, keyword, ctx, node);
    // nnx.Param(array): a parameter of the module it is assigned to (bound in onModuleAttr).
    if (flavor === 'nnx' && rest === 'Param') return this.arrays.asParameter(positional[0] ?? keyword.get('value') ?? UNKNOWN);
    if (rest === 'Sequential') return this.shaped.sequential('flax', flavor === 'nnx' ? { k: 'seq', items: positional, tuple: true } : (positional[0] ?? keyword.get('layers')), node, keyword, flavor);
    const x = positional[0];
    if (x?.k === 'tensor') {
      if (flaxPool(q)) return tensor(x.trace, flaxPoolShape(x.shape ?? NO_SHAPE, positional, keyword));
      const a = flaxActivation(q, keyword, positional, rangeOf(node), compact(node.text));
      if (a) return withActivation(x, a, node);
      if (/^[a-z_]+$/.test(rest)) return undefined;
    }
    if (!/^[A-Z]\w*$/.test(rest)) return undefined;
    const m = flaxModule(this.shaped.layerCall(q, rest, positional, keyword, ctx, node), flavor, rest);
    if (!m) return undefined;
    const given = keyword.get('name');
    if (given?.k === 'str') m.givenName = given.v;
    return { k: 'module', m };
  }

  /**
   * nnx.Rngs and its streams (flax/nnx/rnglib.py): `nnx.Rngs(0)` is kept as a name so that
   * `rngs.params.uniform(shape)` / `rngs.normal(shape)` read as jax.random samplers with the key
   * filled in, and `rngs.lecun_normal()` as a keyless initializer (`init(shape)`). Keys are opaque.
   */
  private rngs(q: string, rest: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (rest === 'Rngs') return { k: 'lib', name: 'flax.nnx.Rngs' };
    const method = rest.slice(rest.lastIndexOf('.') + 1);
    if (method === 'normal' || method === 'uniform' || method === 'truncated_normal') return this.arrays.draw(q, positional, keyword, ctx, node, { sampler: `jax.random.${method}`, ctor: q }) ?? UNKNOWN;
    const init = flaxInitializerCall(`flax.nnx.initializers.${method}`, positional, keyword, compact(node.text), rangeOf(node));
    if (init && resolveInitializer('flax', method) && !['normal', 'uniform', 'truncated_normal', 'orthogonal', 'constant', 'zeros', 'ones'].includes(method)) return { k: 'partial', fn: init, positional: [UNKNOWN], keyword: new Map() };
    return UNKNOWN;
  }

  /** Models the file builds only as an argument of an nnx function (no global holds them). */
  runModelBuilders(seen: Set<ModuleObj>): void {
    for (const { m, statement } of this.inlineModels) {
      if (seen.has(m)) continue;
      seen.add(m);
      const nameNode = m.classChain?.[0]?.def.childForFieldName('name');
      this.interp.addRoot(m.className, m, nameNode ? rangeOf(nameNode) : statement, statement);
    }
  }

  /** Modules built inside functions (`model = PolicyGradient()` in train()) are models too. */
  rootInstances(seen: Set<ModuleObj>): void {
    this.interp.rootUnheldInstances(seen, (m) => m.framework === 'flax');
  }

  /** Arrays assigned to a Flax module's attributes are its parameters; the value is stored as written. */
  onModuleAttr(m: ModuleObj, attr: string, value: Value): boolean {
    if (m.framework === 'flax') bindModuleArrays(this.arrays, m, attr, value);
    return false;
  }
}
