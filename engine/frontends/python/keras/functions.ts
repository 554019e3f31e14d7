// Functions applied to a forward-pass tensor by name: keras.activations.*, keras.ops.* and (through
// the TensorFlow plug-in) tf.nn.* / tf.math.* activations, with the arguments that change what they
// compute; and the products of a tensor with a custom layer's own weight (`keras.ops.matmul(x,
// self.w)`, `tf.matmul(x, self.w)`), which are dense steps (keras/weights.ts).
import { rangeOf } from '../eval/nodes';
import type { Value } from '../eval/values';
import type { Tensor } from '../plugin';
import { ACTIVATION_NAMES } from '../shaped/layer-build';
import { compact, withActivation } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { kerasActivation } from './layers';
import { isKerasWeight, transposeFlag, weightProduct } from './weights';

/** keras.activations.*, keras.ops.*, tf.nn.* and tf.math.* applied to a tensor. */
export function activationCall(fn: string, where: 'keras' | 'keras.ops' | 'tf', x: Tensor, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
  const range = rangeOf(node);
  const text = compact(node.text);
  if ((fn === 'matmul' || fn === 'dot') && where !== 'keras' && isKerasWeight(positional[1])) {
    const transposed = transposeFlag(keyword.get('transpose_b') ?? (where === 'tf' ? positional[3] : undefined));
    const adjoint = transposeFlag(keyword.get('adjoint_b'));
    const other = ['transpose_a', 'adjoint_a', 'a_is_sparse', 'b_is_sparse'].some((k) => keyword.has(k) && transposeFlag(keyword.get(k)) !== false);
    if (transposed === undefined || adjoint === undefined || other || (where === 'tf' && positional.length > 3)) return withActivation(x, { opaque: text }, node);
    return weightProduct(x, positional[1], transposed || adjoint, node);
  }
  if (fn === 'gelu') {
    const approx = positional[1] ?? keyword.get('approximate');
    const tanh = approx === undefined ? where === 'keras.ops' : approx.k === 'bool' ? approx.v : undefined;
    if (tanh === undefined) return withActivation(x, { opaque: text }, node);
    return withActivation(x, { kind: tanh ? 'gelu_tanh' : 'gelu', range, text }, node);
  }
  if (fn === 'leaky_relu') {
    const s = positional[1] ?? keyword.get('negative_slope') ?? keyword.get('alpha');
    if (s !== undefined && s.k !== 'num') return withActivation(x, { opaque: text }, node);
    return withActivation(x, { kind: 'leaky_relu', param: s?.k === 'num' ? s.v : 0.2, range, text }, node);
  }
  if (!(fn in ACTIVATION_NAMES)) return undefined;
  // Extra arguments (relu's max_value, threshold) change the function: not modelled.
  if (positional.length > 1 || (fn !== 'softmax' && fn !== 'log_softmax' && keyword.size > 0 && ![...keyword.keys()].every((k) => k === 'name'))) return withActivation(x, { opaque: text }, node);
  const a = kerasActivation({ k: 'str', v: fn }, range, text);
  return a === undefined ? x : withActivation(x, a, node);
}
