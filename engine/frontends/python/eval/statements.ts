// Python statements on abstract values: assignments (names, attributes, unpacking, subscripts),
// `if` with decidable conditions followed and undecidable ones run on copies of the variables and
// merged, `for` over known items unrolled (bounded) and over unknown ones run as a maybe-loop,
// `with`/`try` bodies, nested definitions and imports. Statements under an undecidable condition
// count in `ctx.conditional` (initialisations there are marked conditional).
import { mergePaths } from '../../shared/merge';
import { commonAncestor, extend, isAncestor, nodesSince } from '../../shared/trace';
import type { SyntaxNode } from '../syntax';
import { BranchInits } from './branch-inits';
import { predeclare } from './classes';
import type { Ctx, Env, Interpreter } from './interpreter';
import { kids, rangeOf } from './nodes';
import { binary, equivalent } from './operators';
import { NONE, type Trace, UNKNOWN, type Value, isKnownNumber, iterate, truthy } from './values';

export function execBlock(ip: Interpreter, block: SyntaxNode, env: Env, ctx: Ctx): void {
  for (const stmt of kids(block)) {
    if (!stmt || ctx.returned !== undefined || !ip.tick()) return;
    exec(ip, stmt, env, ctx);
  }
}

function exec(ip: Interpreter, stmt: SyntaxNode, env: Env, ctx: Ctx): void {
  switch (stmt.type) {
    case 'expression_statement':
      for (const child of kids(stmt)) if (child) execExpressionStatement(ip, child, env, ctx);
      return;
    case 'return_statement': {
      const value = kids(stmt)[0];
      ctx.returned = value ? ip.eval(value, env, ctx) : NONE;
      return;
    }
    case 'if_statement':
      return execIf(ip, stmt, env, ctx);
    case 'for_statement':
      return execFor(ip, stmt, env, ctx);
    case 'with_statement': {
      const body = stmt.childForFieldName('body');
      if (body) execBlock(ip, body, env, ctx);
      return;
    }
    case 'try_statement': {
      const body = stmt.childForFieldName('body');
      if (body) execBlock(ip, body, env, ctx);
      return;
    }
    case 'function_definition': {
      const name = stmt.childForFieldName('name')?.text;
      if (name) env.set(name, { k: 'func', def: stmt });
      return;
    }
    case 'decorated_definition': {
      const def = stmt.childForFieldName('definition');
      if (def?.type === 'function_definition') exec(ip, def, env, ctx);
      else if (def?.type === 'class_definition' && env === ip.globals) predeclare(ip, stmt);
      return;
    }
    case 'class_definition':
      if (env === ip.globals) predeclare(ip, stmt);
      return;
    case 'import_statement':
    case 'import_from_statement':
      ip.imports.readNested(stmt);
      return;
    case 'ERROR':
      // Valid statements inside an error node still count (syntax errors keep the rest readable).
      for (const child of kids(stmt)) if (child && /statement|definition/.test(child.type)) exec(ip, child, env, ctx);
      return;
    default:
      return;
  }
}

function execExpressionStatement(ip: Interpreter, expr: SyntaxNode, env: Env, ctx: Ctx): void {
  if (expr.type === 'assignment') {
    const right = expr.childForFieldName('right');
    const left = expr.childForFieldName('left');
    if (!left) return;
    if (!right) {
      // Annotated declaration without value (dataclass field without default).
      return;
    }
    // `x = out["stem"] = conv(image)`: every target gets the innermost value.
    const targets = [left];
    let source = right;
    while (source.type === 'assignment' && source.childForFieldName('right')) {
      const inner = source.childForFieldName('left');
      if (inner) targets.push(inner);
      source = source.childForFieldName('right')!;
    }
    const value = ip.eval(source, env, ctx);
    for (const t of targets) assign(ip, t, value, env, ctx, expr);
    return;
  }
  if (expr.type === 'augmented_assignment') {
    const left = expr.childForFieldName('left');
    const right = expr.childForFieldName('right');
    const op = expr.childForFieldName('operator')?.text;
    if (!left || !right || !op) return;
    const current = ip.eval(left, env, ctx);
    const rhs = ip.eval(right, env, ctx);
    if (current.k === 'param' && ip.plugins.owner(current.owner.framework)?.paramInPlace?.(current, op, rhs)) return;
    assign(ip, left, binary(ip, op.slice(0, -1), current, rhs, expr), env, ctx, expr);
    return;
  }
  ip.eval(expr, env, ctx);
}

