// Python operators on abstract values: arithmetic on known numbers, sequence and string
// concatenation and repetition, comparisons, and the tensor rules every framework shares (a sum
// of two histories is a residual block or a cut, a known scalar factor is a scale step, anything
// else applied to a tensor is an opaque step). Framework values (PyTorch's factory tensors and
// free parameters) are asked of the plug-ins first.
import type { SyntaxNode } from '../syntax';
import { addTraces, extend, joinBranches, multiplyTraces, sameHistory } from '../../shared/trace';
import type { Interpreter } from './interpreter';
import { rangeOf } from './nodes';
import { BATCH_DIM, type Trace, UNKNOWN, type Value, isKnownNumber, num } from './values';

/** Value kinds whose Python value is fully known. */
export const KNOWN_KINDS = new Set(['num', 'str', 'bool', 'none', 'seq', 'dict']);

export function binary(ip: Interpreter, op: string, a: Value, b: Value, node: SyntaxNode): Value {
  if (isKnownNumber(a) && isKnownNumber(b)) return arithmetic(op, a.v, b.v);
  if (a.k === 'str' && b.k === 'str' && op === '+') return ip.budget.fitsChars(a.v.length + b.v.length) ? { k: 'str', v: a.v + b.v } : UNKNOWN;
  if (a.k === 'seq' && b.k === 'seq' && op === '+') return ip.budget.fitsItems(a.items.length + b.items.length) ? { k: 'seq', items: a.items.concat(b.items), tuple: a.tuple } : UNKNOWN;
  if (op === '*' && (a.k === 'seq' || a.k === 'str') && isKnownNumber(b)) return repeat(ip, a, b.v);
  if (op === '*' && (b.k === 'seq' || b.k === 'str') && isKnownNumber(a)) return repeat(ip, b, a.v);
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
  if (a.k === 'tensor' && isKnownNumber(b) && (op === '*' || op === '/') && scalable(op === '*' ? b.v : 1 / b.v)) return { k: 'tensor', trace: extend(a.trace, { type: 'scale', factor: op === '*' ? b.v : 1 / b.v, range: rangeOf(node) }), ...(a.shape ? { shape: a.shape } : {}) };
  if (b.k === 'tensor' && isKnownNumber(a) && op === '*' && scalable(a.v)) return { k: 'tensor', trace: extend(b.trace, { type: 'scale', factor: a.v, range: rangeOf(node) }), ...(b.shape ? { shape: b.shape } : {}) };
  if (a.k === 'tensor' && (op === '+' || op === '-') && b.k !== 'tensor') return a; // a bias or constant
  if (b.k === 'tensor' && op === '+' && a.k !== 'tensor') return b;
  // A gated unit (`tanh(f(x)) * sigmoid(g(x))`): a product of two branches from one fork.
  if (a.k === 'tensor' && b.k === 'tensor' && op === '*') {
    const product: Value = { k: 'tensor', trace: multiplyTraces(a.trace, b.trace, rangeOf(node)) };
    if (a.shape && b.shape && a.shape.width !== undefined && a.shape.width === b.shape.width) product.shape = a.shape;
    return product;
  }
  // Two computed tensors combined elementwise (`out * se(out)`, `a - b`): one chain, the other a branch.
  if (a.k === 'tensor' && b.k === 'tensor') return { k: 'tensor', trace: joinBranches([a.trace, b.trace], `the operation '${op}'`, rangeOf(node)) };
  if (a.k === 'tensor' || b.k === 'tensor') {
    const t = a.k === 'tensor' ? a : (b as { k: 'tensor'; trace: Trace });
    return { k: 'tensor', trace: extend(t.trace, { type: 'opaque', reason: `the operation '${op}'`, range: rangeOf(node) }) };
  }
  return UNKNOWN;
}

/**
 * Python arithmetic on two known numbers. JavaScript numbers stand for both Python ints and floats;
 * an integral result of integral operands is exact only up to 2^53, so beyond that it is unknown
 * (Python's ints would go on exactly). `<<` and `>>` follow Python, not JavaScript's 32-bit operators.
 */
