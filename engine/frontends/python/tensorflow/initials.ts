// Initial values and initializer objects of TensorFlow outside Keras: the ops that make a tensor of a
// given shape (tf.random.normal, tf.truncated_normal, tf.random_uniform, tf.zeros, tf.ones, tf.fill,
// tf.constant), TensorFlow's initializer objects (tf.random_normal_initializer(), tf.zeros_initializer(),
// tf.contrib.layers.xavier_initializer(), ...) as InitValues named by engine/init's TensorFlow
// catalogue (TF1/TF2 meaning resolved by the file's version), tf.initializers.* (init_ops in TF1,
// Keras in TF2), and an initializer object called on a shape. Semantics live in
// engine/init/catalogue/tensorflow.ts; this file only names things and keeps their source text.
import type { ArgValue, Dim, InitSpec, SourceRange } from '../../../model/graph';
import { resolveInitializer } from '../../../init';
import { TF_TENSOR_OPS } from '../../../init/catalogue/tensorflow';
import { ROOT_TRACE } from '../../shared/trace';
import { kids, kidsOf, rangeOf } from '../eval/nodes';
import { type InitValue, NO_SHAPE, type Value, isKnownNumber, num, shapeOf, toArg } from '../eval/values';
import type { Tensor } from '../plugin';
import { shapeArg } from '../shaped/shapes';
import { compact } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import type { TfVersion } from './version';

/**
 * A tensor made by a TensorFlow op or an initializer called on a shape: a dummy batch to the shaped
 * readers (a root tensor of the per-example shape, as np.ones((1, 784)) is), and the initial value a
 * tf.Variable or tf.get_variable takes.
 */
export type TfInitial = Tensor & { tfInit: { spec: InitSpec; shape: Dim[] } };

export function isTfInitial(v: Value | undefined): v is TfInitial {
  return v?.k === 'tensor' && 'tfInit' in v;
}

/** The syntax nodes of a call's arguments: positional ones in order, keyword values by name. */
export function argNodes(node: SyntaxNode): { positional: SyntaxNode[]; keyword: Map<string, SyntaxNode> } {
  const positional: SyntaxNode[] = [];
  const keyword = new Map<string, SyntaxNode>();
  for (const a of kidsOf(node.childForFieldName('arguments'))) {
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) keyword.set(name, value);
    } else if (a.type !== 'list_splat' && a.type !== 'dictionary_splat') positional.push(a);
  }
  return { positional, keyword };
}

const args = (positional: Value[], keyword: Map<string, Value>) => ({
  positional: positional.map(toArg),
  keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) as Record<string, ArgValue>,
});

/** The texts of a shape argument: the whole, and one per dimension when it is a list or tuple literal. */
function shapeTexts(n: SyntaxNode | undefined): { shapeText?: string; sizeTexts?: string[] } {
  if (!n) return {};
  const out: { shapeText?: string; sizeTexts?: string[] } = { shapeText: n.text };
  if (n.type === 'list' || n.type === 'tuple') out.sizeTexts = kids(n).map((c) => c.text);
  return out;
}

/** A tensor of `dims` carrying the initial value it is (see TfInitial). */
export function initialTensor(spec: InitSpec, dims: Dim[]): TfInitial {
  const t = { k: 'tensor', trace: ROOT_TRACE(), shape: dims.length >= 2 ? shapeOf(dims.slice(1)) : NO_SHAPE } as Tensor;
  return Object.assign(t, { tfInit: { spec, shape: dims } });
}

/**
 * tf.random.normal(shape, mean, stddev), tf.truncated_normal, tf.random_uniform, tf.zeros, tf.ones,
 * tf.fill(dims, value), tf.constant(value, dtype, shape): the tensor they make, with the spec of its
 * values (arguments after the shape, as engine/init's TensorFlow catalogue reads them). tf.constant
 * of a number without a shape is that number. Undefined for other paths.
 */
export function opInitial(path: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctxConditional: boolean): Value | undefined {
  const op = path.replace(/^compat\.v[12]\./, '');
  if (!TF_TENSOR_OPS.has(op) || op === 'zeros_like' || op === 'ones_like') return undefined;
  const nodes = argNodes(node);
  let shapeValue: Value | undefined;
  let shapeNode: SyntaxNode | undefined;
  let rest = positional;
  const kw = new Map(keyword);
  if (op === 'constant') {
    shapeValue = keyword.get('shape') ?? positional[2];
    shapeNode = nodes.keyword.get('shape') ?? nodes.positional[2];
    rest = positional.slice(0, 2);
    kw.delete('shape');
    const value = positional[0] ?? keyword.get('value');
    if (!shapeValue && isKnownNumber(value)) return num(value.v);
  } else {
    const key = op === 'fill' ? 'dims' : 'shape';
    shapeValue = keyword.get(key) ?? positional[0];
    shapeNode = nodes.keyword.get(key) ?? nodes.positional[0];
    rest = keyword.has(key) ? positional : positional.slice(1);
    kw.delete(key);
  }
  const dims = shapeArg(shapeValue) ?? [];
  const spec: InitSpec = {
    source: 'explicit',
    framework: 'tensorflow',
    name: op,
    args: args(rest, kw),
    callRange: rangeOf(node),
    text: compact(node.text),
    ...shapeTexts(shapeNode),
  };
  if (ctxConditional) spec.conditional = true;
  if (!shapeValue) delete spec.shapeText;
  return initialTensor(spec, shapeValue ? dims : []);
}

