// The TF.js plug-in of the JavaScript/TypeScript evaluator: the modules that are TensorFlow.js,
// what `tf.sequential`, `tf.model`, `tf.input`, `tf.layers.*` and `tf.initializers.*` return, the
// methods of models, layers and tensors (`model.add`, `layer.apply`), how they join when the
// branches of an `if` disagree (a model built in each branch is one of several; `.add` after the
// `if` reaches each), and the registry of models the file builds. Model building is graph.ts,
// custom layers (subclasses of tf.layers.Layer) custom-layers.ts, configs and shapes layers.ts.
import type { Ctx, EvalHost, LibraryInstance, TsFrameworkPlugin } from '../eval/plugin';
import { UNDEF, UNKNOWN, type FrameworkObject, type LibValue, type Value } from '../eval/values';
import type { TS } from '../ts';
import { CustomLayers } from './custom-layers';
import { ModelGraphs } from './graph';
import { isTfjsModule } from './modules';
import { asKind, modelsValue, tensorValue, tfjs, type LayerObj, type ModelObj, type TfjsObject } from './values';

interface Registered {
  /** Built by a function run on its own (defaults, unknown arguments): a real call replaces it. */
  weak: boolean;
  /** Per factory run ('' outside one). */
  models: Map<string, ModelObj>;
}

export interface TfjsResult {
  models: ModelObj[];
}

const TF: LibValue = { k: 'lib', q: 'tf', text: 'tf' };

/** Library names whose calls the plug-in answers. */
const owns = (q: string): boolean => q === 'tf' || q.startsWith('tf.');

export class TfjsPlugin implements TsFrameworkPlugin {
  readonly name = 'tfjs';
  private host!: EvalHost;
  private graphs!: ModelGraphs;
  private custom!: CustomLayers;
  private readonly registry = new Map<TS.Node, Registered>();
  /** Models registered during the factory run in progress (dropped when it throws). */
  private variantModels: ModelObj[] | undefined;
  private readonly splitting = new WeakMap<TS.Node, boolean>();

  constructor(private readonly globalTf: boolean) {}

  /** Connects the plug-in to the evaluator that runs it. */
  attach(host: EvalHost): void {
    this.host = host;
    this.graphs = new ModelGraphs(host);
    this.custom = new CustomLayers(host, this.graphs);
    this.graphs.onModel = (m) => this.register(m);
    this.graphs.customConnect = (v, inShape, first, conditional, ctx, site) => this.custom.connect(v, inShape, first, conditional, ctx, site);
  }

  result(): TfjsResult {
    const all: ModelObj[] = [];
    for (const r of this.registry.values()) for (const m of r.models.values()) all.push(m);
    // Models in source order; the runs of one factory in the order they ran.
    const start = new Map<TS.Node, number>();
    const pos = (m: ModelObj): number => {
      let s = start.get(m.site);
      if (s === undefined) start.set(m.site, (s = m.site.getStart(this.host.sf)));
      return s;
    };
    const order = new Map(all.map((m, i) => [m, i]));
    return { models: all.sort((a, b) => pos(a) - pos(b) || order.get(a)! - order.get(b)!) };
  }

  // ---------------------------------------------------------------- names

  importValue(spec: string, imported: string, local: string): Value | undefined {
    if (!isTfjsModule(spec)) return undefined;
    if (imported === '*' || imported === 'default') return { k: 'lib', q: 'tf', text: local };
    return { k: 'lib', q: `tf.${imported}`, text: local };
  }

  requireValue(spec: string, local = 'tf'): Value | undefined {
    return isTfjsModule(spec) ? { k: 'lib', q: 'tf', text: local } : undefined;
  }

  freeName(name: string): Value | undefined {
    return name === 'tf' && this.globalTf ? TF : undefined;
  }

  parameterValue(name: string): Value | undefined {
    // `function build(tf) {...}`, `(tf, units) => ...`: a parameter named tf in a file that uses
    // the TF.js layers API is the TF.js namespace (the file was opened because it names tf.layers).
    return name === 'tf' ? TF : undefined;
  }

  ownsLibrary(q: string): boolean {
    return owns(q);
  }

  // ---------------------------------------------------------------- calls

