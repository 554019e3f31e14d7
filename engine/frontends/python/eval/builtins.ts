// Python builtins on abstract values (range, len, list, dict, zip, isinstance, getattr, super...).
// `isinstance` against a framework class asks the plug-ins (abstract bases such as nn._ConvNd).
import type { SyntaxNode } from '../syntax';
import type { Ctx, Interpreter } from './interpreter';
import { linearize } from './attributes';
import { KNOWN_KINDS } from './operators';
import { NONE, UNKNOWN, type Value, isKnownNumber, iterate, num, truthy, containerItems } from './values';

export const BUILTINS = new Set(['bool', 'range', 'len', 'int', 'float', 'abs', 'round', 'min', 'max', 'sum', 'list', 'tuple', 'dict', 'enumerate', 'zip', 'reversed', 'isinstance', 'type', 'hasattr', 'getattr', 'setattr', 'super', 'str', 'print']);

export function builtin(ip: Interpreter, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  const a = positional[0];
  switch (name) {
    case 'range': {
      // range() takes integers only (range(2.5) is a TypeError).
      const nums = positional.map((v) => (isKnownNumber(v) && Number.isInteger(v.v) ? v.v : NaN));
      if (nums.some(Number.isNaN) || nums.length === 0) return UNKNOWN;
      const [start, stop, step] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
      if (step === 0) return UNKNOWN;
      const items: Value[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        items.push(num(i));
        if (items.length > ip.limits.unroll) return UNKNOWN;
      }
      return { k: 'seq', items, tuple: false };
    }
    case 'len': {
      if (a?.k === 'seq') return num(a.items.length);
      if (a?.k === 'str') return num(a.v.length);
      if (a?.k === 'dict') return num(a.entries.size);
      if (a?.k === 'module' && a.m.kind === 'container') return num(containerItems(a.m).length);
      return UNKNOWN;
    }
    case 'int':
      return isKnownNumber(a) ? num(Math.trunc(a.v)) : a?.k === 'bool' ? num(a.v ? 1 : 0) : UNKNOWN;
    case 'float':
      return isKnownNumber(a) ? a : UNKNOWN;
    case 'abs':
      return isKnownNumber(a) ? num(Math.abs(a.v)) : UNKNOWN;
    case 'round':
      return isKnownNumber(a) ? num(Math.round(a.v)) : UNKNOWN;
    case 'sum': {
      // sum(numbers, start=0), e.g. a ResNet's block count `sum(layers)`; exact integers only up to 2^53.
      const start = positional[1] ?? keyword.get('start') ?? num(0);
      if (a?.k !== 'seq' || !isKnownNumber(start) || !a.items.every(isKnownNumber)) return UNKNOWN;
      let total = start.v;
      for (const v of a.items) total += (v as { v: number }).v;
      if (!Number.isFinite(total) || (Number.isInteger(total) && Math.abs(total) > Number.MAX_SAFE_INTEGER)) return UNKNOWN;
      return num(total);
    }
    case 'min':
    case 'max': {
      const vals = positional.length === 1 && a?.k === 'seq' ? a.items : positional;
      if (!vals.length || !vals.every(isKnownNumber)) return UNKNOWN;
      // A fold, not Math.min(...ns): spreading a 100,000-item list as arguments overflows the stack.
      let best = (vals[0] as { v: number }).v;
      for (const v of vals) best = name === 'min' ? Math.min(best, (v as { v: number }).v) : Math.max(best, (v as { v: number }).v);
      return num(best);
    }
    case 'list':
    case 'tuple': {
      if (!a) return { k: 'seq', items: [], tuple: name === 'tuple' };
      const items = iterate(a);
      return items ? { k: 'seq', items: [...items], tuple: name === 'tuple' } : UNKNOWN;
    }
    case 'dict': {
      const entries = new Map<string, Value>();
      if (a) {
        const items = a.k === 'dict' ? [...a.entries].map(([k, v]) => ({ k: 'seq', items: [{ k: 'str', v: k }, v], tuple: true }) as Value) : iterate(a);
        if (!items) return UNKNOWN;
        for (const item of items) {
          if (item.k !== 'seq' || item.items.length !== 2 || item.items[0]!.k !== 'str') return UNKNOWN;
          entries.set((item.items[0] as { v: string }).v, item.items[1]!);
        }
      }
      for (const [k, v] of keyword) entries.set(k, v);
      return { k: 'dict', entries };
    }
    case 'enumerate': {
      const items = a && iterate(a);
      return items ? { k: 'seq', items: items.map((v, i) => ({ k: 'seq', items: [num(i), v], tuple: true }) as Value), tuple: false } : UNKNOWN;
    }
    case 'zip': {
      const lists = positional.map((v) => iterate(v));
      if (lists.some((l) => !l)) return UNKNOWN;
      if (lists.length === 0) return { k: 'seq', items: [], tuple: false };
      let n = Infinity;
      for (const l of lists) n = Math.min(n, l!.length);
      // n tuples of lists.length items each: `zip(*[xs] * 100000)` must not build 10^10 of them.
      if (!ip.budget.fitsItems(n * lists.length)) return UNKNOWN;
      return { k: 'seq', items: Array.from({ length: n }, (_, i) => ({ k: 'seq', items: lists.map((l) => l![i]!), tuple: true }) as Value), tuple: false };
    }
    case 'reversed': {
      const items = a && iterate(a);
      return items ? { k: 'seq', items: [...items].reverse(), tuple: false } : UNKNOWN;
    }
    case 'isinstance':
      return isInstance(ip, a, positional[1]);
    case 'type':
      return a?.k === 'module' ? { k: 'lib', name: a.m.className.includes('.') ? a.m.className : `__local__.${a.m.className}` } : UNKNOWN;
    case 'hasattr': {
      if (a?.k === 'module' && positional[1]?.k === 'str') {
        const attr = ip.getAttr(a, positional[1].v);
        if (attr.k === 'none') return { k: 'bool', v: true };
        return attr.k === 'unknown' ? (a.m.kind === 'custom' ? UNKNOWN : { k: 'bool', v: false }) : { k: 'bool', v: true };
      }
      return UNKNOWN;
    }
    case 'getattr': {
      if (a && positional[1]?.k === 'str') {
        const v = ip.getAttr(a, positional[1].v);
        return v.k === 'unknown' && positional[2] ? positional[2] : v;
      }
      return UNKNOWN;
    }
    case 'setattr':
      if (a?.k === 'module' && positional[1]?.k === 'str' && positional[2]) ip.setModuleAttr(a.m, positional[1].v, positional[2], ctx, node);
      return NONE;
    case 'bool': {
      const t = a === undefined ? false : truthy(a);
      return t === undefined ? UNKNOWN : { k: 'bool', v: t };
    }
    case 'super':
      return { k: 'lib', name: '__super__', self: ctx.self, cls: ctx.cls } as unknown as Value;
    case 'str':
      return isKnownNumber(a) ? { k: 'str', v: String(a.v) } : a?.k === 'str' ? a : UNKNOWN;
    case 'print':
      return NONE;
    default:
      void keyword;
      return UNKNOWN;
  }
}

