// Python operators on abstract values: arithmetic on known numbers, sequence and string
// concatenation and repetition, comparisons, and the tensor rules every framework shares (a sum
// of two histories is a residual block or a cut, a known scalar factor is a scale step, anything
// else applied to a tensor is an opaque step). Framework values (PyTorch's factory tensors and
// free parameters) are asked of the plug-ins first.
import type { SyntaxNode } from '../syntax';
import { addTraces, extend, joinBranches, sameHistory } from '../../shared/trace';
import type { Interpreter } from './interpreter';
import { rangeOf } from './nodes';
import { BATCH_DIM, type Trace, UNKNOWN, type Value, isKnownNumber, num } from './values';

/** Value kinds whose Python value is fully known. */
export const KNOWN_KINDS = new Set(['num', 'str', 'bool', 'none', 'seq', 'dict']);

export function binary(ip: Interpreter, op: string, a: Value, b: Value, node: SyntaxNode): Value {
  if (isKnownNumber(a) && isKnownNumber(b)) {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+': return num(x + y);
      case '-': return num(x - y);
      case '*': return num(x * y);
      case '/': return y === 0 ? UNKNOWN : num(x / y);
      case '//': return y === 0 ? UNKNOWN : num(Math.floor(x / y));
      case '%': return y === 0 ? UNKNOWN : num(((x % y) + y) % y);
      case '**': return num(x ** y);
      case '<<': return num(x << y);
      case '>>': return num(x >> y);
      default: return UNKNOWN;
    }
  }
  if (a.k === 'str' && b.k === 'str' && op === '+') return { k: 'str', v: a.v + b.v };
  if (a.k === 'seq' && b.k === 'seq' && op === '+') return { k: 'seq', items: [...a.items, ...b.items], tuple: a.tuple };
  if (a.k === 'seq' && isKnownNumber(b) && op === '*') return { k: 'seq', items: Array.from({ length: Math.min(b.v, ip.limits.unroll) }, () => a.items).flat(), tuple: a.tuple };
  for (const p of ip.plugins.all) {
    const r = p.binary?.(op, a, b, node);
    if (r) return r;
  }
  // Tensors in the forward pass.
  if (a.k === 'tensor' && b.k === 'tensor' && op === '+') {
    const sum: Value = { k: 'tensor', trace: addTraces(a.trace, b.trace) };
    if (a.shape && b.shape && a.shape.width !== undefined && a.shape.width === b.shape.width) sum.shape = a.shape.dims && b.shape.dims && a.shape.dims.length === b.shape.dims.length ? a.shape : { width: a.shape.width };
    return sum;
  }
  if (a.k === 'tensor' && b.k === 'tensor' && op === '@') return UNKNOWN;
  if (a.k === 'tensor' && isKnownNumber(b) && (op === '*' || op === '/')) return { k: 'tensor', trace: extend(a.trace, { type: 'scale', factor: op === '*' ? b.v : 1 / b.v, range: rangeOf(node) }), ...(a.shape ? { shape: a.shape } : {}) };
  if (b.k === 'tensor' && isKnownNumber(a) && op === '*') return { k: 'tensor', trace: extend(b.trace, { type: 'scale', factor: a.v, range: rangeOf(node) }), ...(b.shape ? { shape: b.shape } : {}) };
  if (a.k === 'tensor' && (op === '+' || op === '-') && b.k !== 'tensor') return a; // a bias or constant
  if (b.k === 'tensor' && op === '+' && a.k !== 'tensor') return b;
  // Two computed tensors combined elementwise (`out * se(out)`, `a - b`): one chain, the other a branch.
  if (a.k === 'tensor' && b.k === 'tensor') return { k: 'tensor', trace: joinBranches([a.trace, b.trace], `the operation '${op}'`, rangeOf(node)) };
  if (a.k === 'tensor' || b.k === 'tensor') {
    const t = a.k === 'tensor' ? a : (b as { k: 'tensor'; trace: Trace });
    return { k: 'tensor', trace: extend(t.trace, { type: 'opaque', reason: `the operation '${op}'`, range: rangeOf(node) }) };
  }
  return UNKNOWN;
}

/** Same value, or tensors whose histories are the same operations on the same layers. */
export function equivalent(a: Value, b: Value): boolean {
  if (a === b || sameValue(a, b)) return true;
  return a.k === 'tensor' && b.k === 'tensor' && sameHistory(a.trace, b.trace);
}

export function sameValue(a: Value, b: Value): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'num' || a.k === 'str' || a.k === 'bool') return a.v === (b as typeof a).v;
  return a === b;
}

export function compare(op: string, a: Value, b: Value): boolean | undefined {
  switch (op) {
    case 'is':
    case '==':
      if (a.k === 'none' || b.k === 'none') return a.k === 'unknown' || b.k === 'unknown' ? undefined : a.k === b.k && (op === 'is' || a.k === 'none') ? true : a.k === 'none' && b.k === 'none';
      if (a.k === 'lib' && b.k === 'lib') return a.name === b.name;
      if ((a.k === 'num' || a.k === 'str' || a.k === 'bool') && a.k === b.k) return a.v === (b as typeof a).v;
      if (a.k === 'num' && b.k === 'bool') return a.v === (b.v ? 1 : 0);
      if (a.k === 'bool' && b.k === 'num') return b.v === (a.v ? 1 : 0);
      // Values of different known kinds are never equal (1 == "M" is False).
      if (KNOWN_KINDS.has(a.k) && KNOWN_KINDS.has(b.k)) return false;
      return a.k === 'unknown' || b.k === 'unknown' ? undefined : a.k === 'module' || b.k === 'module' ? a === b : undefined;
    case 'is not':
    case '!=': {
      const r = compare(op === 'is not' ? 'is' : '==', a, b);
      return r === undefined ? undefined : !r;
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (a.k === 'num' && b.k === 'num') return op === '<' ? a.v < b.v : op === '<=' ? a.v <= b.v : op === '>' ? a.v > b.v : a.v >= b.v;
      return undefined;
    case 'in':
    case 'not in': {
      let r: boolean | undefined;
      if (a.k === 'str' && b.k === 'str') r = b.v.includes(a.v);
      else if (b.k === 'seq') {
        r = false;
        for (const item of b.items) {
          const eq = compare('==', a, item);
          if (eq === undefined) return undefined;
          if (eq) r = true;
        }
      } else if (b.k === 'dict' && a.k === 'str') r = b.entries.has(a.v);
      if (r === undefined) return undefined;
      return op === 'in' ? r : !r;
    }
    default:
      return undefined;
  }
}

/** Tuple equality (read in Keras and Flax files: `if residual.shape != y.shape`). */
export function seqEqual(op: string, a: Value, b: Value): boolean | undefined {
  if (a.k !== 'seq' || b.k !== 'seq') return undefined;
  let eq: boolean | undefined = a.items.length === b.items.length;
  if (eq) {
    for (let i = 0; i < a.items.length && eq !== false; i++) {
      if (a.items[i] === BATCH_DIM && b.items[i] === BATCH_DIM) continue;
      const r = compare('==', a.items[i]!, b.items[i]!);
      if (r === undefined) eq = undefined;
      else if (!r) eq = false;
    }
  }
  if (eq === undefined) return undefined;
  return op === '==' ? eq : !eq;
}
