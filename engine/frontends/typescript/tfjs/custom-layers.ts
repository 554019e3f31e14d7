// Custom layers: user classes extending tf.layers.Layer. TF.js builds such a layer on its first
// connection (Layer.apply): `build(inputShape)` runs with the input shape, batch axis first (null),
// and makes the weights with `this.addWeight(name, shape, dtype, initializer)`; then `call(inputs)`
// computes the output from them, and `computeOutputShape(inputShape)` (the input shape when not
// overridden) gives the next layer its input. The reader does the same: each weight becomes a
// 'Parameter' layer with its initializer (tfjs-layers' addWeight applies the Initializer object it
// is given; a string or nothing there throws in TF.js, so its values stay unknown), and call() runs
// on an eager input tensor whose operations the reader follows: `tf.matMul(x, w.read())` (and
// `x.matMul(...)`, `tf.dot`) is the weight's layer step with fan-in from its axis 0, a bias add and
// reshapes leave the chain alone, tf.relu/tanh/sigmoid/elu/selu/leakyRelu/softplus/softmax are
// activations, a product with a constant a scale, x + f(x) a residual; anything else cuts the chain.
import type { ActivationKind, Dim, GraphNode, InitSpec, Layer, ParamSpec, SourceRange } from '../../../model/graph';
import { walkLayers } from '../../../model/graph';
import { addTraces, extend, nodesSince, ROOT_TRACE, type Trace } from '../../shared/trace';
import type { Ctx, EvalHost, LibraryInstance } from '../eval/plugin';
import { UNDEF, UNKNOWN, type ObjValue, type Value } from '../eval/values';
import type { TS } from '../ts';
import type { Connection, ModelGraphs } from './graph';
import { Config, declaredInputShape } from './layers';
import { asKind, tensorValue, weightValue, type Shape, type TensorVal, type WeightObj } from './values';

/** The base classes a custom layer may extend. */
const LAYER_BASES = new Set(['tf.layers.Layer']);

interface CustomLayer {
  inst: LibraryInstance;
  /** The config given to super(config). */
  config: ObjValue | undefined;
  weights: WeightObj[];
  built: boolean;
  /** While build() runs: the connection may not happen (its initializers are conditional). */
  conditional: boolean;
  /** While it connects (a call() that applies the layer to itself is not followed). */
  busy: boolean;
  /** Running number of the class's instances, for layer ids. */
  index: number;
}

/** Eager tensors: the inputs of a custom layer's call() and what is computed from them. */
const eager = new WeakSet<TensorVal>();

function eagerTensor(t: TensorVal): Value {
  eager.add(t);
  return tensorValue(t);
}

/** tfjs-core activation functions -> the IR's kinds, with their default parameter. */
const ACTIVATION_OPS: Readonly<Record<string, { kind: ActivationKind; param?: number }>> = {
  relu: { kind: 'relu' },
  relu6: { kind: 'relu6' },
  elu: { kind: 'elu', param: 1 },
  selu: { kind: 'selu' },
  sigmoid: { kind: 'sigmoid' },
  tanh: { kind: 'tanh' },
  softplus: { kind: 'softplus' },
  softmax: { kind: 'softmax' },
  // tfjs-core leakyRelu(x, alpha = 0.2).
  leakyRelu: { kind: 'leaky_relu', param: 0.2 },
};

/** Operations that keep the values (for second moments) and may change the shape. */
const SHAPE_OPS = new Set(['reshape', 'expandDims', 'squeeze', 'flatten', 'clone', 'identity', 'cast', 'asType']);

