// Python strings and the math module on known values: literals (f-strings with plain fields), the
// string methods model code uses on names (`name.endswith('c_proj.weight')`), math.sqrt and kin.
import type { Budget } from '../../shared/budget';
import type { SyntaxNode } from '../syntax';
import { kids } from './nodes';
import { UNKNOWN, type Value, isKnownNumber, num } from './values';

/** Library constants read as numbers (math.inf is not one: infinities are unknown, see num()). */
export const LIB_CONSTANTS: Record<string, number> = { 'math.pi': Math.PI, 'math.e': Math.E, 'numpy.pi': Math.PI };

/**
 * A string literal's value; f-string fields through `field` (undefined when one is not known).
 * `fits` is asked before a piece is appended (an f-string of fields doubled 29 times asks for
 * 2^29 characters): a string that would outgrow it is unknown.
 */
export function stringValue(node: SyntaxNode, field: (expr: SyntaxNode) => string | undefined, fits: (length: number) => boolean): string | undefined {
  const pieces = node.type === 'concatenated_string' ? kids(node) : [node];
  let s = '';
  for (const piece of pieces) {
    for (const child of kids(piece)) {
      let v: string | undefined;
      if (child.type === 'interpolation') {
        // Only plain fields: f"fc{i}", not f"{x:>4}" or f"{x!r}".
        const parts = kids(child);
        if (parts.length !== 1) return undefined;
        v = field(parts[0]!);
        if (v === undefined) return undefined;
      } else if (child.type === 'string_content' || child.type === 'escape_sequence') v = child.text;
      else continue;
      if (!fits(s.length + v.length)) return undefined;
      s += v;
    }
  }
  return s;
}

/** `s.name(*args)` on a known string; results larger than the file's limits are unknown. */
export function stringMethod(budget: Budget, s: string, name: string, args: Value[]): Value {
  const a = args[0];
  const str = (v: Value | undefined): v is { k: 'str'; v: string } => v?.k === 'str';
  switch (name) {
    case 'startswith':
      if (str(a)) return { k: 'bool', v: s.startsWith(a.v) };
      if (a?.k === 'seq') return { k: 'bool', v: a.items.some((x) => str(x) && s.startsWith(x.v)) };
      return UNKNOWN;
    case 'endswith':
      if (str(a)) return { k: 'bool', v: s.endsWith(a.v) };
      if (a?.k === 'seq') return { k: 'bool', v: a.items.some((x) => str(x) && s.endsWith(x.v)) };
      return UNKNOWN;
    case 'find':
      return str(a) ? num(s.indexOf(a.v)) : UNKNOWN;
    case 'lower':
    case 'upper': {
      // Case mapping can lengthen a string (German sharp s uppercases to SS), by at most 3x.
      const v = name === 'lower' ? s.toLowerCase() : s.toUpperCase();
      return budget.fitsChars(v.length) ? { k: 'str', v } : UNKNOWN;
    }
    case 'split': {
      // One part past the limit is enough to know the list would not fit.
      const cap = budget.limits.items + 1;
      const parts = str(a) ? s.split(a.v, cap) : s.split(/\s+/, cap);
      if (!budget.fitsItems(parts.length)) return UNKNOWN;
      return { k: 'seq', items: parts.map((x) => ({ k: 'str', v: x }) as Value), tuple: false };
    }
    case 'format':
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}

export function mathCall(name: string, args: Value[]): Value {
  if (name === 'prod') return product(args);
  const xs = args.map((v) => (isKnownNumber(v) ? v.v : NaN));
  if (xs.some(Number.isNaN)) return UNKNOWN;
  const [x, y] = xs;
  switch (name) {
    case 'sqrt': return x! >= 0 ? num(Math.sqrt(x!)) : UNKNOWN;
    case 'log': return x! > 0 ? num(y === undefined ? Math.log(x!) : Math.log(x!) / Math.log(y)) : UNKNOWN;
    case 'log2': return x! > 0 ? num(Math.log2(x!)) : UNKNOWN;
    case 'exp': return num(Math.exp(x!));
    case 'pow': return num(x! ** y!);
    case 'ceil': return num(Math.ceil(x!));
    case 'floor': return num(Math.floor(x!));
    default: return UNKNOWN;
  }
}

/**
 * math.prod(iterable, start=1) of known numbers. An integral product is exact only up to 2^53
 * (Python's ints go on exactly): beyond that it is unknown.
 */
function product(args: Value[]): Value {
  const seq = args[0];
  if (seq?.k !== 'seq') return UNKNOWN;
  const start = args[1] === undefined ? 1 : isKnownNumber(args[1]) ? args[1].v : NaN;
  let r = start;
  for (const x of seq.items) {
    if (!isKnownNumber(x)) return UNKNOWN;
    r *= x.v;
  }
  if (!Number.isFinite(r) || (Number.isInteger(r) && Math.abs(r) > Number.MAX_SAFE_INTEGER)) return UNKNOWN;
  return num(r);
}
