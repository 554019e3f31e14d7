// JavaScript semantics the evaluator applies to abstract values: operators, equality, and the
// built-ins model code uses to compute sizes (Math, Number, parseInt, Array, Array.from, string
// methods). Every value they build is checked against the file's budget first: a string or array
// that would be too large is unknown (and the budget records it for the file's note), never built.
import type { Budget } from '../../shared/budget';
import type { TS } from '../ts';
import { bool, isPrimitive, num, str, truthy, UNDEF, UNKNOWN, type Value } from './values';

let compoundCache: Map<TS.SyntaxKind, TS.SyntaxKind> | undefined;

/** `a += b` and the other compound assignments -> the binary operator they apply. */
export function compoundOperator(ts: typeof TS, op: TS.SyntaxKind): TS.SyntaxKind | undefined {
  compoundCache ??= new Map([
    [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.PlusToken],
    [ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.MinusToken],
    [ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.AsteriskToken],
    [ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.SlashToken],
    [ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.PercentToken],
    [ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.AsteriskAsteriskToken],
    [ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.BarBarToken],
    [ts.SyntaxKind.AmpersandAmpersandEqualsToken, ts.SyntaxKind.AmpersandAmpersandToken],
    [ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.QuestionQuestionToken],
  ]);
  return compoundCache.get(op);
}

/** For `a || b`, `a && b`, `a ?? b`: true when the result is `a`, false when it is `b`, undefined when unknown. */
export function logicalKeepsLeft(op: TS.SyntaxKind, left: Value, ts: typeof TS): boolean | undefined {
  if (op === ts.SyntaxKind.QuestionQuestionToken) {
    if (left.k === 'null' || left.k === 'undef') return false;
    return left.k === 'unknown' ? undefined : true;
  }
  const t = truthy(left);
  if (t === undefined) return undefined;
  return op === ts.SyntaxKind.BarBarToken ? t : !t;
}

/** An unknown value known to differ from `v` (`not` lists the primitives it is not). */
function excludes(u: Value, v: Value): boolean {
  return u.k === 'unknown' && !!u.not && isPrimitive(v) && u.not.some((x) => strictEquals(x, v) === true);
}

export function strictEquals(a: Value, b: Value): boolean | undefined {
  if (excludes(a, b) || excludes(b, a)) return false;
  if (a.k === 'unknown' || b.k === 'unknown') return undefined;
  if ((a.k === 'num' || a.k === 'str' || a.k === 'bool') && a.k === b.k) return a.v === (b as typeof a).v;
  if (a.k !== b.k) return isPrimitive(a) && isPrimitive(b) ? false : undefined;
  if (a.k === 'null' || a.k === 'undef') return true;
  return a === b ? true : undefined;
}

export function looseEquals(a: Value, b: Value): boolean | undefined {
  const nullish = (v: Value): boolean => v.k === 'null' || v.k === 'undef';
  if (nullish(a) || nullish(b)) {
    if (a.k === 'unknown' || b.k === 'unknown') return undefined;
    return nullish(a) && nullish(b);
  }
  if (a.k === 'num' && b.k === 'str') return a.v === Number(b.v);
  if (a.k === 'str' && b.k === 'num') return Number(a.v) === b.v;
  return strictEquals(a, b);
}

/** `a + b` of two strings or a string and a primitive, when the result fits the budget. */
export function concat(a: string, b: string, budget: Budget): Value {
  return budget.fitsChars(a.length + b.length) ? str(a + b) : UNKNOWN;
}

export function arith(op: TS.SyntaxKind, a: Value, b: Value, ts: typeof TS, budget: Budget): Value {
  const K = ts.SyntaxKind;
  if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
    const loose = op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken;
    const eq = loose ? looseEquals(a, b) : strictEquals(a, b);
    if (eq === undefined) return UNKNOWN;
    return bool(op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken ? eq : !eq);
  }
  if (op === K.PlusToken) {
    if (a.k === 'num' && b.k === 'num') return num(a.v + b.v);
    if ((a.k === 'str' && (b.k === 'str' || b.k === 'num' || b.k === 'bool')) || (b.k === 'str' && (a.k === 'num' || a.k === 'bool'))) return concat(String(a.v), String(b.v), budget);
    return UNKNOWN;
  }
  if (a.k !== 'num' || b.k !== 'num') {
    if ((op === K.LessThanToken || op === K.GreaterThanToken || op === K.LessThanEqualsToken || op === K.GreaterThanEqualsToken) && a.k === 'str' && b.k === 'str') {
      return bool(op === K.LessThanToken ? a.v < b.v : op === K.GreaterThanToken ? a.v > b.v : op === K.LessThanEqualsToken ? a.v <= b.v : a.v >= b.v);
    }
    return UNKNOWN;
  }
  const x = a.v;
  const y = b.v;
  switch (op) {
    case K.MinusToken:
      return num(x - y);
    case K.AsteriskToken:
      return num(x * y);
    case K.SlashToken:
      return num(x / y);
    case K.PercentToken:
      return num(x % y);
    case K.AsteriskAsteriskToken:
      return num(x ** y);
    case K.LessThanToken:
      return bool(x < y);
    case K.GreaterThanToken:
      return bool(x > y);
    case K.LessThanEqualsToken:
      return bool(x <= y);
    case K.GreaterThanEqualsToken:
      return bool(x >= y);
    case K.LessThanLessThanToken:
      return num(x << y);
    case K.GreaterThanGreaterThanToken:
      return num(x >> y);
    case K.AmpersandToken:
      return num(x & y);
    case K.BarToken:
      return num(x | y);
    case K.CaretToken:
      return num(x ^ y);
    default:
      return UNKNOWN;
  }
}

