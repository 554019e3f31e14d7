// The shape-aware model machinery Keras and Flax share (and that TF.js-like readers would): module
// objects of both frameworks are owned here. Created only for files that import keras, tensorflow
// or flax (PyTorch files never reach this code):
// - Keras `Sequential([...])` / `model.add(...)`, the functional API (layer calls recorded, then
//   `keras.Model(inputs, outputs)` collects the layers its outputs' history holds), subclassed
//   models with `call()`; Flax linen dataclass modules with `setup()` or an `@nn.compact __call__`
//   (submodules created inline are named `Dense_0`, as Flax names them), nnx modules with
//   `__init__`/`__call__`;
// - tensor shapes through the forward pass, since both frameworks build a layer's weights from the
//   first input it sees (`model.build(...)`, `model.init(key, x)`, `keras.Input(shape=...)`);
// - models beyond the final globals: replaced globals, uncalled model builders, Flax presets.
import type { Framework, GraphNode, SourceRange } from '../../../model/graph';
import { ROOT_TRACE, extend, isAncestor, nodesSince, toNodes } from '../../shared/trace';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { kids, kidsOf, paramInfo, rangeOf, statementOf } from '../eval/nodes';
import { type ArgSite, type ClassValue, type ModuleObj, NONE, NO_SHAPE, type Trace, UNKNOWN, type Value, assignPaths, firstTensor, modulesOf, newModule, shapeOf } from '../eval/values';
import { SCAN_LENGTH_ATTR, flaxActivation } from '../flax/modules';
import { kerasAutoName } from '../keras/layers';
import { ADD_WEIGHT_CTOR, addWeight, buildShapeValue, nameWeights } from '../keras/weights';
import type { FrameworkPlugin, Tensor } from '../plugin';
import type { SyntaxNode } from '../syntax';
import { calledWithLiteral, type CreatedModel, createdModelSite, factoryChoices, isKerasModelClass, modelBuilders, parameterIndex, within } from './builders';
import { activationModule, type LayerCall, otherModule } from './layer-build';
import { shapeArg } from './shapes';
import { compact, merge, shapedTensorAttr, shapedTensorMethod, tensor } from './tensors';

/** Model methods read for their effect on the input shape; the rest do nothing to the model. */
const KERAS_METHODS = new Set(['add', 'pop', 'build', 'add_weight', 'add_variable', 'summary', 'compile', 'fit', 'evaluate', 'predict', 'save', 'save_weights', 'load_weights', 'count_params', 'get_layer']);
const FLAX_METHODS = new Set(['init', 'init_with_output', 'apply', 'tabulate', 'bind', 'lazy_init']);

export class ShapedModels implements FrameworkPlugin {
  readonly name = 'shaped';
  readonly modules = ['keras', 'flax'] as const;

  /** Function definitions the interpreter ran (uncalled Keras model builders are run at the end). */
  readonly called = new Set<SyntaxNode>();
  /** Modules attached to a parent (so a compact or functional use does not attach them again). */
  private readonly attached = new WeakSet<ModuleObj>();
  /** Children a Flax compact __call__ created, dropped when it runs again. */
  private readonly inline = new Map<ModuleObj, string[]>();
  /** Module applications outside any model's call (the Keras functional API), with the nodes each added. */
  private readonly applied: ModuleObj[] = [];
  /** The indices in `applied` of the applications that added each node (a model looks up only its own nodes). */
  private readonly appliedBy = new Map<GraphNode, number[]>();
  /** Per parent and name base, the lowest index that may still be free (names are looked up once each). */
  private readonly nameHints = new Map<ModuleObj, Map<string, number>>();
  /** Containers being applied (cycle guard). */
  private readonly applying = new Set<ModuleObj>();
  /** Keras models built outside any model's code, in the order they were built (see builders.ts). */
  private readonly created: CreatedModel[] = [];

  /** A Flax module's `self.param(name, init_fn, *args)`: answered by the Flax reader (flax/params.ts) when it is loaded. */
  flaxParam?: (m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode) => Value;

  constructor(private readonly interp: Interpreter) {}

  // ------------------------------------------------------------ plug-in hooks

  ownsName(q: string): boolean {
    return q === 'functools.partial';
  }

  /** functools.partial(fn, ...): the keyword sites are kept so that fixes edit the partial's arguments. */
  callLib(_q: string, positional: Value[], keyword: Map<string, Value>, _ctx: Ctx, node: SyntaxNode): Value {
    const fn = positional[0];
    if (!fn) return UNKNOWN;
    const sites = new Map<string, ArgSite>();
    for (const kw of keyword.keys()) {
      const site = this.argSite(node, kw);
      if (site) sites.set(kw, site);
    }
    return { k: 'partial', fn, positional: positional.slice(1), keyword: new Map(keyword), sites };
  }

