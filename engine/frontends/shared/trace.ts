// Forward-pass traces, shared by the Python and the TypeScript evaluators: a tensor is the chain
// of operations that produced it, kept as a persistent linked list, so that `x + f(x)` can be
// recognised as a residual block by finding where the two operands' histories part.
import { DENSE_KINDS, type GraphNode, type SourceRange } from '../../model/graph';

export interface Trace {
  parent: Trace | null;
  node: GraphNode | null;
  depth: number;
}

export const ROOT_TRACE = (): Trace => ({ parent: null, node: null, depth: 0 });

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

export function toNodes(trace: Trace): GraphNode[] {
  return nodesSince(trace, null);
}

/** `a` lies on `b`'s history (or is `b`). */
export function isAncestor(a: Trace, b: Trace): boolean {
  let t: Trace | null = b;
  while (t && t.depth > a.depth) t = t.parent;
  return t === a;
}

/** The newest trace both histories share (undefined for traces of two different roots). */
export function commonAncestor(a: Trace, b: Trace): Trace | undefined {
  let x: Trace | null = a;
  let y: Trace | null = b;
  while (x && y && x !== y) {
    if (x.depth >= y.depth) x = x.parent;
    else y = y.parent;
  }
  return x && y && x === y ? x : undefined;
}

/**
 * `a + b` of two tensors. When one is the other's history plus a branch (x + f(x)), that is a
 * residual block; two diverging branches are beyond the chain model and cut it (opaque).
 */
export function addTraces(a: Trace, b: Trace): Trace {
  if (a === b) return extend(a, { type: 'scale', factor: 2 });
  if (isAncestor(a, b)) return extend(a, { type: 'residual', body: nodesSince(b, a) });
  if (isAncestor(b, a)) return extend(b, { type: 'residual', body: nodesSince(a, b) });
  return joinBranches([a, b], 'the sum of two different branches', undefined, true);
}

/**
 * `a * b` of two tensors. Two branches from one fork that each pass a weight layer of their own
 * (`tanh(conv_f(x)) * sigmoid(conv_g(x))`) are a product node; anything else (`x * f(x)`, a
 * squeeze-excitation `out * se(out)`, tensors of different roots) is a join that cuts the chain.
 */
export function multiplyTraces(a: Trace, b: Trace, range?: SourceRange): Trace {
  const base = a === b || isAncestor(a, b) || isAncestor(b, a) ? undefined : commonAncestor(a, b);
  if (base) {
    const fa = nodesSince(a, base);
    const fb = nodesSince(b, base);
    const weighted = (f: GraphNode[]): boolean => f.some((n) => n.type === 'layer' && DENSE_KINDS.has(n.layer.kind));
    if (weighted(fa) && weighted(fb)) return extend(base, { type: 'product', factors: [fa, fb], ...(range ? { range } : {}) });
  }
  return joinBranches([a, b], "the operation '*'", range);
}

/**
 * Tensors of several branches combined (a sum of two computed branches, a concatenation, an
 * elementwise product): the chain goes on along the deepest one, cut by an opaque step that
 * keeps the others' steps since they parted from it (their layers stay in the forward pass).
 * `sum`: the branches are added, so each one's last layer ends a branch (as in x + f(x)).
 */
export function joinBranches(traces: Trace[], reason: string, range?: SourceRange, sum = false): Trace {
  const main = traces.reduce((x, y) => (y.depth > x.depth ? y : x));
  const branch: GraphNode[] = [];
  for (const t of traces) {
    if (t === main || isAncestor(t, main)) continue;
    const base = commonAncestor(t, main);
    branch.push(...nodesSince(t, base ?? null));
  }
  return extend(main, { type: 'opaque', reason, ...(range ? { range } : {}), ...(branch.length ? { branch } : {}), ...(sum ? { sum: true } : {}) });
}

/** Two histories that apply the same operations to the same layers (branch outcomes that agree). */
export function sameHistory(a: Trace, b: Trace): boolean {
  let x: Trace | null = a;
  let y: Trace | null = b;
  while (x && y && x !== y) {
    if (x.depth !== y.depth || !sameNode(x.node, y.node)) return false;
    x = x.parent;
    y = y.parent;
  }
  return x === y;
}

function sameNode(a: GraphNode | null, b: GraphNode | null): boolean {
  if (!a || !b) return a === b;
  if (a.type !== b.type) return false;
  if (a.type === 'layer' && b.type === 'layer') return a.layer === b.layer;
  if (a.type === 'activation' && b.type === 'activation') return a.activation.kind === b.activation.kind && a.activation.param === b.activation.param;
  if (a.type === 'scale' && b.type === 'scale') return a.factor === b.factor;
  return false;
}
