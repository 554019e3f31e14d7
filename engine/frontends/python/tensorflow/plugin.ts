// The TensorFlow plug-in, for TensorFlow outside Keras (`tensorflow.*` names that are not
// `tensorflow.keras.*`): tf.nn / tf.math activations on tensors, tf initializers
// (`tf.random_normal_initializer`, read with Keras semantics), and tf.ones / tf.zeros / tf.random
// batches as dummy inputs. Created for files that import tensorflow or keras.
import { rangeOf } from '../eval/nodes';
import type { Value } from '../eval/values';
import { activationCall } from '../keras/functions';
import { kerasInitializerCall, kerasPath } from '../keras/layers';
import type { FrameworkPlugin } from '../plugin';
import { arrayFactory, compact } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';

export class TensorFlowPlugin implements FrameworkPlugin {
  readonly name = 'tensorflow';

  ownsName(q: string): boolean {
    return q.startsWith('tensorflow.') && kerasPath(q) === undefined;
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, _ctx: unknown, node: SyntaxNode): Value | undefined {
    const path = q.slice('tensorflow.'.length);
    const init = kerasInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (init) return init;
    const x = positional[0];
    if (x?.k === 'tensor' && /^(nn\.|math\.)?\w+$/.test(path)) return activationCall(path.slice(path.lastIndexOf('.') + 1), 'tf', x, positional, keyword, node);
    if (/^(ones|zeros|random\.normal|random\.uniform)$/.test(path)) return arrayFactory(path, positional, keyword);
    return undefined;
  }
}
