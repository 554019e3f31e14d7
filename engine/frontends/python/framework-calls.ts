// Keras and Flax calling conventions for the interpreter, created only for files that import one
// of them (PyTorch files never reach this code):
// - constructors of Keras layers / Flax modules, initializers, activations and pooling functions;
// - Keras `Sequential([...])` / `model.add(...)`, the functional API (`keras.Input`, layer calls,
//   `keras.Model(inputs, outputs)`), subclassed models with `call()`; Flax linen dataclass modules
//   with `setup()` or an `@nn.compact __call__` (submodules created inline are named `Dense_0`, as
//   Flax names them), nnx modules with `__init__`/`__call__`;
// - tensor shapes through the forward pass, since both frameworks build a layer's weights from the
//   first input it sees (`model.build(...)`, `model.init(key, x)`, `keras.Input(shape=...)`).
import type { Activation, Framework, GraphNode, SourceRange } from '../../model/graph';
import { flaxActivation, flaxBase, flaxInitializerCall, flaxModule, flaxPath, flaxPool, flaxPoolShape } from './flax-modules';
import { BATCH_DIM, type Ctx, type Interpreter, firstTensor, kids, rangeOf, statementOf } from './interpreter';
import { isKerasBase, kerasActivation, kerasAutoName, kerasInitializerCall, kerasInputShape, kerasLayer, kerasPath } from './keras-layers';
import { activationModule, ACTIVATION_NAMES, type ArgSite, type LayerCall, otherModule } from './layer-build';
import { dimOf, flattenShape, reshapeShape, shapeArg } from './shapes';
import type { SyntaxNode } from './syntax';
import { ROOT_TRACE, addTraces, extend, nodesSince, toNodes } from '../shared/trace';
import { type ClassValue, type ModuleObj, NONE, NO_SHAPE, type Trace, type TensorShape, UNKNOWN, type Value, assignPaths, newModule, num, shapeOf } from './values';

type Tensor = Value & { k: 'tensor' };

const tensor = (trace: Trace, shape: TensorShape): Tensor => (shape.dims || shape.width !== undefined ? { k: 'tensor', trace, shape } : { k: 'tensor', trace, shape: NO_SHAPE });

/** Model methods read for their effect on the input shape; the rest do nothing to the model. */
const KERAS_METHODS = new Set(['add', 'pop', 'build', 'summary', 'compile', 'fit', 'evaluate', 'predict', 'save', 'save_weights', 'load_weights', 'count_params', 'get_layer']);
const FLAX_METHODS = new Set(['init', 'init_with_output', 'apply', 'tabulate', 'bind', 'lazy_init']);

