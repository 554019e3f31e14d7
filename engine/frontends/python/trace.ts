// Forward-pass traces: a tensor is the chain of operations that produced it, kept as a persistent
// linked list so that `x + f(x)` can be recognised as a residual block by finding where the two
// operands' histories part.
import type { GraphNode } from '../../model/graph';
import type { Trace } from './values';

export const ROOT_TRACE = (): Trace => ({ parent: null, node: null, depth: 0 });

export function extend(trace: Trace, node: GraphNode): Trace {
  return { parent: trace, node, depth: trace.depth + 1 };
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

function isAncestor(a: Trace, b: Trace): boolean {
  let t: Trace | null = b;
  while (t && t.depth > a.depth) t = t.parent;
  return t === a;
}

function commonAncestor(a: Trace, b: Trace): Trace {
  let x: Trace | null = a;
  let y: Trace | null = b;
  while (x && y && x !== y) {
    if (x.depth >= y.depth) x = x.parent;
    else y = y.parent;
  }
  return (x ?? y)!;
}

/**
 * `a + b` of two tensors. When one is the other's history plus a branch (x + f(x)), that is a
 * residual block; two diverging branches are beyond the chain model and cut it (opaque).
 */
export function addTraces(a: Trace, b: Trace): Trace {
  if (a === b) return extend(a, { type: 'scale', factor: 2 });
  if (isAncestor(a, b)) return extend(a, { type: 'residual', body: nodesSince(b, a) });
  if (isAncestor(b, a)) return extend(b, { type: 'residual', body: nodesSince(a, b) });
  const base = commonAncestor(a, b);
  return extend(base, { type: 'opaque', reason: 'the sum of two different branches' });
}
