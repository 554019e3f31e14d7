// Abstract values of the small Python interpreter that reads model code. Anything the interpreter
// cannot prove becomes `unknown`; sizes are never guessed.
import type { Activation, ArgValue, CallArgs, Dim, Framework, Layer, ParamSpec, SourceRange } from '../../../model/graph';
import type { SyntaxNode } from '../syntax';

/** A module object built while reading __init__ (or a Sequential expression). */
export interface ModuleObj {
  /** 'layer': a parameterised leaf (Linear, Conv, Norm, ...); 'activation': nn.ReLU and kin;
   *  'passthrough': shape-only modules (Dropout, Identity, Flatten, pooling);
   *  'container': Sequential/ModuleList/ModuleDict; 'custom': a class of this file; 'other': unknown. */
  kind: 'layer' | 'activation' | 'passthrough' | 'container' | 'custom' | 'other';
  /** Dotted path from the model root ('' for the root), set when first attached to a parent. */
  path?: string;
  /** How code names it, for messages. */
  display: string;
  layer?: Layer;
  activation?: Activation;
  /** ParameterList/ParameterDict hold parameters (in `params`), not modules. */
  containerKind?: 'Sequential' | 'ModuleList' | 'ModuleDict' | 'Functional' | 'ParameterList' | 'ParameterDict';
  /** Qualified class name ('torch.nn.Linear') or the local class name for custom modules. */
  className: string;
  /** Local class definition (custom modules) and its bases, nearest first. */
  classChain?: ClassValue[];
  /** Submodules in registration order. */
  children: Map<string, ModuleObj>;
  /** Free parameters registered directly on this module (nn.Parameter attributes). */
  params: Map<string, ParamSpec>;
  /** Other attributes (numbers, strings, configs) for `self.x` look-ups. */
  attrs: Map<string, Value>;
  /** Layers representing this module's free parameters (kind 'Parameter'). */
  paramLayers: Map<string, Layer>;
  /** Keras and Flax modules (absent for PyTorch): the framework, and how they act on shapes. */
  framework?: Framework;
  /** Output shape (per example, channels-last) from the input's; also builds the layer's parameters. */
  shapeFn?: (input: TensorShape) => TensorShape;
  /** Activation applied inside the layer (Keras `activation=`), or an opaque step for one initlint does not model. */
  postActivation?: Activation | { opaque: string };
  /** The per-example input shape the model is built for (Keras input_shape/Input/build, Flax init). */
  inputShape?: Dim[];
  /** Keras functional models: the output tensor's history from the Input(s). */
  functional?: { trace: Trace; shape: TensorShape; outputs?: { trace: Trace; shape: TensorShape }[] };
  /** Keras merge layers (Add, Concatenate, ...) applied to a list of tensors. */
  merge?: 'add' | 'multiply' | 'other';
  /** Keras wrappers (Bidirectional, TimeDistributed): the wrapped layer. */
  wrapped?: ModuleObj;
  /** The `name=` a Keras layer or Flax module was given. */
  givenName?: string;
  /** Depthwise convolutions: per-channel fan-in, not a dense step of the mean-field chain. */
  depthwise?: boolean;
  /** Keras RNNs with return_state=True return [output, *states]. */
  returnsState?: boolean;
  /**
   * Flax recurrent modules: a cell is called `cell(carry, inputs)` and returns `(carry, outputs)`
   * ('in-and-out'); `nn.RNN(cell, return_carry=True)` takes the inputs and returns `(carry, outputs)` ('out').
   */
  carry?: 'in-and-out' | 'out';
}

/** What is known of a tensor's per-example shape (batch axis excluded, channels-last). */
export interface TensorShape {
  /** Every axis, when the rank is known (entries undefined where a size is not). */
  dims?: Dim[];
  /** The last axis (features or channels), when known; equals dims.at(-1) when dims is set. */
  width?: Dim;
}

export const NO_SHAPE: TensorShape = {};

/** A shape with a known rank. */
export function shapeOf(dims: Dim[]): TensorShape {
  return { dims, width: dims[dims.length - 1] };
}

/** An explicit initializer value (Keras initializer object, Flax/JAX init function), before it meets a layer. */
export interface InitValue {
  k: 'init';
  framework: Framework;
  /** As the framework names it: 'HeNormal', 'he_normal', 'normal', 'zeros'. */
  name: string;
  args: CallArgs;
  text: string;
  range: SourceRange;
}

export interface ClassValue {
  k: 'class';
  name: string;
  def: SyntaxNode;
  isModule: boolean;
  isDataclass: boolean;
  bases: ClassValue[];
  /** Keras and Flax model classes (absent for PyTorch modules). */
  framework?: Framework;
  /** Flax linen modules: dataclasses whose submodules come from setup() or an @nn.compact __call__. */
  linen?: boolean;
}