/** Short text for names in messages. */
function compact(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

export class FrameworkCalls {
  /** Function definitions the interpreter ran (uncalled Keras model builders are run at the end). */
  readonly called = new Set<SyntaxNode>();
  /** Modules attached to a parent (so a compact or functional use does not attach them again). */
  private readonly attached = new WeakSet<ModuleObj>();
  /** Children a Flax compact __call__ created, dropped when it runs again. */
  private readonly inline = new Map<ModuleObj, string[]>();
  /** Module applications outside any model's call (the Keras functional API), with the nodes each added. */
  private readonly applied: { m: ModuleObj; nodes: GraphNode[] }[] = [];
  /** Containers being applied (cycle guard). */
  private readonly applying = new Set<ModuleObj>();

  constructor(private readonly interp: Interpreter) {}

  // ------------------------------------------------------------ classes

  baseFramework(q: string): { framework: Framework; linen: boolean } | undefined {
    const kp = kerasPath(q);
    if (kp !== undefined && isKerasBase(kp)) return { framework: 'keras', linen: false };
    const f = flaxBase(q);
    if (f) return { framework: 'flax', linen: f === 'linen' };
    return undefined;
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
    return m;
  }

  /** Submodules kept in lists and dicts are registered (Flax and Keras track them): `layers_0`, `blocks_1`. */
  noteAttribute(m: ModuleObj, attr: string, value: Value): void {
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
        let i = 0;
        while (parent.children.has(`${cls}_${i}`)) i++;
        name = `${cls}_${i}`;
      } else name = this.uniqueName(parent, kerasAutoName(cls));
    }
    this.attachAs(parent, name, m);
    const list = this.inline.get(parent) ?? [];
    list.push(name);
    this.inline.set(parent, list);
  }

  private uniqueName(parent: ModuleObj, base: string): string {
    if (!parent.children.has(base)) return base;
    let i = 1;
    while (parent.children.has(`${base}_${i}`)) i++;
    return `${base}_${i}`;
  }

  // ------------------------------------------------------------ library calls

  /** Keyword arguments written in functools.partial(...) calls being applied (innermost last). */
  private readonly partialSites: Map<string, ArgSite>[] = [];

  withSites<T>(sites: Map<string, ArgSite>, run: () => T): T {
    this.partialSites.push(sites);
    try {
      return run();
    } finally {
      this.partialSites.pop();
    }
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

  private layerCall(qualified: string, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): LayerCall {
    const partials = [...this.partialSites];
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
  libCall(name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (name === 'functools.partial') {
      const fn = positional[0];
      if (!fn) return UNKNOWN;
      const sites = new Map<string, ArgSite>();
      for (const kw of keyword.keys()) {
        const site = this.argSite(node, kw);
        if (site) sites.set(kw, site);
      }
      return { k: 'partial', fn, positional: positional.slice(1), keyword: new Map(keyword), sites };
    }
    const kp = kerasPath(name);
    if (kp !== undefined) return this.kerasCall(kp, name, positional, keyword, ctx, node);
    if (name.startsWith('tensorflow.')) return this.tfCall(name.slice(11), name, positional, keyword, node);
    const fp = flaxPath(name);
    if (fp) return this.flaxCall(fp.flavor, fp.rest, name, positional, keyword, ctx, node);
    if (name.startsWith('jax.')) return this.jaxCall(name, positional, keyword, node);
    if (name.startsWith('numpy.')) return this.arrayFactory(name.slice(6), positional, keyword);
    return undefined;
  }

  private kerasCall(path: string, q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (path === 'Sequential' || path === 'models.Sequential') return this.sequential('keras', positional[0] ?? keyword.get('layers'), node, keyword);
    if (path === 'Model' || path === 'models.Model') return this.functionalModel(positional, keyword, node);
    if (path === 'Input' || path === 'layers.Input') return tensor(ROOT_TRACE(), kerasInputShape(positional, keyword));
    if (path.startsWith('initializers.')) return kerasInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (path.startsWith('applications.')) return { k: 'module', m: otherModule('keras', q, compact(node.text)) };
    const x = positional[0];
    if (path.startsWith('activations.') || path.startsWith('ops.')) {
      if (x?.k !== 'tensor') return undefined;
      return this.activationCall(path.slice(path.indexOf('.') + 1), path.startsWith('ops.') ? 'keras.ops' : 'keras', x, positional, keyword, node);
    }
    const layer = /^layers\.(?:\w+\.)*(\w+)$/.exec(path);
    if (!layer) return undefined;
    const cls = layer[1]!;
    if (/^[a-z]/.test(cls)) {
      // Functional merges: layers.add([x, y]), layers.concatenate([...]).
      const items = x?.k === 'seq' ? x.items : positional;
      return this.merge(cls === 'add' ? 'add' : 'other', items, node);
    }
    const m = kerasLayer(this.layerCall(q, cls, positional, keyword, ctx, node), cls) ?? otherModule('keras', `keras.layers.${cls}`, compact(node.text));
    return { k: 'module', m };
  }

  /** tf.nn / tf.math activations, tf initializers, tf.ones/zeros as dummy inputs. */
  private tfCall(path: string, q: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    const init = kerasInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (init) return init;
    const x = positional[0];
    if (x?.k === 'tensor' && /^(nn\.|math\.)?\w+$/.test(path)) return this.activationCall(path.slice(path.lastIndexOf('.') + 1), 'tf', x, positional, keyword, node);
    if (/^(ones|zeros|random\.normal|random\.uniform)$/.test(path)) return this.arrayFactory(path, positional, keyword);
    return undefined;
  }

  private flaxCall(flavor: 'linen' | 'nnx', rest: string, q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (rest.startsWith('initializers.')) return flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (rest === 'with_logical_partitioning' || rest === 'with_partitioning') return positional[0] ?? UNKNOWN;
    if (rest === 'Sequential') return this.sequential('flax', flavor === 'nnx' ? { k: 'seq', items: positional, tuple: true } : (positional[0] ?? keyword.get('layers')), node, keyword, flavor);
    const x = positional[0];
    if (x?.k === 'tensor') {
      if (flaxPool(q)) return tensor(x.trace, flaxPoolShape(x.shape ?? NO_SHAPE, positional, keyword));
      const a = flaxActivation(q, keyword, positional, rangeOf(node), compact(node.text));
      if (a) return this.withActivation(x, a, node);
      if (/^[a-z_]+$/.test(rest)) return undefined;
    }
    if (!/^[A-Z]\w*$/.test(rest)) return undefined;
    const m = flaxModule(this.layerCall(q, rest, positional, keyword, ctx, node), flavor, rest);
    if (!m) return undefined;
    const given = keyword.get('name');
    if (given?.k === 'str') m.givenName = given.v;
    return { k: 'module', m };
  }

  private jaxCall(q: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    const init = flaxInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (init) return init;
    const x = positional[0];
    if (x?.k === 'tensor') {
      const a = flaxActivation(q, keyword, positional, rangeOf(node), compact(node.text));
      if (a) return this.withActivation(x, a, node);
      if (q === 'jax.numpy.mean' || q === 'jax.numpy.max') return tensor(x.trace, this.reduced(x, positional[1] ?? keyword.get('axis')));
      if (q === 'jax.numpy.reshape') return this.reshape(x, [positional[1] ?? keyword.get('newshape') ?? keyword.get('shape') ?? UNKNOWN]);
      if (q === 'jax.numpy.asarray' || q === 'jax.numpy.array') return x;
      return undefined;
    }
    if (q.startsWith('jax.numpy.')) return this.arrayFactory(q.slice(10), positional, keyword);
    if (q === 'jax.random.normal' || q === 'jax.random.uniform') return this.arrayFactory('random.normal', positional.slice(1), keyword);
    return undefined;
  }

  /** `np.ones((1, 784))`, `jnp.zeros([1, 28, 28, 1])`: a dummy batch, read as an input of that per-example shape. */
  private arrayFactory(fn: string, positional: Value[], keyword: Map<string, Value>): Value | undefined {
    if (!/^(ones|zeros|empty|random\.normal|random\.uniform|random\.rand|random\.randn)$/.test(fn)) return undefined;
    const raw = fn === 'random.rand' || fn === 'random.randn' ? { k: 'seq' as const, items: positional, tuple: true } : (keyword.get('shape') ?? keyword.get('size') ?? (fn.startsWith('random.') && fn !== 'random.normal' ? undefined : positional[0]));
    const dims = raw?.k === 'seq' ? shapeArg(raw) : undefined;
    if (!dims || dims.length < 2) return UNKNOWN;
    return tensor(ROOT_TRACE(), shapeOf(dims.slice(1)));
  }

  private withActivation(x: Tensor, a: Activation | { opaque: string }, node: SyntaxNode): Tensor {
    if ('opaque' in a) return tensor(extend(x.trace, { type: 'opaque', reason: a.opaque, range: rangeOf(node) }), NO_SHAPE);
    if (a.kind === 'identity') return x;
    return tensor(extend(x.trace, { type: 'activation', activation: a }), x.shape ?? NO_SHAPE);
  }

  /** keras.activations.*, keras.ops.*, tf.nn.* and tf.math.* applied to a tensor. */
  private activationCall(fn: string, where: 'keras' | 'keras.ops' | 'tf', x: Tensor, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    const range = rangeOf(node);
    const text = compact(node.text);
    if (fn === 'gelu') {
      const approx = positional[1] ?? keyword.get('approximate');
      const tanh = approx === undefined ? where === 'keras.ops' : approx.k === 'bool' ? approx.v : undefined;
      if (tanh === undefined) return this.withActivation(x, { opaque: text }, node);
      return this.withActivation(x, { kind: tanh ? 'gelu_tanh' : 'gelu', range, text }, node);
    }
    if (fn === 'leaky_relu') {
      const s = positional[1] ?? keyword.get('negative_slope') ?? keyword.get('alpha');
      if (s !== undefined && s.k !== 'num') return this.withActivation(x, { opaque: text }, node);
      return this.withActivation(x, { kind: 'leaky_relu', param: s?.k === 'num' ? s.v : 0.2, range, text }, node);
    }
    if (!(fn in ACTIVATION_NAMES)) return undefined;
    // Extra arguments (relu's max_value, threshold) change the function: not modelled.
    if (positional.length > 1 || (fn !== 'softmax' && fn !== 'log_softmax' && keyword.size > 0 && ![...keyword.keys()].every((k) => k === 'name'))) return this.withActivation(x, { opaque: text }, node);
    const a = kerasActivation({ k: 'str', v: fn }, range, text);
    return a === undefined ? x : this.withActivation(x, a, node);
  }

  private merge(kind: 'add' | 'other', items: Value[], node: SyntaxNode): Value {
    const ts = items.filter((v): v is Tensor => v.k === 'tensor');
    if (ts.length === 0) return UNKNOWN;
    if (kind === 'add' && ts.length === 2 && ts.length === items.length) {
      const [a, b] = ts as [Tensor, Tensor];
      const w = a.shape?.width;
      return tensor(addTraces(a.trace, b.trace), w !== undefined && w === b.shape?.width ? (a.shape ?? NO_SHAPE) : NO_SHAPE);
    }
    return tensor(extend(ts[0]!.trace, { type: 'opaque', reason: `merging ${ts.length} tensors (${compact(node.text).slice(0, 40)})`, range: rangeOf(node) }), NO_SHAPE);
  }

  // ------------------------------------------------------------ containers

  private sequential(framework: Framework, list: Value | undefined, node: SyntaxNode, keyword: Map<string, Value>, flavor?: 'linen' | 'nnx'): Value {
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
  private functionalModel(positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    const outputs = keyword.get('outputs') ?? positional[1];
    const out = outputs ? firstTensor(outputs) : undefined;
    if (!out) return { k: 'module', m: otherModule('keras', 'keras.Model', compact(node.text)) };
    const m = newModule('container', 'keras.Model', compact(node.text));
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
    const seen = new Set<ModuleObj>();
    for (const rec of this.applied) {
      if (seen.has(rec.m) || !rec.nodes.some((n) => reached.has(n))) continue;
      seen.add(rec.m);
      const child = rec.m;
      const name = child.givenName ?? this.uniqueName(m, kerasAutoName(child.className));
      m.children.set(name, child);
      this.attached.add(child);
      if (child.layer && child.layer.name === child.display) child.layer.name = name;
    }
    return { k: 'module', m };
  }

  // ------------------------------------------------------------ applying modules

  /** Calling a Keras layer / Flax module: on a tensor, a list of tensors (Keras merges), or something else. */
  callModule(m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    const x = positional[0] ?? keyword.get('inputs') ?? keyword.get('x') ?? keyword.get('inputs_q');
    if (m.merge) {
      if (x?.k === 'seq') return this.merge(m.merge, x.items, node);
      if (x?.k === 'tensor') return this.merge(m.merge, positional, node);
    }
    if (x?.k !== 'tensor') {
      const t = positional.find((v): v is Tensor => v.k === 'tensor') ?? (x?.k === 'seq' ? x.items.find((v): v is Tensor => v.k === 'tensor') : undefined);
      if (!t) return UNKNOWN;
      return tensor(extend(t.trace, { type: 'opaque', reason: `calling ${m.display} on more than one input`, range: rangeOf(node) }), NO_SHAPE);
    }
    this.attachInline(m, ctx);
    const out = this.applyShaped(m, x, ctx, positional.slice(1), keyword);
    if (ctx.self?.k !== 'module' || !ctx.self.m.framework) this.applied.push({ m, nodes: nodesSince(out.trace, x.trace) });
    if ((m.kind === 'custom' || m.containerKind === 'Sequential') && x.shape?.dims && !m.inputShape) m.inputShape = x.shape.dims;
    if (m.returnsState) return { k: 'seq', items: [out, UNKNOWN, UNKNOWN], tuple: false };
    const outs = m.functional?.outputs;
    if (outs && outs.length > 1) {
      const replay = (trace: Trace): Trace => toNodes(trace).reduce((t, n) => extend(t, n), x.trace);
      return { k: 'seq', items: [out, ...outs.slice(1).map((o) => tensor(replay(o.trace), o.shape))], tuple: false };
    }
    return out;
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
        for (const name of this.inline.get(m) ?? []) m.children.delete(name);
        this.inline.delete(m);
        const out = this.interp.callForwardValue(m, x, ctx, extra, keyword);
        return out ? tensor(out.trace, out.shape ?? NO_SHAPE) : tensor(extend(x.trace, { type: 'opaque', reason: `${m.display} has no call initlint can read` }), NO_SHAPE);
      }
      default:
        return tensor(extend(x.trace, { type: 'opaque', reason: `${m.className} is not modelled` }), NO_SHAPE);
    }
  }

  /** The forward trace of a root model, from its recorded input shape (unknown sizes stay unknown). */
  rootTrace(m: ModuleObj): Trace | undefined {
    const ctx: Ctx = { conditional: 0, depth: 0 };
    if (m.containerKind === 'Functional') return m.functional?.trace;
    const first = m.children.values().next().value as ModuleObj | undefined;
    const dims = m.inputShape ?? (m.containerKind === 'Sequential' ? first?.inputShape : undefined);
    const x = tensor(ROOT_TRACE(), dims ? shapeOf(dims) : NO_SHAPE);
    if (m.kind === 'container' && m.containerKind === 'Sequential') return this.applyShaped(m, x, ctx, [], new Map()).trace;
    if (m.kind !== 'custom') return undefined;
    for (const name of this.inline.get(m) ?? []) m.children.delete(name);
    this.inline.delete(m);
    return this.interp.callForwardValue(m, x, ctx)?.trace;
  }

  /** Every model a global name held, also those a later assignment replaced (notebooks reuse `model`). */
  private readonly globalModels: { name: string; m: ModuleObj; range: SourceRange }[] = [];

  noteGlobal(name: string, m: ModuleObj, range: SourceRange): void {
    this.globalModels.push({ name, m, range });
  }

  /**
   * Models beyond the file's final global values: those a later assignment replaced, Keras models
   * built inside functions the file never calls (`def build_model(): ... return keras.Model(...)`),
   * and Flax model presets (`ResNet18 = partial(ResNet, stage_sizes=[2, 2, 2, 2], ...)`).
   */
  runModelBuilders(seen: Set<ModuleObj>): void {
    for (const { name, m, range } of this.globalModels) {
      if (seen.has(m) || !(m.kind === 'custom' || m.containerKind === 'Sequential' || m.containerKind === 'Functional')) continue;
      seen.add(m);
      const nameNode = m.classChain?.[0]?.def.childForFieldName('name');
      this.interp.addRoot(nameNode ? m.className : name, m, nameNode ? rangeOf(nameNode) : range, range);
    }
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
      if (v.k !== 'func' || v.self || this.called.has(v.def)) continue;
      const body = v.def.childForFieldName('body');
      if (!body || !/\b(Model|Sequential)\s*\(/.test(body.text)) continue;
      const out = this.interp.callFunction(v.def, undefined, [], new Map(), { conditional: 0, depth: 0 });
      const m = out.k === 'module' ? out.m : undefined;
      if (!m || seen.has(m) || !m.framework || !(m.kind === 'custom' || m.containerKind === 'Sequential' || m.containerKind === 'Functional')) continue;
      seen.add(m);
      const nameNode = v.def.childForFieldName('name');
      this.interp.addRoot(`${name}()`, m, rangeOf(nameNode ?? v.def));
    }
  }

  // ------------------------------------------------------------ model methods and tensors

  isModelMethod(m: ModuleObj, name: string): boolean {
    return m.framework === 'keras' ? KERAS_METHODS.has(name) : FLAX_METHODS.has(name);
  }

  modelMethod(m: ModuleObj, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    // `Model().init(key, x)`, `MyModel().build(...)`: a model the file uses without naming it.
    if (ctx.self === undefined && m.kind === 'custom') this.globalModels.push({ name: m.className, m, range: rangeOf(statementOf(node)) });
    switch (name) {
      case 'add':
        if (m.containerKind === 'Sequential' && positional[0]) this.addToSequential(m, positional[0], node);
        return NONE;
      case 'pop':
        if (m.containerKind === 'Sequential') {
          const last = [...m.children.keys()].pop();
          if (last !== undefined) m.children.delete(last);
        }
        return NONE;
      case 'build': {
        const dims = shapeArg(positional[0] ?? keyword.get('input_shape'));
        if (dims && dims.length >= 2) m.inputShape ??= dims.slice(1);
        return NONE;
      }
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
  tensorAttr(x: Tensor, attr: string): Value {
    const dims = x.shape?.dims;
    if (!dims) return UNKNOWN;
    if (attr === 'ndim') return num(dims.length + 1);
    return { k: 'seq', items: [BATCH_DIM, ...dims.map((d) => (d === undefined ? UNKNOWN : num(d)))], tuple: true };
  }

  /** Methods of shaped tensors: reshape/flatten and reductions keep track of the shape; the rest drop it. */
  tensorMethod(x: Tensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    if (name === 'reshape' || name === 'view') return this.reshape(x, positional);
    if (name === 'mean' || name === 'max' || name === 'sum') {
      if (name === 'sum') return tensor(extend(x.trace, { type: 'opaque', reason: 'a sum over axes', range: rangeOf(node) }), NO_SHAPE);
      return tensor(x.trace, this.reduced(x, positional[0] ?? keyword.get('axis')));
    }
    if (name === 'astype') return x;
    return this.interp.tensorMethod({ k: 'tensor', trace: x.trace }, name, positional, keyword, node);
  }

  private reshape(x: Tensor, positional: Value[]): Tensor {
    const raw: Value = positional.length === 1 && positional[0]!.k === 'seq' ? positional[0]! : { k: 'seq', items: positional, tuple: true };
    if (raw.k !== 'seq' || raw.items.length < 1) return tensor(x.trace, NO_SHAPE);
    const [first, ...rest] = raw.items;
    const batch = first === BATCH_DIM || first?.k === 'unknown' || (first?.k === 'num' && first.v === -1 && rest.length > 0);
    if (!batch) return tensor(x.trace, NO_SHAPE);
    if (rest.length === 1 && rest[0]!.k === 'num' && rest[0].v === -1) return tensor(x.trace, flattenShape(x.shape ?? NO_SHAPE));
    const target = rest.map((v) => (v.k === 'num' && v.v === -1 ? undefined : dimOf(v)));
    return tensor(x.trace, reshapeShape(x.shape ?? NO_SHAPE, target, { k: 'seq', items: rest, tuple: true }));
  }

  /** mean/max over spatial axes (global pooling): the channels stay when the last axis is kept. */
  private reduced(x: Tensor, axis: Value | undefined): TensorShape {
    const dims = x.shape?.dims;
    const rank = dims ? dims.length + 1 : undefined;
    const axes = axis?.k === 'num' ? [axis.v] : axis?.k === 'seq' && axis.items.every((v) => v.k === 'num') ? axis.items.map((v) => (v as { v: number }).v) : undefined;
    if (!axes || rank === undefined) return NO_SHAPE;
    const norm = axes.map((a) => (a < 0 ? rank + a : a));
    if (norm.includes(0) || norm.includes(rank - 1)) return NO_SHAPE;
    const kept = dims!.filter((_, i) => !norm.includes(i + 1));
    return shapeOf(kept);
  }
}
