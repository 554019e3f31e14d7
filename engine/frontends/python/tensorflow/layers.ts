// TensorFlow 1 layers outside Keras: tf.layers.dense / conv1d / conv2d / conv3d applied to a tensor
// (parameters planned by engine/init's TensorFlow table, explicit *_initializer arguments, the
// `activation=` they apply), the RNN cells (nn.rnn_cell / contrib.rnn BasicLSTMCell, LSTMCell,
// MultiRNNCell, DropoutWrapper) run by static_rnn / dynamic_rnn, and the normalization layers that
// reset the scale (tf.layers.batch_normalization, contrib.layers.batch_norm / layer_norm,
// tf.nn.batch_normalization).
import type { Activation, Layer } from '../../../model/graph';
import { planTf } from '../../../init/defaults/tensorflow';
import { extend } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { rangeOf, statementOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, type Value, newModule } from '../eval/values';
import { kerasActivation } from '../keras/layers';
import type { Tensor } from '../plugin';
import { type BuiltLayer, frameworkLayer, type LayerCall, seeInput } from '../shaped/layer-build';
import { convShape, dimsOf, paddingOf, withWidth } from '../shaped/shapes';
import { compact, tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { argNodes } from './initials';

/** A layer call as the shared layer builder reads it; `positional` is after the `inputs` argument. */
function layerCall(qualified: string, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx: Ctx): LayerCall {
  const nodes = argNodes(node);
  return {
    qualified,
    name,
    positional,
    keyword,
    range: rangeOf(node),
    text: compact(node.text),
    statementRange: rangeOf(statementOf(node)),
    argSite: (kw) => {
      const v = nodes.keyword.get(kw);
      return v ? { range: rangeOf(v), text: v.text } : undefined;
    },
    conditional: ctx.conditional > 0,
  };
}

/** A one-layer module of this reader (cells, norms and tf.layers are modules so that models can list them). */
export function layerModuleOf(layer: Layer, display: string): ModuleObj {
  const m = newModule('layer', layer.ctor, display);
  m.framework = 'tensorflow';
  m.layer = layer;
  return m;
}

/** Explicit specs replace defaults the variable scope may override (see defaults/tensorflow.ts). */
function unknownDefaults(layer: Layer): void {
  for (const p of layer.params) {
    if (p.init.source === 'default' && p.role !== 'bias') p.init = { source: 'explicit', framework: 'tensorflow', name: '?', args: { positional: [], keyword: {} }, text: 'the variable scope initializer' };
  }
}

export interface LayerApplication {
  out: Tensor;
  module: ModuleObj;
}

/**
 * tf.layers.dense(inputs, units, activation, use_bias, kernel_initializer, bias_initializer) and
 * tf.layers.conv{1,2,3}d(inputs, filters, kernel_size, strides, padding, data_format, dilation_rate,
 * activation, use_bias, kernel_initializer, ...) applied to `x`.
 */
export function tfLayer(fn: string, qualified: string, x: Tensor, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx: Ctx, scopeInitializer: boolean): LayerApplication {
  const call = layerCall(qualified, fn, positional, keyword, node, ctx);
  const kind = fn === 'dense' ? 'Linear' : 'Conv';
  const ctor = node.childForFieldName('function')?.text ?? qualified;
  const { layer, refresh } = frameworkLayer('tensorflow', kind, ctor, call, (l) => planTf(l));
  const built = layer as BuiltLayer;
  const nd = fn === 'dense' ? 0 : Number(fn.charAt(4));
  const format = fn === 'dense' ? undefined : (keyword.get('data_format') ?? positional[4]);
  const channelsFirst = format?.k === 'str' && format.v === 'channels_first';
  const width = channelsFirst ? x.shape?.dims?.[0] : x.shape?.width;
  seeInput(built, width, refresh);
  if (scopeInitializer) unknownDefaults(layer);
  let out: Tensor;
  if (fn === 'dense') {
    const units = layer.params.find((p) => p.name === 'kernel')?.shape[1];
    layer.outFeatures = units;
    out = tensor(extend(x.trace, { type: 'layer', layer }), withWidth(x.shape ?? NO_SHAPE, units));
  } else {
    const kernel = layer.params.find((p) => p.name === 'kernel')?.shape ?? [];
    layer.kernelSize = kernel.slice(0, nd);
    layer.outFeatures = kernel[nd + 1];
    const strides = dimsOf(keyword.get('strides') ?? positional[2] ?? { k: 'num', v: 1 }, nd);
    const dilation = dimsOf(keyword.get('dilation_rate') ?? positional[5] ?? { k: 'num', v: 1 }, nd);
    const padding = paddingOf(keyword.get('padding') ?? positional[3], nd, 'valid');
    const shape = channelsFirst ? NO_SHAPE : convShape(x.shape ?? NO_SHAPE, nd, layer.kernelSize, strides, dilation, padding, layer.outFeatures);
    out = tensor(extend(x.trace, { type: 'layer', layer }), shape);
  }
  const actArg = keyword.get('activation') ?? positional[fn === 'dense' ? 1 : 6];
  const actNode = argNodes(node).keyword.get('activation');
  const a = kerasActivation(actArg, actNode ? rangeOf(actNode) : undefined, actNode?.text ?? '');
  if (a && 'opaque' in a) out = tensor(extend(out.trace, { type: 'opaque', reason: a.opaque, range: layer.range }), NO_SHAPE);
  else if (a) {
    layer.activation = a as Activation;
    out = tensor(extend(out.trace, { type: 'activation', activation: a as Activation }), out.shape ?? NO_SHAPE);
  }
  return { out, module: layerModuleOf(layer, compact(node.text)) };
}

/** BasicLSTMCell(num_units, forget_bias=1.0) / LSTMCell(num_units, ..., initializer=None, ..., forget_bias=1.0). */
export function lstmCell(cls: 'BasicLSTMCell' | 'LSTMCell', qualified: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx: Ctx, scopeInitializer: boolean): ModuleObj {
  const call = layerCall(qualified, cls, positional, keyword, node, ctx);
  const ctor = node.childForFieldName('function')?.text ?? qualified;
  const { layer, refresh } = frameworkLayer('tensorflow', 'LSTM', ctor, call, (l) => planTf(l));
  if (scopeInitializer && !keyword.has('initializer')) unknownDefaults(layer);
  const m = layerModuleOf(layer, compact(node.text));
  cellRefresh.set(m, refresh);
  return m;
}

const cellRefresh = new WeakMap<ModuleObj, () => void>();

/** The cells a cell value stands for, in order (MultiRNNCell([...]) stacks them; wrappers are transparent). */
export function cellsOf(v: Value | undefined): ModuleObj[] | undefined {
  if (v?.k !== 'module') return undefined;
  if (v.m.layer?.kind === 'LSTM') return [v.m];
  if (v.m.containerKind === 'ModuleList' && v.m.framework === 'tensorflow') return [...v.m.children.values()];
  return undefined;
}

/** MultiRNNCell(cells): the cells in order. */
export function multiCell(items: Value[] | undefined, node: SyntaxNode): Value {
  const m = newModule('container', 'MultiRNNCell', compact(node.text));
  m.framework = 'tensorflow';
  // A list of cells, not a model of its own (a Sequential global would be reported as one).
  m.containerKind = 'ModuleList';
  for (const item of items ?? []) {
    const cells = cellsOf(item);
    if (!cells) return { k: 'unknown' };
    for (const c of cells) m.children.set(String(m.children.size), c);
  }
  return { k: 'module', m };
}

/**
 * static_rnn / dynamic_rnn(cell, inputs): each cell sees the previous one's output; an LSTM cell's
 * kernel rows are its input width plus its units. Returns (outputs, state).
 */
export function runCells(cells: ModuleObj[], x: Tensor): Value {
  let t = x;
  for (const c of cells) {
    const layer = c.layer as BuiltLayer;
    const refresh = cellRefresh.get(c);
    if (refresh) seeInput(layer, t.shape?.width, refresh);
    const units = layer.params.find((p) => p.name === 'bias')?.shape[0];
    layer.outFeatures = units === undefined ? undefined : units / 4;
    t = tensor(extend(t.trace, { type: 'layer', layer }), { width: layer.outFeatures });
  }
  return { k: 'seq', items: [t, { k: 'unknown' }], tuple: true };
}

/** Normalization layers that reset the scale of what reaches them. */
export function normLayer(kind: 'batch' | 'layer', x: Tensor, node: SyntaxNode): LayerApplication {
  const ctor = node.childForFieldName('function')?.text ?? 'batch_normalization';
  const layer: Layer = { id: '', name: compact(node.text), kind: 'Norm', normKind: kind, ctor, framework: 'tensorflow', range: rangeOf(node), statementRange: rangeOf(statementOf(node)), params: [] };
  return { out: tensor(extend(x.trace, { type: 'layer', layer }), x.shape ?? NO_SHAPE), module: layerModuleOf(layer, layer.name) };
}