function isInstance(ip: Interpreter, obj: Value | undefined, cls: Value | undefined): Value {
  if (!obj || !cls) return UNKNOWN;
  const classes = cls.k === 'seq' ? cls.items : [cls];
  if (KNOWN_KINDS.has(obj.k)) {
    let any: boolean | undefined = false;
    for (const c of classes) {
      const r = c.k === 'lib' ? builtinInstance(obj, c.name) : c.k === 'class' ? false : undefined;
      if (r === true) return { k: 'bool', v: true };
      if (r === undefined) any = undefined;
    }
    return any === undefined ? UNKNOWN : { k: 'bool', v: false };
  }
  if (obj.k === 'instance') {
    // An instance of a plain class of the file (makemore's hand-written `Linear`).
    const chain = linearize(obj.cls);
    if (classes.some((c) => c.k === 'class' && chain.includes(c))) return { k: 'bool', v: true };
    return classes.every((c) => c.k === 'class') ? { k: 'bool', v: false } : UNKNOWN;
  }
  if (obj.k !== 'module') return obj.k === 'unknown' ? UNKNOWN : { k: 'bool', v: false };
  let unknown = false;
  for (const c of classes) {
    if (c.k === 'lib') {
      if (obj.m.className === c.name) return { k: 'bool', v: true };
      for (const p of ip.plugins.all) if (p.isInstance?.(obj.m, c.name)) return { k: 'bool', v: true };
    } else if (c.k === 'class') {
      if ((obj.m.classChain ?? []).includes(c)) return { k: 'bool', v: true };
    } else unknown = true;
  }
  return unknown ? UNKNOWN : { k: 'bool', v: false };
}

/** isinstance(v, str) and kin on plain values. */
function builtinInstance(v: Value, type: string): boolean | undefined {
  switch (type) {
    case 'builtins.str': return v.k === 'str';
    case 'builtins.int': return v.k === 'num' ? Number.isInteger(v.v) : v.k === 'bool' ? true : KNOWN_KINDS.has(v.k) ? false : undefined;
    case 'builtins.float': return v.k === 'num' ? !Number.isInteger(v.v) || undefined : KNOWN_KINDS.has(v.k) ? false : undefined;
    case 'builtins.bool': return v.k === 'bool';
    case 'builtins.list': return v.k === 'seq' ? !v.tuple : KNOWN_KINDS.has(v.k) ? false : undefined;
    case 'builtins.tuple': return v.k === 'seq' ? v.tuple : KNOWN_KINDS.has(v.k) ? false : undefined;
    case 'builtins.dict': return v.k === 'dict';
    default: return undefined;
  }
}
