// Python expressions on abstract values: literals, names, attributes, subscripts, comprehensions,
// operators and calls. Every expression counts one step of the file's budget, and nesting is bounded.
import type { SyntaxNode } from '../syntax';
import { evalCall } from './calls';
import type { Ctx, Env, Interpreter } from './interpreter';
import { kids, rangeOf } from './nodes';
import { appendItems, binary, compare, equivalent, sameValue, seqEqual, unaryNumber } from './operators';
import { commonAncestor, extend } from '../../shared/trace';
import { assign } from './statements';
import { stringValue } from './strings-math';
import { NONE, UNKNOWN, type Value, containerItems, isKnownNumber, iterate, num, truthy } from './values';
import { BUILTINS } from './builtins';

export function evaluate(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  if (!ip.tick()) return UNKNOWN;
  // Pathologically nested expressions (thousands of parentheses) are not model code.
  if (ip.nesting >= ip.limits.nesting) {
    ip.tooDeep = true;
    return UNKNOWN;
  }
  ip.nesting++;
  try {
    return evalNode(ip, node, env, ctx);
  } finally {
    ip.nesting--;
  }
}

function evalNode(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  switch (node.type) {
    case 'integer': {
      const t = node.text.replace(/_/g, '').toLowerCase();
      const v = t.startsWith('0x') ? parseInt(t, 16) : t.startsWith('0o') ? parseInt(t.slice(2), 8) : t.startsWith('0b') ? parseInt(t.slice(2), 2) : Number(t.replace(/l$/, ''));
      // Past 2^53 a JavaScript number no longer holds the literal's exact value.
      return Number.isSafeInteger(v) ? num(v) : UNKNOWN;
    }
    case 'float': {
      const v = Number(node.text.replace(/_/g, ''));
      return Number.isFinite(v) ? num(v) : UNKNOWN;
    }
    case 'string':
    case 'concatenated_string': {
      const s = stringValue(node, (expr) => {
        const v = evaluate(ip, expr, env, ctx);
        return v.k === 'str' ? v.v : v.k === 'num' ? String(v.v) : undefined;
      }, (length) => ip.budget.fitsChars(length));
      return s === undefined ? UNKNOWN : { k: 'str', v: s };
    }
    case 'true':
      return { k: 'bool', v: true };
    case 'false':
      return { k: 'bool', v: false };
    case 'none':
      return NONE;
    case 'identifier':
      return lookup(ip, node.text, env);
    case 'attribute':
      return evalAttribute(ip, node, env, ctx);
    case 'parenthesized_expression': {
      const inner = kids(node)[0];
      return inner ? evaluate(ip, inner, env, ctx) : UNKNOWN;
    }
    case 'tuple':
    case 'expression_list':
    case 'list':
    case 'pattern_list': {
      const items = evalItems(ip, node, env, ctx);
      return items ? { k: 'seq', items, tuple: node.type !== 'list' } : UNKNOWN;
    }
    case 'dictionary': {
      const entries = new Map<string, Value>();
      for (const pair of kids(node)) {
        if (pair?.type !== 'pair') return UNKNOWN;
        const key = evaluate(ip, pair.childForFieldName('key')!, env, ctx);
        if (key.k !== 'str') return UNKNOWN;
        entries.set(key.v, evaluate(ip, pair.childForFieldName('value')!, env, ctx));
      }
      return { k: 'dict', entries };
    }
    case 'list_comprehension':
    case 'generator_expression':
      return evalComprehension(ip, node, env, ctx);
    case 'binary_operator': {
      const left = evaluate(ip, node.childForFieldName('left')!, env, ctx);
      const right = evaluate(ip, node.childForFieldName('right')!, env, ctx);
      return binary(ip, node.childForFieldName('operator')!.text, left, right, node);
    }
    case 'unary_operator': {
      const arg = evaluate(ip, node.childForFieldName('argument')!, env, ctx);
      const op = node.childForFieldName('operator')!.text;
      if (isKnownNumber(arg)) return unaryNumber(op, arg.v);
      if (arg.k === 'tensor' && op === '-') return arg;
      return UNKNOWN;
    }
    case 'not_operator': {
      const t = truthy(evaluate(ip, node.childForFieldName('argument')!, env, ctx));
      return t === undefined ? UNKNOWN : { k: 'bool', v: !t };
    }
    case 'boolean_operator': {
      const op = node.childForFieldName('operator')!.text;
      const left = evaluate(ip, node.childForFieldName('left')!, env, ctx);
      const lt = truthy(left);
      if (lt === undefined) return UNKNOWN;
      if (op === 'and') return lt ? evaluate(ip, node.childForFieldName('right')!, env, ctx) : left;
      return lt ? left : evaluate(ip, node.childForFieldName('right')!, env, ctx);
    }
    case 'comparison_operator':
      return evalComparison(ip, node, env, ctx);
    case 'conditional_expression': {
      const [a, cond, b] = kids(node);
      if (!a || !cond || !b) return UNKNOWN;
      const t = truthy(evaluate(ip, cond, env, ctx));
      if (t === undefined) {
        const va = evaluate(ip, a, env, ctx);
        const vb = evaluate(ip, b, env, ctx);
        if (sameValue(va, vb) || equivalent(va, vb)) return va;
        // `F.relu(x) if cond else F.gelu(x)`: the forward pass goes on from where the two part, cut.
        if (va.k === 'tensor' && vb.k === 'tensor') {
          const base = commonAncestor(va.trace, vb.trace) ?? va.trace;
          return { k: 'tensor', trace: extend(base, { type: 'opaque', reason: 'a choice initlint cannot decide', range: rangeOf(node) }) };
        }
        return UNKNOWN;
      }
      return evaluate(ip, t ? a : b, env, ctx);
    }
    case 'subscript':
      return evalSubscript(ip, node, env, ctx);
    case 'call':
      return evalCall(ip, node, env, ctx);
    case 'keyword_argument':
      return evaluate(ip, node.childForFieldName('value')!, env, ctx);
    case 'await':
      return kids(node)[0] ? evaluate(ip, kids(node)[0], env, ctx) : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

/** The items of a list or tuple display; undefined when its spreads together outgrow the item limit. */
function evalItems(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value[] | undefined {
  const items: Value[] = [];
  for (const child of kids(node)) {
    if (!child) continue;
    if (child.type === 'list_splat') {
      const inner = evaluate(ip, kids(child)[0]!, env, ctx);
      const spread = iterate(inner);
      if (!spread) items.push(UNKNOWN);
      else if (!appendItems(ip, items, spread)) return undefined;
    } else items.push(evaluate(ip, child, env, ctx));
  }
  return items;
}

function lookup(ip: Interpreter, name: string, env: Env): Value {
  const local = env.get(name);
  if (local !== undefined) return local;
  const global = ip.globals.get(name);
  if (global !== undefined) return global;
  const q = ip.imports.names.get(name);
  if (q !== undefined) return { k: 'lib', name: q };
  if (BUILTINS.has(name)) return { k: 'lib', name: `builtins.${name}` };
  if (name === '__name__') return { k: 'str', v: '__main__' };
  return UNKNOWN;
}

function evalAttribute(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  const obj = evaluate(ip, node.childForFieldName('object')!, env, ctx);
  const attr = node.childForFieldName('attribute')!.text;
  return ip.getAttr(obj, attr);
}

function evalComparison(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  const operands: Value[] = [];
  const ops: string[] = [];
  let pending = '';
  for (const child of node.children) {
    if (!child) continue;
    if (child.isNamed) {
      if (pending) ops.push(pending.trim());
      pending = '';
      operands.push(evaluate(ip, child, env, ctx));
    } else pending += ` ${child.text}`;
  }
  let result = true;
  for (let i = 0; i < ops.length; i++) {
    const r = (ops[i] === '==' || ops[i] === '!=') && operands[i]!.k === 'seq' && operands[i + 1]!.k === 'seq' ? seqEqual(ops[i]!, operands[i]!, operands[i + 1]!) : compare(ops[i]!, operands[i]!, operands[i + 1]!);
    if (r === undefined) return UNKNOWN;
    result &&= r;
  }
  return { k: 'bool', v: result };
}

function evalSubscript(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  const obj = evaluate(ip, node.childForFieldName('value')!, env, ctx);
  const subNode = node.childForFieldName('subscript');
  if (!subNode) return UNKNOWN;
  if (obj.k === 'tensor') return obj.shape ? { k: 'tensor', trace: obj.trace } : obj;
  // `p.data[h:2 * h]`: a slice of a parameter; setting it leaves the rest as initialised.
  if (obj.k === 'param') return { ...obj, slice: true };
  if (subNode.type === 'slice') {
    const parts = kids(subNode).map((c) => (c ? evaluate(ip, c, env, ctx) : UNKNOWN));
    const items = obj.k === 'seq' ? obj.items : obj.k === 'module' && obj.m.kind === 'container' ? containerItems(obj.m) : undefined;
    if (!items) return UNKNOWN;
    // Only simple a:b slices (missing parts default).
    const text = subNode.text;
    const [startText, endText] = text.split(':');
    const start = startText?.trim() ? parts.shift() : undefined;
    const end = endText?.trim() ? parts.shift() : undefined;
    const s = start === undefined ? 0 : isKnownNumber(start) ? start.v : NaN;
    const e = end === undefined ? items.length : isKnownNumber(end) ? end.v : NaN;
    if (Number.isNaN(s) || Number.isNaN(e)) return UNKNOWN;
    return { k: 'seq', items: items.slice(s, e), tuple: false };
  }
  const key = evaluate(ip, subNode, env, ctx);
  for (const p of ip.plugins.all) {
    const r = p.subscript?.(obj, key, node);
    if (r) return r;
  }
  if (obj.k === 'seq' && isKnownNumber(key)) {
    const i = key.v < 0 ? obj.items.length + key.v : key.v;
    return obj.items[i] ?? UNKNOWN;
  }
  if (obj.k === 'dict' && key.k === 'str') return obj.entries.get(key.v) ?? UNKNOWN;
  if (obj.k === 'module' && obj.m.kind === 'container') {
    const items = containerItems(obj.m);
    if (isKnownNumber(key)) {
      const i = key.v < 0 ? items.length + key.v : key.v;
      return items[i] ?? UNKNOWN;
    }
    if (key.k === 'str') {
      const m = obj.m.children.get(key.v);
      if (m) return { k: 'module', m };
      const spec = obj.m.params.get(key.v);
      return spec ? { k: 'param', owner: obj.m, name: key.v, spec, layer: obj.m.paramLayers.get(key.v)! } : UNKNOWN;
    }
  }
  return UNKNOWN;
}

function evalComprehension(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  const body = node.childForFieldName('body');
  const clauses = kids(node).filter((c): c is SyntaxNode => !!c && (c.type === 'for_in_clause' || c.type === 'if_clause'));
  if (!body) return UNKNOWN;
  const out: Value[] = [];
  const local: Env = new Map(env);
  const run = (i: number): boolean => {
    if (i === clauses.length) {
      out.push(evaluate(ip, body, local, ctx));
      return out.length <= ip.limits.unroll;
    }
    const clause = clauses[i]!;
    if (clause.type === 'if_clause') {
      const t = truthy(evaluate(ip, kids(clause)[0]!, local, ctx));
      if (t === undefined) return false;
      return t ? run(i + 1) : true;
    }
    const items = iterate(evaluate(ip, clause.childForFieldName('right')!, local, ctx));
    if (!items) return false;
    for (const item of items) {
      assign(ip, clause.childForFieldName('left')!, item, local, ctx, clause);
      if (!run(i + 1)) return false;
    }
    return true;
  };
  return run(0) ? { k: 'seq', items: out, tuple: false } : UNKNOWN;
}