/** A tensor in the forward pass: the chain of operations that produced it (a persistent list). */
export type { Trace } from '../../shared/trace';
import type { Trace } from '../../shared/trace';

export type Value =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'none' }
  | { k: 'seq'; items: Value[]; tuple: boolean }
  | { k: 'dict'; entries: Map<string, Value> }
  | { k: 'unknown' }
  | { k: 'module'; m: ModuleObj }
  /** A parameter tensor of a module (`self.fc.weight`, `m.bias`, `p` from named_parameters). */
  | { k: 'param'; owner: ModuleObj; name: string; spec: ParamSpec; layer: Layer; slice?: boolean }
  /** A tensor in a forward pass; Keras and Flax tensors also carry what is known of their shape. */
  | { k: 'tensor'; trace: Trace; shape?: TensorShape }
  | { k: 'func'; def: SyntaxNode; self?: Value; cls?: ClassValue }
  | ClassValue
  | { k: 'instance'; cls: ClassValue; attrs: Map<string, Value> }
  /** A library name ('torch.nn.Linear', 'math.sqrt', 'torch.nn.init.zeros_'). */
  | { k: 'lib'; name: string }
  /** A bound method of a library object or abstract value (`layers.append`, `self.modules`). */
  | { k: 'method'; self: Value; name: string }
  | InitValue
  /** functools.partial(fn, *args, **kwargs) (read in Keras and Flax files). */
  | { k: 'partial'; fn: Value; positional: Value[]; keyword: Map<string, Value>; sites?: Map<string, { range: SourceRange; text: string }> };

export const UNKNOWN: Value = { k: 'unknown' };
export const NONE: Value = { k: 'none' };

/** A known number; infinities and NaN (2**1024, 1e400, 0 * inf) are unknown, so no layer or theory ever sees them. */
export function num(v: number): Value {
  return Number.isFinite(v) ? { k: 'num', v } : UNKNOWN;
}

export function isKnownNumber(v: Value | undefined): v is { k: 'num'; v: number } {
  return v !== undefined && v.k === 'num' && Number.isFinite(v.v);
}

/** Python truthiness where it is known; undefined when not. */
export function truthy(v: Value): boolean | undefined {
  switch (v.k) {
    case 'num':
      return v.v !== 0;
    case 'str':
      return v.v.length > 0;
    case 'bool':
      return v.v;
    case 'none':
      return false;
    case 'seq':
      return v.items.length > 0;
    case 'dict':
      return v.entries.size > 0;
    case 'module':
    case 'param':
    case 'func':
    case 'class':
    case 'instance':
    case 'lib':
    case 'init':
    case 'partial':
      return true;
    default:
      return undefined;
  }
}

/** How much of a nested list one argument keeps for the IR (`x = [x, x]` a hundred times shares 2^100 leaves). */
const ARG_ITEMS = 10_000;
const ARG_DEPTH = 32;

/** The IR's view of a value: numbers, strings, booleans and lists of them; everything else unknown. */
export function toArg(v: Value): ArgValue {
  return argOf(v, { left: ARG_ITEMS }, 0);
}

function argOf(v: Value, budget: { left: number }, depth: number): ArgValue {
  switch (v.k) {
    case 'num':
      return v.v;
    case 'str':
      return v.v;
    case 'bool':
      return v.v;
    case 'none':
      return null;
    case 'seq':
      budget.left -= v.items.length;
      if (budget.left < 0 || depth >= ARG_DEPTH) return undefined;
      return v.items.map((x) => argOf(x, budget, depth + 1));
    default:
      return undefined;
  }
}

export function newModule(kind: ModuleObj['kind'], className: string, display: string): ModuleObj {
  return { kind, className, display, children: new Map(), params: new Map(), attrs: new Map(), paramLayers: new Map() };
}