  forwardMethod(m: ModuleObj): string {
    return m.framework === 'keras' ? 'call' : '__call__';
  }

  onFunctionCall(def: SyntaxNode): void {
    this.called.add(def);
  }

  onModuleAttr(m: ModuleObj, attr: string, value: Value): boolean {
    if (m.framework) this.noteAttribute(m, attr, value);
    return false;
  }

  tensorAttr(x: Tensor, attr: string): Value | undefined {
    return x.shape ? shapedTensorAttr(x, attr) : undefined;
  }

  /** Methods of shaped tensors; the others are asked again of a tensor without the shape (the shape is lost). */
  tensorMethod(x: Tensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    if (!x.shape) return undefined;
    return shapedTensorMethod(x, name, positional, keyword, node) ?? this.interp.tensorMethod({ k: 'tensor', trace: x.trace }, name, positional, keyword, node);
  }

  /** A model class of this file: Keras and nnx run __init__; linen modules are dataclasses with an optional setup(). */
  instantiate(cls: ClassValue, m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj {
    m.framework = cls.framework!;
    const given = keyword.get('name');
    if (given?.k === 'str') m.givenName = given.v;
    const self: Value = { k: 'module', m };
    if (cls.linen) {
      const attrs = this.interp.classDefaults(cls);
      const fields = [...attrs.keys()];
      positional.forEach((v, i) => {
        if (fields[i] !== undefined) attrs.set(fields[i]!, v);
      });
      for (const [k, v] of keyword) if (k !== 'name' && k !== 'parent') attrs.set(k, v);
      for (const [k, v] of attrs) if (v.k !== 'module') m.attrs.set(k, v);
      for (const [k, v] of attrs) if (v.k === 'module') this.interp.setModuleAttr(m, k, v, ctx, cls.def);
      const setup = this.interp.findClassMethod(cls, 'setup');
      if (setup) this.interp.callFunction(setup.def, self, [], new Map(), ctx, setup.cls);
      return m;
    }
    const init = this.interp.findClassMethod(cls, '__init__');
    if (init) this.interp.callFunction(init.def, self, positional, keyword, ctx, init.cls);
    if (m.framework === 'keras') this.noteCreated(self, undefined, ctx);
    return m;
  }

  /** Submodules kept in lists and dicts are registered (Flax and Keras track them): `layers_0`, `blocks_1`. */
  private noteAttribute(m: ModuleObj, attr: string, value: Value): void {
    if (value.k === 'module') {
      this.attached.add(value.m);
      return;
    }
    const entries: [string, Value][] = value.k === 'seq' ? value.items.map((v, i) => [`${attr}_${i}`, v]) : value.k === 'dict' ? [...value.entries].map(([k, v]) => [`${attr}_${k}`, v]) : [];
    for (const [name, v] of entries) {
      if (v.k !== 'module' || this.attached.has(v.m)) continue;
      const display = value.k === 'seq' ? `self.${attr}[${name.slice(attr.length + 1)}]` : `self.${attr}[${JSON.stringify(name.slice(attr.length + 1))}]`;
      this.attachAs(m, name, v.m, display);
      v.m.display = display;
    }
  }

  private attachAs(parent: ModuleObj, name: string, child: ModuleObj, display = name): void {
    parent.children.set(name, child);
    // Messages name it as the framework does ('dense_1', 'Dense_0') or as the code reaches it.
    if (child.layer && child.layer.name === child.display) child.layer.name = display;
    this.attached.add(child);
    if (parent.path !== undefined) assignPaths(child, parent.path ? `${parent.path}.${name}` : name);
  }

  /** A module applied inside a model's call without being an attribute: a Flax compact submodule. */
  private attachInline(m: ModuleObj, ctx: Ctx): void {
    const self = ctx.self;
    if (self?.k !== 'module' || !self.m.framework || self.m === m || this.attached.has(m)) return;
    const parent = self.m;
    const cls = m.className.slice(m.className.lastIndexOf('.') + 1);
    let name = m.givenName;
    if (!name) {
      if (parent.framework === 'flax') {
        name = this.freeName(parent, `${cls}_`, 0);
      } else name = this.uniqueName(parent, kerasAutoName(cls));
    }
    this.attachAs(parent, name, m);
    const list = this.inline.get(parent) ?? [];
    list.push(name);
    this.inline.set(parent, list);
  }

  private uniqueName(parent: ModuleObj, base: string): string {
    return parent.children.has(base) ? this.freeName(parent, `${base}_`, 1) : base;
  }

  /** `${prefix}${i}` for the lowest i >= from that `parent` has no child of; amortised O(1) as children are added. */
  private freeName(parent: ModuleObj, prefix: string, from: number): string {
    let hints = this.nameHints.get(parent);
    if (!hints) this.nameHints.set(parent, (hints = new Map()));
    let i = Math.max(from, hints.get(prefix) ?? from);
    while (parent.children.has(`${prefix}${i}`)) i++;
    hints.set(prefix, i);
    return `${prefix}${i}`;
  }

  /** Removes children (a Flax compact call running again, `model.pop()`); their names may be reused. */
  private dropChildren(parent: ModuleObj, names: Iterable<string>): void {
    for (const name of names) parent.children.delete(name);
    this.nameHints.delete(parent);
  }

  /** The value node of a keyword argument written in the call `node`. */
  private argSite(node: SyntaxNode, kw: string): ArgSite | undefined {
    const args = node.childForFieldName('arguments');
    for (const a of args ? kids(args) : []) {
      if (a.type !== 'keyword_argument' || a.childForFieldName('name')?.text !== kw) continue;
      const v = a.childForFieldName('value');
      return v ? { range: rangeOf(v), text: v.text } : undefined;
    }
    return undefined;
  }

  layerCall(qualified: string, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): LayerCall {
    const partials = [...this.interp.partialSites];
    return {
      qualified,
      name,
      positional,
      keyword,
      range: rangeOf(node),
      text: compact(node.text),
      statementRange: rangeOf(statementOf(node)),
      // Written in the call itself, else in the functools.partial that supplied it.
      argSite: (kw) => this.argSite(node, kw) ?? [...partials].reverse().find((s) => s.has(kw))?.get(kw),
      conditional: ctx.conditional > 0,
    };
  }

  /** Calls of Keras, TensorFlow, Flax, JAX and NumPy names; undefined leaves the call to the interpreter. */
  // ------------------------------------------------------------ containers

  sequential(framework: Framework, list: Value | undefined, node: SyntaxNode, keyword: Map<string, Value>, flavor?: 'linen' | 'nnx'): Value {
    const m = newModule('container', framework === 'keras' ? 'keras.Sequential' : `flax.${flavor}.Sequential`, compact(node.text));
    m.containerKind = 'Sequential';
    m.framework = framework;
    const given = keyword.get('name');
    if (given?.k === 'str') m.givenName = given.v;
    const items = list ? this.interp.iterate(list) : [];
    for (const item of items ?? []) this.addToSequential(m, item, node);
    return { k: 'module', m };
  }

  private addToSequential(m: ModuleObj, item: Value, node: SyntaxNode): void {
    if (item.k === 'tensor') {
      if (m.children.size === 0 && item.shape?.dims) m.inputShape ??= item.shape.dims;
      return;
    }
    let child: ModuleObj | undefined;
    if (item.k === 'module') child = item.m;
    else if (item.k === 'lib' && m.framework === 'flax') {
      const a = flaxActivation(item.name, new Map(), [], rangeOf(node), item.name.slice(item.name.lastIndexOf('.') + 1));
      child = a ? activationModule('flax', item.name, item.name, a) : otherModule('flax', item.name, item.name);
    } else child = otherModule(m.framework!, 'unknown', node.text.slice(0, 40));
    if (m.children.size === 0 && child.inputShape) m.inputShape ??= child.inputShape;
    // Keras names layers after their class ('dense_1'); Flax's Sequential keeps them in `layers`.
    const name = m.framework === 'keras' ? (child.givenName ?? this.uniqueName(m, kerasAutoName(child.className))) : `layers_${m.children.size}`;
    if (child.kind === 'passthrough' && child.className === 'keras.layers.InputLayer' && m.children.size === 0) return;
    this.attachAs(m, name, child);
  }

  /** `keras.Model(inputs, outputs)`: the layers whose nodes the outputs' history holds, in call order. */
  functionalModel(positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    const m = newModule('container', 'keras.Model', compact(node.text));
    if (!this.makeFunctional(m, positional, keyword)) return { k: 'module', m: otherModule('keras', 'keras.Model', compact(node.text)) };
    return { k: 'module', m };
  }

  /**
   * A model class whose __init__ builds a functional graph and hands it to Keras
   * (`super().__init__(inputs=inputs, outputs=outputs)`, the keras-hub and keras-cv style): the
   * instance becomes that functional model. Classes with their own `call` keep it.
   */
  functionalSubclass(m: ModuleObj, positional: Value[], keyword: Map<string, Value>): boolean {
    if (m.framework !== 'keras' || m.kind !== 'custom' || this.interp.findMethod(m, 'call')) return false;
    if (!this.makeFunctional(m, positional, keyword)) return false;
    m.kind = 'container';
    const given = keyword.get('name');
    if (given?.k === 'str') m.givenName = given.v;
    return true;
  }

  /** Fills `m` as the functional model of `outputs`; false when no output tensor is known. */
  private makeFunctional(m: ModuleObj, positional: Value[], keyword: Map<string, Value>): boolean {
    const outputs = keyword.get('outputs') ?? positional[1];
    const out = outputs ? firstTensor(outputs) : undefined;
    if (!out) return false;
    m.containerKind = 'Functional';
    m.framework = 'keras';
    m.functional = { trace: out.trace, shape: out.shape ?? NO_SHAPE };
    // Several outputs (a VAE encoder's z_mean, z_log_var, z): calling the model returns them all.
    if (outputs!.k === 'seq') m.functional.outputs = outputs!.items.map((v) => (v.k === 'tensor' ? { trace: v.trace, shape: v.shape ?? NO_SHAPE } : { trace: out.trace, shape: NO_SHAPE }));
    const reached = new Set<GraphNode>();
    const collect = (nodes: GraphNode[]): void => {
      for (const n of nodes) {
        reached.add(n);
        if (n.type === 'residual' || n.type === 'repeat') collect(n.body);
      }
    };
    collect(toNodes(out.trace));
    // The applications that added a node of this history, in call order.
    const hits = new Set<number>();
    for (const n of reached) {
      for (const i of this.appliedBy.get(n) ?? []) hits.add(i);
    }
    const seen = new Set<ModuleObj>();
    for (const i of [...hits].sort((a, b) => a - b)) {
      const child = this.applied[i]!;
      if (seen.has(child) || child === m) continue;
      seen.add(child);
      const name = child.givenName ?? this.uniqueName(m, kerasAutoName(child.className));
      m.children.set(name, child);
      this.attached.add(child);
      if (child.layer && child.layer.name === child.display) child.layer.name = name;
    }
    return true;
  }

  // ------------------------------------------------------------ applying modules

  /** Calling a Keras layer / Flax module: on a tensor, a list of tensors (Keras merges), or something else. */
  callModule(m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    // A Flax cell's first argument is its carry: the tensor it steps on comes second.
    if (m.carry === 'in-and-out') positional = positional.slice(1);
    const x = positional[0] ?? keyword.get('inputs') ?? keyword.get('x') ?? keyword.get('inputs_q') ?? keyword.get('query') ?? this.firstCallArgument(m, keyword);
    if (m.merge) {
      if (x?.k === 'seq') return merge(m.merge, x.items, node);
      if (x?.k === 'tensor') return merge(m.merge, positional, node);
    }
    if (x?.k !== 'tensor') {
      const t = positional.find((v): v is Tensor => v.k === 'tensor') ?? (x?.k === 'seq' ? x.items.find((v): v is Tensor => v.k === 'tensor') : undefined);
      if (!t) return UNKNOWN;
      return tensor(extend(t.trace, { type: 'opaque', reason: `calling ${m.display} on more than one input`, range: rangeOf(node) }), NO_SHAPE);
    }
    this.attachInline(m, ctx);
    const out = this.applyShaped(m, x, ctx, positional.slice(1), keyword);
    if (ctx.self?.k !== 'module' || !ctx.self.m.framework) {
      for (const n of nodesSince(out.trace, x.trace)) {
        const list = this.appliedBy.get(n);
        if (list) {
          if (list[list.length - 1] !== this.applied.length) list.push(this.applied.length);
        } else this.appliedBy.set(n, [this.applied.length]);
      }
      this.applied.push(m);
    }
    if ((m.kind === 'custom' || m.containerKind === 'Sequential') && x.shape?.dims && !m.inputShape) m.inputShape = x.shape.dims;
    if (m.returnsState) return { k: 'seq', items: [out, UNKNOWN, UNKNOWN], tuple: false };
    if (m.carry) return { k: 'seq', items: [UNKNOWN, out], tuple: true };
    const tuple = this.flaxTuples.get(out.trace);
    if (tuple) return { ...tuple, items: tuple.items.map((v) => (v.k === 'tensor' && v.trace === out.trace ? out : v)) };
    const outs = m.functional?.outputs;
    if (outs && outs.length > 1) {
      const replay = (trace: Trace): Trace => toNodes(trace).reduce((t, n) => extend(t, n), x.trace);
      return { k: 'seq', items: [out, ...outs.slice(1).map((o) => tensor(replay(o.trace), o.shape))], tuple: false };
    }
    return out;
  }

  /** A model class's call written with keywords (`encoder(source=x, source_mask=m)`): the value of its first parameter. */
  private firstCallArgument(m: ModuleObj, keyword: Map<string, Value>): Value | undefined {
    if (m.kind !== 'custom' || keyword.size === 0) return undefined;
    const method = this.interp.findMethod(m, this.forwardMethod(m));
    const params = kidsOf(method?.def.childForFieldName('parameters')).map((p) => paramInfo(p)).filter((p) => p.kind === 'plain' && p.name);
    const first = params[1]?.name;
    return first ? keyword.get(first) : undefined;
  }

  /** Applies a module to a tensor: nodes in forward order and the output shape. */
  applyShaped(m: ModuleObj, x: Tensor, ctx: Ctx, extra: Value[], keyword: Map<string, Value>): Tensor {
    const input = x.shape ?? NO_SHAPE;
    switch (m.kind) {
      case 'layer': {
        const layer = m.layer!;
        const out = m.shapeFn ? m.shapeFn(input) : NO_SHAPE;
        let t = m.depthwise
          ? extend(x.trace, { type: 'opaque', reason: 'a depthwise convolution (each output sees one channel)', range: layer.range })
          : extend(x.trace, { type: 'layer', layer });
        const pa = m.postActivation;
        if (pa) t = extend(t, 'opaque' in pa ? { type: 'opaque', reason: pa.opaque, range: layer.range } : { type: 'activation', activation: pa });
        return tensor(t, out);
      }
      case 'activation':
        return m.activation!.kind === 'identity' ? x : tensor(extend(x.trace, { type: 'activation', activation: m.activation! }), input);
      case 'passthrough':
        return tensor(x.trace, m.shapeFn ? m.shapeFn(input) : input);
      case 'container': {
        if (m.containerKind === 'Sequential') {
          // A Sequential added to itself (or a cycle of them) is not followed twice.
          if (this.applying.has(m)) return tensor(extend(x.trace, { type: 'opaque', reason: `${m.display} contains itself` }), NO_SHAPE);
          this.applying.add(m);
          let t = x;
          try {
            for (const child of m.children.values()) t = child.framework ? this.applyShaped(child, t, ctx, [], new Map()) : tensor(this.interp.applyModule(child, t.trace, ctx, []), NO_SHAPE);
          } finally {
            this.applying.delete(m);
          }
          return t;
        }
        if (m.containerKind === 'Functional' && m.functional) {
          // A functional model used as a layer: its recorded nodes continue from this input.
          let t = x.trace;
          for (const n of toNodes(m.functional.trace)) t = extend(t, n);
          return tensor(t, m.functional.shape);
        }
        return tensor(extend(x.trace, { type: 'opaque', reason: `calling ${m.display}` }), NO_SHAPE);
      }
      case 'custom': {
        this.dropChildren(m, this.inline.get(m) ?? []);
        this.inline.delete(m);
        if (m.framework === 'keras') this.buildOnce(m, buildShapeValue(x), ctx);
        const out = m.framework === 'flax' ? this.callFlax(m, x, ctx, extra, keyword) : this.interp.callForwardValue(m, x, ctx, extra, keyword);
        return out ? tensor(out.trace, out.shape ?? NO_SHAPE) : tensor(extend(x.trace, { type: 'opaque', reason: `${m.display} has no call initlint can read` }), NO_SHAPE);
      }
      default:
        return tensor(extend(x.trace, { type: 'opaque', reason: `${m.className} is not modelled` }), NO_SHAPE);
    }
  }

  /** The forward trace of a root model, from its recorded input shape (unknown sizes stay unknown). */
  rootTrace(m: ModuleObj): Trace | undefined {
    const trace = this.readRoot(m);
    // Weights custom layers made themselves are named by their path in the model ('block_2.kernel').
    if (m.framework === 'keras') nameWeights(m);
    return trace;
  }

  private readRoot(m: ModuleObj): Trace | undefined {
    const ctx: Ctx = { conditional: 0, depth: 0 };
    if (m.containerKind === 'Functional') return m.functional?.trace;
    const first = m.children.values().next().value as ModuleObj | undefined;
    const dims = m.inputShape ?? (m.containerKind === 'Sequential' ? first?.inputShape : undefined);
    const x = tensor(ROOT_TRACE(), dims ? shapeOf(dims) : NO_SHAPE);
    if (m.kind === 'container' && m.containerKind === 'Sequential') return this.applyShaped(m, x, ctx, [], new Map()).trace;
    if (m.kind !== 'custom') return undefined;
    this.dropChildren(m, this.inline.get(m) ?? []);
    this.inline.delete(m);
    if (m.framework === 'keras') this.buildOnce(m, buildShapeValue(x), ctx);
    return this.interp.callForwardValue(m, x, ctx)?.trace;
  }

  /**
   * What a Keras model's modules prove without its forward order: each layer's own `activation=`,
   * and the order inside each Sequential. The analysis uses them for layers the model's call does
   * not reach (a call() initlint cannot read).
   */
  rootFragments(root: ModuleObj): GraphNode[][] {
    if (root.framework !== 'keras') return [];
    const out: GraphNode[][] = [];
    for (const m of modulesOf(root)) {
      if (m.kind === 'layer' && m.layer && m.postActivation && !('opaque' in m.postActivation)) {
        out.push([{ type: 'layer', layer: m.layer }, { type: 'activation', activation: m.postActivation }]);
      }
      if (m.containerKind === 'Sequential' && m.children.size > 1) out.push(sequentialFragment(m));
    }
    return out;
  }

  /** Every model a global name held, also those a later assignment replaced (notebooks reuse `model`). */
  private readonly globalModels: { name: string; m: ModuleObj; range: SourceRange }[] = [];

  onGlobal(name: string, value: Value, range: SourceRange): void {
    if (value.k === 'module' && value.m.framework) this.globalModels.push({ name, m: value.m, range });
  }

  /**
   * Models beyond the file's final global values: those a later assignment replaced, Flax model
   * presets (`ResNet18 = partial(ResNet, stage_sizes=[2, 2, 2, 2], ...)`), Keras factories read
   * once per literal they select a model by, Keras models built inside functions the file never
   * calls (`def build_model(): ... return keras.Model(...)`), and Keras models built inside the
   * functions it does call (`def main(): model = build_model(); model.fit(...)`).
   */
  runModelBuilders(seen: Set<ModuleObj>): void {
    for (const { name, m, range } of this.globalModels) {
      if (seen.has(m) || !(m.kind === 'custom' || m.containerKind === 'Sequential' || m.containerKind === 'Functional')) continue;
      seen.add(m);
      const nameNode = m.classChain?.[0]?.def.childForFieldName('name');
      this.interp.addRoot(nameNode ? m.className : name, m, nameNode ? rangeOf(nameNode) : range, range);
    }
    const builders: { name: string; def: SyntaxNode }[] = [];
    for (const [name, v] of this.interp.globals) {
      if (v.k === 'partial' && v.fn.k === 'class' && v.fn.framework) {
        const out = this.interp.call(v, [], new Map(), { conditional: 0, depth: 0 }, v.fn.def);
        if (out.k === 'module' && !seen.has(out.m)) {
          seen.add(out.m);
          const range = this.interp.globalRange(name);
          this.interp.addRoot(name, out.m, range ?? rangeOf(v.fn.def), range);
        }
        continue;
      }
      if (v.k === 'func' && !v.self) builders.push({ name, def: v.def });
    }
    for (const { name, def, wrapper } of modelBuilders(builders)) {
      if (this.readFactory(name, def, seen)) continue;
      // A function the file (or a wrapper read above) ran is read already, unless it builds a model
      // itself and that run built none (a wrapper's arguments it could not follow): then it is
      // read on its own.
      if (this.called.has(def) && (wrapper || this.created.some((r) => r.node && within(r.node, def) && (seen.has(r.m) || !this.attached.has(r.m))))) continue;
      const out = this.interp.callFunction(def, undefined, [], new Map(), { conditional: 0, depth: 0 });
      const m = out.k === 'module' ? out.m : undefined;
      if (!m || seen.has(m) || !m.framework || !isModel(m)) continue;
      seen.add(m);
      const nameNode = def.childForFieldName('name');
      this.interp.addRoot(`${name}()`, m, rangeOf(nameNode ?? def));
    }
    this.rootsBuiltInFunctions(seen);
  }

  /**
   * A Keras factory (`def get_model(name): if name == 'cnn': ... elif name == 'mlp': ...`): called
   * once per literal its conditions compare a parameter with, unless the file itself calls it with
   * that literal (that model is read already). False when the function is no such factory, or
   * none of its literals gives a model.
   */
  private readFactory(fnName: string, def: SyntaxNode, seen: Set<ModuleObj>): boolean {
    const ctx: Ctx = { conditional: 0, depth: 0 };
    const choices = factoryChoices(def)
      .map((c) => ({ ...c, value: this.interp.eval(c.literal, this.interp.globals, ctx) }))
      .filter((c) => c.value.k === 'str' || c.value.k === 'num' || c.value.k === 'bool');
    if (choices.length === 0) return false;
    // One literal per branch: `elif name in ("mlp", "wide_mlp")` selects one model.
    const done = new Set<SyntaxNode>();
    const before = this.created.length;
    let read = false;
    for (const c of choices) {
      if (done.has(c.body)) continue;
      done.add(c.body);
      const index = parameterIndex(def, c.param);
      const evalLiteral = (n: SyntaxNode): Value => this.interp.eval(n, this.interp.globals, ctx);
      if (calledWithLiteral(this.interp.root, fnName, c.param, index, c.value, evalLiteral) || this.created.slice(0, before).some((r) => !r.conditional && r.node && within(r.node, c.body))) {
        read = true;
        continue;
      }
      const out = this.interp.callFunction(def, undefined, [], new Map([[c.param, c.value]]), { conditional: 0, depth: 0 });
      const m = out.k === 'module' ? out.m : undefined;
      if (!m || seen.has(m) || !m.framework || !isModel(m)) continue;
      seen.add(m);
      read = true;
      const rec = this.created.find((r) => r.m === m);
      const site = rec ? createdModelSite(rec) : undefined;
      this.interp.addRoot(`${fnName}(${compact(c.literal.text)})`, m, site?.range ?? rangeOf(c.literal));
    }
    return read;
  }

  /**
   * Keras models built outside any model's own code and reached by no root: those the functions
   * the file runs build and keep in local variables. A model built under an undecidable condition
   * is left out when the same constructor call was also read unconditionally (a factory's branch).
   */
  private rootsBuiltInFunctions(seen: Set<ModuleObj>): void {
    const certain = new Set(this.created.filter((r) => !r.conditional && r.node).map((r) => r.node!));
    for (const rec of this.created) {
      const m = rec.m;
      if (seen.has(m) || this.attached.has(m) || !isModel(m)) continue;
      if (rec.conditional && rec.node && certain.has(rec.node)) continue;
      // An empty container (a Sequential nothing was added to) has nothing to check.
      if (m.kind === 'container' && m.children.size === 0) continue;
      const site = createdModelSite(rec);
      if (!site) continue;
      seen.add(m);
      this.interp.addRoot(site.name, m, site.range);
    }
  }

  /** Keras layers whose own build() has run (Keras builds a layer once, on its first input). */
  private readonly built = new WeakSet<ModuleObj>();

  /** Runs a Keras layer class's own `build(input_shape)` the first time the layer meets an input (or `layer.build(shape)`). */
  private buildOnce(m: ModuleObj, inputShape: Value, ctx: Ctx): void {
    if (this.built.has(m)) return;
    const build = this.interp.findMethod(m, 'build');
    if (!build) return;
    this.built.add(m);
    this.interp.callFunction(build.def, { k: 'module', m }, [inputShape], new Map(), { conditional: ctx.conditional, depth: ctx.depth }, build.cls);
  }

  /** Records a Keras model built by a constructor call (Sequential, Model) or a model class, outside any model's code. */
  noteCreated(v: Value, node: SyntaxNode | undefined, ctx: Ctx): void {
    if (v.k !== 'module' || v.m.framework !== 'keras' || !isModel(v.m)) return;
    if (ctx.self?.k === 'module' && ctx.self.m.framework) return;
    const cls = v.m.classChain?.[0];
    if (v.m.kind === 'custom' && cls && !isKerasModelClass(cls, (d) => this.interp.imports.qualify(d))) return;
    this.created.push({ m: v.m, ...(node ? { node } : {}), conditional: ctx.conditional > 0 });
  }

  // ------------------------------------------------------------ model methods and tensors

  hasModuleMethod(m: ModuleObj, name: string): boolean {
    if (m.framework === 'flax' && name === 'param' && this.flaxParam) return true;
    return m.framework === 'keras' ? KERAS_METHODS.has(name) : FLAX_METHODS.has(name);
  }

  moduleMethod(m: ModuleObj, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (m.framework === 'flax' && name === 'param' && this.flaxParam) return this.flaxParam(m, positional, keyword, ctx, node);
    // `Model().init(key, x)`, `MyModel().build(...)`: a model the file uses without naming it.
    if (ctx.self === undefined && m.kind === 'custom') this.globalModels.push({ name: m.className, m, range: rangeOf(statementOf(node)) });
    switch (name) {
      case 'add':
        if (m.containerKind === 'Sequential' && positional[0]) this.addToSequential(m, positional[0], node);
        return NONE;
      case 'pop':
        if (m.containerKind === 'Sequential') {
          const last = [...m.children.keys()].pop();
          if (last !== undefined) this.dropChildren(m, [last]);
        }
        return NONE;
      case 'build': {
        const dims = shapeArg(positional[0] ?? keyword.get('input_shape'));
        if (dims && dims.length >= 2) m.inputShape ??= dims.slice(1);
        if (m.framework === 'keras') this.buildOnce(m, positional[0] ?? keyword.get('input_shape') ?? UNKNOWN, ctx);
        return NONE;
      }
      case 'add_weight':
      case 'add_variable':
        return m.framework === 'keras' ? addWeight(m, this.layerCall(ADD_WEIGHT_CTOR, name, positional, keyword, ctx, node), node) : UNKNOWN;
      case 'init':
      case 'init_with_output':
      case 'tabulate':
      case 'apply':
      case 'lazy_init': {
        const x = positional[1];
        if (x?.k === 'tensor' && x.shape?.dims) m.inputShape ??= x.shape.dims;
        return UNKNOWN;
      }
      default:
        return m.framework === 'keras' && name === 'get_layer' ? UNKNOWN : NONE;
    }
  }

  /** `x.shape` of a tensor whose rank is known: (batch, *dims). */

  /** Tuples a Flax module's __call__ returned (`return x, aux`), by the trace of their output tensor. */
  private readonly flaxTuples = new WeakMap<Trace, Value & { k: 'seq' }>();

  /**
   * A Flax module's __call__ on a tensor, as callForwardValue runs it, but remembering a tuple it
   * returns (`return x, out`; the `(carry, y)` of an nn.scan body) so that the caller can unpack it.
   */
  private callFlax(m: ModuleObj, x: Tensor, ctx: Ctx, extra: Value[], keyword: Map<string, Value>): Tensor | undefined {
    const method = this.interp.findMethod(m, '__call__');
    if (!method || ctx.depth >= this.interp.limits.callDepth) return undefined;
    const value = this.interp.callFunction(method.def, { k: 'module', m }, [x, ...extra], keyword, ctx, method.cls);
    let out = firstTensor(value);
    // nn.scan(Block, length=n): the block applied n times with its own variables each time.
    const n = m.attrs.get(SCAN_LENGTH_ATTR);
    if (out && n?.k === 'num' && isAncestor(x.trace, out.trace) && out.trace !== x.trace) {
      const repeated = tensor(extend(x.trace, { type: 'repeat', count: n.v, body: nodesSince(out.trace, x.trace) }), out.shape ?? NO_SHAPE);
      if (value.k === 'seq') this.flaxTuples.set(repeated.trace, { ...value, items: value.items.map((v) => (v === out ? repeated : v)) });
      return repeated;
    }
    if (out && value.k === 'seq') this.flaxTuples.set(out.trace, value);
    return out;
  }
}

/** The module objects that are models of their own: a model class of the file, a Sequential, a functional model. */
function isModel(m: ModuleObj): boolean {
  return m.kind === 'custom' || m.containerKind === 'Sequential' || m.containerKind === 'Functional';
}

/** A Sequential's children as graph nodes in order (layers with their own activation); anything else is a cut. */
function sequentialFragment(m: ModuleObj): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (const child of m.children.values()) {
    if (child.kind === 'layer' && child.layer) {
      nodes.push({ type: 'layer', layer: child.layer });
      const pa = child.postActivation;
      if (pa) nodes.push('opaque' in pa ? { type: 'opaque', reason: pa.opaque } : { type: 'activation', activation: pa });
    } else if (child.kind === 'activation' && child.activation) {
      if (child.activation.kind !== 'identity') nodes.push({ type: 'activation', activation: child.activation });
    } else if (child.kind !== 'passthrough') nodes.push({ type: 'opaque', reason: `${child.display} in ${m.display}` });
  }
  return nodes;
}
