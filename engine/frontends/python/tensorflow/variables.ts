// Raw TensorFlow variables and the products that make them layers. A variable
// (tf.Variable(initial), tf.get_variable(name, shape, initializer=...)) is a 'Parameter' layer with
// one parameter in TensorFlow's layout; what it is in the network is read where it is used:
// - tf.matmul(x, W) / x @ W: a dense step, fan_in = W.shape[0] ((in, out) layout; transpose_b: shape[1]);
// - tf.nn.conv1d/2d/3d(x, W, ...): a 'Conv' layer over its (*k, in, out) kernel (fans as TF computes them);
// - tf.add(h, b) / h + b / tf.nn.bias_add(h, b) right after such a step: b becomes that layer's bias.
// Names come from the code: `weights['h1']` for a variable held in a dict, `W1` for an assignment, else
// the text of the first product that uses it.
import type { Dim, InitSpec, Layer, ParamSpec } from '../../../model/graph';
import { extend } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { rangeOf, statementOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, type TensorShape, type Value, newModule, shapeOf } from '../eval/values';
import type { Param, Tensor } from '../plugin';
import { convShape, dimsOf, paddingOf, withWidth } from '../shaped/shapes';
import { compact, tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { argNodes, isTfInitial } from './initials';

/** A TensorFlow variable as the evaluator holds it: a parameter of its own one-layer module. */
export type TfVariable = Param;

export function isTfVariable(v: Value | undefined): v is TfVariable {
  return v?.k === 'param' && v.layer.framework === 'tensorflow' && (v.layer.kind === 'Parameter' || v.layer.kind === 'Conv') && v.layer.params[0] === v.spec;
}

/** How the code names the variable a call makes: `weights['h1']` inside a dict literal assigned to `weights`, `W1` for `W1 = ...`. */
export function nameFromContext(node: SyntaxNode): string | undefined {
  let n: SyntaxNode = node;
  // Through wrappers that keep the value: tf.Variable(...) inside a scaling or a parenthesis.
  while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'binary_operator')) n = n.parent;
  const parent = n.parent;
  if (!parent) return undefined;
  if (parent.type === 'assignment' && parent.childForFieldName('right') === n) {
    const left = parent.childForFieldName('left');
    return left && (left.type === 'identifier' || left.type === 'attribute' || left.type === 'subscript') ? left.text : undefined;
  }
  if (parent.type === 'pair' && parent.childForFieldName('value') === n) {
    const key = parent.childForFieldName('key')?.text;
    const dict = parent.parent;
    const owner = dict?.type === 'dictionary' ? nameFromContext(dict) : undefined;
    return key ? (owner ? `${owner}[${key}]` : `[${key}]`) : undefined;
  }
  return undefined;
}

/** An id for a layer from its name: `weights['h1']` -> `weights.h1`. */
export function idFromName(name: string): string {
  return name.replace(/^self\./, '').replace(/\[\s*['"]?([^'"\]]*)['"]?\s*\]/g, '.$1').replace(/[^\w.]+/g, '_').replace(/^\.+|\.+$/g, '') || 'variable';
}

/** The variable a tf.Variable / tf.get_variable call makes, with the spec of its initial values. */
export function newVariable(ctor: string, init: InitSpec, shape: Dim[], node: SyntaxNode, name: string | undefined): TfVariable {
  const role = shape.length >= 2 ? 'weight' : shape.length === 1 ? 'bias' : 'free';
  const spec: ParamSpec = { name: role === 'bias' ? 'bias' : role === 'weight' ? 'kernel' : 'variable', role, shape, init };
  const display = name ?? compact(node.text);
  const layer: Layer = {
    id: name ? idFromName(name) : '',
    name: display,
    kind: 'Parameter',
    ctor,
    framework: 'tensorflow',
    range: rangeOf(node),
    statementRange: rangeOf(statementOf(node)),
    params: [spec],
  };
  const m: ModuleObj = newModule('layer', ctor, display);
  m.framework = 'tensorflow';
  m.layer = layer;
  return { k: 'param', owner: m, name: spec.name, spec, layer };
}

/** The spec of a variable's initial value: from the op or initializer that made it, else unknown. */
export function initialSpec(v: Value | undefined, node: SyntaxNode, ctx: Ctx): { spec: InitSpec; shape: Dim[] } {
  if (isTfInitial(v)) {
    const spec = { ...v.tfInit.spec, statementRange: rangeOf(statementOf(node)) };
    return { spec, shape: v.tfInit.shape };
  }
  const spec: InitSpec = { source: 'explicit', framework: 'tensorflow', name: '?', args: { positional: [], keyword: {} }, statementRange: rangeOf(statementOf(node)), text: compact(node.text) };
  if (ctx.conditional > 0) spec.conditional = true;
  return { spec, shape: [] };
}