/** Root names whose TF1 and TF2 initializers differ in a default. */
const VERSIONED = new Set(['random_normal_initializer', 'random_uniform_initializer']);
/** tf.initializers.* lower-case names whose TF1 (init_ops) and TF2 (Keras) defaults differ. */
const VERSIONED_INITIALIZERS: Record<string, string> = {
  random_normal: 'random_normal_initializer',
  normal: 'random_normal_initializer',
  random_uniform: 'random_uniform_initializer',
  uniform: 'random_uniform_initializer',
  truncated_normal: 'initializers.truncated_normal',
};

/**
 * The initializer a TensorFlow path constructs, as engine/init names it: a TensorFlow catalogue name
 * (TF1/TF2 resolved by `version`) or a Keras one (tf.initializers.* outside TF1). Undefined for
 * anything that is no initializer.
 */
export function initializerName(path: string, version: TfVersion | undefined): { framework: 'tensorflow' | 'keras'; name: string } | undefined {
  const tf = (name: string) => (resolveInitializer('tensorflow', name) ? { framework: 'tensorflow' as const, name } : undefined);
  if (VERSIONED.has(path)) return tf(version === 'v1' ? `compat.v1.${path}` : path);
  if (/^compat\.v[12]\.\w+$/.test(path) || /^compat\.v1\.initializers\.\w+$/.test(path) || path.startsWith('contrib.layers.')) {
    if (path.startsWith('compat.v2.initializers.')) return { framework: 'keras', name: path.slice('compat.v2.initializers.'.length) };
    return tf(path);
  }
  const init = /^initializers\.(\w+)$/.exec(path)?.[1];
  if (init) {
    if (version === 'v1') return tf(`compat.v1.initializers.${init}`);
    const versioned = VERSIONED_INITIALIZERS[init];
    if (versioned) return tf(versioned);
    return resolveInitializer('keras', init) ? { framework: 'keras', name: init } : undefined;
  }
  if (/^\w+_initializer$/.test(path)) return tf(path);
  return undefined;
}

/** `tf.random_normal_initializer(stddev=0.1)` and kin: the initializer object, before it meets a shape. */
export function initializerObject(path: string, version: TfVersion | undefined, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): InitValue | undefined {
  const named = initializerName(path, version);
  if (!named) return undefined;
  return { k: 'init', framework: named.framework, name: named.name, args: args(positional, keyword), text: compact(node.text), range: rangeOf(node) };
}

/**
 * An initializer object called on a shape (`init(shape=[784, 256])`, `tf.keras.initializers.HeNormal()([n, m])`):
 * the tensor it makes. The spec's range is the call, which a fix replaces by a tensor of its own.
 */
export function calledInitializer(init: InitValue, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctxConditional: boolean): TfInitial | undefined {
  if (init.framework !== 'tensorflow' && init.framework !== 'keras') return undefined;
  const nodes = argNodes(node);
  const shapeValue = keyword.get('shape') ?? positional[0];
  const shapeNode = nodes.keyword.get('shape') ?? nodes.positional[0];
  if (!shapeValue) return undefined;
  const spec: InitSpec = {
    source: 'explicit',
    framework: init.framework,
    name: init.name,
    args: init.args,
    callRange: rangeOf(node),
    text: compact(node.text),
    ...shapeTexts(shapeNode),
  };
  if (ctxConditional) spec.conditional = true;
  return initialTensor(spec, shapeArg(shapeValue) ?? []);
}

/** A constant factor on an initial value (`tf.random_normal([n, m]) * 0.01`, `/ math.sqrt(n)`). */
export function scaledInitial(t: TfInitial, factor: number, range: SourceRange, text: string): TfInitial {
  const spec: InitSpec = { ...t.tfInit.spec, multiplier: (t.tfInit.spec.multiplier ?? 1) * factor, callRange: range, text: compact(text) };
  return Object.assign({ k: 'tensor', trace: t.trace, shape: t.shape ?? NO_SHAPE } as Tensor, { tfInit: { spec, shape: t.tfInit.shape } });
}
