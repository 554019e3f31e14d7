// TF.js models as the reader builds them: tf.sequential with model.add, tf.model over
// tf.layers.*(...).apply chains of symbolic tensors, layers built on their first connection with
// the input size TF.js infers from the previous layer's output shape (layers.ts). A layer added or
// applied under an undecidable condition cuts the chain (an `opaque` node) and its initializers are
// conditional; x + f(x) through tf.layers.add is a residual block.
import type { ArgValue, GraphNode, Layer, SourceRange } from '../../../model/graph';
import { walkLayers } from '../../../model/graph';
import { describeParam } from '../../../init';
import { commonAncestor, extend, extendAll, isAncestor, multiplyTraces, nodesSince, ROOT_TRACE, type Trace } from '../../shared/trace';
import type { Ctx, EvalHost } from '../eval/plugin';
import { UNKNOWN, type Value } from '../eval/values';
import type { TS } from '../ts';
import { ACTIVATION_LAYERS, activationLayer, buildWeighted, Config, configActivation, declaredInputShape, initKeywords, lastDim, MERGE_LAYERS, mergeShape, outputShape, PASS_THROUGH, WEIGHTED, type BuildContext } from './layers';
import { nonFiniteKeys, validateConfig } from './validate';
import { asKind, initValue, layerValue, modelValue, tensorValue, type InitObj, type LayerObj, type ModelObj, type Shape, type TensorVal } from './values';

/** What connecting a layer object to an input gives: its graph nodes, its output shape, its IR layer. */
export interface Connection {
  nodes: GraphNode[];
  out: Shape | undefined;
  layer?: Layer;
  /** Several layers (a custom layer's weights), when not one. */
  layers?: Layer[];
}

/** Connects what is not a tf.layers layer object (a custom layer instance; `first`: the model's first layer); undefined: not one. */
export type CustomConnect = (v: Value, inShape: Shape | undefined, first: boolean, conditional: boolean, ctx: Ctx, site: TS.Node) => Connection | undefined;

export class ModelGraphs {
  private readonly layerCounts = new Map<string, number>();
  private readonly layerIds = new Set<string>();
  /** Next free `#k` suffix per repeated layer name (a name used thousands of times must not be probed from 2 each time). */
  private readonly idSuffix = new Map<string, number>();
  /** The factory run that builds models now ("kind = 'cnn'"), if any. */
  variant: string | undefined;
  /** Called with each model made. */
  onModel: (m: ModelObj) => void = () => {};
  /** Custom layers (user subclasses of tf.layers.Layer). */
  customConnect: CustomConnect = () => undefined;

  constructor(private readonly host: EvalHost) {}

  private rangeOf(node: TS.Node): SourceRange {
    return this.host.rangeOf(node);
  }

  private noteProblems(what: string, node: TS.Node, problems: string[]): void {
    if (problems.length === 0) return;
    const line = this.rangeOf(node).start.line + 1;
    this.host.note(`${what} at line ${line}: ${problems.join('; ')}; initlint treats ${problems.length === 1 ? 'it' : 'them'} as unknown`, this.rangeOf(node));
  }

  // ---------------------------------------------------------------- objects

  makeInit(name: string, node: TS.Node, config: Value | undefined): Value {
    const bad = nonFiniteKeys(config);
    if (bad.length) this.noteProblems(this.host.textOf(node).split('(')[0]!, node, bad.map((k) => `${k} is not a finite number`));
    const i: InitObj = { name, keyword: initKeywords(name, config), range: this.rangeOf(node), text: this.host.textOf(node) };
    return initValue(i);
  }

