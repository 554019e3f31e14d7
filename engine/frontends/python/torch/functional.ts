// PyTorch's functional forms in the forward pass: `F.relu(x)`, `torch.tanh(x)`, `F.layer_norm(x, ...)`,
// `F.linear(x, self.w)`, and the same operations as tensor methods (`x.sigmoid()`, `x.view(...)`).
import type { Layer, SourceRange } from '../../../model/graph';
import { extend } from '../../shared/trace';
import { rangeOf } from '../eval/nodes';
import { type Trace, UNKNOWN, type Value, isKnownNumber } from '../eval/values';
import type { SyntaxNode } from '../syntax';
import { FUNCTIONAL_ACTIVATIONS, SHAPE_OPS } from './modules';
import { paramLayerStep } from './parameters';

/** Functional normalizations: they reset the scale of what they normalize. */
const FUNCTIONAL_NORMS: Record<string, Layer['normKind']> = {
  normalize: 'layer',
  layer_norm: 'layer',
  rms_norm: 'rms',
  group_norm: 'group',
  batch_norm: 'batch',
  instance_norm: 'instance',
};

/** `F.name(x, ...)` / `torch.name(x, ...)` on a forward-pass tensor; undefined when not modelled. */
export function functional(fnName: string, x: { k: 'tensor'; trace: Trace }, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
  const act = FUNCTIONAL_ACTIVATIONS[fnName];
  if (act) {
    let kind = act.kind;
    const activation: { kind: typeof kind; param?: number; range: SourceRange; text: string } = { kind, range: rangeOf(node), text: node.text };
    if (kind === 'gelu') {
      const approx = keyword.get('approximate');
      if (approx?.k === 'str' && approx.v === 'tanh') kind = activation.kind = 'gelu_tanh';
    }
    if (act.slopeArg) {
      const v = positional[act.slopeArg.index] ?? keyword.get(act.slopeArg.keyword);
      if (v === undefined) activation.param = act.slopeArg.default;
      else if (isKnownNumber(v)) activation.param = v.v;
      else return { k: 'tensor', trace: extend(x.trace, { type: 'opaque', reason: `${fnName} with an unknown parameter`, range: rangeOf(node) }) };
    }
    return { k: 'tensor', trace: extend(x.trace, { type: 'activation', activation }) };
  }
  if (SHAPE_OPS.has(fnName)) return x;
  const normKind = FUNCTIONAL_NORMS[fnName];
  if (normKind) {
    const layer: Layer = { id: `${fnName}@${node.startPosition.row}:${node.startPosition.column}`, name: node.text.slice(0, 40), kind: 'Norm', normKind, ctor: `torch.nn.functional.${fnName}`, framework: 'pytorch', range: rangeOf(node), params: [] };
    return { k: 'tensor', trace: extend(x.trace, { type: 'layer', layer }) };
  }
  if (fnName === 'linear' && positional[1]?.k === 'param') return { k: 'tensor', trace: paramLayerStep(x.trace, positional[1], 1) };
  if ((fnName === 'matmul' || fnName === 'mm') && positional[1]?.k === 'param') return { k: 'tensor', trace: paramLayerStep(x.trace, positional[1], 0) };
  return undefined;
}

/** Tensor methods in the forward pass (`x.relu()`, `x.view(...)`, `x.matmul(self.w)`); undefined for others. */
export function tensorMethod(x: Value & { k: 'tensor' }, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
  if (FUNCTIONAL_ACTIVATIONS[name]) return functional(name, x, [x, ...positional], keyword, node);
  if (SHAPE_OPS.has(name)) return x;
  if (name === 'size' || name === 'dim') return UNKNOWN;
  if (name === 'matmul' && positional[0]?.k === 'param') return { k: 'tensor', trace: paramLayerStep(x.trace, positional[0], 0) };
  return undefined;
}
