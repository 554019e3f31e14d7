// PyTorch parameters: tensors made by factories (`torch.randn(n, m) * 0.1`) before they become
// free parameters (`self.w = nn.Parameter(...)`, modelled as 'Parameter' layers), and the explicit
// initialisations written on parameters: `nn.init.*(p)`, in-place methods (`p.data.normal_(0, s)`,
// `p.zero_()`, `p.copy_(t)`), and scaling (`p *= s`, `p.mul_(s)`).
import type { ArgValue, InitSpec, Layer, ParamSpec, SourceRange } from '../../../model/graph';
import { extend } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { kids, kidsOf, rangeOf, statementOf } from '../eval/nodes';
import { type ModuleObj, type Trace, UNKNOWN, type Value, isKnownNumber, num, toArg } from '../eval/values';
import type { SyntaxNode } from '../syntax';

/** A tensor made by a factory (torch.randn(...) * 0.1) before it becomes a parameter. */
export interface NewTensor {
  k: 'lib';
  name: '__newtensor__';
  /** The factory (`randn`), or the nn.init function applied to it since (`normal_` on `torch.empty(...)`). */
  factory: string;
  shape: (number | undefined)[];
  args: { positional: ArgValue[]; keyword: Record<string, ArgValue> };
  multiplier: number;
  text: string;
  range: SourceRange;
  sizeTexts?: string[];
  /** How the code names the tensor an nn.init call was applied to (`t`), for replacement fixes. */
  targetText?: string;
  /** The statement that made it, and whether it ran under a condition initlint cannot decide. */
  statement?: SyntaxNode;
  conditional?: boolean;
  /** What the code assigned it to (`W1`, `self.weight`), for messages. */
  boundName?: string;
}

/** `nn.Parameter(t)` before it is assigned to a module attribute. */
export interface NewParam {
  k: 'lib';
  name: '__newparam__';
  tensor: NewTensor;
}

export function isNewTensor(v: Value): v is Value & NewTensor {
  return v.k === 'lib' && v.name === '__newtensor__';
}

export function isNewParam(v: Value): v is Value & NewParam {
  return v.k === 'lib' && v.name === '__newparam__';
}

export function newParam(tensor: NewTensor): Value {
  return { k: 'lib', name: '__newparam__', ...({ tensor } as object) } as Value;
}

/** The target of the assignment whose value `node` is part of (`W1 = torch.randn(...) * 0.1` -> 'W1'). */
function boundNameOf(node: SyntaxNode): string | undefined {
  for (let n: SyntaxNode | null = node; n && n.type !== 'block' && n.type !== 'module'; n = n.parent) {
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      return left && /^(identifier|attribute|subscript)$/.test(left.type) ? left.text : undefined;
    }
    // Inside a call's arguments or a collection the value is not what the assignment binds.
    if (n !== node && (n.type === 'argument_list' || n.type === 'list' || n.type === 'tuple' || n.type === 'dictionary')) return undefined;
  }
  return undefined;
}

export function newTensor(factory: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx?: Ctx): Value {
  let sizeArgs = positional;
  let fill: Value | undefined;
  if (factory === 'full') {
    sizeArgs = positional[0] ? [positional[0]] : [];
    fill = positional[1] ?? keyword.get('fill_value');
  }
  if (sizeArgs.length === 1 && sizeArgs[0]!.k === 'seq') sizeArgs = sizeArgs[0].items;
  const shape = sizeArgs.map((v) => (isKnownNumber(v) ? v.v : undefined));
  const t: NewTensor = {
    k: 'lib',
    name: '__newtensor__',
    factory: factory === 'Tensor' || factory === 'FloatTensor' ? 'empty' : factory.replace(/_like$/, ''),
    shape,
    args: { positional: factory === 'full' ? [null, fill ? toArg(fill) : undefined] : [], keyword: fill ? { fill_value: toArg(fill) } : {} },
    multiplier: 1,
    text: node.text,
    range: rangeOf(node),
    statement: statementOf(node),
  };
  if (ctx && ctx.conditional > 0) t.conditional = true;
  const bound = boundNameOf(node);
  if (bound) t.boundName = bound;
  if (factory === 'eye') t.shape = [shape[0], shape[1] ?? shape[0]];
  const argNodes = kidsOf(node.childForFieldName('arguments')).filter((c): c is SyntaxNode => !!c && c.type !== 'comment' && c.type !== 'keyword_argument') ?? [];
  const sizeNodes = factory === 'full' ? argNodes.slice(0, 1) : argNodes;
  const texts = sizeNodes.length === 1 && (sizeNodes[0]!.type === 'tuple' || sizeNodes[0]!.type === 'list') ? kids(sizeNodes[0]!).filter((c): c is SyntaxNode => !!c).map((c) => c.text) : sizeNodes.map((c) => c.text);
  if (texts.length === shape.length) t.sizeTexts = texts;
  return t as unknown as Value;
}

