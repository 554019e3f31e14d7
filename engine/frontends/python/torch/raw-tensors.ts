// Models written with raw tensors, the way teaching code, notebooks and research code write them:
// weights made by factories (`W1 = torch.randn(30, 200) * (5/3) / 30**0.5`, `torch.randn(n, m,
// requires_grad=True)`, `self.weight = torch.randn(fan_in, fan_out) / fan_in**0.5` in a plain class)
// and used through `x @ W`, `torch.matmul`, `.mm`, `F.linear`, `F.conv2d`, `torch.einsum`, or
// looked up as an embedding table (`C[X]`). Such a tensor becomes a weight the first time the code
// uses it as one: a layer of its own (kind 'Parameter', 'Conv' or 'Embedding') whose init is the
// factory expression. The data it is applied to (unknown to initlint) starts a forward trace, and
// every trace through these weights is a candidate model: at the end of the file the deepest
// trace per input, one per distinct set of weights, becomes a model named after its tensors.
import type { Layer, ParamSpec, SourceRange } from '../../../model/graph';
import { torchFans } from '../../../init/fans';
import { walkLayers } from '../../../model/graph';
import { ROOT_TRACE, extend, toNodes, type Trace } from '../../shared/trace';
import type { Interpreter } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { type ModuleObj, type Value, newModule } from '../eval/values';
import type { Param } from '../plugin';
import { factoryInit, type NewTensor, paramLayerStep } from './parameters';

/** How the code uses a tensor as a weight. */
export type WeightUse = { kind: 'matrix'; inAxis: 0 | 1 } | { kind: 'conv' } | { kind: 'embedding' };

/** At most this many traces are kept as model candidates (a training loop re-runs the same forward). */
const MAX_TRACES = 4096;

export class RawTensors {
  private readonly params = new WeakMap<NewTensor, Param>();
  private readonly layers = new Set<Layer>();
  private readonly usedNames = new Set<string>();
  private readonly traces: Trace[] = [];
  private readonly recorded = new Set<Trace>();
  private readonly rootTraces = new Map<ModuleObj, Trace>();

  constructor(private readonly interp: Interpreter) {}

  /** The weight a factory tensor is, made the first time the code uses it as one. */
  weight(t: NewTensor, use: WeightUse): Param {
    const ctor = 'torch.Tensor';
    const known = this.params.get(t);
    if (known) return known;
    const name = this.uniqueName(t.boundName ?? `tensor at ${t.range.start.line + 1}:${t.range.start.character + 1}`);
    const init = factoryInit(t, { conditional: t.conditional ? 1 : 0, depth: 0 }, t.statement!);
    const spec: ParamSpec = { name: 'weight', role: use.kind === 'embedding' ? 'embedding' : 'weight', shape: [...t.shape], init };
    const layer: Layer = {
      id: name,
      name,
      kind: use.kind === 'matrix' ? 'Parameter' : use.kind === 'conv' ? 'Conv' : 'Embedding',
      ctor,
      framework: 'pytorch',
      range: t.range,
      ...(t.statement ? { statementRange: rangeOf(t.statement) } : {}),
      params: [spec],
    };
    if (use.kind === 'embedding') {
      if (t.shape[0] !== undefined) layer.inFeatures = t.shape[0];
      if (t.shape[1] !== undefined) layer.outFeatures = t.shape[1];
    }
    const m = newModule('layer', ctor, name);
    m.layer = layer;
    const p: Param = { k: 'param', owner: m, name: 'weight', spec, layer };
    this.params.set(t, p);
    this.layers.add(layer);
    return p;
  }

  /** Whether a parameter is one of these raw weights. */
  isRaw(p: Param): boolean {
    return this.layers.has(p.layer);
  }

  /** The trace `x` continues: its own when it is a forward-pass tensor, else a new input (data). */
  input(x: Value | undefined): Trace {
    return x?.k === 'tensor' ? x.trace : ROOT_TRACE();
  }

  /** `x @ W`, `F.linear(x, W)`, `F.conv2d(x, W)`, `W[X]` through a raw weight: the tensor it gives. */
  apply(x: Value | undefined, w: Param, use: WeightUse, node: { range: SourceRange }): Value {
    const base = this.input(x);
    let trace: Trace;
    if (use.kind === 'matrix') trace = paramLayerStep(base, w, use.inAxis);
    else if (use.kind === 'conv' && w.spec.shape.length >= 3) {
      // A free parameter used as a convolution kernel (out, in/groups, *k): PyTorch's fans.
      if (w.layer.kind === 'Parameter') {
        const fans = torchFans(w.spec.shape);
        w.layer.inFeatures = fans.fanIn;
        w.layer.outFeatures = fans.fanOut;
      }
      trace = extend(base, { type: 'layer', layer: w.layer });
    }
    else if (use.kind === 'embedding') trace = extend(base, { type: 'layer', layer: w.layer });
    else trace = extend(base, { type: 'opaque', reason: `a product with ${w.layer.name}`, range: node.range });
    if (this.isRaw(w)) this.record(trace);
    return { k: 'tensor', trace };
  }

  private record(trace: Trace): void {
    if (this.traces.length >= MAX_TRACES) return;
    this.traces.push(trace);
    this.recorded.add(trace);
  }

  /** Whether `trace` ends at a step through a raw weight (so what follows it is part of the model). */
  follows(trace: Trace): boolean {
    return this.recorded.has(trace);
  }

  /** A step right after a recorded one (`h @ W / math.sqrt(n)`: the output scale) is recorded too. */
  recordAfter(trace: Trace): void {
    if (trace.parent && this.recorded.has(trace.parent)) this.record(trace);
  }

  /** A raw model's forward trace (for the plug-in's rootTrace). */
  traceOf(m: ModuleObj): Trace | undefined {
    return this.rootTraces.get(m);
  }

  /**
   * The models: per input, its deepest trace; of traces through the same weights (a forward run in
   * the training loop and again in an eval function), the deepest.
   */
  addModels(): void {
    const deepest = new Map<Trace, Trace>();
    for (const t of this.traces) {
      let root = t;
      while (root.parent) root = root.parent;
      const best = deepest.get(root);
      if (!best || t.depth > best.depth) deepest.set(root, t);
    }
    const bySet = new Map<string, { trace: Trace; layers: Layer[] }>();
    for (const trace of deepest.values()) {
      const layers = [...new Set([...walkLayers(toNodes(trace))].filter((l) => this.layers.has(l)))];
      if (layers.length === 0) continue;
      const key = layers.map((l) => l.id).sort().join('\u0000');
      const best = bySet.get(key);
      if (!best || trace.depth > best.trace.depth) bySet.set(key, { trace, layers });
    }
    for (const { trace, layers } of bySet.values()) {
      const names = layers.map((l) => l.name);
      const name = `tensors ${names.slice(0, 3).join(', ')}${names.length > 3 ? `, and ${names.length - 3} more` : ''}`;
      const root = newModule('other', 'torch.Tensor', name);
      for (const l of layers) {
        const holder = newModule('layer', l.ctor, l.name);
        holder.layer = l;
        root.children.set(l.id, holder);
      }
      this.rootTraces.set(root, trace);
      const first = layers[0]!;
      this.interp.addRoot(name, root, first.statementRange ?? first.range, first.statementRange);
    }
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let i = 1; this.usedNames.has(name); i++) name = `${base}_${i}`;
    this.usedNames.add(name);
    return name;
  }
}
