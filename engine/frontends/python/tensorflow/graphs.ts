// What a model is for TensorFlow code without Keras: a graph built from raw variables has no model
// class, so a model is a chain of products (tf.matmul, tf.nn.conv2d, tf.layers.*, RNN cells) that a
// tensor passes through, read from where the code computes it:
// - module-level TF1 code: every global bound to a tensor that went through at least one TensorFlow
//   layer (`logits = conv_net(X, weights, biases, keep_prob)`, `pred = tf.nn.softmax(tf.matmul(x, W) + b)`);
// - functions that compute one (`def neural_net(x): ...`, TF2): run with a fresh input tensor for
//   their first parameter when the file never ran them on a tensor (TF2 calls them from training
//   loops over data the reader cannot see);
// - tf.Module classes with a __call__ (see plugin.ts).
// A chain's trailing unknown steps (losses, reductions, argmax) are cut: the last layer before them is
// the model's output. A chain whose layers are all inside another chain is the same network read
// twice (`logits` and `loss_op`; a generator inside generator+discriminator) and is not reported
// again. LSTM cells no chain reaches still form a model of their own, so their forget bias is checked.
import type { Layer, SourceRange } from '../../../model/graph';
import { walkLayers } from '../../../model/graph';
import { ROOT_TRACE, toNodes } from '../../shared/trace';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, type Trace, type Value, firstTensor, newModule } from '../eval/values';
import type { SyntaxNode } from '../syntax';
import { tensor } from '../shaped/tensors';

interface Candidate {
  name: string;
  trace: Trace;
  range: SourceRange;
  statement?: SourceRange;
  layers: Set<Layer>;
  /** Where the layers are made: a function run twice (train and test graphs, one tower per GPU) makes new layer objects at the same places. */
  sites: Set<string>;
}

const siteOf = (l: Layer): string => `${l.range.start.line}:${l.range.start.character}`;

/** Products and layer calls a function body must contain to be run as a model builder. */
const PRODUCT = /\b(matmul|conv[123]d|dense|xw_plus_b|static_rnn|dynamic_rnn)\s*\(|\w\s+@\s+\w/;

/** The function definition around a node, if any. */
export function enclosingDef(node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node.parent; n; n = n.parent) if (n.type === 'function_definition') return n;
  return undefined;
}

/** The trace without its trailing unknown steps. */
function cutTail(trace: Trace): Trace {
  let t = trace;
  while (t.parent && t.node?.type === 'opaque') t = t.parent;
  return t;
}

export class TfGraphs {
  /** Layer -> the module that holds it (variables, tf.layers, cells, norms), for model roots to list. */
  readonly modules = new Map<Layer, ModuleObj>();
  /** Functions in which a layer step ran on a real tensor during the file's own run. */
  readonly stepped = new Set<SyntaxNode>();
  /** Traces of the model roots this reader adds. */
  readonly traces = new WeakMap<ModuleObj, Trace>();
  private readonly globals: Candidate[] = [];
  private ids = new Set<string>();

  constructor(private readonly interp: Interpreter) {}

  /** Registers a layer's module and gives the layer a unique id. */
  own(layer: Layer, m: ModuleObj): void {
    if (this.modules.has(layer)) return;
    this.modules.set(layer, m);
    const base = layer.id || layer.ctor.slice(layer.ctor.lastIndexOf('.') + 1).replace(/\W+/g, '_') || 'layer';
    let id = base;
    for (let i = 1; this.ids.has(id); i++) id = `${base}_${i}`;
    layer.id = id;
    this.ids.add(id);
  }

  /** Notes a step on a tensor made inside `node`'s function. */
  stepAt(node: SyntaxNode): void {
    const def = enclosingDef(node);
    if (def) this.stepped.add(def);
  }

  onGlobal(name: string, value: Value, range: SourceRange): void {
    const t = firstTensor(value);
    if (!t) return;
    const c = this.candidate(name, t.trace, range, range);
    if (c) this.globals.push(c);
  }

  private candidate(name: string, full: Trace, range: SourceRange, statement?: SourceRange): Candidate | undefined {
    const trace = cutTail(full);
    const layers = new Set<Layer>();
    for (const l of walkLayers(toNodes(trace))) if (l.framework === 'tensorflow' && this.modules.has(l)) layers.add(l);
    if (![...layers].some((l) => l.kind !== 'Norm')) return undefined;
    return { name, trace, range, ...(statement ? { statement } : {}), layers, sites: new Set([...layers].map(siteOf)) };
  }