/** `self.w = nn.Parameter(torch.randn(n, m) * s)`: a free parameter, modelled as a 'Parameter' layer. */
export function registerParam(m: ModuleObj, attr: string, t: NewTensor, ctx: Ctx, stmt: SyntaxNode, display = `self.${attr}`): void {
  const init = factoryInit(t, ctx, stmt);
  const existingLayer = m.layer?.params.find((p) => p.name === attr);
  if (existingLayer) {
    existingLayer.init = init;
    return;
  }
  const shape = t.shape;
  const spec: ParamSpec = { name: attr, role: shape.length >= 2 ? 'weight' : shape.length === 1 ? 'bias' : 'free', shape, init };
  const layer: Layer = {
    id: m.path ? `${m.path}.${attr}` : attr,
    name: display,
    kind: 'Parameter',
    ctor: 'nn.Parameter',
    framework: 'pytorch',
    range: t.range,
    statementRange: rangeOf(stmt),
    params: [spec],
  };
  m.params.set(attr, spec);
  m.paramLayers.set(attr, layer);
}

export function factoryInit(t: NewTensor, ctx: Ctx, stmt: SyntaxNode): InitSpec {
  const init: InitSpec = {
    source: 'explicit',
    framework: 'pytorch',
    name: t.factory,
    args: t.args,
    statementRange: rangeOf(stmt),
    callRange: t.range,
    text: t.text,
  };
  if (t.multiplier !== 1) init.multiplier = t.multiplier;
  if (t.sizeTexts) init.sizeTexts = t.sizeTexts;
  if (t.targetText) init.targetText = t.targetText;
  if (ctx.conditional > 0) init.conditional = true;
  return init;
}

export function scaleInit(spec: ParamSpec, factor: number): void {
  spec.init = { ...spec.init, multiplier: (spec.init.multiplier ?? 1) * factor };
}

/**
 * `nn.init.<name>(p, ...)` or `p.<name>(...)` (method) sets the parameter's initialization.
 * `target` spells the tensor when the call names something else (mmcv's `normal_init(self.fc)`
 * sets `self.fc.weight`).
 */
export function setInit(p: Value & { k: 'param' }, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode, method = false, target?: string): void {
  const stmt = statementOf(node);
  const fnNode = node.childForFieldName('function');
  const targetNode = method ? fnNode?.childForFieldName('object') : kidsOf(node.childForFieldName('arguments')).find((c) => c && c.type !== 'comment' && c.type !== 'keyword_argument');
  const init: InitSpec = {
    source: 'explicit',
    framework: 'pytorch',
    name,
    args: { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) },
    statementRange: rangeOf(stmt),
    callRange: rangeOf(node),
    text: node.text,
  };
  if (target) init.targetText = target;
  else if (targetNode) init.targetText = targetNode.text.replace(/\.data$/, '');
  if (ctx.conditional > 0) {
    init.conditional = true;
    ctx.branchInits?.record(p.spec, init);
  }
  p.spec.init = init;
}

/**
 * `nn.init.<name>(t, ...)` on a tensor not yet a parameter (`t = torch.empty(n, m)`, then copied
 * in with `w.data.copy_(t)`): the tensor now carries that initialization, written at this call.
 */