  /** An initializer as written in a config: a tf.initializers object, or a {className, config} literal. */
  readonly initObjOf = (v: Value): { name: string; keyword: Record<string, ArgValue>; text: string; range: SourceRange } | undefined => {
    const init = asKind(v, 'init');
    if (init) return init.i;
    if (v.k === 'obj') {
      const cn = v.props.get('className')?.value;
      if (cn?.k !== 'str') return undefined;
      const cfg = v.props.get('config')?.value;
      return { name: cn.v, keyword: initKeywords(cn.v, cfg ?? { k: 'undef' }), text: v.node ? this.host.textOf(v.node) : cn.v, range: v.node ? this.rangeOf(v.node) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    }
    return undefined;
  };

  makeLayer(factory: string, ctorText: string, call: TS.CallExpression, config: Value | undefined, ctx: Ctx): Value {
    this.host.progress();
    const l: LayerObj = {
      factory,
      ctorText,
      call,
      config: config?.k === 'obj' ? config : undefined,
      configUnknown: config !== undefined && config.k !== 'obj' && config.k !== 'undef',
      ...(this.host.statement ? { statement: this.host.statement } : {}),
      ...(ctx.fnName ? { fnName: ctx.fnName } : {}),
    };
    return layerValue(l);
  }

  private readonly configs = new WeakMap<LayerObj, Config>();

  configOf(l: LayerObj): Config {
    let c = this.configs.get(l);
    if (!c) {
      const v = validateConfig(l.factory, l.config);
      this.noteProblems(l.ctorText, l.call, v.problems);
      c = new Config(l.config, l.configUnknown, v.invalid);
      this.configs.set(l, c);
    }
    return c;
  }

  makeInput(config: Value | undefined, ctx: Ctx, node: TS.Node): Value {
    this.host.progress();
    const obj = config?.k === 'obj' ? config : undefined;
    const v = validateConfig('input', obj);
    this.noteProblems(this.host.textOf(node).split('(')[0]!, node, v.problems);
    const c = new Config(obj, config !== undefined && config.k !== 'obj', v.invalid);
    const shape = c.shape('shape');
    const batch = c.shape('batchShape');
    const s: Shape | undefined = shape ? { dims: shape, rankKnown: true } : batch && batch.length ? { dims: batch.slice(1), rankKnown: true } : undefined;
    return tensorValue({ trace: ROOT_TRACE(), shape: s, side: [], cond: ctx.conditional });
  }

  private newModel(kind: ModelObj['kind'], site: TS.Node, ctx: Ctx): ModelObj {
    this.host.progress();
    return {
      kind,
      site,
      nodes: [],
      layers: [],
      layerSet: new Set(),
      count: 0,
      shape: undefined,
      started: false,
      range: this.rangeOf(site),
      condDepth: ctx.conditional,
      entries: [],
      ...(ctx.fnName ? { fnName: ctx.fnName } : {}),
      ...(this.variant ? { variant: this.variant } : {}),
    };
  }

  makeSequential(site: TS.Node, config: Value | undefined, ctx: Ctx): Value {
    const m = this.newModel('sequential', site, ctx);
    if (config?.k === 'obj') {
      const name = config.props.get('name')?.value;
      if (name?.k === 'str') m.configName = name.v;
      const layers = config.props.get('layers')?.value;
      if (layers?.k === 'arr') for (const l of layers.items) this.addToSequential(m, l, site, ctx);
      else if (layers && layers.k !== 'undef') m.nodes.push({ type: 'opaque', reason: 'layers initlint cannot resolve', range: this.rangeOf(site) });
    }
    this.onModel(m);
    return modelValue(m);
  }

  makeFunctional(site: TS.Node, config: Value | undefined, ctx: Ctx): Value {
    const m = this.newModel('functional', site, ctx);
    const c = config?.k === 'obj' ? config : undefined;
    const name = c?.props.get('name')?.value;
    if (name?.k === 'str') m.configName = name.v;
    const tensors = (v: Value | undefined): TensorVal[] | undefined => {
      const one = asKind(v, 'tensor');
      if (one) return [one.t];
      if (v?.k === 'arr') {
        const ts = v.items.map((x) => asKind(x, 'tensor')?.t);
        if (ts.every((t) => t !== undefined)) return ts as TensorVal[];
      }
      return undefined;
    };
    const outputs = tensors(c?.props.get('outputs')?.value);
    const inputs = tensors(c?.props.get('inputs')?.value);
    if (inputs) m.inputs = inputs;
    if (!outputs || outputs.length === 0) {
      // Nothing to read: not a model initlint reports.
      return modelValue(m);
    }
    m.outputs = outputs;
    const first = outputs[0]!;
    const nodes = nodesSince(first.trace, null);
    const side = new Set<Layer>(first.side);
    for (const other of outputs.slice(1)) {
      const ca = commonAncestor(first.trace, other.trace);
      for (const l of walkLayers(nodesSince(other.trace, ca ?? null))) side.add(l);
      for (const l of other.side) side.add(l);
    }
    m.nodes = nodes;
    const layers: Layer[] = [];
    const seen = new Set<Layer>();
    for (const l of walkLayers(nodes)) if (!seen.has(l)) (seen.add(l), layers.push(l));
    for (const l of side) if (!seen.has(l)) (seen.add(l), layers.push(l));
    m.layers = layers;
    m.layerSet = seen;
    this.onModel(m);
    return modelValue(m);
  }

  // ---------------------------------------------------------------- connections

  /** The IR layer of a layer object for an input shape (built on its first connection). */
  connect(l: LayerObj, inShape: Shape | undefined, conditional: boolean, ctx: Ctx): Connection {
    const c = this.configOf(l);
    const factory = l.factory;
    const callRange = this.rangeOf(l.call);
    const kind = WEIGHTED[factory];
    if (kind) {
      if (!l.built) l.built = this.buildLayer(l, kind, c, inShape, conditional);
      const layer = l.built;
      const nodes: GraphNode[] = [{ type: 'layer', layer }];
      if (kind !== 'LSTM' && kind !== 'GRU' && kind !== 'RNN' && kind !== 'Embedding' && kind !== 'Norm') {
        const act = configActivation(c, (p) => (p.valueNode ? this.rangeOf(p.valueNode) : undefined), (p) => (p.valueNode ? this.host.textOf(p.valueNode) : undefined));
        if (act === 'unmodelled') nodes.push({ type: 'opaque', reason: `an activation initlint does not model`, range: callRange });
        else if (act) {
          nodes.push({ type: 'activation', activation: act });
          layer.activation = act;
        }
      }
      return { nodes, out: outputShape(factory, c, inShape), layer };
    }
    if (ACTIVATION_LAYERS.has(factory)) {
      const a = activationLayer(factory, c);
      const text = this.host.textOf(l.call);
      if (a === 'unmodelled') return { nodes: [{ type: 'opaque', reason: `${l.ctorText} with settings initlint does not model`, range: callRange }], out: inShape };
      if (!a) return { nodes: [], out: inShape };
      return { nodes: [{ type: 'activation', activation: { kind: a.kind, ...(a.param !== undefined ? { param: a.param } : {}), range: callRange, text } }], out: inShape };
    }
    if (PASS_THROUGH.has(factory)) return { nodes: [], out: outputShape(factory, c, inShape) };
    if (factory === 'timeDistributed' || factory === 'bidirectional') {
      const inner = asKind(c.value('layer'), 'layer');
      if (inner) {
        if (factory === 'timeDistributed') {
          const sub: Shape | undefined = inShape && inShape.rankKnown ? { dims: inShape.dims.slice(1), rankKnown: true } : inShape ? { dims: [lastDim(inShape)], rankKnown: false } : undefined;
          const r = this.connect(inner.l, sub, conditional, ctx);
          const out = r.out && inShape?.rankKnown && r.out.rankKnown ? { dims: [inShape.dims[0], ...r.out.dims], rankKnown: true } : r.out ? { dims: [lastDim(r.out)], rankKnown: false } : undefined;
          return { ...r, out };
        }
        const r = this.connect(inner.l, inShape, conditional, ctx);
        const merge = c.str('mergeMode', 'concat');
        const u = lastDim(r.out);
        const out: Shape | undefined = r.out ? { dims: [...r.out.dims.slice(0, -1), merge === 'concat' ? (u === undefined ? undefined : 2 * u) : merge === undefined ? undefined : u], rankKnown: r.out.rankKnown } : undefined;
        return { nodes: [...r.nodes, { type: 'opaque', reason: 'a bidirectional wrapper', range: callRange }], out, ...(r.layer ? { layer: r.layer } : {}) };
      }
    }
    return { nodes: [{ type: 'opaque', reason: `${l.ctorText} is not modelled`, range: callRange }], out: nonWeightedShape(factory, c, inShape) };
  }

  /** A layer id unique in the file, even when a config name repeats one. */
  uniqueId(base: string): string {
    if (!this.layerIds.has(base)) {
      this.layerIds.add(base);
      return base;
    }
    let k = this.idSuffix.get(base) ?? 2;
    while (this.layerIds.has(`${base}#${k}`)) k++;
    this.idSuffix.set(base, k + 1);
    const id = `${base}#${k}`;
    this.layerIds.add(id);
    return id;
  }

  /** The running count of layers made by a factory (dense_1, dense_2, ...). */
  nextIndex(factory: string): number {
    const n = (this.layerCounts.get(factory) ?? 0) + 1;
    this.layerCounts.set(factory, n);
    return n;
  }

  private buildLayer(l: LayerObj, kind: NonNullable<(typeof WEIGHTED)[string]>, c: Config, inShape: Shape | undefined, conditional: boolean): Layer {
    const n = this.nextIndex(l.factory);
    const name = c.str('name');
    // Ids key the analysis's per-layer facts: unique in the file even when a config name repeats one.
    const id = this.uniqueId(name ?? `${l.factory}_${n}`);
    const range = this.rangeOf(l.call);
    const line = range.start.line + 1;
    const ctx: BuildContext = { rangeOf: (x) => this.rangeOf(x), textOf: (x) => this.host.textOf(x), conditional };
    const layer = buildWeighted(
      l.factory,
      kind,
      c,
      inShape,
      {
        id,
        name: name ?? `${l.factory}_${n} (line ${line})`,
        ctor: l.ctorText,
        range,
        statementRange: this.rangeOf(l.statement ?? l.call),
      },
      ctx,
      this.initObjOf,
    );
    this.checkMoments(layer, l.call);
    return layer;
  }

  /**
   * Finite arguments can still overflow: randomNormal({stddev: 1e200}) has variance 1e400. Such an
   * initializer is unresolved (and noted), so that no infinite variance reaches the theory.
   */
  checkMoments(layer: Layer, node: TS.Node): void {
    for (const p of layer.params) {
      if (p.init.source !== 'explicit') continue;
      const m = describeParam(layer, p).moments;
      if (!m || (Number.isFinite(m.mean) && Number.isFinite(m.variance))) continue;
      this.noteProblems(p.init.text ?? p.init.name, node, [`the ${p.name}'s variance is not finite`]);
      const keyword: Record<string, ArgValue> = {};
      for (const k of Object.keys(p.init.args.keyword)) keyword[k] = undefined;
      p.init = { ...p.init, args: { positional: [], keyword } };
    }
  }

  /** `model.add(x)`: a layer object, a model added as a layer, a custom layer, or something unknown (a cut). */
  addToSequential(m: ModelObj, v: Value, site: TS.Node, ctx: Ctx): void {
    this.host.progress();
    if (m.truncated) return;
    if (m.layers.length >= this.host.budget.limits.layersPerModel) {
      // Per-model work is bounded: the rest of a model this deep is not read (a cut, and a note).
      m.truncated = true;
      m.nodes.push({ type: 'opaque', reason: `more than ${this.host.budget.limits.layersPerModel} layers in one model`, range: this.rangeOf(site) });
      this.host.note(`${m.receiver ?? 'a model'} has more than ${this.host.budget.limits.layersPerModel.toLocaleString('en-US')} layers: initlint reads only the first ${this.host.budget.limits.layersPerModel.toLocaleString('en-US')}`, m.range);
      return;
    }
    const conditional = ctx.conditional > m.condDepth;
    const inner = asKind(v, 'model');
    if (inner) {
      // A model added as a layer: its layers in order.
      const sub = inner.m;
      if (conditional) m.nodes.push({ type: 'opaque', reason: 'a model added under a condition initlint cannot decide', range: this.rangeOf(site) });
      else for (const n of sub.nodes) m.nodes.push(n);
      for (const l of sub.layers) this.own(m, l);
      m.shape = sub.kind === 'sequential' ? sub.shape : sub.outputs?.length === 1 ? sub.outputs[0]!.shape : undefined;
      m.started = true;
      m.entries.push({ index: m.count++ });
      return;
    }
    const layerObj = asKind(v, 'layer');
    const custom = layerObj ? undefined : this.customConnect(v, m.shape, !m.started, conditional, ctx, site);
    if (!layerObj && !custom) {
      m.nodes.push({ type: 'opaque', reason: 'a layer initlint cannot resolve', range: this.rangeOf(site) });
      m.shape = undefined;
      m.started = true;
      m.count++;
      return;
    }
    let inShape = m.shape;
    let r: Connection;
    let range: SourceRange;
    if (layerObj) {
      const l = layerObj.l;
      if (!m.started) inShape = declaredInputShape(this.configOf(l), l.factory);
      m.started = true;
      r = this.connect(l, inShape, conditional, ctx);
      range = this.rangeOf(l.call);
      if (l.factory === 'inputLayer') {
        this.place(m, r, inShape, conditional, range);
        return;
      }
    } else {
      m.started = true;
      r = custom!;
      range = this.rangeOf(site);
    }
    this.place(m, r, inShape, conditional, range);
    m.entries.push({ index: m.count++, ...(r.layer ? { layer: r.layer } : {}) });
  }

  /** Puts a connection's nodes on a sequential model (a cut when it may not be there). */
  private place(m: ModelObj, r: Connection, inShape: Shape | undefined, conditional: boolean, range: SourceRange): void {
    if (conditional) {
      // A layer that may be there: a cut, unless it changes nothing a second moment sees (dropout).
      const inert = r.nodes.length === 0 && sameShape(r.out, inShape);
      if (!inert) m.nodes.push({ type: 'opaque', reason: 'a layer added under a condition initlint cannot decide', range });
      m.shape = sameShape(r.out, inShape) ? inShape : undefined;
    } else {
      for (const n of r.nodes) m.nodes.push(n);
      m.shape = r.out;
    }
    if (r.layer) this.own(m, r.layer);
    for (const l of r.layers ?? []) this.own(m, l);
  }

  private own(m: ModelObj, l: Layer): void {
    if (m.layerSet.has(l)) return;
    m.layerSet.add(l);
    m.layers.push(l);
  }

  applyModel(m: ModelObj, x: Value): Value {
    const t = asKind(x, 'tensor');
    if (!t) return UNKNOWN;
    const out = m.kind === 'sequential' ? m.shape : m.outputs?.length === 1 ? m.outputs[0]!.shape : undefined;
    return tensorValue({ trace: extendAll(t.t.trace, m.nodes), shape: out, side: [...t.t.side], cond: t.t.cond });
  }

  /** The tensor a layer (a tf.layers object, or a custom layer through `connection`) is applied to. */
  inputOf(x: Value, ctx: Ctx): TensorVal {
    const t = asKind(x, 'tensor');
    if (t) return t.t;
    const only = x.k === 'arr' && x.items.length === 1 ? asKind(x.items[0], 'tensor') : undefined;
    if (only) return only.t;
    return { trace: ROOT_TRACE(), shape: undefined, side: [], cond: ctx.conditional };
  }

  applyLayer(l: LayerObj, x: Value, ctx: Ctx, site: TS.Node): Value {
    this.host.progress();
    if (MERGE_LAYERS.has(l.factory)) return this.applyMerge(l, x, site);
    const input = this.inputOf(x, ctx);
    const conditional = ctx.conditional > input.cond;
    const r = this.connect(l, input.shape, conditional, ctx);
    return this.applied(input, r, conditional, this.rangeOf(l.call), x);
  }

  /** The output tensor of a connection applied to `input`. */
  applied(input: TensorVal, r: Connection, conditional: boolean, range: SourceRange, original?: Value): Value {
    if (conditional && r.nodes.length === 0 && sameShape(r.out, input.shape)) return original && asKind(original, 'tensor') ? original : tensorValue(input);
    if (conditional) {
      return tensorValue({ trace: extend(input.trace, { type: 'opaque', reason: 'a layer applied under a condition initlint cannot decide', range }), shape: sameShape(r.out, input.shape) ? input.shape : undefined, side: r.layer ? [...input.side, r.layer] : input.side, cond: input.cond });
    }
    return tensorValue({ trace: extendAll(input.trace, r.nodes), shape: r.out, side: input.side, cond: input.cond });
  }

  private applyMerge(l: LayerObj, x: Value, site: TS.Node): Value {
    const c = this.configOf(l);
    const ts = x.k === 'arr' ? x.items.map((v) => asKind(v, 'tensor')?.t) : [];
    if (x.k !== 'arr' || ts.length < 2 || ts.some((t) => t === undefined)) {
      return tensorValue({ trace: extend(ROOT_TRACE(), { type: 'opaque', reason: `${l.ctorText} of inputs initlint cannot resolve`, range: this.rangeOf(site) }), shape: undefined, side: [], cond: 0 });
    }
    const tensors = ts as TensorVal[];
    const shape = mergeShape(l.factory, c, tensors.map((t) => t.shape));
    const side = new Set<Layer>();
    for (const t of tensors) for (const s of t.side) side.add(s);
    const cond = Math.min(...tensors.map((t) => t.cond));
    const range = this.rangeOf(l.call);
    if (l.factory === 'add' && tensors.length === 2) {
      const [a, b] = tensors as [TensorVal, TensorVal];
      if (a.trace === b.trace) return tensorValue({ trace: extend(a.trace, { type: 'scale', factor: 2, range }), shape, side: [...side], cond });
      if (isAncestor(a.trace, b.trace)) return tensorValue({ trace: extend(a.trace, { type: 'residual', body: nodesSince(b.trace, a.trace), range }), shape, side: [...side], cond });
      if (isAncestor(b.trace, a.trace)) return tensorValue({ trace: extend(b.trace, { type: 'residual', body: nodesSince(a.trace, b.trace), range }), shape, side: [...side], cond });
    }
    if (l.factory === 'multiply' && tensors.length === 2) {
      // tf.layers.multiply().apply([tanh(f(x)), sigmoid(g(x))]): a gated unit, a product node when
      // both branches pass a weight layer of their own; otherwise a cut as below.
      const [a, b] = tensors as [TensorVal, TensorVal];
      const trace = multiplyTraces(a.trace, b.trace, range);
      if (trace.node?.type === 'product') return tensorValue({ trace, shape, side: [...side], cond });
    }
    // Diverging branches: beyond the chain model; the chain is cut, their layers stay listed.
    let base: Trace | undefined = tensors[0]!.trace;
    for (const t of tensors.slice(1)) base = base ? commonAncestor(base, t.trace) : undefined;
    const start = base ?? ROOT_TRACE();
    for (const t of tensors) for (const layer of walkLayers(nodesSince(t.trace, base ?? null))) side.add(layer);
    return tensorValue({ trace: extend(start, { type: 'opaque', reason: `${l.ctorText} of two different branches`, range }), shape, side: [...side], cond });
  }

  /** A variable whose paths disagree and one of them holds a tensor: the common history cut by an opaque step. */
  joinTensors(values: (Value | undefined)[], old: Value | undefined, reason: string): Value | undefined {
    const tensor = values.map((v) => asKind(v, 'tensor')).find((t) => t !== undefined);
    if (!tensor) return undefined;
    const oldT = asKind(old, 'tensor');
    const base = oldT ? oldT.t : tensor.t;
    const same = values.every((v) => {
      const t = asKind(v, 'tensor');
      return t !== undefined && sameShape(t.t.shape, base.shape);
    });
    return tensorValue({ trace: extend(base.trace, { type: 'opaque', reason }), shape: same ? base.shape : undefined, side: sideUnion(values), cond: base.cond });
  }
}

function sideUnion(values: (Value | undefined)[]): Layer[] {
  const out = new Set<Layer>();
  for (const v of values) {
    const t = asKind(v, 'tensor');
    if (!t) continue;
    for (const l of t.t.side) out.add(l);
    for (const l of walkLayers(nodesSince(t.t.trace, null))) out.add(l);
  }
  return [...out];
}

export function sameShape(a: Shape | undefined, b: Shape | undefined): boolean {
  if (!a || !b) return a === b;
  return a.rankKnown === b.rankKnown && a.dims.length === b.dims.length && a.dims.every((d, i) => d === b.dims[i]);
}

/** Output shapes of factories the reader does not model the values of (for the next layer's width). */
function nonWeightedShape(factory: string, c: Config, s: Shape | undefined): Shape | undefined {
  if (factory === 'separableConv2d' || factory === 'depthwiseConv2d') {
    const out = outputShape('conv2d', c, s);
    if (factory === 'depthwiseConv2d') {
      const ch = s ? lastDim(s) : undefined;
      const mult = c.num('depthMultiplier', 1);
      const f = ch === undefined || mult === undefined ? undefined : ch * mult;
      return out ? { dims: [...out.dims.slice(0, -1), f], rankKnown: out.rankKnown } : undefined;
    }
    return out;
  }
  return undefined;
}
