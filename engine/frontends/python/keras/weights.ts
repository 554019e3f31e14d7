// Weights a custom Keras layer makes itself: `self.add_weight(...)` in build() (Keras runs build
// with the input shape on the layer's first call) or in __init__. Each weight is a 'Parameter'
// layer in Keras' kernel layout (in, out), initialised with Keras' semantics:
// - Keras 3 `add_weight(*args, shape=None, initializer=None, dtype=None, trainable=True, ..., name=None)`,
//   positional order (shape, initializer, dtype); a positional string name is an error there;
// - tf.keras 2 `add_weight(name=None, shape=None, dtype=None, initializer=None, regularizer=None, trainable=None, ...)`,
//   so a first positional string is the name and the order is (name, shape, dtype, initializer);
// - no initializer: glorot_uniform for float weights, zeros otherwise (both versions; see
//   engine/init/defaults/keras.ts); no shape: a scalar.
// Used in call() as `tf.matmul(x, self.w)`, `keras.ops.matmul(x, self.w)`, `K.dot(x, self.w)` or
// `x @ self.w`, a 2-D weight is a dense step whose fan-in is its first axis (`transpose_b=True`: its
// second). Non-trainable weights (running statistics) are no layers.
import type { Layer, ParamSpec } from '../../../model/graph';
import { extend } from '../../shared/trace';
import { kids, kidsOf, rangeOf, statementOf } from '../eval/nodes';
import { type ArgSite, type ModuleObj, modulesOf, NO_SHAPE, UNKNOWN, type Value } from '../eval/values';
import type { Param, Tensor } from '../plugin';
import { initSpecFrom, type LayerCall } from '../shaped/layer-build';
import { shapeArg, withWidth } from '../shaped/shapes';
import { tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';

export const ADD_WEIGHT_CTOR = 'keras.layers.Layer.add_weight';

/** The value node of the i-th positional argument of a call. */
function positionalSite(node: SyntaxNode, i: number): ArgSite | undefined {
  const args = kidsOf(node.childForFieldName('arguments')).filter((a) => a.type !== 'keyword_argument' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
  const a = args[i];
  return a ? { range: rangeOf(a), text: a.text } : undefined;
}

/** The attribute an `self.attr = self.add_weight(...)` statement assigns, if it is one. */
function assignedAttribute(node: SyntaxNode): string | undefined {
  const stmt = statementOf(node);
  const inner = stmt.type === 'expression_statement' ? kids(stmt)[0] : undefined;
  const left = inner?.type === 'assignment' ? inner.childForFieldName('left') : undefined;
  if (left?.type !== 'attribute' || left.childForFieldName('object')?.text !== 'self') return undefined;
  return left.childForFieldName('attribute')?.text;
}

function freeKey(m: ModuleObj, base: string): string {
  if (!m.params.has(base) && !m.children.has(base)) return base;
  let i = 1;
  while (m.params.has(`${base}_${i}`) || m.children.has(`${base}_${i}`)) i++;
  return `${base}_${i}`;
}

/**
 * `self.add_weight(...)` on a Keras module: registers the weight as a 'Parameter' layer of `m`
 * and returns it. Unknown for weights that are not trained or not floating point.
 */
export function addWeight(m: ModuleObj, call: LayerCall, node: SyntaxNode): Value {
  const { positional, keyword } = call;
  const tfKeras2 = positional[0]?.k === 'str';
  const order = tfKeras2 ? ['name', 'shape', 'dtype', 'initializer', 'regularizer', 'trainable'] : ['shape', 'initializer', 'dtype'];
  const arg = (name: string): { value: Value; site: ArgSite | undefined } | undefined => {
    if (keyword.has(name)) return { value: keyword.get(name)!, site: call.argSite(name) };
    const i = order.indexOf(name);
    return i >= 0 && i < positional.length ? { value: positional[i]!, site: positionalSite(node, i) } : undefined;
  };
  const trainable = arg('trainable')?.value;
  if (trainable?.k === 'bool' && !trainable.v) return UNKNOWN;
  const dtype = arg('dtype')?.value;
  const dtypeText = dtype?.k === 'str' ? dtype.v : dtype?.k === 'lib' ? dtype.name : undefined;
  if (dtypeText !== undefined && !/float/.test(dtypeText)) return UNKNOWN;
  const rawShape = arg('shape');
  const shape = rawShape === undefined ? [] : shapeArg(rawShape.value);
  // A shape of unknown rank: not even whether this is a matrix is known.
  if (!shape) return UNKNOWN;
  const given = arg('name')?.value;
  const weightName = given?.k === 'str' ? given.v : undefined;
  const attr = assignedAttribute(node);
  const key = freeKey(m, attr ?? weightName ?? 'weight');
  const init = arg('initializer');
  let spec: ParamSpec['init'];
  if (init && init.value.k !== 'none') spec = initSpecFrom('keras', init.value, init.site, call) ?? { source: 'default', framework: 'keras', name: '', args: { positional: [], keyword: {} } };
  else if (dtype !== undefined && dtypeText === undefined) {
    // The default depends on a dtype initlint cannot read.
    spec = { source: 'explicit', framework: 'keras', name: '?', args: { positional: [], keyword: {} }, statementRange: call.statementRange };
  } else spec = { source: 'default', framework: 'keras', name: '', args: { positional: [], keyword: {} } };
  const label = weightName ?? attr ?? key;
  // Named biases and scales are what their names say whatever their rank (a mixture of experts'
  // (units, n_experts) expert_bias is no weight matrix).
  const role: ParamSpec['role'] = /(^|_)(bias|beta)$/.test(label) ? 'bias' : /(^|_)(gamma|scale)$/.test(label) ? 'gamma' : shape.length >= 2 ? 'weight' : shape.length === 1 ? 'bias' : 'free';
  const param: ParamSpec = { name: key, role, shape, init: spec };
  const layer: Layer = {
    id: m.path ? `${m.path}.${key}` : key,
    name: attr ? `self.${attr}` : `${m.display}.${label}`,
    kind: 'Parameter',
    ctor: ADD_WEIGHT_CTOR,
    framework: 'keras',
    range: call.range,
    statementRange: call.statementRange,
    params: [param],
  };
  m.params.set(key, param);
  m.paramLayers.set(key, layer);
  return { k: 'param', owner: m, name: key, spec: param, layer };
}

/** Names every add_weight layer in a model by its path ('dense_block_2.kernel'), for messages. */
export function nameWeights(root: ModuleObj): void {
  for (const m of modulesOf(root)) {
    for (const pl of m.paramLayers.values()) if (pl.ctor === ADD_WEIGHT_CTOR && pl.id) pl.access = pl.id;
  }
}

/** Whether a value is a weight a Keras layer made with add_weight. */
export function isKerasWeight(v: Value | undefined): v is Param {
  return v?.k === 'param' && v.layer.kind === 'Parameter' && v.layer.framework === 'keras';
}

/**
 * `x @ W` / `matmul(x, W)` with a 2-D add_weight kernel: a dense step (W as (in, out), or as
 * (out, in) when transposed); any other weight is a step initlint does not follow.
 */
export function weightProduct(x: Tensor, w: Param, transposed: boolean, node: SyntaxNode): Tensor {
  const layer = w.layer;
  if (w.spec.shape.length !== 2 || w.slice) return tensor(extend(x.trace, { type: 'opaque', reason: `a product with ${layer.name}`, range: rangeOf(node) }), NO_SHAPE);
  const inAxis = transposed ? 1 : 0;
  layer.inFeatures = w.spec.shape[inAxis];
  layer.outFeatures = w.spec.shape[1 - inAxis];
  layer.inAxis = inAxis;
  return tensor(extend(x.trace, { type: 'layer', layer }), withWidth(x.shape ?? NO_SHAPE, layer.outFeatures));
}

/** Keras' `input_shape` argument of build(): (None, *dims), or unknown when the rank is not known. */
export function buildShapeValue(x: Tensor): Value {
  const dims = x.shape?.dims;
  if (!dims) return UNKNOWN;
  return { k: 'seq', items: [{ k: 'none' }, ...dims.map((d): Value => (d === undefined ? UNKNOWN : { k: 'num', v: d }))], tuple: true };
}

/** `tf.matmul(a, b, transpose_b=True)` and the like: true, false, or undefined when not known. */
export function transposeFlag(v: Value | undefined): boolean | undefined {
  if (v === undefined || v.k === 'none') return false;
  return v.k === 'bool' ? v.v : undefined;
}