const MATH_UNARY: Readonly<Record<string, (x: number) => number>> = {
  sqrt: Math.sqrt, floor: Math.floor, ceil: Math.ceil, round: Math.round, abs: Math.abs, log: Math.log, log2: Math.log2, log10: Math.log10, exp: Math.exp, trunc: Math.trunc, sign: Math.sign, cbrt: Math.cbrt, tanh: Math.tanh,
};

export const MATH_CONSTANTS = new Set(['PI', 'E', 'SQRT2', 'SQRT1_2', 'LN2', 'LN10', 'LOG2E', 'LOG10E']);

export function mathCall(name: string, args: Value[]): Value {
  const xs = args.map((a) => (a.k === 'num' ? a.v : undefined));
  if (xs.some((x) => x === undefined)) return UNKNOWN;
  const n = xs as number[];
  if (MATH_UNARY[name] && n.length >= 1) return num(MATH_UNARY[name]!(n[0]!));
  if (name === 'pow' && n.length >= 2) return num(n[0]! ** n[1]!);
  if (name === 'max') return num(Math.max(...n));
  if (name === 'min') return num(Math.min(...n));
  if (name === 'PI') return num(Math.PI);
  return UNKNOWN;
}

/** A length the evaluator may build an array of (a whole number within the budget's item limit). */
function buildableLength(n: number, budget: Budget): boolean {
  return Number.isInteger(n) && n >= 0 && budget.fitsItems(n);
}

/**
 * `Array(n)`, `Array(a, b)`, `Array.from(arrayOrLengthObject, fn?)`. A mapping function runs once
 * per item, so with one the length is bounded by the loop-unrolling limit, not the item limit.
 */
export function arrayCall(q: string, args: Value[], budget: Budget, call: (fn: Value, a: Value[]) => Value): Value {
  if (q === 'Array') {
    if (args.length === 1 && args[0]!.k === 'num') {
      const n = args[0].v;
      if (!buildableLength(n, budget)) return UNKNOWN;
      return { k: 'arr', items: Array.from({ length: n }, () => UNDEF) };
    }
    return { k: 'arr', items: [...args] };
  }
  const src = args[0];
  let items: Value[] | undefined;
  if (src?.k === 'arr' && !src.over) items = [...src.items];
  else if (src?.k === 'obj') {
    const len = src.props.get('length')?.value;
    if (len?.k === 'num' && buildableLength(len.v, budget)) items = Array.from({ length: len.v }, () => UNDEF);
  }
  if (!items) return UNKNOWN;
  const fn = args[1];
  if (fn) {
    if (items.length > budget.limits.unroll) return UNKNOWN;
    const out: Value[] = [];
    for (let i = 0; i < items.length; i++) {
      if (!budget.tick()) return UNKNOWN;
      out.push(call(fn, [items[i]!, num(i)]));
    }
    items = out;
  }
  return { k: 'arr', items };
}

export function stringMethod(s: string, name: string, args: Value[], budget: Budget): Value {
  const a0 = args[0];
  switch (name) {
    case 'toLowerCase':
      return str(s.toLowerCase());
    case 'toUpperCase':
      return str(s.toUpperCase());
    case 'trim':
      return str(s.trim());
    case 'startsWith':
      return a0?.k === 'str' ? bool(s.startsWith(a0.v)) : UNKNOWN;
    case 'endsWith':
      return a0?.k === 'str' ? bool(s.endsWith(a0.v)) : UNKNOWN;
    case 'includes':
      return a0?.k === 'str' ? bool(s.includes(a0.v)) : UNKNOWN;
    case 'match':
      // A string pattern is a regular expression; one without metacharacters matches where it occurs.
      if (a0?.k !== 'str' || /[\\^$.*+?()[\]{}|]/.test(a0.v)) return UNKNOWN;
      return s.includes(a0.v) ? { k: 'arr', items: [str(a0.v)] } : { k: 'null' };
    case 'repeat': {
      // The length is checked before the string is built: `'x'.repeat(1e9)` is unknown.
      if (a0?.k !== 'num' || !Number.isInteger(a0.v) || a0.v < 0) return UNKNOWN;
      return budget.fitsChars(s.length * a0.v) ? str(s.repeat(a0.v)) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