export function arithmetic(op: string, x: number, y: number): Value {
  const ints = Number.isInteger(x) && Number.isInteger(y);
  let r: number;
  switch (op) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '/': return y === 0 ? UNKNOWN : num(x / y);
    case '//':
      if (y === 0) return UNKNOWN;
      r = ints ? floorDivide(x, y) : Math.floor(x / y);
      break;
    case '%': if (y === 0) return UNKNOWN; r = ((x % y) + y) % y; break;
    case '**':
      if (!ints || y < 0) return num(x ** y);
      // |x| >= 2 to a power above 53 is past 2^53 whatever x is; below that BigInt is exact and small.
      if (Math.abs(x) >= 2 && y > 53) return UNKNOWN;
      r = Number(BigInt(x) ** BigInt(y));
      break;
    case '<<':
      if (!ints || y < 0) return UNKNOWN; // a float operand is Python's TypeError, a negative count its ValueError
      if (x === 0) return num(0);
      if (y > 53) return UNKNOWN;
      r = x * 2 ** y;
      break;
    case '>>':
      if (!ints || y < 0) return UNKNOWN;
      // Python's >> floors (-5 >> 1 == -3, -1 >> 999 == -1); a division by a power of two is exact.
      r = y > 53 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y);
      break;
    default: return UNKNOWN;
  }
  if (ints && !Number.isSafeInteger(r)) return UNKNOWN;
  return num(r === 0 ? 0 : r); // no -0 (Python's ints have none)
}

/** Python's `//` on integers: the floor of the exact quotient (a float division can round across an integer). */
function floorDivide(x: number, y: number): number {
  const q = BigInt(x) / BigInt(y);
  return Number(x % y !== 0 && (x < 0) !== (y < 0) ? q - 1n : q);
}

/** `-x`, `+x` and `~x` on a known number (`~` of a float is Python's TypeError). */
export function unaryNumber(op: string, x: number): Value {
  if (op === '-') return num(x === 0 ? 0 : -x);
  if (op === '+') return num(x);
  if (op === '~') return Number.isInteger(x) ? num(-x - 1) : UNKNOWN;
  return UNKNOWN;
}

/**
 * `seq * n` and `str * n`: built only when the result fits the file's limits (`[0] * 1000` thrice
 * over asks for 10^9 items); a count that is not an integer is Python's TypeError, unknown here.
 */
function repeat(ip: Interpreter, v: Value & ({ k: 'seq' } | { k: 'str' }), count: number): Value {
  if (!Number.isInteger(count)) return UNKNOWN;
  const n = Math.max(count, 0);
  const len = v.k === 'str' ? v.v.length : v.items.length;
  if (len === 0 || n === 0) return v.k === 'str' ? { k: 'str', v: '' } : { k: 'seq', items: [], tuple: v.tuple };
  if (v.k === 'str') return ip.budget.fitsChars(len * n) ? { k: 'str', v: v.v.repeat(n) } : UNKNOWN;
  if (!ip.budget.fitsItems(len * n)) return UNKNOWN;
  return { k: 'seq', items: Array.from({ length: len * n }, (_, i) => v.items[i % len]!), tuple: v.tuple };
}

/**
 * Appends `more` to `into` when the result fits the file's item limit; false (and `into` left as
 * it was) when it does not. A loop, not `push(...more)`: spreading 100,000 arguments overflows the stack.
 */
export function appendItems(ip: Interpreter, into: Value[], more: readonly Value[]): boolean {
  if (!ip.budget.fitsItems(into.length + more.length)) return false;
  for (const item of more) into.push(item);
  return true;
}

/**
 * `xs.append(v)`, `xs.extend(vs)`, `xs.insert(i, v)` on a list the program holds: grows it in
 * place, or, when it would outgrow the limit, turns that very list into `unknown` so that every
 * name bound to it sees a value initlint no longer knows (a truncated list would be a guess).
 */
export function growList(ip: Interpreter, list: Value & { k: 'seq' }, more: readonly Value[], at?: number): void {
  if (at !== undefined && ip.budget.fitsItems(list.items.length + more.length)) {
    list.items.splice(at, 0, ...more);
    return;
  }
  if (at === undefined && appendItems(ip, list.items, more)) return;
  const forgotten = list as { k: string; items?: Value[]; tuple?: boolean };
  forgotten.k = 'unknown';
  delete forgotten.items;
  delete forgotten.tuple;
}

/** A scale step multiplies the second moment by factor^2: `x * 1e200` or `x / 0` has none a double holds (an opaque step instead). */
function scalable(factor: number): boolean {
  return Number.isFinite(factor * factor);
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