/** Names a variable by the text of its first use when the code gave it none (`weight_variable([...])` results). */
function nameByUse(v: TfVariable, text: string): void {
  if (!v.layer.name.startsWith(`${v.layer.ctor}(`)) return;
  v.layer.name = compact(text);
  v.owner.display = v.layer.name;
}

/** x @ W or tf.matmul(x, W): a dense step with fan-in from axis `inAxis` of W. */
export function denseStep(x: Tensor, v: TfVariable, inAxis: 0 | 1, useText: string): Tensor {
  const layer = v.layer;
  nameByUse(v, useText);
  if (layer.kind !== 'Parameter' || v.spec.shape.length !== 2) return tensor(extend(x.trace, { type: 'opaque', reason: `a product with ${layer.name}` }), NO_SHAPE);
  layer.inFeatures = v.spec.shape[inAxis];
  layer.outFeatures = v.spec.shape[1 - inAxis];
  layer.inAxis = inAxis;
  v.spec.role = 'weight';
  return tensor(extend(x.trace, { type: 'layer', layer }), withWidth(x.shape ?? NO_SHAPE, layer.outFeatures));
}

/** `strides=[1, 2, 2, 1]` (NHWC, TF1) or `strides=2` / `[2, 2]`: the spatial strides of an n-D convolution. */
function spatial(v: Value | undefined, nd: number, def: number): Dim[] {
  if (v === undefined || v.k === 'none') return Array<Dim>(nd).fill(def);
  if (v.k === 'seq' && v.items.length === nd + 2) return dimsOf({ k: 'seq', items: v.items.slice(1, -1), tuple: true }, nd);
  return dimsOf(v, nd);
}

/**
 * tf.nn.conv{1,2,3}d(input, filters, strides, padding, data_format, dilations): a 'Conv' layer over
 * the variable's (*k, in, out) kernel; NHWC output spatial sizes when they follow from the arguments.
 */
export function convStep(nd: number, x: Tensor, v: TfVariable, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Tensor {
  const layer = v.layer;
  const shape = v.spec.shape;
  nameByUse(v, argNodes(node).keyword.get('filters')?.text ?? argNodes(node).keyword.get('filter')?.text ?? argNodes(node).positional[1]?.text ?? layer.name);
  if (shape.length !== nd + 2 || (layer.kind !== 'Parameter' && layer.kind !== 'Conv')) return tensor(extend(x.trace, { type: 'opaque', reason: `a convolution with ${layer.name}` }), NO_SHAPE);
  layer.kind = 'Conv';
  layer.kernelSize = shape.slice(0, nd);
  layer.inFeatures = shape[nd];
  layer.outFeatures = shape[nd + 1];
  v.spec.role = 'weight';
  const format = keyword.get('data_format') ?? positional[4];
  if (format?.k === 'str' && format.v.startsWith('NC')) return tensor(extend(x.trace, { type: 'layer', layer }), NO_SHAPE);
  const strides = spatial(keyword.get('strides') ?? keyword.get('stride') ?? positional[2], nd, 1);
  const dilations = spatial(keyword.get('dilations') ?? keyword.get('dilation_rate'), nd, 1);
  const padding = paddingOf(keyword.get('padding') ?? positional[3], nd, undefined);
  const out: TensorShape = convShape(x.shape ?? NO_SHAPE, nd, layer.kernelSize, strides, dilations, padding, layer.outFeatures);
  return tensor(extend(x.trace, { type: 'layer', layer }), out);
}

/** h + b right after a product with a variable: b (rank 1) is that layer's bias. */
export function withBias(h: Tensor, b: TfVariable): Tensor {
  const last = h.trace.node;
  if (last?.type === 'layer' && b.spec.shape.length <= 1 && last.layer.framework === 'tensorflow' && !last.layer.params.some((p) => p.role === 'bias')) {
    b.spec.role = 'bias';
    last.layer.params.push(b.spec);
  }
  return h;
}

/** The per-example shape of a placeholder of `shape` (batch first); unknown when none is given. */
export function placeholderShape(dims: Dim[] | undefined): TensorShape {
  return dims && dims.length >= 2 ? shapeOf(dims.slice(1)) : NO_SHAPE;
}