/** Every module in the tree rooted at `m`, parents before children (PyTorch's `modules()` order). */
export function* modulesOf(m: ModuleObj, seen = new Set<ModuleObj>()): Generator<ModuleObj> {
  // An explicit stack, not a recursive yield*: each module of a tree d deep would otherwise pass
  // through d generators (a deep, repeated file spent a second here). Children are pushed in
  // reverse, so the order is the recursive preorder.
  const stack = [m];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    yield next;
    const children = [...next.children.values()];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Every (qualified name, parameter) pair in the tree, PyTorch's `named_parameters()` order. */
export function* parametersOf(m: ModuleObj): Generator<{ name: string; value: Value & { k: 'param' } }> {
  for (const mod of modulesOf(m)) {
    const prefix = relativePath(m, mod);
    const layer = mod.layer;
    if (layer) {
      for (const spec of layer.params) {
        yield { name: prefix ? `${prefix}.${spec.name}` : spec.name, value: { k: 'param', owner: mod, name: spec.name, spec, layer } };
      }
    }
    for (const [name, spec] of mod.params) {
      const pl = mod.paramLayers.get(name)!;
      // Views onto another layer's parameters (MultiheadAttention.out_proj) are listed by that layer.
      if (pl.kind !== 'Parameter') continue;
      yield { name: prefix ? `${prefix}.${name}` : name, value: { k: 'param', owner: mod, name, spec, layer: pl } };
    }
  }
}

/** Path of `child` relative to `root` ('' when they are the same module). */
export function relativePath(root: ModuleObj, child: ModuleObj): string {
  if (root === child) return '';
  const rp = root.path ?? '';
  const cp = child.path ?? '';
  if (rp === '') return cp;
  return cp.startsWith(rp + '.') ? cp.slice(rp.length + 1) : cp;
}

/** Assigns dotted paths to a module subtree once it is attached under `path`. */
export function assignPaths(m: ModuleObj, path: string, seen = new Set<ModuleObj>()): void {
  if (seen.has(m)) return;
  seen.add(m);
  m.path = path;
  if (m.layer) m.layer.id = path || m.layer.id;
  // Free parameters get their own ids; views onto another layer's parameters (MultiheadAttention's
  // out_proj) must not rename that layer.
  for (const [name, pl] of m.paramLayers) if (pl.kind === 'Parameter') pl.id = path ? `${path}.${name}` : name;
  for (const [name, child] of m.children) assignPaths(child, path ? `${path}.${name}` : name, seen);
}

/** Strings iterated character by character up to this length (a value per character; longer ones are no model code). */
const ITERATED_CHARS = 100_000;

/** The items a `for` loop over `v` sees, when they are known. */
export function iterate(v: Value): Value[] | undefined {
  if (v.k === 'seq') return v.items;
  if (v.k === 'dict') return [...v.entries.keys()].map((k) => ({ k: 'str', v: k }) as Value);
  if (v.k === 'module' && v.m.kind === 'container') return containerItems(v.m);
  if (v.k === 'str') return v.v.length <= ITERATED_CHARS ? [...v.v].map((c) => ({ k: 'str', v: c }) as Value) : undefined;
  return undefined;
}

/**
 * `copy.deepcopy(module)`: a new module tree with new layers and parameter specs that start with
 * the same initializations (the annotated transformer's `clones(layer, N)`). Shared submodules stay
 * shared within the copy, as deepcopy's memo keeps them.
 */
export function cloneModule(m: ModuleObj, memo = new Map<object, unknown>()): ModuleObj {
  const seen = memo.get(m) as ModuleObj | undefined;
  if (seen) return seen;
  const c: ModuleObj = { ...m, children: new Map(), params: new Map(), attrs: new Map(m.attrs), paramLayers: new Map() };
  delete c.path;
  memo.set(m, c);
  const spec = (p: ParamSpec): ParamSpec => {
    let q = memo.get(p) as ParamSpec | undefined;
    if (!q) {
      q = { ...p, shape: [...p.shape], init: { ...p.init } };
      memo.set(p, q);
    }
    return q;
  };
  const layer = (l: Layer): Layer => {
    let q = memo.get(l) as Layer | undefined;
    if (!q) {
      q = { ...l, params: l.params.map(spec) };
      delete q.access;
      memo.set(l, q);
    }
    return q;
  };
  if (m.layer) c.layer = layer(m.layer);
  for (const [name, p] of m.params) c.params.set(name, spec(p));
  for (const [name, l] of m.paramLayers) c.paramLayers.set(name, layer(l));
  for (const [name, child] of m.children) c.children.set(name, cloneModule(child, memo));
  return c;
}

/** A container's items in order: its modules, or the parameters of a ParameterList/ParameterDict. */
export function containerItems(m: ModuleObj): Value[] {
  if (m.containerKind === 'ParameterList' || m.containerKind === 'ParameterDict') {
    return [...m.params].map(([name, spec]) => ({ k: 'param', owner: m, name, spec, layer: m.paramLayers.get(name)! }) as Value);
  }
  return [...m.children.values()].map((c) => ({ k: 'module', m: c }) as Value);
}

/** The first tensor of a value (a module's output, or the first item of a tuple or dict it returns). */
export function firstTensor(v: Value): (Value & { k: 'tensor' }) | undefined {
  if (v.k === 'tensor') return v;
  if (v.k === 'seq') for (const item of v.items) if (item.k === 'tensor') return item;
  if (v.k === 'dict') for (const item of v.entries.values()) if (item.k === 'tensor') return item;
  return undefined;
}

/** The batch axis of a tensor's `.shape`: unknown, but the same in every tensor of one forward pass. */
export const BATCH_DIM: Value = { k: 'unknown' };

/** Where a keyword argument's value is written (fixers edit it there). */
export interface ArgSite {
  range: SourceRange;
  text: string;
}
