// Keras models the file's final globals do not hold, found by shape of the code rather than by
// name: models built inside the functions the file runs (`def main(): model = build_model(); ...`),
// and factories that pick a model by comparing a parameter with literals
// (`def get_model(name): if name == 'cnn': return keras.Sequential([...]) elif name == 'mlp': ...`).
// A factory is read once per literal, called with that literal, so each branch's model is read on
// its own and its layers are not conditional. Nothing here guesses a value: a factory is called
// only with the literals the code itself compares against.
import type { SourceRange } from '../../../model/graph';
import { kids, kidsOf, paramInfo, rangeOf, statementOf } from '../eval/nodes';
import { linearize } from '../eval/attributes';
import type { ClassValue, ModuleObj, Value } from '../eval/values';
import { dottedName } from '../imports';
import { kerasPath } from '../keras/layers';
import type { SyntaxNode } from '../syntax';

/** A Keras model built outside any model's own code, and whether an undecidable condition was around it. */
export interface CreatedModel {
  m: ModuleObj;
  /** The constructor call (Sequential, Model); absent for instances of the file's model classes. */
  node?: SyntaxNode;
  conditional: boolean;
}

/** One literal a factory compares a parameter with, and the branch that literal selects. */
export interface FactoryChoice {
  param: string;
  /** The literal's expression, evaluated by the caller. */
  literal: SyntaxNode;
  /** The body of the `if`/`elif` whose condition the literal decides. */
  body: SyntaxNode;
}

/** At most this many literals per factory are read (each is one call of the function). */
export const MAX_FACTORY_CHOICES = 16;

/** A branch that returns something or builds a model. */
const SELECTS_MODEL = /\breturn\b|\b(Model|Sequential)\s*\(/;

const LITERAL_TYPES = new Set(['string', 'integer', 'float', 'true', 'false', 'identifier', 'attribute', 'concatenated_string']);

/** The plain parameters of a function definition, by name. */
function parameterNames(def: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of kidsOf(def.childForFieldName('parameters'))) {
    const info = paramInfo(p);
    if (info.name && info.kind === 'plain') names.add(info.name);
  }
  return names;
}

/** `P == lit`, `lit == P`, `P in (lit, ...)`: the literals a condition compares parameter P with. */
function comparedLiterals(cond: SyntaxNode, params: Set<string>): { param: string; literals: SyntaxNode[] }[] {
  if (cond.type === 'parenthesized_expression') return kids(cond).flatMap((c) => comparedLiterals(c, params));
  if (cond.type === 'boolean_operator' && /\bor\b/.test(cond.children.filter((c) => !c.isNamed).map((c) => c.text).join(' '))) {
    return kids(cond).flatMap((c) => comparedLiterals(c, params));
  }
  if (cond.type !== 'comparison_operator') return [];
  const operands = cond.children.filter((c) => c.isNamed && c.type !== 'comment');
  const ops = cond.children.filter((c) => !c.isNamed).map((c) => c.text);
  if (operands.length !== 2 || ops.length !== 1) return [];
  const [a, b] = operands as [SyntaxNode, SyntaxNode];
  if (ops[0] === '==') {
    if (a.type === 'identifier' && params.has(a.text) && LITERAL_TYPES.has(b.type) && !params.has(b.text)) return [{ param: a.text, literals: [b] }];
    if (b.type === 'identifier' && params.has(b.text) && LITERAL_TYPES.has(a.type) && !params.has(a.text)) return [{ param: b.text, literals: [a] }];
    return [];
  }
  if (ops[0] === 'in' && a.type === 'identifier' && params.has(a.text) && (b.type === 'tuple' || b.type === 'list' || b.type === 'set')) {
    const items = kids(b);
    return items.every((i) => LITERAL_TYPES.has(i.type)) ? [{ param: a.text, literals: items }] : [];
  }
  return [];
}

/**
 * The literals a function compares its parameters with in `if`/`elif` conditions (nested
 * definitions excluded), each with the branch it selects, in source order.
 */
export function factoryChoices(def: SyntaxNode): FactoryChoice[] {
  const params = parameterNames(def);
  if (params.size === 0) return [];
  const out: FactoryChoice[] = [];
  const visit = (n: SyntaxNode): void => {
    if (out.length >= MAX_FACTORY_CHOICES) return;
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') return;
    if (n.type === 'if_statement' || n.type === 'elif_clause') {
      const cond = n.childForFieldName('condition');
      const body = n.childForFieldName('consequence');
      // Only branches that build or return a model select one (`if pooling == "avg": x = ...` does not).
      if (cond && body && SELECTS_MODEL.test(body.text)) for (const { param, literals } of comparedLiterals(cond, params)) for (const literal of literals) out.push({ param, literal, body });
    }
    for (const c of n.children) if (c.isNamed) visit(c);
  };
  const body = def.childForFieldName('body');
  if (body) for (const c of kids(body)) visit(c);
  return out.slice(0, MAX_FACTORY_CHOICES);
}

