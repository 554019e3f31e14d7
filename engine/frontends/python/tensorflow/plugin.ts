// The TensorFlow plug-in, for TensorFlow outside Keras (`tensorflow.*` names that are not
// `tensorflow.keras.*`): raw variables and the graphs built from them (TF1 and TF2), tf.layers, RNN
// cells, tf.Module classes, TensorFlow's own initializers and initial-value ops, tf.nn / tf.math
// activations, and tf.ones / tf.zeros / tf.random batches as dummy inputs of Keras models. Created
// for files that import tensorflow or keras. Module objects of framework 'tensorflow' are its own.
// Where things live: initials.ts (ops and initializer objects), variables.ts (variables and the
// products that make them layers), layers.ts (tf.layers, cells, norms), graphs.ts (what a model is),
// version.ts (TF1 or TF2); the semantics are engine/init's (catalogue/tensorflow.ts, defaults/tensorflow.ts).
import { extend, addTraces, ROOT_TRACE } from '../../shared/trace';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import type { SourceRange } from '../../../model/graph';
import { type ClassValue, type ModuleObj, NO_SHAPE, type Trace, UNKNOWN, type Value, isKnownNumber, iterate, num } from '../eval/values';
import { activationCall } from '../keras/functions';
import { kerasPath } from '../keras/layers';
import type { ClassBase, FrameworkPlugin, Param, Tensor } from '../plugin';
import { reshape, tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { TfGraphs } from './graphs';
import { argNodes, calledInitializer, initializerObject, isTfInitial, opInitial, scaledInitial } from './initials';
import { cellsOf, lstmCell, multiCell, normLayer, runCells, tfLayer } from './layers';
import { convStep, denseStep, initialSpec, isTfVariable, nameFromContext, newVariable, placeholderShape, withBias } from './variables';
import { type TfVersion, tfVersionOf } from './version';
import { dimsOf, paddingOf, poolShape, shapeArg } from '../shaped/shapes';

/** Shape-keeping ops: the values pass through unchanged for the chain (dropout scales at training only). */
const PASSTHROUGH = new Set(['nn.dropout', 'identity', 'layers.dropout', 'stop_gradient']);
const POOLS = /^(nn\.(max_pool|avg_pool)(2d)?|layers\.(max_pooling2d|average_pooling2d))$/;
const MATH_ON_NUMBERS = new Set(['sqrt', 'math.sqrt', 'cast', 'to_float', 'rsqrt', 'math.rsqrt']);
const LSTM_CELLS: Record<string, 'BasicLSTMCell' | 'LSTMCell'> = { BasicLSTMCell: 'BasicLSTMCell', LSTMCell: 'LSTMCell', LSTMBlockCell: 'BasicLSTMCell' };
const CELL_HOME = /^(nn\.rnn_cell|contrib\.rnn|nn)\.(\w+)$/;

/** A call applied to a tensor: the tensor, the other arguments, and whether a variable came before it (tf.matmul(W, x)). */
interface Applied {
  x: Tensor;
  rest: Value[];
  kw: Map<string, Value>;
  variableFirst?: boolean;
}

export class TensorFlowPlugin implements FrameworkPlugin {
  readonly name = 'tensorflow';
  readonly modules = ['tensorflow'] as const;
  private readonly version: TfVersion | undefined;
  /** The file sets a variable-scope initializer: get_variable's glorot default may not apply anywhere. */
  private readonly scopeInitializer: boolean;
  private readonly graphs: TfGraphs;

  constructor(private readonly interp: Interpreter) {
    const text = interp.root.text;
    this.version = tfVersionOf(text, interp.imports);
    this.scopeInitializer = /variable_scope\s*\([^)]*\binitializer\s*=|\.set_initializer\s*\(|arg_scope\s*\(/s.test(text);
    this.graphs = new TfGraphs(interp);
  }

  classBase(q: string): ClassBase | undefined {
    return q === 'tensorflow.Module' || q === 'tensorflow.compat.v2.Module' ? { framework: 'tensorflow' } : undefined;
  }

  ownsName(q: string): boolean {
    return q.startsWith('tensorflow.') && kerasPath(q) === undefined;
  }

  // ------------------------------------------------------------ tf.Module classes

  instantiate(cls: ClassValue, m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj {
    m.framework = 'tensorflow';
    const init = this.interp.findClassMethod(cls, '__init__');
    if (init) this.interp.callFunction(init.def, { k: 'module', m }, positional, keyword, ctx, init.cls);
    return m;
  }

  forwardMethod(): string {
    return '__call__';
  }

  callModule(m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): Value {
    const x = positional[0];
    if (x?.k !== 'tensor') return UNKNOWN;
    if (m.kind === 'custom') return this.interp.callForwardValue(m, x, ctx, positional.slice(1), keyword) ?? tensor(extend(x.trace, { type: 'opaque', reason: `${m.display} has no __call__ initlint can read` }), NO_SHAPE);
    return UNKNOWN;
  }

  rootTrace(m: ModuleObj): Trace | undefined {
    const known = this.graphs.traces.get(m);
    if (known) return known;
    if (m.kind !== 'custom' || m.className === 'tensorflow graph') return undefined;
    return this.interp.callForwardValue(m, tensor(ROOT_TRACE(), NO_SHAPE), { conditional: 0, depth: 0 })?.trace;
  }

  onGlobal(name: string, value: Value, range: SourceRange): void {
    this.graphs.onGlobal(name, value, range);
  }

  runModelBuilders(): void {
    this.graphs.addModels();
  }

  // ------------------------------------------------------------ calls

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const full = q.slice('tensorflow.'.length);
    const path = full.replace(/^compat\.v[12]\./, '');
    const conditional = ctx.conditional > 0;
    const init = initializerObject(full, this.version, positional, keyword, node);
    if (init) return init;
    const op = opInitial(full, positional, keyword, node, conditional);
    if (op) return op;
    if (path === 'Variable' || path === 'contrib.eager.Variable') return this.variable(positional[0] ?? keyword.get('initial_value'), node, ctx);
    if (path === 'get_variable') return this.getVariable(positional, keyword, node, ctx);
    if (path === 'placeholder' || path === 'placeholder_with_default') {
      const shape = path === 'placeholder' ? (keyword.get('shape') ?? positional[1]) : (keyword.get('shape') ?? positional[1]);
      return tensor(ROOT_TRACE(), placeholderShape(shapeArg(shape)));
    }
    if (MATH_ON_NUMBERS.has(path) && isKnownNumber(positional[0])) {
      const v = positional[0].v;
      return path.endsWith('rsqrt') ? num(1 / Math.sqrt(v)) : path.endsWith('sqrt') ? num(Math.sqrt(v)) : num(v);
    }
    const cell = CELL_HOME.exec(path);
    if (cell && LSTM_CELLS[cell[2]!]) return this.cell(LSTM_CELLS[cell[2]!]!, q, positional, keyword, node, ctx);
    if (cell && cell[2] === 'MultiRNNCell') return multiCell(iterate(positional[0] ?? keyword.get('cells') ?? UNKNOWN), node);
    if (cell && /Wrapper$/.test(cell[2]!)) return cellsOf(positional[0] ?? keyword.get('cell')) ? (positional[0] ?? keyword.get('cell'))! : UNKNOWN;
    if (/^(nn|contrib\.rnn|nn\.rnn_cell)\.(static_rnn|dynamic_rnn)$/.test(path) || path === 'contrib.rnn.static_rnn') {
      const cells = cellsOf(positional[0] ?? keyword.get('cell'));
      const x = positional[1] ?? keyword.get('inputs');
      if (cells && x?.k === 'tensor') {
        this.graphs.stepAt(node);
        return runCells(cells, x);
      }
      return UNKNOWN;
    }
    if (/^(nn|contrib\.rnn|nn\.rnn_cell)\.(static_bidirectional_rnn|bidirectional_dynamic_rnn)$/.test(path)) {
      // Forward and backward cells over the same input, outputs concatenated: the cells get their
      // input width (their kernels' shapes), the output continues through an opaque step.
      const fw = cellsOf(positional[0] ?? keyword.get('cell_fw'));
      const bw = cellsOf(positional[1] ?? keyword.get('cell_bw'));
      const x = positional[2] ?? keyword.get('inputs');
      if (!fw || !bw || x?.k !== 'tensor') return UNKNOWN;
      runCells(fw, x);
      runCells(bw, x);
      const out = tensor(extend(x.trace, { type: 'opaque', reason: 'the concatenated outputs of a bidirectional RNN', range: rangeOf(node) }), NO_SHAPE);
      return { k: 'seq', items: [out, UNKNOWN, UNKNOWN], tuple: true };
    }
    const xs = this.inputOf(positional, keyword);
    if (!xs) return undefined;
    return this.onTensor(path, q, xs, node, ctx);
  }

  /** The tensor a call applies to (first positional, or `inputs=` / `x=` / `value=`), and the other arguments. */
  private inputOf(positional: Value[], keyword: Map<string, Value>): Applied | undefined {
    if (positional[0]?.k === 'tensor') return { x: positional[0], rest: positional.slice(1), kw: keyword };
    for (const key of ['inputs', 'input', 'x', 'value', 'features']) {
      const v = keyword.get(key);
      if (v?.k === 'tensor') {
        const kw = new Map(keyword);
        kw.delete(key);
        return { x: v, rest: positional, kw };
      }
    }
    // tf.matmul(W, x): the variable first.
    if (positional[0] && isTfVariable(positional[0]) && positional[1]?.k === 'tensor') return { x: positional[1], rest: [positional[0], ...positional.slice(2)], kw: keyword, variableFirst: true };
    return undefined;
  }

  private onTensor(path: string, q: string, applied: Applied, node: SyntaxNode, ctx: Ctx): Value | undefined {
    const { x, rest, kw } = applied;
    const nodes = argNodes(node);
    if (path === 'matmul' || path === 'linalg.matmul') {
      const other = rest[0] ?? kw.get('b');
      const transposeA = kw.get('transpose_a');
      const transposeB = kw.get('transpose_b');
      if (transposeA?.k === 'bool' && transposeA.v) return this.opaque(x, node, 'a product with a transposed input');
      // tf.matmul(W, x): W in (out, in) layout.
      const wFirst = applied.variableFirst === true;
      if (other && isTfVariable(other)) {
        this.graphs.stepAt(node);
        const inAxis = wFirst ? 1 : transposeB?.k === 'bool' && transposeB.v ? 1 : 0;
        return denseStep(x, other, inAxis, (wFirst ? nodes.positional[0] : nodes.positional[1])?.text ?? other.layer.name);
      }
      // A Keras custom layer's own weight (`tf.matmul(inputs, self.w)` in call()): Keras' reader's.
      return activationCall('matmul', 'tf', x, [x, ...rest], kw, node) ?? this.opaque(x, node, 'a product of two computed tensors');
    }
    if (path === 'nn.xw_plus_b') {
      const w = rest[0] ?? kw.get('weights');
      const b = rest[1] ?? kw.get('biases');
      if (!isTfVariable(w)) return this.opaque(x, node, 'xw_plus_b with weights initlint cannot follow');
      this.graphs.stepAt(node);
      const h = denseStep(x, w, 0, nodes.positional[1]?.text ?? w.layer.name);
      return isTfVariable(b) ? withBias(h, b) : h;
    }
    const conv = /^nn\.conv([123])d$/.exec(path);
    if (conv) {
      const w = rest[0] ?? kw.get('filters') ?? kw.get('filter');
      if (!isTfVariable(w)) return this.opaque(x, node, 'a convolution with a filter initlint cannot follow');
      this.graphs.stepAt(node);
      return convStep(Number(conv[1]), x, w, [x, ...rest], kw, node);
    }
    if (path === 'add' || path === 'math.add' || path === 'nn.bias_add') {
      const other = rest[0] ?? kw.get('y') ?? kw.get('bias');
      if (isTfVariable(other)) return withBias(x, other);
      if (other?.k === 'tensor') return tensor(addTraces(x.trace, other.trace), x.shape?.width !== undefined && x.shape.width === other.shape?.width ? x.shape : NO_SHAPE);
      return x;
    }
    const layer = /^layers\.(dense|conv[123]d)$/.exec(path);
    if (layer) {
      this.graphs.stepAt(node);
      const app = tfLayer(layer[1]!, q, x, rest, kw, node, ctx, this.scopeInitializer);
      this.graphs.own(app.module.layer!, app.module);
      return app.out;
    }
    if (path === 'layers.batch_normalization' || path === 'contrib.layers.batch_norm' || path === 'nn.batch_normalization' || path === 'contrib.layers.layer_norm') {
      const app = normLayer(path.endsWith('layer_norm') ? 'layer' : 'batch', x, node);
      this.graphs.own(app.module.layer!, app.module);
      return app.out;
    }
    if (PASSTHROUGH.has(path)) return x;
    if (POOLS.test(path)) {
      const layersApi = path.startsWith('layers.');
      const window = layersApi ? dimsOf(rest[0] ?? kw.get('pool_size'), 2) : this.spatial(rest[0] ?? kw.get('ksize'));
      const strides = layersApi ? dimsOf(rest[1] ?? kw.get('strides'), 2) : this.spatial(rest[1] ?? kw.get('strides'));
      const padding = paddingOf(rest[2] ?? kw.get('padding'), 2, layersApi ? 'valid' : undefined);
      return tensor(x.trace, poolShape(x.shape ?? NO_SHAPE, 2, window, strides, padding));
    }
    if (path === 'reshape') return reshape(x, rest.length ? [rest[0]!] : kw.has('shape') ? [kw.get('shape')!] : []);
    if (path === 'layers.flatten' || path === 'contrib.layers.flatten') return reshape(x, [{ k: 'seq', items: [num(-1), num(-1)], tuple: false }]);
    if (path === 'unstack') {
      const axis = rest[1] ?? kw.get('axis');
      const dims = x.shape?.dims;
      const a = axis?.k === 'num' ? axis.v : 0;
      if (!dims || a < 1 || a > dims.length) return tensor(x.trace, NO_SHAPE);
      const kept = dims.filter((_, i) => i !== a - 1);
      return tensor(x.trace, kept.length ? { dims: kept, width: kept[kept.length - 1] } : NO_SHAPE);
    }
    if (path === 'transpose' || path === 'squeeze' || path === 'expand_dims') return tensor(x.trace, NO_SHAPE);
    // Activations: tf.nn.relu(x), tf.tanh(x), tf.math.sigmoid(x), ...
    if (/^(nn\.|math\.)?\w+$/.test(path)) {
      const a = activationCall(path.slice(path.lastIndexOf('.') + 1), 'tf', x, [x, ...rest], kw, node);
      if (a) return a;
    }
    return undefined;
  }

  /** `ksize=[1, 2, 2, 1]` or `2`: the spatial window of a 2-D pooling. */
  private spatial(v: Value | undefined): (number | undefined)[] {
    if (v?.k === 'seq' && v.items.length === 4) return dimsOf({ k: 'seq', items: v.items.slice(1, 3), tuple: true }, 2);
    return dimsOf(v, 2);
  }

  private opaque(x: Tensor, node: SyntaxNode, reason: string): Tensor {
    return tensor(extend(x.trace, { type: 'opaque', reason, range: rangeOf(node) }), NO_SHAPE);
  }

  /** tf.Variable(initial_value, ...). */
  private variable(initial: Value | undefined, node: SyntaxNode, ctx: Ctx): Value {
    const { spec, shape } = initialSpec(initial, node, ctx);
    const ctor = node.childForFieldName('function')?.text ?? 'tf.Variable';
    const v = newVariable(ctor, spec, shape, node, nameFromContext(node));
    this.graphs.own(v.layer, v.owner);
    return v;
  }

  /** tf.get_variable(name, shape=None, dtype=None, initializer=None, ...). */
  private getVariable(positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx: Ctx): Value {
    const nameArg = positional[0] ?? keyword.get('name');
    const shapeValue = keyword.get('shape') ?? positional[1];
    const initArg = keyword.get('initializer') ?? positional[3];
    const ctor = node.childForFieldName('function')?.text ?? 'tf.get_variable';
    const nodes = argNodes(node);
    let shape = shapeArg(shapeValue) ?? [];
    let spec;
    if (initArg?.k === 'init') {
      const site = nodes.keyword.get('initializer') ?? nodes.positional[3];
      spec = { source: 'explicit' as const, framework: initArg.framework, name: initArg.name, args: initArg.args, callRange: site ? rangeOf(site) : initArg.range, text: initArg.text, ...(ctx.conditional > 0 ? { conditional: true } : {}) };
    } else if (isTfInitial(initArg)) {
      const r = initialSpec(initArg, node, ctx);
      spec = r.spec;
      if (!shapeValue) shape = r.shape;
    } else if (initArg === undefined || initArg.k === 'none') {
      spec = this.scopeInitializer
        ? { source: 'explicit' as const, framework: 'tensorflow' as const, name: '?', args: { positional: [], keyword: {} }, text: 'the variable scope initializer' }
        : { source: 'default' as const, framework: 'tensorflow' as const, name: '', args: { positional: [], keyword: {} } };
    } else {
      spec = initialSpec(undefined, node, ctx).spec;
    }
    const name = nameFromContext(node) ?? (nameArg?.k === 'str' ? nameArg.v : undefined);
    const v = newVariable(ctor, spec, shape, node, name);
    this.graphs.own(v.layer, v.owner);
    return v;
  }

  private cell(cls: 'BasicLSTMCell' | 'LSTMCell', q: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode, ctx: Ctx): Value {
    const m = lstmCell(cls, q, positional, keyword, node, ctx, this.scopeInitializer);
    const name = nameFromContext(node);
    if (name) {
      m.layer!.name = name;
      m.display = name;
      m.layer!.id = name.replace(/\W+/g, '_');
    }
    this.graphs.own(m.layer!, m);
    return { k: 'module', m };
  }

  /** An initializer object called on a shape: `init([n_in, n_out])`, `tf.keras.initializers.HeNormal()(shape=...)`. */
  callValue(fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (fn.k !== 'init' || (fn.framework !== 'tensorflow' && fn.framework !== 'keras')) return undefined;
    return calledInitializer(fn, positional, keyword, node, ctx.conditional > 0);
  }

  // ------------------------------------------------------------ operators and variables

  binary(op: string, a: Value, b: Value, node: SyntaxNode): Value | undefined {
    if (isTfInitial(a) && isKnownNumber(b) && (op === '*' || op === '/')) return scaledInitial(a, op === '*' ? b.v : 1 / b.v, rangeOf(node), node.text);
    if (isTfInitial(b) && isKnownNumber(a) && op === '*') return scaledInitial(b, a.v, rangeOf(node), node.text);
    if (a.k === 'tensor' && isTfVariable(b)) {
      if (op === '@') {
        this.graphs.stepAt(node);
        return denseStep(a, b, 0, node.childForFieldName('right')?.text ?? b.layer.name);
      }
      if (op === '+') return withBias(a, b);
    }
    if (isTfVariable(a) && b.k === 'tensor' && op === '+') return withBias(b, a);
    return undefined;
  }

  paramMethod(p: Param, name: string, positional: Value[]): Value | undefined {
    void positional;
    switch (name) {
      case 'get_shape':
      case 'read_value':
      case 'initialized_value':
      case 'value':
        return p;
      case 'as_list':
        return { k: 'seq', items: p.spec.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: false };
      default:
        return UNKNOWN;
    }
  }
}