export function initTensor(t: NewTensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, method = false): void {
  t.factory = name;
  t.args = { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) };
  t.multiplier = 1;
  t.text = node.text;
  t.range = rangeOf(node);
  const target = method
    ? node.childForFieldName('function')?.childForFieldName('object')
    : kidsOf(node.childForFieldName('arguments')).find((c) => c && c.type !== 'comment' && c.type !== 'keyword_argument');
  if (target) t.targetText = target.text.replace(/\.data$/, '');
  delete t.sizeTexts;
}

export function paramMethod(p: Value & { k: 'param' }, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  if (p.slice && name.endsWith('_')) {
    // An in-place op on a slice (an LSTM's forget-gate bias filled with 1) sets part of it.
    p.spec.partial = true;
    return p;
  }
  switch (name) {
    case 'normal_':
    case 'uniform_':
    case 'zero_':
    case 'fill_':
    case 'bernoulli_':
    case 'exponential_':
      setInit(p, name, positional, keyword, ctx, node, true);
      return p;
    case 'copy_': {
      const src = positional[0];
      if (src && isNewTensor(src)) p.spec.init = factoryInit(src, ctx, statementOf(node));
      else setInit(p, 'copy_', [], new Map(), ctx, node, true);
      return p;
    }
    case 'mul_':
    case 'div_':
      if (isKnownNumber(positional[0])) scaleInit(p.spec, name === 'mul_' ? positional[0].v : 1 / positional[0].v);
      else setInit(p, name, [], new Map(), ctx, node, true);
      return p;
    case 'dim':
      return num(p.spec.shape.length);
    case 'size': {
      if (isKnownNumber(positional[0])) {
        const d = p.spec.shape.at(positional[0].v);
        return d === undefined ? UNKNOWN : num(d);
      }
      return { k: 'seq', items: p.spec.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
    }
    case 'numel': {
      const n = p.spec.shape.reduce<number | undefined>((a, d) => (a === undefined || d === undefined ? undefined : a * d), 1);
      return n === undefined ? UNKNOWN : num(n);
    }
    case 'requires_grad_':
    case 'detach':
    case 'clone':
      return p;
    default:
      return UNKNOWN;
  }
}

/** `x @ W` (W as (in, out), inAxis 0) or `F.linear(x, W)` (W as (out, in), inAxis 1). */
export function paramLayerStep(trace: Trace, p: Value & { k: 'param' }, inAxis: 0 | 1): Trace {
  const layer = p.layer;
  // A weight used the other way round elsewhere (`dh @ W1.T` in a hand-written backward pass) is
  // no forward step: its fans stay those of its first use.
  if (layer.kind === 'Parameter' && layer.inAxis !== undefined && layer.inAxis !== inAxis) return extend(trace, { type: 'opaque', reason: `a product with ${layer.name} transposed` });
  if (layer.kind === 'Parameter' && p.spec.shape.length === 2) {
    layer.inFeatures = p.spec.shape[inAxis];
    layer.outFeatures = p.spec.shape[1 - inAxis];
    layer.inAxis = inAxis;
    return extend(trace, { type: 'layer', layer });
  }
  return extend(trace, { type: 'opaque', reason: `a product with ${layer.name}` });
}

export function scaledTensor(t: NewTensor, factor: number, node: SyntaxNode): Value {
  // `W = torch.randn(n, m) * s`: the scaled expression is where the init is written. `w *= s`
  // scales in place: the init stays where the tensor was made (and filled).
  const inPlace = node.type === 'augmented_assignment';
  const scaled: NewTensor = { ...t, multiplier: t.multiplier * factor, ...(inPlace ? {} : { range: rangeOf(node), text: node.text }) };
  return scaled as unknown as Value;
}


export function unknownTensor(node: SyntaxNode): NewTensor {
  return { k: 'lib', name: '__newtensor__', factory: 'unknown', shape: [], args: { positional: [], keyword: {} }, multiplier: 1, text: node.text, range: rangeOf(node) };
}