export function assign(ip: Interpreter, target: SyntaxNode, value: Value, env: Env, ctx: Ctx, stmt: SyntaxNode): void {
  switch (target.type) {
    case 'identifier':
      env.set(target.text, value);
      if (env === ip.globals) {
        ip.globalRanges.set(target.text, rangeOf(stmt));
        if (!ip.inPrelude) for (const p of ip.plugins.all) p.onGlobal?.(target.text, value, rangeOf(stmt));
      }
      return;
    case 'attribute': {
      const objNode = target.childForFieldName('object');
      const attr = target.childForFieldName('attribute')?.text;
      if (!objNode || !attr) return;
      const obj = ip.eval(objNode, env, ctx);
      if (obj.k === 'module') ip.setModuleAttr(obj.m, attr, value, ctx, stmt);
      else if (obj.k === 'instance') obj.attrs.set(attr, value);
      else if (obj.k === 'param') ip.plugins.owner(obj.owner.framework)?.assignParamAttr?.(obj, attr, value, ctx, stmt);
      return;
    }
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern': {
      const targets = kids(target).filter((c): c is SyntaxNode => !!c);
      // Any iterable unpacks (`for attn, ff in self.layers:` over ModuleLists of two modules).
      const splat = targets.some((t) => t.type === 'list_splat_pattern');
      // A tensor unpacks into parts of itself (`q, k, v = self.to_qkv(x).chunk(3, dim=-1)`): each
      // goes on from it, so where the parts meet again the chain goes on.
      const parts = value.k === 'tensor' && !splat ? targets.map((): Value => ({ k: 'tensor', trace: extend(value.trace, { type: 'opaque', reason: 'a part of an unpacked tensor', range: rangeOf(stmt), slice: true }) })) : undefined;
      // A framework value that unpacks into a known number of parts (`B, T, C = x.size()`).
      const framework = !parts && value.k === 'lib' && !splat ? ip.plugins.all.map((p) => p.unpack?.(value, targets.length)).find((x) => x !== undefined) : undefined;
      const all = parts ?? framework ?? iterate(value);
      const items = all && all.length === targets.length && !splat ? all : undefined;
      targets.forEach((t, i) => assign(ip, t, items ? items[i]! : UNKNOWN, env, ctx, stmt));
      return;
    }
    case 'subscript': {
      const obj = ip.eval(target.childForFieldName('value')!, env, ctx);
      const key = ip.eval(target.childForFieldName('subscript')!, env, ctx);
      if (obj.k === 'param') obj.spec.partial = true;
      else if (obj.k === 'dict' && key.k === 'str') obj.entries.set(key.v, value);
      else if (obj.k === 'seq' && isKnownNumber(key) && key.v >= 0 && key.v < obj.items.length) obj.items[key.v] = value;
      return;
    }
    default:
      return;
  }
}

function execIf(ip: Interpreter, stmt: SyntaxNode, env: Env, ctx: Ctx): void {
  const branches: { cond?: SyntaxNode; body: SyntaxNode }[] = [];
  const cond = stmt.childForFieldName('condition');
  const body = stmt.childForFieldName('consequence');
  if (body) branches.push({ ...(cond ? { cond } : {}), body });
  for (const alt of stmt.childrenForFieldName('alternative')) {
    if (!alt) continue;
    if (alt.type === 'elif_clause') {
      const c = alt.childForFieldName('condition');
      const b = alt.childForFieldName('consequence');
      if (b) branches.push({ ...(c ? { cond: c } : {}), body: b });
    } else if (alt.type === 'else_clause') {
      const b = alt.childForFieldName('body');
      if (b) branches.push({ body: b });
    }
  }
  // Branches that may run; once one is certain, the rest cannot.
  const possible: SyntaxNode[] = [];
  let certain = false;
  for (const branch of branches) {
    const verdict = branch.cond ? truthy(ip.eval(branch.cond, env, ctx)) : true;
    if (verdict === false) continue;
    possible.push(branch.body);
    if (verdict === true) {
      certain = true;
      break;
    }
  }
  if (possible.length === 1 && certain) {
    execBlock(ip, possible[0]!, env, ctx);
    return;
  }
  if (possible.length === 0) return;
  // Undecidable: run each branch on its own copy of the variables, mark what they set as
  // conditional, and keep a variable only where every path agrees on it.
  ctx.conditional++;
  const outerInits = ctx.branchInits;
  const inits = new BranchInits(outerInits);
  ctx.branchInits = inits;
  const outcomes: Env[] = [];
  possible.forEach((body, index) => {
    inits.branch = index;
    const copy = new Map(env);
    const saved = ctx.returned;
    execBlock(ip, body, copy, ctx);
    ctx.returned = saved;
    outcomes.push(copy);
  });
  if (!certain) outcomes.push(new Map(env));
  if (outerInits) ctx.branchInits = outerInits;
  else delete ctx.branchInits;
  inits.finish(certain, possible.length);
  ctx.conditional--;
  merge(env, outcomes, 'a branch taken only under a condition initlint cannot decide');
}

