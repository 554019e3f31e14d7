// Attribute access on abstract values: library names, modules (children, parameters, stored
// attributes, methods of the file's classes; framework attributes and methods through the module's
// plug-in), parameters, instances of plain classes, class defaults, tensors; and `super()`.
import type { SyntaxNode } from '../syntax';
import type { Ctx, Interpreter } from './interpreter';
import { isStatic, methodOf } from './nodes';
import { LIB_CONSTANTS } from './strings-math';
import { type ClassValue, type ModuleObj, UNKNOWN, type Value, assignPaths, num } from './values';

/** `super()` inside a method: the instance and the class whose bases are searched. */
export interface SuperValue {
  k: 'lib';
  name: '__super__';
  self?: Value;
  cls?: ClassValue;
}

export function getAttr(ip: Interpreter, obj: Value, attr: string): Value {
  switch (obj.k) {
    case 'lib': {
      for (const p of ip.plugins.all) {
        const r = p.valueAttr?.(obj, attr);
        if (r) return r;
      }
      if (attr === '__name__') return { k: 'str', v: obj.name.split('.').pop()! };
      const full = `${obj.name}.${attr}`;
      const constant = LIB_CONSTANTS[full];
      if (constant !== undefined) return num(constant);
      if (obj.name === '__super__') return superAttr(obj as unknown as SuperValue, attr);
      return { k: 'lib', name: full };
    }
    case 'module': {
      const m = obj.m;
      const child = m.children.get(attr);
      if (child) return { k: 'module', m: child };
      const own = m.params.get(attr);
      if (own) return { k: 'param', owner: m, name: attr, spec: own, layer: m.paramLayers.get(attr)! };
      const p = m.layer?.params.find((q) => q.name === attr);
      if (p) return { k: 'param', owner: m, name: attr, spec: p, layer: m.layer! };
      const owner = ip.plugins.owner(m.framework);
      const known = owner?.moduleAttr?.(m, attr);
      if (known) return known;
      const stored = m.attrs.get(attr);
      if (stored) return stored;
      if (owner?.hasModuleMethod?.(m, attr)) return { k: 'method', self: obj, name: attr };
      if (m.kind === 'custom') {
        const method = findMethod(m, attr);
        if (method) return isStatic(method.def) ? { k: 'func', def: method.def } : { k: 'func', def: method.def, self: obj, cls: method.cls };
      }
      if (attr === '__class__') return { k: 'lib', name: m.className.includes('.') ? m.className : `__local__.${m.className}` };
      return UNKNOWN;
    }
    case 'param': {
      const known = ip.plugins.owner(obj.owner.framework)?.paramAttr?.(obj, attr);
      if (known) return known;
      if (attr === 'shape') return { k: 'seq', items: obj.spec.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
      if (attr === 'ndim') return num(obj.spec.shape.length);
      return { k: 'method', self: obj, name: attr };
    }
    case 'instance': {
      const v = obj.attrs.get(attr);
      if (v) return v;
      const method = findClassMethod(obj.cls, attr);
      if (method) return { k: 'func', def: method.def, self: obj, cls: method.cls };
      return UNKNOWN;
    }
    case 'class': {
      const defaults = ip.classDefaults(obj);
      return defaults.get(attr) ?? UNKNOWN;
    }
    case 'tensor':
      if (obj.shape && (attr === 'shape' || attr === 'ndim')) {
        for (const p of ip.plugins.all) {
          const r = p.tensorAttr?.(obj, attr);
          if (r) return r;
        }
        return UNKNOWN;
      }
      return { k: 'method', self: obj, name: attr };
    case 'seq':
    case 'dict':
    case 'str':
      return { k: 'method', self: obj, name: attr };
    default:
      for (const p of ip.plugins.all) {
        const r = p.valueAttr?.(obj, attr);
        if (r) return r;
      }
      return UNKNOWN;
  }
}

/** `super().__init__(...)` and other methods of a base class of this file. */
function superAttr(sup: SuperValue, attr: string): Value {
  const self = sup.self;
  if (!self || !sup.cls) return { k: 'lib', name: `__super__.${attr}` };
  const found = self.k === 'module' ? findMethod(self.m, attr, sup.cls) : self.k === 'instance' ? findClassMethod(self.cls, attr, sup.cls) : undefined;
  return found ? { k: 'func', def: found.def, self, cls: found.cls } : { k: 'lib', name: `__super__.${attr}` };
}

export function setModuleAttr(ip: Interpreter, m: ModuleObj, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): void {
  for (const p of ip.plugins.all) if (p.onModuleAttr?.(m, attr, value, ctx, stmt)) return;
  if (value.k === 'module') {
    m.children.set(attr, value.m);
    if (m.path !== undefined) assignPaths(value.m, m.path ? `${m.path}.${attr}` : attr);
    if (value.m.layer && value.m.layer.name === value.m.display) value.m.layer.name = `self.${attr}`;
    value.m.display = `self.${attr}`;
    return;
  }
  // New parameters (`self.w = nn.Parameter(...)`) were taken by a plug-in above; everything else
  // is a plain attribute.
  m.attrs.set(attr, value);
  if (m.children.has(attr) && value.k === 'none') m.children.delete(attr);
}

export function findMethod(m: ModuleObj, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
  return firstDefining(m.classChain ?? [], name, after);
}

export function findClassMethod(cls: ClassValue, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
  return firstDefining(linearize(cls), name, after);
}

function firstDefining(chain: readonly ClassValue[], name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
  for (let i = after ? chain.indexOf(after) + 1 : 0; i < chain.length; i++) {
    const def = ownMethod(chain[i]!, name);
    if (def) return { def, cls: chain[i]! };
  }
  return undefined;
}

/** Each class's own methods, looked up once per name (every instance of a class asks for its __init__ and forward). */
const OWN_METHODS = new WeakMap<ClassValue, Map<string, SyntaxNode | undefined>>();

function ownMethod(cls: ClassValue, name: string): SyntaxNode | undefined {
  let methods = OWN_METHODS.get(cls);
  if (!methods) OWN_METHODS.set(cls, (methods = new Map()));
  if (!methods.has(name)) methods.set(name, methodOf(cls.def, name));
  return methods.get(name);
}

const LINEARIZED = new WeakMap<ClassValue, ClassValue[]>();

/**
 * The class and its bases, depth first, each once (the method resolution order of simple
 * hierarchies). Iterative, and computed once per class (a class's bases never change once it is
 * declared): a file may chain thousands of classes, each the base of the next. Callers share the
 * array and must not modify it.
 */
export function linearize(cls: ClassValue): ClassValue[] {
  const known = LINEARIZED.get(cls);
  if (known) return known;
  const out: ClassValue[] = [];
  const seen = new Set<ClassValue>();
  const stack = [cls];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    for (let i = c.bases.length - 1; i >= 0; i--) stack.push(c.bases[i]!);
  }
  LINEARIZED.set(cls, out);
  return out;
}