  callLibrary(f: LibValue, node: TS.CallExpression | TS.NewExpression, args: Value[], ctx: Ctx): Value | undefined {
    const parts = f.q.split('.');
    // tf.layers.<factory>(config)
    if (parts.length === 3 && parts[1] === 'layers') {
      if (parts[2] === 'input') return this.graphs.makeInput(args[0], ctx, node);
      return this.graphs.makeLayer(parts[2]!, f.text, node as TS.CallExpression, args[0], ctx);
    }
    if (parts.length === 3 && parts[1] === 'initializers') return this.graphs.makeInit(parts[2]!, node, args[0]);
    if (parts.length === 2) {
      switch (parts[1]) {
        case 'sequential':
        case 'Sequential':
          return this.graphs.makeSequential(node, args[0], ctx);
        case 'model':
        case 'LayersModel':
          return this.graphs.makeFunctional(node, args[0], ctx);
        case 'input':
          return this.graphs.makeInput(args[0], ctx, node);
      }
    }
    // tf.tidy(fn) / tf.tidy(name, fn) runs fn once, now, and returns what it returns.
    if (f.q === 'tf.tidy') {
      const fn = args.find((a) => a.k === 'fn');
      if (fn?.k === 'fn') return this.host.callFunction(fn.fn, [], ctx);
    }
    // Tensor operations inside a custom layer's call().
    return this.custom.libraryOp(parts.slice(1).join('.'), args, node);
  }

  member(o: FrameworkObject, name: string): Value {
    const t = tfjs(o);
    if (t?.kind === 'model' && t.m.kind === 'functional') {
      const m = t.m;
      if (name === 'outputs' && m.outputs) return { k: 'arr', items: m.outputs.map(tensorValue) };
      if (name === 'inputs' && m.inputs) return { k: 'arr', items: m.inputs.map(tensorValue) };
      if (name === 'output' && m.outputs?.length === 1) return tensorValue(m.outputs[0]!);
    }
    return UNKNOWN;
  }

  callMethod(recv: FrameworkObject | LibraryInstance, name: string, args: Value[], node: TS.CallExpression, ctx: Ctx): Value | undefined {
    if ('k' in recv) return this.custom.instanceMethod(recv, name, args, node, ctx);
    const o = tfjs(recv);
    if (!o) return undefined;
    switch (o.kind) {
      case 'model': {
        const m = o.m;
        if (name === 'add' && m.kind === 'sequential') {
          this.graphs.addToSequential(m, args[0] ?? UNKNOWN, node, ctx);
          return UNDEF;
        }
        if (name === 'apply') return this.graphs.applyModel(m, args[0] ?? UNKNOWN);
        // compile, fit, summary: nothing a model's initialization depends on (callbacks are not run).
        return UNKNOWN;
      }
      case 'models': {
        // One of several models: `model.add(x)` after the `if` that chose it adds to each.
        if (name === 'add') {
          o.options.forEach((m, i) => {
            if (m.kind === 'sequential') this.graphs.addToSequential(m, i === 0 ? (args[0] ?? UNKNOWN) : this.copyLayer(args[0]), node, ctx);
          });
          return UNDEF;
        }
        return UNKNOWN;
      }
      case 'layer':
        if (name === 'apply') return this.graphs.applyLayer(o.l, args[0] ?? UNKNOWN, ctx, node);
        return undefined;
      case 'tensor':
        return this.custom.tensorMethod(o.t, name, args, node);
      case 'weight':
        // LayerVariable.read(): the weight's value, as used in call().
        return name === 'read' ? { k: 'fw', o } : undefined;
      default:
        return undefined;
    }
  }

  /** A layer object added to the second and later of several models: its own copy (it is built once per model). */
  private copyLayer(v: Value | undefined): Value {
    const l = asKind(v, 'layer');
    if (!l) return v ?? UNKNOWN;
    const copy: LayerObj = { ...l.l };
    delete copy.built;
    return { k: 'fw', o: { fw: 'tfjs', kind: 'layer', l: copy } as TfjsObject };
  }

  superCall(inst: LibraryInstance, args: Value[], ctx: Ctx): void {
    this.custom.construct(inst, args, ctx);
  }