/**
 * Joins the variables of several possible paths into `env`. A disputed tensor goes on from what it
 * was before (the chain model cannot say which path ran) through an opaque step that keeps each
 * path's own steps as a branch: the layers of a loop body or an undecidable `if` stay in the
 * forward pass, in their order (a layer followed by another there is a hidden layer), though no
 * chain prediction runs through them.
 */
function merge(env: Env, outcomes: Env[], reason: string): void {
  mergePaths(env, outcomes, {
    equivalent,
    join(values, old) {
      const tensor = values.find((v) => v?.k === 'tensor') as { k: 'tensor'; trace: Trace } | undefined;
      if (tensor) {
        const base = old?.k === 'tensor' ? old.trace : tensor.trace;
        const branch = values.flatMap((v) => (v?.k === 'tensor' && v.trace !== base && !isAncestor(v.trace, base) ? nodesSince(v.trace, commonAncestor(v.trace, base) ?? null) : []));
        return { k: 'tensor', trace: extend(base, { type: 'opaque', reason, ...(branch.length ? { branch } : {}) }) } as Value;
      }
      if (values.every((v) => v === undefined || v === old)) return undefined;
      return UNKNOWN;
    },
  });
}

/** Runs a block that may or may not execute (or repeat): values it changes become uncertain. */
function execMaybe(ip: Interpreter, body: SyntaxNode, env: Env, ctx: Ctx, reason: string): void {
  const copy = new Map(env);
  execBlock(ip, body, copy, ctx);
  merge(env, [copy, new Map(env)], reason);
}

function execFor(ip: Interpreter, stmt: SyntaxNode, env: Env, ctx: Ctx): void {
  const left = stmt.childForFieldName('left');
  const right = stmt.childForFieldName('right');
  const body = stmt.childForFieldName('body');
  if (!left || !right || !body) return;
  const iterable = ip.eval(right, env, ctx);
  const items = iterate(iterable);
  if (!items) {
    ctx.conditional++;
    assign(ip, left, UNKNOWN, env, ctx, stmt);
    execMaybe(ip, body, env, ctx, 'a loop over something initlint cannot resolve');
    ctx.conditional--;
    return;
  }
  const unrolled = items.slice(0, ip.limits.unroll);
  const budget = ip.budget;
  const start = budget.used;
  for (let i = 0; i < unrolled.length; i++) {
    if (ctx.returned !== undefined || ip.exhausted) return;
    assign(ip, left, unrolled[i]!, env, ctx, stmt);
    execBlock(ip, body, env, ctx);
    // A loop whose remaining iterations would spend more than half of the steps the file has left
    // (a notebook's training or simulation loop) is not unrolled to the end: the rest of it may
    // change what it changes, and the code after it is still read. Steps, not the clock, decide:
    // the same text is always read the same way (IL005 re-reads a file to verify its fixes).
    const rest = unrolled.length - i - 1;
    const perIteration = (budget.used - start) / (i + 1);
    if (rest > 0 && i >= 1 && perIteration * rest > 0.5 * budget.stepsLeft) {
      if (ip.cutLoops.length < 100) ip.cutLoops.push(stmt);
      ctx.conditional++;
      assign(ip, left, UNKNOWN, env, ctx, stmt);
      execMaybe(ip, body, env, ctx, 'a loop initlint did not unroll to the end');
      ctx.conditional--;
      return;
    }
  }
}