export class CustomLayers {
  private readonly layers = new WeakMap<LibraryInstance, CustomLayer>();
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly host: EvalHost,
    private readonly graphs: ModelGraphs,
  ) {}

  private isLayer(inst: LibraryInstance): boolean {
    return LAYER_BASES.has(inst.base.q);
  }

  private stateOf(inst: LibraryInstance): CustomLayer {
    let s = this.layers.get(inst);
    if (!s) {
      const n = (this.counts.get(inst.className) ?? 0) + 1;
      this.counts.set(inst.className, n);
      s = { inst, config: undefined, weights: [], built: false, conditional: false, busy: false, index: n };
      this.layers.set(inst, s);
    }
    return s;
  }

  /** `super(config)` in the constructor. */
  construct(inst: LibraryInstance, args: Value[], _ctx: Ctx): void {
    if (!this.isLayer(inst)) return;
    const c = args[0];
    this.stateOf(inst).config = c?.k === 'obj' ? c : undefined;
  }

  /** Methods a custom layer inherits from tf.layers.Layer; undefined: not one the reader models. */
  instanceMethod(inst: LibraryInstance, name: string, args: Value[], node: TS.CallExpression, ctx: Ctx): Value | undefined {
    if (!this.isLayer(inst)) return undefined;
    if (name === 'addWeight') return this.addWeight(this.stateOf(inst), args, node);
    if (name === 'apply') {
      const input = this.graphs.inputOf(args[0] ?? UNKNOWN, ctx);
      const conditional = ctx.conditional > input.cond;
      const r = this.connect(inst, input.shape, false, conditional, ctx, node);
      if (!r) return UNKNOWN;
      const out = this.graphs.applied(input, r, conditional, this.host.rangeOf(node));
      const t = asKind(out, 'tensor');
      if (t && r.layers) {
        const on = new Set(walkLayers(r.nodes));
        for (const l of r.layers) if (!on.has(l) && !t.t.side.includes(l)) t.t.side = [...t.t.side, l];
      }
      return out;
    }
    if (name === 'invokeCallHook' || name === 'assertInputCompatibility') return UNDEF;
    return undefined;
  }

  /**
   * `this.addWeight(name, shape, dtype?, initializer?, ...)`: a 'Parameter' layer holding the
   * weight, its initializer read from the Initializer object given.
   */
  private addWeight(s: CustomLayer, args: Value[], node: TS.CallExpression): Value {
    this.host.progress();
    const weightName = args[0]?.k === 'str' ? args[0].v : `weight_${s.weights.length}`;
    const shapeArg = args[1];
    const shape: Dim[] = shapeArg?.k === 'arr' ? shapeArg.items.map((x) => (x.k === 'num' && Number.isInteger(x.v) && x.v > 0 ? x.v : undefined)) : [];
    const range = this.host.rangeOf(node);
    const statementRange = this.host.statement ? this.host.rangeOf(this.host.statement) : range;
    const param: ParamSpec = {
      name: weightName,
      role: shape.length >= 2 ? 'weight' : shape.length === 1 ? 'bias' : 'free',
      shape,
      init: this.initOf(args[3], node.arguments[3], statementRange, s.conditional),
    };
    const cls = s.inst.className;
    const label = s.index > 1 ? `${cls}#${s.index}` : cls;
    const layer: Layer = {
      id: this.graphs.uniqueId(`${label}.${weightName}`),
      name: `${label}.${weightName} (line ${range.start.line + 1})`,
      kind: 'Parameter',
      ctor: `${cls}.addWeight`,
      framework: 'tfjs',
      range,
      statementRange,
      params: [param],
    };
    // An unused shape (a weight of rank 0 or unknown) stays a free parameter of the layer.
    if (shapeArg?.k !== 'arr') param.shape = [];
    const w: WeightObj = { layer };
    s.weights.push(w);
    return weightValue(w);
  }

  /** The InitSpec of addWeight's initializer argument. */
  private initOf(v: Value | undefined, argNode: TS.Expression | undefined, statementRange: SourceRange, conditional: boolean): InitSpec {
    const spec: InitSpec = { source: 'explicit', framework: 'tfjs', name: '', args: { positional: [], keyword: {} }, statementRange, ...(conditional ? { conditional: true } : {}) };
    if (!v || !argNode) return spec;
    // A string is no Initializer: TF.js's `initializer.apply` throws on it, so nothing is known.
    const obj = v.k === 'str' ? undefined : this.graphs.initObjOf(v);
    if (!obj) return spec;
    return { ...spec, name: obj.name, args: { positional: [], keyword: obj.keyword }, callRange: this.host.rangeOf(argNode), text: this.host.textOf(argNode) };
  }

  /**
   * Connects a custom layer instance to an input of shape `inShape` (`first`: it is the model's
   * first layer, so an inputShape in its config is the input): builds it once, runs call().
   */
  connect(v: Value, inShape: Shape | undefined, first: boolean, conditional: boolean, ctx: Ctx, site: TS.Node): Connection | undefined {
    const inst = v.k === 'obj' && (v as Partial<LibraryInstance>).base ? (v as LibraryInstance) : undefined;
    if (!inst || !this.isLayer(inst)) return undefined;
    const s = this.stateOf(inst);
    const range = this.host.rangeOf(site);
    if (s.busy) return { nodes: [{ type: 'opaque', reason: `${inst.className} applied inside its own call()`, range }], out: undefined };
    if (first && !inShape) inShape = declaredInputShape(new Config(s.config), 'custom');
    s.busy = true;
    try {
      const shapeArg = shapeValue(inShape);
      if (!s.built) {
        s.built = true;
        s.conditional = conditional;
        const build = this.host.member(inst, 'build');
        if (build.k === 'fn') this.host.callFunction(build.fn, [shapeArg], ctx);
        s.conditional = false;
      }
      const layers = s.weights.map((w) => w.layer);
      const call = this.host.member(inst, 'call');
      let nodes: GraphNode[] = [];
      if (call.k === 'fn') {
        const root: Trace = ROOT_TRACE();
        const input: TensorVal = { trace: root, shape: inShape, side: [], cond: ctx.conditional };
        const out = asKind(this.host.callFunction(call.fn, [eagerTensor(input), { k: 'obj', props: new Map(), partial: true }], ctx), 'tensor');
        nodes = out && descends(out.t.trace, root) ? nodesSince(out.t.trace, root) : [{ type: 'opaque', reason: `${inst.className}.call() computes what initlint cannot follow`, range }];
      }
      let out: Shape | undefined = inShape;
      const computeOutputShape = this.host.member(inst, 'computeOutputShape');
      if (computeOutputShape.k === 'fn') out = shapeOf(this.host.callFunction(computeOutputShape.fn, [shapeArg], ctx));
      return { nodes, out, layers };
    } finally {
      s.busy = false;
    }
  }

  // ---------------------------------------------------------------- eager tensor operations

  /** `tf.<op>(...)` with an eager tensor among its arguments; undefined: not a tensor operation on one. */
  libraryOp(op: string, args: Value[], node: TS.Node): Value | undefined {
    const tensors = args.map((a) => asKind(a, 'tensor')?.t);
    const first = tensors.findIndex((t) => t !== undefined && eager.has(t));
    if (first < 0) return undefined;
    const x = tensors[first]!;
    return this.apply(op, x, first === 0 ? args.slice(1) : [args[0]!, ...args.slice(first + 1)], first === 0, node);
  }

  /** `x.<op>(...)` on an eager tensor; undefined: a symbolic tensor, whose methods the reader does not model. */
  tensorMethod(x: TensorVal, op: string, args: Value[], node: TS.Node): Value | undefined {
    if (!eager.has(x)) return undefined;
    return this.apply(op, x, args, true, node);
  }

  private apply(op: string, x: TensorVal, rest: Value[], xFirst: boolean, node: TS.Node): Value {
    const range = this.host.rangeOf(node);
    const next = (trace: Trace, shape: Shape | undefined): Value => eagerTensor({ trace, shape, side: x.side, cond: x.cond });
    const other = rest[0];
    const w = asKind(other, 'weight');
    if ((op === 'matMul' || op === 'dot') && xFirst && w) {
      const layer = w.w.layer;
      const shape = layer.params[0]!.shape;
      if (shape.length !== 2) return next(extend(x.trace, { type: 'opaque', reason: `a product with ${layer.name}`, range }), undefined);
      layer.inFeatures = shape[0];
      layer.outFeatures = shape[1];
      layer.inAxis = 0;
      const out: Shape | undefined = x.shape ? { dims: [...x.shape.dims.slice(0, -1), shape[1]], rankKnown: x.shape.rankKnown } : { dims: [shape[1]], rankKnown: false };
      return next(extend(x.trace, { type: 'layer', layer }), out);
    }
    if (op === 'add' || op === 'sub') {
      const y = asKind(other, 'tensor')?.t;
      // x + f(x): a residual block, when both come from this call's input.
      if (y && eager.has(y) && op === 'add') return next(addTraces(x.trace, y.trace), x.shape);
      // A bias (a weight of rank 1) or a constant: no change to the chain.
      if (w || other?.k === 'num') return next(x.trace, x.shape);
    }
    if ((op === 'mul' || op === 'div') && other?.k === 'num' && Number.isFinite(other.v) && other.v !== 0) {
      const factor = op === 'mul' ? other.v : xFirst ? 1 / other.v : NaN;
      if (Number.isFinite(factor)) return next(extend(x.trace, { type: 'scale', factor, range }), x.shape);
    }
    const act = ACTIVATION_OPS[op];
    if (act && xFirst) {
      const alpha = op === 'leakyRelu' && other?.k === 'num' ? other.v : act.param;
      if (alpha === undefined || Number.isFinite(alpha * alpha)) {
        return next(extend(x.trace, { type: 'activation', activation: { kind: act.kind, ...(alpha !== undefined ? { param: alpha } : {}), range, text: this.host.textOf(node) } }), x.shape);
      }
    }
    if (SHAPE_OPS.has(op)) return next(x.trace, undefined);
    return next(extend(x.trace, { type: 'opaque', reason: `tf.${op} in a custom layer`, range }), undefined);
  }
}

/** `trace` extends `root`. */
function descends(trace: Trace, root: Trace): boolean {
  for (let t: Trace | null = trace; t; t = t.parent) if (t === root) return true;
  return false;
}

/** An input shape as TF.js passes it to build(): the batch axis first (null). */
function shapeValue(s: Shape | undefined): Value {
  if (!s || !s.rankKnown) return UNKNOWN;
  return { k: 'arr', items: [{ k: 'null' }, ...s.dims.map((d): Value => (d === undefined ? { k: 'null' } : { k: 'num', v: d }))] };
}

/** A shape computeOutputShape returned (batch axis first). */
function shapeOf(v: Value): Shape | undefined {
  if (v.k !== 'arr' || v.items.length === 0) return undefined;
  return { dims: v.items.slice(1).map((x) => (x.k === 'num' && Number.isInteger(x.v) && x.v > 0 ? x.v : undefined)), rankKnown: true };
}