  /** Functions computing a chain that the file's own run never fed a tensor: run on a fresh input. */
  private builders(): Candidate[] {
    const out: Candidate[] = [];
    for (const [name, v] of this.interp.globals) {
      if (v.k !== 'func' || v.self || this.stepped.has(v.def)) continue;
      const body = v.def.childForFieldName('body');
      if (!body || !PRODUCT.test(body.text)) continue;
      const ctx: Ctx = { conditional: 0, depth: 0 };
      const x = tensor(ROOT_TRACE(), NO_SHAPE);
      const nameNode = v.def.childForFieldName('name');
      const range = rangeOf(nameNode ?? v.def);
      // A function that returns no tensor (an Estimator's model_fn returns an EstimatorSpec) still
      // computes its chain in a local variable: the local whose chain has the most layers.
      let locals: Trace[] = [];
      const result = firstTensor(this.interp.callFunction(v.def, undefined, [x], new Map(), ctx, undefined, (env) => {
        locals = [...env.values()].flatMap((value) => {
          const t = firstTensor(value);
          return t ? [t.trace] : [];
        });
      }));
      const traces = result ? [result.trace] : locals;
      const best = traces
        .map((t) => this.candidate(name, t, range))
        .filter((c): c is Candidate => c !== undefined)
        .sort((a, b) => b.layers.size - a.layers.size || b.trace.depth - a.trace.depth)[0];
      if (best) out.push(best);
    }
    return out;
  }

  /** Adds the file's TensorFlow models as roots of the interpreter. */
  addModels(): void {
    const all = [...this.globals, ...this.builders()];
    const kept: Candidate[] = [];
    // Larger chains first; of equal ones the longest trace (it reaches the output activation), then the earliest.
    const order = all.map((c, i) => ({ c, i })).sort((a, b) => b.c.layers.size - a.c.layers.size || b.c.trace.depth - a.c.trace.depth || a.i - b.i);
    // A chain whose layers another kept chain holds already is not reported twice. The kept chains
    // holding each site are indexed: comparing every chain with every kept one, spreading its sites
    // each time, took 7 s for a file of a few thousand chains.
    const keptBySite = new Map<string, Candidate[]>();
    let keptEmpty = false;
    for (const { c } of order) {
      const sites = [...c.sites];
      // only the kept chains holding c's least-held site can hold all of them (none: c is new)
      let holders: Candidate[] = sites.length ? [] : kept;
      for (let i = 0; i < sites.length; i++) {
        const list = keptBySite.get(sites[i]!) ?? [];
        if (i === 0 || list.length < holders.length) holders = list;
        if (holders.length === 0) break;
      }
      if ((sites.length === 0 && (kept.length > 0 || keptEmpty)) || holders.some((k) => sites.every((s) => k.sites.has(s)))) continue;
      kept.push(c);
      if (sites.length === 0) keptEmpty = true;
      for (const site of sites) {
        let list = keptBySite.get(site);
        if (!list) keptBySite.set(site, (list = []));
        list.push(c);
      }
    }
    const position = new Map(all.map((c, i) => [c, i] as const));
    kept.sort((a, b) => position.get(a)! - position.get(b)!);
    const reached = new Set<string>();
    for (const c of kept) {
      const root = this.root(c.name, [...walkLayers(toNodes(c.trace))]);
      this.traces.set(root, c.trace);
      for (const s of c.sites) reached.add(s);
      this.interp.addRoot(c.name, root, c.range, c.statement);
    }
    const keptSet = new Set(kept);
    for (const c of all) if (!keptSet.has(c)) for (const s of c.sites) reached.add(s);
    // Cells no chain reaches: a model of their own, without a forward order (once per constructor).
    for (const [layer, m] of this.modules) {
      if (layer.kind !== 'LSTM' || reached.has(siteOf(layer))) continue;
      reached.add(siteOf(layer));
      const root = this.root(layer.name, [layer]);
      root.children.set(layer.id, m);
      this.interp.addRoot(m.display, root, layer.range, layer.statementRange);
    }
  }

  private root(name: string, layers: Layer[]): ModuleObj {
    const root = newModule('custom', 'tensorflow graph', name);
    root.framework = 'tensorflow';
    for (const l of layers) {
      const m = this.modules.get(l);
      if (m && !root.children.has(l.id)) root.children.set(l.id, m);
    }
    return root;
  }
}
