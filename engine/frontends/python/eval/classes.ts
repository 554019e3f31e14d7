// Classes of the file: declaration (bases of this file or of a framework, whose plug-in says what
// they make), module classes instantiated by running __init__ on a fresh module, and plain config
// classes (dataclasses and classes with defaults) instantiated as instances holding their defaults.
import type { Framework } from '../../../model/graph';
import { dottedName } from '../imports';
import type { SyntaxNode } from '../syntax';
import { findClassMethod, linearize } from './attributes';
import type { Ctx, Interpreter } from './interpreter';
import { kids, kidsOf } from './nodes';
import { type ClassValue, type ModuleObj, UNKNOWN, type Value, newModule } from './values';

export function predeclare(ip: Interpreter, stmt: SyntaxNode): void {
  const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
  if (!def) return;
  if (def.type === 'class_definition') {
    const cls = declareClass(ip, stmt, def);
    ip.globals.set(cls.name, cls);
  } else if (def.type === 'function_definition') {
    const name = def.childForFieldName('name')?.text;
    if (name) ip.globals.set(name, { k: 'func', def });
  }
}

export function declareClass(ip: Interpreter, outer: SyntaxNode, def: SyntaxNode): ClassValue {
  const name = def.childForFieldName('name')?.text ?? '?';
  const existing = ip.classes.get(name);
  if (existing && existing.def === def) return existing;
  const bases: ClassValue[] = [];
  let isModule = false;
  let framework: Framework | undefined;
  let linen = false;
  for (const base of kidsOf(def.childForFieldName('superclasses'))) {
    if (!base) continue;
    const dotted = dottedName(base);
    if (!dotted) continue;
    const local = ip.classes.get(dotted);
    if (local) {
      bases.push(local);
      isModule ||= local.isModule;
      if (local.framework) {
        framework ??= local.framework;
        linen ||= local.linen === true;
      }
      continue;
    }
    const q = ip.imports.qualify(dotted);
    if (!q) continue;
    for (const p of ip.plugins.all) {
      const b = p.classBase?.(q);
      if (!b) continue;
      isModule = true;
      if (b.framework) {
        framework ??= b.framework;
        linen ||= b.linen === true;
      }
      break;
    }
  }
  let isDataclass = false;
  if (outer.type === 'decorated_definition') {
    for (const dec of kids(outer)) {
      if (dec?.type !== 'decorator') continue;
      const text = dec.text.replace(/^@/, '').replace(/\(.*$/s, '');
      const q = ip.imports.qualify(text) ?? text;
      if (q === 'dataclasses.dataclass' || q.endsWith('dataclass')) isDataclass = true;
    }
  }
  const cls: ClassValue = { k: 'class', name, def, isModule, isDataclass, bases };
  if (framework) cls.framework = framework;
  if (linen) cls.linen = true;
  ip.classes.set(name, cls);
  return cls;
}

/** Builds an instance of a module class of this file: runs its __init__ on a fresh module. */
export function instantiate(ip: Interpreter, cls: ClassValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj | undefined {
  if (ctx.depth >= ip.limits.callDepth) return undefined;
  const m = newModule('custom', cls.name, cls.name);
  m.classChain = linearize(cls);
  m.path = '';
  ip.noteInstance(m);
  const owner = cls.framework ? ip.plugins.owner(cls.framework) : undefined;
  if (owner?.instantiate) return owner.instantiate(cls, m, positional, keyword, ctx);
  const init = findClassMethod(cls, '__init__');
  const self: Value = { k: 'module', m };
  // A module built under a condition initlint cannot decide is still built the same way: its own
  // initialization is not conditional (whether the module exists is the condition's business).
  if (init) ip.callFunction(init.def, self, positional, keyword, { ...ctx, conditional: 0 }, init.cls);
  ip.plugins.owner(cls.framework)?.afterInstantiate?.(m);
  return m;
}

export function classDefaults(ip: Interpreter, cls: ClassValue): Map<string, Value> {
  const out = new Map<string, Value>();
  // A default that (through a call) asks for its own class's defaults again would have been
  // Python's NameError when the class was defined; here that inner look-up finds nothing. The
  // number of classes whose defaults are being read at once is bounded as calls are.
  const reading = ip.defaultsInProgress;
  if (reading.has(cls) || reading.size >= ip.limits.callDepth) return out;
  reading.add(cls);
  try {
    // Bases first, so that the class's own attributes (and its first bases') win, as Python's MRO does.
    const chain = linearize(cls);
    for (let i = chain.length - 1; i >= 0; i--) readOwnDefaults(ip, chain[i]!, out);
  } finally {
    reading.delete(cls);
  }
  return out;
}

function readOwnDefaults(ip: Interpreter, cls: ClassValue, out: Map<string, Value>): void {
  const body = cls.def.childForFieldName('body');
  for (const stmt of kidsOf(body)) {
    if (stmt?.type !== 'expression_statement') continue;
    const a = kids(stmt)[0];
    if (a?.type !== 'assignment') continue;
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type !== 'identifier') continue;
    if (!right) {
      out.set(left.text, UNKNOWN);
      continue;
    }
    let v = ip.eval(right, ip.globals, { conditional: 0, depth: ip.limits.callDepth - 2 });
    // dataclasses.field(default=...)
    if (right.type === 'call') {
      const fname = dottedName(right.childForFieldName('function')!);
      if (fname && (fname === 'field' || ip.imports.qualify(fname) === 'dataclasses.field')) {
        const kw = kidsOf(right.childForFieldName('arguments')).find((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'default');
        v = kw ? ip.eval(kw.childForFieldName('value')!, ip.globals, { conditional: 0, depth: ip.limits.callDepth - 2 }) : UNKNOWN;
      }
    }
    out.set(left.text, v);
  }
}

export function instantiateConfig(ip: Interpreter, cls: ClassValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): Value {
  // `def __init__(self, config: Config)` inside Config itself gives its parameter Config's defaults
  // by instantiating Config: each such step is a call level, so that the chain ends.
  if (ctx.depth >= ip.limits.callDepth) return UNKNOWN;
  const attrs = classDefaults(ip, cls);
  const inst: Value = { k: 'instance', cls, attrs };
  const init = findClassMethod(cls, '__init__');
  if (init) {
    ip.callFunction(init.def, inst, positional, keyword, { ...ctx, conditional: 0, depth: ctx.depth + 1 }, init.cls);
    return inst;
  }
  if (cls.isDataclass) {
    const fields = [...attrs.keys()];
    positional.forEach((v, i) => {
      if (fields[i]) attrs.set(fields[i]!, v);
    });
    for (const [k, v] of keyword) attrs.set(k, v);
  }
  return inst;
}