  // ---------------------------------------------------------------- paths

  same(a: FrameworkObject, b: FrameworkObject): boolean {
    const x = tfjs(a);
    const y = tfjs(b);
    if (!x || !y || x.kind !== y.kind) return false;
    switch (x.kind) {
      case 'layer':
        return x.l === (y as typeof x).l;
      case 'model':
        return x.m === (y as typeof x).m;
      case 'tensor':
        return x.t.trace === (y as typeof x).t.trace;
      case 'weight':
        return x.w === (y as typeof x).w;
      case 'models': {
        const o = (y as typeof x).options;
        return x.options.length === o.length && x.options.every((m, i) => m === o[i]);
      }
      case 'init': {
        // Two initializers that differ only in their seed give the same distribution.
        const p = x.i;
        const q = (y as typeof x).i;
        const strip = (k: Record<string, unknown>): string => JSON.stringify(Object.entries(k).filter(([n]) => n !== 'seed').sort());
        return p.name === q.name && strip(p.keyword) === strip(q.keyword);
      }
    }
  }

  join(values: (Value | undefined)[], old: Value | undefined, reason: string, ctx: Ctx): Value | undefined {
    const tensors = this.graphs.joinTensors(values, old, reason);
    if (tensors) return tensors;
    // A model built in each path (`if (conv) { model = tf.sequential(); ... } else { model = ...}`):
    // the variable holds one of them; each is read in full, and later adds reach each.
    const options: ModelObj[] = [];
    for (const v of values) {
      const one = asKind(v, 'model');
      const several = asKind(v, 'models');
      const ms = one ? [one.m] : several ? several.options : undefined;
      if (!ms || ms.some((m) => m.condDepth <= ctx.conditional)) return undefined;
      for (const m of ms) if (!options.includes(m)) options.push(m);
    }
    return options.length > 1 ? modelsValue(options) : undefined;
  }

  bound(o: FrameworkObject, name: string, ctx: Ctx): void {
    const t = tfjs(o);
    const name1 = (m: ModelObj): void => {
      if (m.receiver !== undefined) return;
      m.receiver = name;
      if (m.fnName === undefined && ctx.fnName) m.fnName = ctx.fnName;
    };
    if (t?.kind === 'model') name1(t.m);
    else if (t?.kind === 'models') t.options.forEach(name1);
  }

  // ---------------------------------------------------------------- factory runs

  worthSplitting(decl: TS.Node): boolean {
    let v = this.splitting.get(decl);
    if (v === undefined) {
      v = buildsModel(this.host.ts, decl);
      this.splitting.set(decl, v);
    }
    return v;
  }

  beginVariant(label: string): void {
    this.graphs.variant = label;
    this.variantModels = [];
  }

  endVariant(discard: boolean): void {
    if (discard && this.variantModels) {
      for (const m of this.variantModels) {
        const r = this.registry.get(m.site);
        if (r && r.models.get(m.variant ?? '') === m) r.models.delete(m.variant ?? '');
      }
    }
    this.graphs.variant = undefined;
    this.variantModels = undefined;
  }

  private register(m: ModelObj): void {
    const weak = this.host.standalone;
    let r = this.registry.get(m.site);
    if (!r) this.registry.set(m.site, (r = { weak, models: new Map() }));
    if (r.weak && !weak) {
      r.weak = false;
      r.models.clear();
    } else if (!r.weak && weak) return;
    const key = m.variant ?? '';
    if (r.models.has(key)) return;
    r.models.set(key, m);
    this.variantModels?.push(m);
  }
}

/** The function's own code calls tf.sequential / tf.model (a factory worth running per parameter value). */
function buildsModel(ts: typeof TS, decl: TS.Node): boolean {
  let found = false;
  let visited = 0;
  const visit = (n: TS.Node): void => {
    if (found || ++visited > 20_000) return;
    if (ts.isCallExpression(n)) {
      const c = n.expression;
      const name = ts.isPropertyAccessExpression(c) ? c.name.text : ts.isIdentifier(c) ? c.text : undefined;
      if (name === 'sequential' || name === 'model') {
        found = true;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  const body = (decl as { body?: TS.Node }).body;
  if (body) visit(body);
  return found;
}
