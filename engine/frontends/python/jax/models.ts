// Raw JAX models: no module class, only a parameter tree (a dict, a list of (w, b) tuples, nested
// containers of arrays, or arrays held by globals) and a forward function of the file that applies
// it to an input:
//
//   params = init_network_params([784, 512, 10], random.key(0))    # the tree
//   def predict(params, x):                                          # its forward function
//     for w, b in params[:-1]:
//       x = jnp.tanh(jnp.dot(x, w) + b)
//     ...
//
// The model is the forward function applied to its tree: the function is run on the tree and an
// abstract input, and every array a product reaches becomes a weight layer (jax/products.ts),
// named after its place in the tree (`params[0][0]`). Trees are the module-level values that hold
// arrays, and the results of initializer functions the file defines but does not call. Forward
// candidates are the file's functions that compute a product; each is run, and the one reaching
// most of the tree's arrays is the model (ties: the first defined). A tree no function reaches is
// no model (nothing is guessed about how it would be used).
import type { GraphNode, SourceRange } from '../../../model/graph';
import { ROOT_TRACE, toNodes } from '../../shared/trace';
import type { Ctx, Interpreter } from '../eval/interpreter';
import { kidsOf, paramInfo, rangeOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, type Value, assignPaths, firstTensor, newModule } from '../eval/values';
import { tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { arrayLayer, type ArrayInfo, type ArrayRun, type JaxArrays } from './arrays';

interface TreeWeight {
  info: ArrayInfo;
  id: string;
  display: string;
}

interface Tree {
  name: string;
  value: Value;
  weights: TreeWeight[];
  /** A tree of module-level arrays held by globals of their own (reached by name, not passed). */
  globalArrays: boolean;
}

/** Functions that may be a forward pass: they compute a product of arrays. */
const PRODUCT = /(@|\b(dot|matmul|einsum|conv\w*|tensordot)\s*\()/;
/** Functions that may build a parameter tree: they draw arrays. */
const DRAWS = /\b(normal|uniform|truncated_normal|randn|rand|standard_normal|zeros|ones|full)\s*\(|initializers\.\w+/;
/** Parameter names that carry a parameter tree, and function names that say "forward". */
const TREE_PARAM = /param|weight|theta|^w$|^p$|^net$|^variables$/i;
const FORWARD_NAME = /predict|forward|apply|model|net|mlp|logits|network|call|fn|run/i;

const MAX_TREES = 6;
const MAX_CANDIDATES = 12;
const MAX_LEAVES = 4096;

/** Every array of rank >= 2 in a value, with its path (dict keys and list indices). */
function treeWeights(arrays: JaxArrays, value: Value, name: string): TreeWeight[] {
  const out: TreeWeight[] = [];
  let budget = MAX_LEAVES;
  const walk = (v: Value, ids: string[], display: string, depth: number): void => {
    if (--budget < 0 || depth > 8) return;
    const info = arrays.info(v);
    if (info) {
      out.push({ info, id: ids.join('.') || name, display });
      return;
    }
    if (v.k === 'dict') for (const [k, x] of v.entries) walk(x, [...ids, k], `${display}[${JSON.stringify(k).replace(/^"|"$/g, "'")}]`, depth + 1);
    else if (v.k === 'seq') v.items.forEach((x, i) => walk(x, [...ids, String(i)], `${display}[${i}]`, depth + 1));
  };
  walk(value, [], name, 0);
  return out;
}

/** Names a function body reads (identifiers anywhere in it). */
function readsName(def: SyntaxNode, name: string): boolean {
  return new RegExp(`\\b${name.replace(/[^\w]/g, '')}\\b`).test(def.childForFieldName('body')?.text ?? '');
}

function positionalParams(def: SyntaxNode): string[] {
  const out: string[] = [];
  for (const p of kidsOf(def.childForFieldName('parameters'))) {
    const info = paramInfo(p);
    if (info.kind !== 'plain' || !info.name) break;
    out.push(info.name);
  }
  return out;
}

function layersReached(nodes: GraphNode[], into: Set<unknown>): void {
  for (const n of nodes) {
    if (n.type === 'layer') into.add(n.layer);
    else if (n.type === 'residual' || n.type === 'repeat') layersReached(n.body, into);
  }
}

export class RawJaxModels {
  private readonly trees: Tree[] = [];
  private readonly globalArrays = new Map<string, ArrayInfo>();
  private readonly called = new Set<SyntaxNode>();

  constructor(
    private readonly interp: Interpreter,
    private readonly arrays: JaxArrays,
  ) {}

  noteCall(def: SyntaxNode): void {
    this.called.add(def);
  }

  /** A module-level assignment: a tree of arrays, or an array of its own. */
  noteGlobal(name: string, value: Value): void {
    const info = this.arrays.info(value);
    if (info) {
      if (info.shape.length >= 2) this.globalArrays.set(name, info);
      return;
    }
    if (this.trees.length >= MAX_TREES || this.trees.some((t) => t.value === value)) return;
    const weights = treeWeights(this.arrays, value, name);
    if (weights.length > 0) this.trees.push({ name, value, weights, globalArrays: false });
  }

  /** After the file ran: initializer functions nobody called, then one model per tree a forward function reaches. */
  build(seen: Set<ModuleObj>): void {
    const funcs = [...this.interp.globals].filter((e): e is [string, Value & { k: 'func' }] => e[1].k === 'func' && !e[1].self);
    for (const [name, f] of funcs) {
      if (this.trees.length >= MAX_TREES || this.called.has(f.def) || !DRAWS.test(f.def.childForFieldName('body')?.text ?? '')) continue;
      const out = this.interp.callFunction(f.def, undefined, [], new Map(), { conditional: 0, depth: 0 });
      const weights = treeWeights(this.arrays, out, `${name}()`);
      if (weights.length > 0 && !this.trees.some((t) => t.value === out)) this.trees.push({ name: `${name}()`, value: out, weights, globalArrays: false });
    }
    if (this.globalArrays.size > 0) {
      const weights = [...this.globalArrays].map(([name, info]) => ({ info, id: name, display: name }));
      this.trees.push({ name: '', value: { k: 'unknown' }, weights, globalArrays: true });
    }
    const forwards = funcs.filter(([, f]) => PRODUCT.test(f.def.childForFieldName('body')?.text ?? '') && positionalParams(f.def).length > 0);
    forwards.sort(([a], [b]) => Number(FORWARD_NAME.test(b)) - Number(FORWARD_NAME.test(a)));
    const used = new Set<SyntaxNode>();
    for (const tree of this.trees) {
      const best = this.bestForward(tree, forwards.slice(0, MAX_CANDIDATES).map(([, f]) => f.def));
      if (!best || used.has(best.def)) continue;
      used.add(best.def);
      this.addModel(tree, best, seen);
    }
  }

  /** The arguments a candidate is run with: the tree where a parameter takes it, the input in the first other one. */
  private argumentsFor(tree: Tree, def: SyntaxNode, input: Value): Value[] | undefined {
    const params = positionalParams(def);
    const closure = tree.globalArrays ? tree.weights.some((w) => !params.includes(w.id) && readsName(def, w.id)) : !params.includes(tree.name) && readsName(def, tree.name);
    if (tree.globalArrays || closure) return closure ? [input] : undefined;
    if (params.length < 2) return undefined;
    const treeAt = Math.max(0, params.findIndex((p) => TREE_PARAM.test(p)));
    const inputAt = treeAt === 0 ? 1 : 0;
    const args: Value[] = [];
    for (let i = 0; i <= Math.max(treeAt, inputAt); i++) args.push(i === treeAt ? tree.value : i === inputAt ? input : { k: 'unknown' });
    return args;
  }

  private bestForward(tree: Tree, candidates: SyntaxNode[]): { def: SyntaxNode; run: ArrayRun; trace: NonNullable<ReturnType<typeof firstTensor>>['trace'] } | undefined {
    let best: { def: SyntaxNode; run: ArrayRun; trace: NonNullable<ReturnType<typeof firstTensor>>['trace']; reached: number } | undefined;
    const names = new Map(tree.weights.map((w) => [w.info, { id: w.id, display: w.display }]));
    for (const def of candidates) {
      const input = tensor(ROOT_TRACE(), NO_SHAPE);
      const args = this.argumentsFor(tree, def, input);
      if (!args) continue;
      const run: ArrayRun = { layers: new Map(), names };
      const previous = this.arrays.run;
      this.arrays.run = run;
      let out: Value;
      try {
        out = this.interp.callFunction(def, undefined, args, new Map(), { conditional: 0, depth: 0 } satisfies Ctx);
      } finally {
        this.arrays.run = previous;
      }
      const t = firstTensor(out);
      if (!t) continue;
      const inTrace = new Set<unknown>();
      layersReached(toNodes(t.trace), inTrace);
      const reached = tree.weights.filter((w) => {
        const l = run.layers.get(w.info);
        return l !== undefined && inTrace.has(l);
      }).length;
      if (reached > 0 && (!best || reached > best.reached)) best = { def, run, trace: t.trace, reached };
      if (best && best.reached === tree.weights.length) break;
    }
    return best;
  }

  /**
   * Records the model: a module object holding the tree's arrays as its layers (those the forward
   * pass did not reach too, without fans), and the forward trace the run produced. It is added to
   * the interpreter's roots directly: its forward pass is a function of the file, not a method a
   * framework plug-in would run again.
   */
  private addModel(tree: Tree, best: { def: SyntaxNode; run: ArrayRun; trace: NonNullable<ReturnType<typeof firstTensor>>['trace'] }, seen: Set<ModuleObj>): void {
    const fname = best.def.childForFieldName('name');
    const name = fname?.text ?? 'forward';
    const m = newModule('custom', name, name);
    m.framework = 'flax';
    for (const w of tree.weights) {
      const layer = best.run.layers.get(w.info) ?? arrayLayer(w.info, { id: w.id, display: w.display });
      m.paramLayers.set(w.id, layer);
    }
    seen.add(m);
    assignPaths(m, '');
    const range: SourceRange = rangeOf(fname ?? best.def);
    this.interp.roots.push({ name, module: m, range, trace: best.trace, forwardRead: true });
  }
}
