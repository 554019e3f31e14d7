// The Flax plug-in (linen and nnx): the names it owns (`flax.linen.*`, `flax.nnx.*`), the module
// base classes, and module constructors (flax/modules.ts), initializers, activation and pooling
// functions, Sequential. Module objects of Flax models are applied by the shared shape-aware
// machinery (shaped/models.ts), which also runs linen's setup() and @nn.compact __call__.
import type { Ctx } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { NO_SHAPE, UNKNOWN, type Value } from '../eval/values';
import type { ClassBase, FrameworkPlugin } from '../plugin';
import type { ShapedModels } from '../shaped/models';
import { compact, tensor, withActivation } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { flaxActivation, flaxBase, flaxInitializerCall, flaxModule, flaxPath, flaxPool, flaxPoolShape } from './modules';

export class FlaxPlugin implements FrameworkPlugin {
  readonly name = 'flax';

  constructor(private readonly shaped: ShapedModels) {}

  classBase(q: string): ClassBase | undefined {
    const f = flaxBase(q);
    return f ? { framework: 'flax', linen: f === 'linen' } : undefined;
  }

  ownsName(q: string): boolean {
    return flaxPath(q) !== undefined;
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const { flavor, rest } = flaxPath(q)!;
    if (rest.startsWith('initializers.')) return flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (rest === 'with_logical_partitioning' || rest === 'with_partitioning') return positional[0] ?? UNKNOWN;
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
}
