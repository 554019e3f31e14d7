// The JAX / NumPy plug-in: `jax.*` and `numpy.*` names: jax.nn activations and initializers (the
// functions Flax re-exports, read in flax/modules.ts), jax.numpy reductions and reshapes of
// forward-pass tensors, and jnp / np / jax.random arrays as dummy input batches. Created for files
// that import flax, keras or tensorflow.
import { rangeOf } from '../eval/nodes';
import { UNKNOWN, type Value } from '../eval/values';
import { flaxActivation, flaxInitializerCall } from '../flax/modules';
import type { FrameworkPlugin } from '../plugin';
import { arrayFactory, compact, reduced, reshape, tensor, withActivation } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';

export class JaxPlugin implements FrameworkPlugin {
  readonly name = 'jax';

  ownsName(q: string): boolean {
    return q.startsWith('jax.') || q.startsWith('numpy.');
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, _ctx: unknown, node: SyntaxNode): Value | undefined {
    if (q.startsWith('numpy.')) return arrayFactory(q.slice('numpy.'.length), positional, keyword);
    const init = flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (init) return init;
    const x = positional[0];
    if (x?.k === 'tensor') {
      const a = flaxActivation(q, keyword, positional, rangeOf(node), compact(node.text));
      if (a) return withActivation(x, a, node);
      if (q === 'jax.numpy.mean' || q === 'jax.numpy.max') return tensor(x.trace, reduced(x, positional[1] ?? keyword.get('axis')));
      if (q === 'jax.numpy.reshape') return reshape(x, [positional[1] ?? keyword.get('newshape') ?? keyword.get('shape') ?? UNKNOWN]);
      if (q === 'jax.numpy.asarray' || q === 'jax.numpy.array') return x;
      return undefined;
    }
    if (q.startsWith('jax.numpy.')) return arrayFactory(q.slice(10), positional, keyword);
    if (q === 'jax.random.normal' || q === 'jax.random.uniform') return arrayFactory('random.normal', positional.slice(1), keyword);
    return undefined;
  }
}
