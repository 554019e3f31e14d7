// Abstract values of the TensorFlow.js reader's small JavaScript interpreter. A value is what the
// code provably computes: numbers, strings, arrays and objects it can follow, TF.js namespaces
// and factories, layers, initializer objects, symbolic tensors (as the chain of graph nodes that
// produced them) and models. Anything else is `unknown`, never a guess.
import type { GraphNode, Layer, SourceRange } from '../../model/graph';
import type { TS } from './ts';

/** A tensor's shape without the batch axis. `rankKnown: false`: only the last entry is meaningful. */
export interface Shape {
  dims: (number | undefined)[];
  rankKnown: boolean;
}

/** A symbolic tensor's history: a persistent linked list of graph nodes. */
export interface Trace {
  parent: Trace | null;
  node: GraphNode | null;
  depth: number;
}

export interface Prop {
  value: Value;
  /** The `key: value` property (or shorthand) where it was written, when it was. */
  node?: TS.Node;
  /** The expression of its value, when written in an object literal. */
  valueNode?: TS.Expression;
}

export type Env = { vars: Map<string, Value>; parent: Env | undefined };

export interface FnValue {
  decl: TS.SignatureDeclaration & { body?: TS.Node | undefined };
  env: Env;
  name: string;
  thisValue?: Value;
  called: boolean;
}

/** A layer object made by a tf.layers factory, before and after it is connected. */
export interface LayerObj {
  factory: string;
  /** The factory as written: 'tf.layers.dense', 'layers.dense', 'dense'. */
  ctorText: string;
  call: TS.CallExpression;
  config: ObjValue | undefined;
  /** Config present but not an object the interpreter can read. */
  configUnknown: boolean;
  /** The IR layer, once built (TF.js builds a layer on its first connection). */
  built?: Layer;
  /** The statement that made it. */
  statement?: TS.Node;
  /** Function the layer was made in, for messages. */
  fnName?: string;
}

export interface InitObj {
  /** Initializer name as called: 'heNormal', 'varianceScaling', or a class name from {className}. */
  name: string;
  keyword: Record<string, import('../../model/graph').ArgValue>;
  range: SourceRange;
  text: string;
}

export interface ModelObj {
  kind: 'sequential' | 'functional';
  site: TS.Node;
  /** The variable (or `this.x`) it is bound to. */
  receiver?: string;
  configName?: string;
  fnName?: string;
  nodes: GraphNode[];
  layers: Layer[];
  /** Sequential: number of layers added (TF.js model.layers index of the next one). */
  count: number;
  /** Sequential: current output shape; undefined when unknown. */
  shape: Shape | undefined;
  /** Sequential: an input shape is known (a first layer has been added). */
  started: boolean;
  /** Functional: the output tensor(s). */
  outputs?: TensorVal[];
  inputs?: TensorVal[];
  range: SourceRange;
  /** Conditional depth where it was made: adds deeper than this may not happen. */
  condDepth: number;
  /** Sequential: model.layers index of each added layer (for `model.layers[i]` in messages). */
  entries: { index: number; layer?: Layer }[];
}

export interface TensorVal {
  trace: Trace;
  shape: Shape | undefined;
  /** Layers of merged side branches (not on the trace) that feed this tensor. */
  side: Layer[];
  /** Conditional depth where its input was made. */
  cond: number;
}

export interface ObjValue {
  k: 'obj';
  props: Map<string, Prop>;
  /** Has spreads or keys the interpreter could not resolve: an absent key may be present. */
  partial: boolean;
  node?: TS.Node;
}

export type Value =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'undef' }
  | { k: 'arr'; items: Value[] }
  | ObjValue
  /** A library name: 'tf', 'tf.layers', 'tf.layers.dense', 'tf.initializers.heNormal', 'Math.sqrt'. */
  | { k: 'lib'; q: string; text: string }
  | { k: 'fn'; fn: FnValue }
  | { k: 'class'; decl: TS.ClassLikeDeclaration; env: Env; name: string }
  | { k: 'layer'; l: LayerObj }
  | { k: 'init'; i: InitObj }
  | { k: 'tensor'; t: TensorVal }
  | { k: 'model'; m: ModelObj }
  | { k: 'unknown' };

export const UNKNOWN: Value = { k: 'unknown' };
export const UNDEF: Value = { k: 'undef' };
export const num = (v: number): Value => ({ k: 'num', v });
export const str = (v: string): Value => ({ k: 'str', v });
export const bool = (v: boolean): Value => ({ k: 'bool', v });

/** JavaScript truthiness, or undefined when it cannot be told. */
export function truthy(v: Value): boolean | undefined {
  switch (v.k) {
    case 'num':
      return v.v !== 0 && !Number.isNaN(v.v);
    case 'str':
      return v.v !== '';
    case 'bool':
      return v.v;
    case 'null':
    case 'undef':
      return false;
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

/** Same value for merging paths: identical objects, or equal primitives. */
export function equivalent(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'num':
    case 'str':
    case 'bool':
      return a.v === (b as typeof a).v;
    case 'null':
    case 'undef':
      return true;
    case 'lib':
      return a.q === (b as typeof a).q;
    case 'layer':
      return a.l === (b as typeof a).l;
    case 'model':
      return a.m === (b as typeof a).m;
    case 'tensor':
      return a.t.trace === (b as typeof a).t.trace;
    case 'fn':
      return a.fn === (b as typeof a).fn;
    case 'init': {
      // Two initializers that differ only in their seed give the same distribution.
      const x = a.i;
      const y = (b as typeof a).i;
      const strip = (k: Record<string, unknown>): string => JSON.stringify(Object.entries(k).filter(([n]) => n !== 'seed').sort());
      return x.name === y.name && strip(x.keyword) === strip(y.keyword);
    }
    default:
      return false;
  }
}

export const ROOT = (): Trace => ({ parent: null, node: null, depth: 0 });

export function extend(trace: Trace, node: GraphNode): Trace {
  return { parent: trace, node, depth: trace.depth + 1 };
}

export function extendAll(trace: Trace, nodes: readonly GraphNode[]): Trace {
  let t = trace;
  for (const n of nodes) t = extend(t, n);
  return t;
}

/** Nodes from `ancestor` (exclusive) to `trace` (inclusive), oldest first. */
export function nodesSince(trace: Trace, ancestor: Trace | null): GraphNode[] {
  const out: GraphNode[] = [];
  for (let t: Trace | null = trace; t && t !== ancestor; t = t.parent) if (t.node) out.push(t.node);
  return out.reverse();
}

export function isAncestor(a: Trace, b: Trace): boolean {
  let t: Trace | null = b;
  while (t && t.depth > a.depth) t = t.parent;
  return t === a;
}

export function commonAncestor(a: Trace, b: Trace): Trace | undefined {
  let x: Trace | null = a;
  let y: Trace | null = b;
  while (x && y && x !== y) {
    if (x.depth >= y.depth) x = x.parent;
    else y = y.parent;
  }
  return x && y && x === y ? x : undefined;
}