/** True when `inner` lies inside `outer` in the source. */
export function within(inner: SyntaxNode, outer: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** The function definition whose body holds `node`, if any. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_definition') return n;
  return undefined;
}

/**
 * How messages name a model built inside a function, and where its model-level findings go: the
 * variable the statement assigns (`model = keras.Sequential(...)`), else the function that
 * returns it (`build_model()`), else the class of a model class instance.
 */
export function createdModelSite(rec: CreatedModel): { name: string; range: SourceRange } | undefined {
  const classDef = rec.m.classChain?.[0]?.def;
  if (!rec.node) {
    const nameNode = classDef?.childForFieldName('name');
    return nameNode ? { name: rec.m.className, range: rangeOf(nameNode) } : undefined;
  }
  const stmt = statementOf(rec.node);
  const range = rangeOf(stmt);
  const inner = stmt.type === 'expression_statement' ? kids(stmt)[0] : undefined;
  if (inner?.type === 'assignment') {
    const left = inner.childForFieldName('left');
    if (left?.type === 'identifier' || left?.type === 'attribute') return { name: left.text, range };
  }
  const fn = enclosingFunction(rec.node)?.childForFieldName('name')?.text;
  if (stmt.type === 'return_statement' && fn) return { name: `${fn}()`, range };
  return { name: fn ? `${rec.m.className} in ${fn}()` : rec.m.className, range };
}

/** Whether the file calls `fnName(...)` with `literalText` for `param` (at `index` or by keyword). */
export function calledWithLiteral(root: SyntaxNode, fnName: string, param: string, index: number, literal: Value, evalLiteral: (n: SyntaxNode) => Value): boolean {
  const same = (n: SyntaxNode): boolean => {
    const v = evalLiteral(n);
    return (v.k === 'str' || v.k === 'num' || v.k === 'bool') && v.k === literal.k && v.v === (literal as { v: unknown }).v;
  };
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'call' && n.childForFieldName('function')?.text === fnName) {
      const args = kidsOf(n.childForFieldName('arguments'));
      const kw = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === param);
      const value = kw ? kw.childForFieldName('value') : args.filter((a) => a.type !== 'keyword_argument')[index];
      if (value && same(value)) return true;
    }
    for (const c of n.children) if (c.isNamed) stack.push(c);
  }
  return false;
}

/** The index of a plain parameter among a function's parameters (positional binding order). */
export function parameterIndex(def: SyntaxNode, param: string): number {
  return kidsOf(def.childForFieldName('parameters')).findIndex((p) => paramInfo(p).name === param);
}

/**
 * Whether a model class of the file is a Keras model (a subclass of keras.Model or Sequential,
 * directly or through the file's own classes), not a layer: only models built inside functions
 * become models of their own; a layer nobody attached is part of a model initlint did not read.
 */
export function isKerasModelClass(cls: ClassValue, qualify: (dotted: string) => string | undefined): boolean {
  for (const c of linearize(cls)) {
    for (const base of kidsOf(c.def.childForFieldName('superclasses'))) {
      const dotted = dottedName(base);
      const q = dotted ? qualify(dotted) : undefined;
      const path = q ? kerasPath(q) : undefined;
      if (path && /(^|\.)(Model|Sequential)$/.test(path)) return true;
    }
  }
  return false;
}

const BUILDS_MODEL = /\b(Model|Sequential)\s*\(/;

/**
 * The functions of the file that build models, in the order they are read: wrappers first
 * (`def DenseNet121(...): return DenseNet([6, 12, 24, 16], ...)` calls a function that builds
 * the model), so that the function they wrap is read with their arguments rather than on its own
 * with unknown ones; then the functions whose own body builds a model.
 */
export function modelBuilders(functions: { name: string; def: SyntaxNode }[]): { name: string; def: SyntaxNode; wrapper: boolean }[] {
  const direct = functions.filter((f) => BUILDS_MODEL.test(f.def.childForFieldName('body')?.text ?? ''));
  if (direct.length === 0) return [];
  const names = new RegExp(`\\b(${direct.map((f) => f.name.replace(/\W/g, '')).join('|')})\\s*\\(`);
  const wrappers = functions.filter((f) => !direct.includes(f) && names.test(f.def.childForFieldName('body')?.text ?? ''));
  return [...wrappers.map((f) => ({ ...f, wrapper: true })), ...direct.map((f) => ({ ...f, wrapper: false }))];
}
