// A small abstract interpreter for the JavaScript/TypeScript that builds TensorFlow.js models. It
// runs module-level code, the functions it calls (with their arguments), and afterwards every
// function, arrow and class the file defines but never runs (with parameter defaults, the rest
// unknown), on abstract values (values.ts). tf.sequential / model.add / tf.model / layer.apply
// calls build models; tf.layers.* factories build layers whose input sizes come from the previous
// layer's output shape (layers.ts), as TF.js infers them. Loops with known bounds unroll, undecidable
// conditions run each branch with what they set marked conditional, and anything not proven stays
// unknown: an unresolved size, an `opaque` cut in a chain, a conditional initializer.
import type { ArgValue, GraphNode, Layer, SourceRange } from '../../model/graph';
import { walkLayers } from '../../model/graph';
import { rangeAt } from './positions';
import {
  ACTIVATION_LAYERS,
  activationLayer,
  buildWeighted,
  Config,
  configActivation,
  declaredInputShape,
  initKeywords,
  lastDim,
  MERGE_LAYERS,
  mergeShape,
  outputShape,
  PASS_THROUGH,
  WEIGHTED,
  type BuildContext,
} from './layers';
import type { TS } from './ts';
import {
  bool,
  commonAncestor,
  equivalent,
  extend,
  extendAll,
  isAncestor,
  nodesSince,
  num,
  ROOT,
  str,
  truthy,
  UNDEF,
  UNKNOWN,
  type Env,
  type FnValue,
  type InitObj,
  type LayerObj,
  type ModelObj,
  type ObjValue,
  type Prop,
  type Shape,
  type TensorVal,
  type Trace,
  type Value,
} from './values';

/** TensorFlow.js packages whose exports include `layers`, `sequential`, `model`, `input`, `initializers`. */
export function isTfjsModule(spec: string): boolean {
  return /^@tensorflow\/tfjs(?:-node|-node-gpu|-layers)?(?:\/.*)?$/.test(spec);
}

const MAX_STEPS = 400_000;
const MAX_DEPTH = 24;
const MAX_UNROLL = 512;
/** A loop whose first iterations build nothing (no layer, model or tensor) is data code: not unrolled further. */
const IDLE_ITERATIONS = 8;
const MAX_NESTING = 400;

interface Ctx {
  conditional: number;
  depth: number;
  fnName?: string;
  thisValue?: Value;
  /** Values returned inside branches the analysis could not decide. */
  maybeReturns?: Value[];
}

type Completion = undefined | { kind: 'return'; value: Value } | { kind: 'break'; label?: string } | { kind: 'continue'; label?: string } | { kind: 'throw' };

interface ClassInfo {
  decl: TS.ClassLikeDeclaration;
  env: Env;
  name: string;
  instances: ObjValue[];
  /** `this` of static methods. */
  statics: ObjValue;
}

const MATH_CONSTANTS = new Set(['PI', 'E', 'SQRT2', 'SQRT1_2', 'LN2', 'LN10', 'LOG2E', 'LOG10E']);

function isStatic(ts: typeof TS, m: TS.ClassElement): boolean {
  return !!ts.getModifiers(m as TS.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
}

/** Instances remember their class (methods live there, not in the object's properties). */
type Instance = ObjValue & { cls?: ClassInfo };

interface Registered {
  model: ModelObj;
  /** Built by a function run on its own (defaults, unknown arguments): a real call replaces it. */
  weak: boolean;
}

export interface InterpreterResult {
  models: ModelObj[];
  notes: { message: string; range?: SourceRange }[];
  imports: Record<string, string>;
  importInsertLine: number;
}

export class Interpreter {
  private readonly ts: typeof TS;
  private readonly sf: TS.SourceFile;
  private readonly globals: Env = { vars: new Map(), parent: undefined };
  private readonly imports = new Map<string, Value>();
  private importInsertLine = 0;
  private readonly registry = new Map<TS.Node, Registered>();
  private readonly closures: FnValue[] = [];
  private readonly classes: ClassInfo[] = [];
  private readonly classByDecl = new Map<TS.Node, ClassInfo>();
  private readonly notes: { message: string; range?: SourceRange }[] = [];
  private readonly layerCounts = new Map<string, number>();
  private readonly layerIds = new Set<string>();
  private steps = 0;
  /** The innermost statement running (a layer's statementRange). */
  private statement: TS.Statement | undefined;
  /** Layers, models and tensors made so far: a loop that adds none is not unrolled. */
  private events = 0;
  private exhausted = false;
  private nesting = 0;
  private weakRoot = false;
  private globalTf: boolean;

  constructor(ts: typeof TS, sf: TS.SourceFile, globalTf: boolean) {
    this.ts = ts;
    this.sf = sf;
    this.globalTf = globalTf;
  }

  run(): InterpreterResult {
    this.readImports();
    const ctx: Ctx = { conditional: 0, depth: 0 };
    this.execStatements(this.sf.statements, this.globals, ctx);
    // Functions, arrows and classes the file never runs: each once, with its parameter defaults.
    for (let round = 0; round < 8 && !this.exhausted; round++) {
      const pending = this.closures.filter((f) => !f.called);
      const classes = this.classes.filter((c) => c.instances.length === 0);
      if (pending.length === 0 && classes.length === 0) break;
      for (const cls of classes) this.instantiate(cls, [], { conditional: 0, depth: 0 }, true);
      for (const fn of pending) {
        if (fn.called || this.exhausted) continue;
        this.callFunction(fn, [], { conditional: 0, depth: 0 }, true);
      }
      // Methods of instances that nothing called.
      for (const cls of this.classes) {
        const inst = cls.instances[0];
        if (!inst) continue;
        for (const member of cls.decl.members) {
          if (!this.ts.isMethodDeclaration(member) || !member.body) continue;
          const fn = this.methodValue(cls, member, isStatic(this.ts, member) ? cls.statics : inst);
          if (fn.k === 'fn' && !fn.fn.called) this.callFunction(fn.fn, [], { conditional: 0, depth: 0 }, true);
        }
      }
    }
    if (this.exhausted) this.notes.push({ message: 'the file is too large or loops too long for the TensorFlow.js reader: findings cover only the part it read' });
    const models = [...this.registry.values()].map((r) => r.model).sort((a, b) => a.site.getStart(this.sf) - b.site.getStart(this.sf));
    const imports: Record<string, string> = {};
    for (const [k, v] of this.imports) if (v.k === 'lib') imports[k] = v.q;
    // `const tf = require('@tensorflow/tfjs')`, `const {layers} = tf`: module-level names of TF.js namespaces.
    for (const [k, v] of this.globals.vars) if (v.k === 'lib' && (v.q === 'tf' || v.q.startsWith('tf.')) && !(k in imports)) imports[k] = v.q;
    return { models, notes: this.notes, imports, importInsertLine: this.importInsertLine };
  }

  // ---------------------------------------------------------------- positions

  rangeOf(node: TS.Node): SourceRange {
    return rangeAt(this.sf, node.getStart(this.sf), node.getEnd());
  }

  textOf(node: TS.Node): string {
    return node.getText(this.sf);
  }

  private tick(): boolean {
    if (this.exhausted) return false;
    if (++this.steps > MAX_STEPS) {
      this.exhausted = true;
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- imports

  private readImports(): void {
    const ts = this.ts;
    for (const stmt of this.sf.statements) {
      if (ts.isImportDeclaration(stmt)) {
        this.importInsertLine = rangeAt(this.sf, stmt.getEnd(), stmt.getEnd()).end.line + 1;
        const spec = ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : '';
        const clause = stmt.importClause;
        if (!clause || !isTfjsModule(spec)) {
          if (clause) this.bindUnknownImport(clause);
          continue;
        }
        if (clause.name) this.imports.set(clause.name.text, { k: 'lib', q: 'tf', text: clause.name.text });
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) this.imports.set(nb.name.text, { k: 'lib', q: 'tf', text: nb.name.text });
        else if (nb && ts.isNamedImports(nb)) {
          for (const el of nb.elements) {
            const imported = (el.propertyName ?? el.name).text;
            this.imports.set(el.name.text, { k: 'lib', q: `tf.${imported}`, text: el.name.text });
          }
        }
      } else if (ts.isImportEqualsDeclaration(stmt)) {
        const ref = stmt.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression) && isTfjsModule(ref.expression.text)) {
          this.imports.set(stmt.name.text, { k: 'lib', q: 'tf', text: stmt.name.text });
        }
      }
    }
  }

  private bindUnknownImport(clause: TS.ImportClause): void {
    const ts = this.ts;
    if (clause.name) this.imports.set(clause.name.text, UNKNOWN);
    const nb = clause.namedBindings;
    if (nb && ts.isNamespaceImport(nb)) this.imports.set(nb.name.text, UNKNOWN);
    else if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) this.imports.set(el.name.text, UNKNOWN);
  }

  // ---------------------------------------------------------------- environments

  private lookup(name: string, env: Env): Value {
    for (let e: Env | undefined = env; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v !== undefined) return v;
    }
    const imp = this.imports.get(name);
    if (imp) return imp;
    switch (name) {
      case 'undefined':
        return UNDEF;
      case 'Infinity':
        return num(Infinity);
      case 'NaN':
        return num(NaN);
      case 'Math':
      case 'Number':
      case 'Array':
      case 'Object':
      case 'parseInt':
      case 'parseFloat':
      case 'require':
      case 'String':
        return { k: 'lib', q: name, text: name };
      case 'tf':
        return this.globalTf ? { k: 'lib', q: 'tf', text: 'tf' } : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private assignName(name: string, value: Value, env: Env): void {
    for (let e: Env | undefined = env; e; e = e.parent) {
      if (e.vars.has(name)) {
        e.vars.set(name, value);
        return;
      }
    }
    this.globals.vars.set(name, value);
  }

  private declare(name: string, value: Value, env: Env): void {
    env.vars.set(name, value);
  }

  /** Binds a declaration's name or destructuring pattern. */
  private bindPattern(pattern: TS.BindingName, value: Value, env: Env, ctx: Ctx, standalone = false): void {
    const ts = this.ts;
    if (ts.isIdentifier(pattern)) {
      this.declare(pattern.text, value, env);
      this.nameValue(value, pattern.text, ctx);
      return;
    }
    if (ts.isObjectBindingPattern(pattern)) {
      const used = new Set<string>();
      for (const el of pattern.elements) {
        if (el.dotDotDotToken) {
          this.bindPattern(el.name, value.k === 'obj' ? this.restObject(value, used) : UNKNOWN, env, ctx);
          continue;
        }
        const key = el.propertyName ? this.propertyKey(el.propertyName, env, ctx) : ts.isIdentifier(el.name) ? el.name.text : undefined;
        if (key !== undefined) used.add(key);
        let v = key === undefined ? UNKNOWN : this.member(value, key);
        if ((v.k === 'undef' || (standalone && v.k === 'unknown' && value.k === 'unknown')) && el.initializer) v = this.eval(el.initializer, env, ctx);
        this.bindPattern(el.name, v, env, ctx, standalone);
      }
      return;
    }
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (el.dotDotDotToken) {
        this.bindPattern(el.name, value.k === 'arr' ? { k: 'arr', items: value.items.slice(i) } : UNKNOWN, env, ctx);
        return;
      }
      let v = value.k === 'arr' ? (value.items[i] ?? UNDEF) : UNKNOWN;
      if ((v.k === 'undef' || (standalone && v.k === 'unknown' && value.k === 'unknown')) && el.initializer) v = this.eval(el.initializer, env, ctx);
      this.bindPattern(el.name, v, env, ctx, standalone);
    });
  }

  private restObject(obj: ObjValue, used: Set<string>): Value {
    const props = new Map<string, Prop>();
    for (const [k, p] of obj.props) if (!used.has(k)) props.set(k, p);
    return { k: 'obj', props, partial: obj.partial };
  }

  /** A model or fn bound to a name remembers it (for messages). */
  private nameValue(value: Value, name: string, ctx: Ctx): void {
    if (value.k === 'model' && value.m.receiver === undefined) {
      value.m.receiver = name;
      if (value.m.fnName === undefined && ctx.fnName) value.m.fnName = ctx.fnName;
    } else if (value.k === 'fn' && value.fn.name === '') value.fn.name = name;
  }

  // ---------------------------------------------------------------- statements

  private hoist(stmts: readonly TS.Statement[], env: Env, ctx: Ctx): void {
    const ts = this.ts;
    for (const s of stmts) {
      // `export default function () {}` has no name but still runs (once, on its own).
      if (ts.isFunctionDeclaration(s) && s.body) {
        const fn = this.makeFn(s, env, s.name?.text ?? 'default', ctx);
        if (s.name) this.declare(s.name.text, fn, env);
      } else if (ts.isClassDeclaration(s)) {
        const cls = this.makeClass(s, env, s.name?.text ?? 'default');
        if (s.name) this.declare(s.name.text, cls, env);
      }
    }
  }

  private execStatements(stmts: readonly TS.Statement[], env: Env, ctx: Ctx): Completion {
    this.hoist(stmts, env, ctx);
    for (const s of stmts) {
      const c = this.exec(s, env, ctx);
      if (c) return c;
      if (this.exhausted) return undefined;
    }
    return undefined;
  }

  private exec(s: TS.Statement, env: Env, ctx: Ctx): Completion {
    if (!this.tick()) return undefined;
    const outer = this.statement;
    this.statement = s;
    try {
      return this.execStatement(s, env, ctx);
    } finally {
      this.statement = outer;
    }
  }

  private execStatement(s: TS.Statement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    if (ts.isVariableStatement(s)) {
      this.execDeclarations(s.declarationList, env, ctx);
      return undefined;
    }
    if (ts.isExpressionStatement(s)) {
      this.eval(s.expression, env, ctx);
      return undefined;
    }
    if (ts.isReturnStatement(s)) return { kind: 'return', value: s.expression ? this.eval(s.expression, env, ctx) : UNDEF };
    if (ts.isBlock(s)) return this.execStatements(s.statements, env, ctx);
    if (ts.isIfStatement(s)) return this.execIf(s, env, ctx);
    if (ts.isForStatement(s)) return this.execFor(s, env, ctx);
    if (ts.isForOfStatement(s)) return this.execForOf(s, env, ctx);
    if (ts.isWhileStatement(s) || ts.isDoStatement(s)) return this.execWhile(s, env, ctx);
    if (ts.isForInStatement(s)) {
      this.execMaybe(s.statement, env, ctx);
      return undefined;
    }
    if (ts.isBreakStatement(s)) return { kind: 'break', ...(s.label ? { label: s.label.text } : {}) };
    if (ts.isContinueStatement(s)) return { kind: 'continue', ...(s.label ? { label: s.label.text } : {}) };
    if (ts.isThrowStatement(s)) return { kind: 'throw' };
    if (ts.isTryStatement(s)) {
      const c = this.execStatements(s.tryBlock.statements, env, ctx);
      if (s.finallyBlock) {
        const f = this.execStatements(s.finallyBlock.statements, env, ctx);
        if (f) return f;
      }
      return c?.kind === 'throw' ? undefined : c;
    }
    if (ts.isSwitchStatement(s)) return this.execSwitch(s, env, ctx);
    if (ts.isLabeledStatement(s)) {
      const c = this.exec(s.statement, env, ctx);
      return c && (c.kind === 'break' || c.kind === 'continue') && c.label === s.label.text ? undefined : c;
    }
    if (ts.isExportAssignment(s)) {
      this.eval(s.expression, env, ctx);
      return undefined;
    }
    // Function and class declarations are hoisted; imports were read first; types are no code.
    return undefined;
  }

  private execDeclarations(list: TS.VariableDeclarationList, env: Env, ctx: Ctx): void {
    for (const d of list.declarations) {
      const v = d.initializer ? this.eval(d.initializer, env, ctx, this.ts.isIdentifier(d.name) ? d.name.text : undefined) : UNDEF;
      this.bindPattern(d.name, v, env, ctx);
    }
  }

  private execIf(s: TS.IfStatement, env: Env, ctx: Ctx): Completion {
    const verdict = truthy(this.eval(s.expression, env, ctx));
    if (verdict === true) return this.exec(s.thenStatement, env, ctx);
    if (verdict === false) return s.elseStatement ? this.exec(s.elseStatement, env, ctx) : undefined;
    const bodies = [s.thenStatement, ...(s.elseStatement ? [s.elseStatement] : [])];
    this.runBranches(bodies, !s.elseStatement, env, ctx, 'a branch taken only under a condition initlint cannot decide');
    return undefined;
  }

  /**
   * Undecidable: each branch runs on its own copy of the local variables with what it sets marked
   * conditional; a variable keeps its value only where every path agrees on it.
   */
  private runBranches(bodies: TS.Statement[], mayRunNone: boolean, env: Env, ctx: Ctx, reason: string): void {
    ctx.conditional++;
    const outcomes: Map<string, Value>[] = [];
    for (const body of bodies) {
      const copy: Env = { vars: new Map(env.vars), parent: env.parent };
      const c = this.exec(body, copy, ctx);
      if (c?.kind === 'return') (ctx.maybeReturns ??= []).push(c.value);
      outcomes.push(copy.vars);
    }
    if (mayRunNone) outcomes.push(new Map(env.vars));
    ctx.conditional--;
    this.merge(env, outcomes, reason);
  }

  private merge(env: Env, outcomes: Map<string, Value>[], reason: string): void {
    const names = new Set<string>();
    for (const o of outcomes) for (const k of o.keys()) names.add(k);
    for (const name of names) {
      const values = outcomes.map((o) => o.get(name));
      const first = values[0];
      if (first !== undefined && values.every((v) => v !== undefined && equivalent(v, first))) {
        env.vars.set(name, first);
        continue;
      }
      const old = env.vars.get(name);
      const tensor = values.find((v) => v?.k === 'tensor') as { k: 'tensor'; t: TensorVal } | undefined;
      if (tensor) {
        const base = old?.k === 'tensor' ? old.t : tensor.t;
        const same = values.every((v) => v?.k === 'tensor' && sameShape(v.t.shape, base.shape));
        env.vars.set(name, { k: 'tensor', t: { trace: extend(base.trace, { type: 'opaque', reason }), shape: same ? base.shape : undefined, side: this.sideUnion(values), cond: base.cond } });
      } else env.vars.set(name, UNKNOWN);
    }
  }

  private sideUnion(values: (Value | undefined)[]): Layer[] {
    const out = new Set<Layer>();
    for (const v of values) {
      if (v?.k !== 'tensor') continue;
      for (const l of v.t.side) out.add(l);
      for (const l of walkLayers(nodesSince(v.t.trace, null))) out.add(l);
    }
    return [...out];
  }

  /** A body that may run any number of times: once, conditionally, then merged. */
  private execMaybe(body: TS.Statement, env: Env, ctx: Ctx): void {
    this.runBranches([body], true, env, ctx, 'a loop initlint cannot unroll');
  }

  private execFor(s: TS.ForStatement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) this.execDeclarations(s.initializer, env, ctx);
      else this.eval(s.initializer, env, ctx);
    }
    const events = this.events;
    for (let i = 0; ; i++) {
      if (this.exhausted) return undefined;
      const verdict = s.condition ? truthy(this.eval(s.condition, env, ctx)) : undefined;
      if (verdict === false) return undefined;
      if (verdict === undefined || i >= MAX_UNROLL || (i === IDLE_ITERATIONS && this.events === events)) {
        this.execMaybe(s.statement, env, ctx);
        return undefined;
      }
      const c = this.exec(s.statement, env, ctx);
      if (c?.kind === 'break' && !c.label) return undefined;
      if (c && c.kind !== 'continue') return c;
      if (c?.kind === 'continue' && c.label) return c;
      if (s.incrementor) this.eval(s.incrementor, env, ctx);
    }
  }

  private execForOf(s: TS.ForOfStatement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    const iterable = this.eval(s.expression, env, ctx);
    const items = iterable.k === 'arr' ? iterable.items : iterable.k === 'str' ? [...iterable.v].map(str) : undefined;
    const bind = (v: Value): void => {
      if (ts.isVariableDeclarationList(s.initializer)) {
        const d = s.initializer.declarations[0];
        if (d) this.bindPattern(d.name, v, env, ctx);
      } else this.assignTo(s.initializer, v, env, ctx);
    };
    if (!items) {
      bind(UNKNOWN);
      this.execMaybe(s.statement, env, ctx);
      return undefined;
    }
    const events = this.events;
    for (const [i, item] of items.slice(0, MAX_UNROLL).entries()) {
      if (this.exhausted) return undefined;
      if (i === IDLE_ITERATIONS && this.events === events) {
        bind(UNKNOWN);
        this.execMaybe(s.statement, env, ctx);
        return undefined;
      }
      bind(item);
      const c = this.exec(s.statement, env, ctx);
      if (c?.kind === 'break' && !c.label) return undefined;
      if (c && c.kind !== 'continue') return c;
    }
    return undefined;
  }

  private execWhile(s: TS.WhileStatement | TS.DoStatement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    const events = this.events;
    for (let i = 0; ; i++) {
      if (this.exhausted) return undefined;
      if (!(ts.isDoStatement(s) && i === 0)) {
        const verdict = truthy(this.eval(s.expression, env, ctx));
        if (verdict === false) return undefined;
        if (verdict === undefined || i >= MAX_UNROLL || (i === IDLE_ITERATIONS && this.events === events)) {
          this.execMaybe(s.statement, env, ctx);
          return undefined;
        }
      }
      const c = this.exec(s.statement, env, ctx);
      if (c?.kind === 'break' && !c.label) return undefined;
      if (c && c.kind !== 'continue') return c;
    }
  }

  private execSwitch(s: TS.SwitchStatement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    const d = this.eval(s.expression, env, ctx);
    const clauses = s.caseBlock.clauses;
    let start = -1;
    let undecided = d.k === 'unknown';
    if (!undecided) {
      for (let i = 0; i < clauses.length; i++) {
        const c = clauses[i]!;
        if (!ts.isCaseClause(c)) continue;
        const v = this.eval(c.expression, env, ctx);
        const eq = strictEquals(d, v);
        if (eq === undefined) {
          undecided = true;
          break;
        }
        if (eq) {
          start = i;
          break;
        }
      }
      if (!undecided && start < 0) start = clauses.findIndex((c) => ts.isDefaultClause(c));
    }
    if (undecided) {
      ctx.conditional++;
      const outcomes: Map<string, Value>[] = [];
      for (const c of clauses) {
        const copy: Env = { vars: new Map(env.vars), parent: env.parent };
        const r = this.execStatements(c.statements, copy, ctx);
        if (r?.kind === 'return') (ctx.maybeReturns ??= []).push(r.value);
        outcomes.push(copy.vars);
      }
      outcomes.push(new Map(env.vars));
      ctx.conditional--;
      this.merge(env, outcomes, 'a switch case initlint cannot decide');
      return undefined;
    }
    if (start < 0) return undefined;
    for (let i = start; i < clauses.length; i++) {
      const c = this.execStatements(clauses[i]!.statements, env, ctx);
      if (c?.kind === 'break' && !c.label) return undefined;
      if (c) return c;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- expressions

  eval(node: TS.Expression, env: Env, ctx: Ctx, bindingName?: string): Value {
    if (!this.tick()) return UNKNOWN;
    if (this.nesting >= MAX_NESTING) return UNKNOWN;
    this.nesting++;
    try {
      return this.evalNode(node, env, ctx, bindingName);
    } finally {
      this.nesting--;
    }
  }

  private evalNode(node: TS.Expression, env: Env, ctx: Ctx, bindingName?: string): Value {
    const ts = this.ts;
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral: {
        const v = Number((node as TS.NumericLiteral).text.replace(/_/g, ''));
        return Number.isNaN(v) ? UNKNOWN : num(v);
      }
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return str((node as TS.StringLiteral).text);
      case ts.SyntaxKind.TrueKeyword:
        return bool(true);
      case ts.SyntaxKind.FalseKeyword:
        return bool(false);
      case ts.SyntaxKind.NullKeyword:
        return { k: 'null' };
      case ts.SyntaxKind.ThisKeyword:
        return ctx.thisValue ?? UNKNOWN;
      case ts.SyntaxKind.Identifier:
        return this.lookup((node as TS.Identifier).text, env);
    }
    if (ts.isTemplateExpression(node)) {
      let s = node.head.text;
      for (const span of node.templateSpans) {
        const v = this.eval(span.expression, env, ctx);
        if (v.k !== 'str' && v.k !== 'num' && v.k !== 'bool') return UNKNOWN;
        s += String(v.v) + span.literal.text;
      }
      return str(s);
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node) || ts.isAwaitExpression(node)) {
      return this.eval(node.expression, env, ctx, bindingName);
    }
    if (ts.isArrayLiteralExpression(node)) {
      const items: Value[] = [];
      for (const el of node.elements) {
        if (ts.isSpreadElement(el)) {
          const v = this.eval(el.expression, env, ctx);
          if (v.k !== 'arr') return UNKNOWN;
          items.push(...v.items);
        } else if (ts.isOmittedExpression(el)) items.push(UNDEF);
        else items.push(this.eval(el, env, ctx));
      }
      return { k: 'arr', items };
    }
    if (ts.isObjectLiteralExpression(node)) return this.evalObject(node, env, ctx);
    if (ts.isPropertyAccessExpression(node)) {
      const obj = this.eval(node.expression, env, ctx);
      if (node.questionDotToken && (obj.k === 'null' || obj.k === 'undef')) return UNDEF;
      return this.member(obj, node.name.text, node);
    }
    if (ts.isElementAccessExpression(node)) {
      const obj = this.eval(node.expression, env, ctx);
      const key = this.eval(node.argumentExpression, env, ctx);
      if (key.k === 'num' && obj.k === 'arr') return obj.items[key.v] ?? (Number.isInteger(key.v) ? UNDEF : UNKNOWN);
      if (key.k === 'str' || key.k === 'num') return this.member(obj, String(key.v), node);
      return UNKNOWN;
    }
    if (ts.isCallExpression(node)) return this.evalCall(node, env, ctx);
    if (ts.isNewExpression(node)) return this.evalNew(node, env, ctx);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const name = node.name?.text ?? bindingName ?? '';
      return this.makeFn(node, env, name, ctx);
    }
    if (ts.isClassExpression(node)) return this.makeClass(node, env, node.name?.text ?? bindingName ?? 'class');
    if (ts.isConditionalExpression(node)) {
      const c = truthy(this.eval(node.condition, env, ctx));
      if (c === true) return this.eval(node.whenTrue, env, ctx);
      if (c === false) return this.eval(node.whenFalse, env, ctx);
      ctx.conditional++;
      const a = this.eval(node.whenTrue, env, ctx);
      const b = this.eval(node.whenFalse, env, ctx);
      ctx.conditional--;
      return equivalent(a, b) ? a : UNKNOWN;
    }
    if (ts.isPrefixUnaryExpression(node)) return this.evalPrefix(node, env, ctx);
    if (ts.isPostfixUnaryExpression(node)) {
      const old = this.eval(node.operand, env, ctx);
      const n = old.k === 'num' ? num(old.v + (node.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1)) : UNKNOWN;
      this.assignTo(node.operand, n, env, ctx);
      return old.k === 'num' ? old : UNKNOWN;
    }
    if (ts.isBinaryExpression(node)) return this.evalBinary(node, env, ctx);
    if (ts.isVoidExpression(node)) {
      this.eval(node.expression, env, ctx);
      return UNDEF;
    }
    if (ts.isTypeOfExpression(node)) {
      const v = this.eval(node.expression, env, ctx);
      const t = ({ num: 'number', str: 'string', bool: 'boolean', undef: 'undefined', null: 'object', fn: 'function' } as Record<string, string>)[v.k];
      return t ? str(t) : UNKNOWN;
    }
    if (ts.isSpreadElement(node)) return this.eval(node.expression, env, ctx);
    return UNKNOWN;
  }

  private propertyKey(name: TS.PropertyName | TS.BindingName, env: Env, ctx: Ctx): string | undefined {
    const ts = this.ts;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) {
      const v = this.eval(name.expression, env, ctx);
      return v.k === 'str' || v.k === 'num' ? String(v.v) : undefined;
    }
    return undefined;
  }

  private evalObject(node: TS.ObjectLiteralExpression, env: Env, ctx: Ctx): Value {
    const ts = this.ts;
    const obj: ObjValue = { k: 'obj', props: new Map(), partial: false, node };
    for (const p of node.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = this.propertyKey(p.name, env, ctx);
        const value = this.eval(p.initializer, env, ctx, key);
        if (key === undefined) obj.partial = true;
        else obj.props.set(key, { value, node: p, valueNode: p.initializer });
      } else if (ts.isShorthandPropertyAssignment(p)) {
        obj.props.set(p.name.text, { value: this.lookup(p.name.text, env), node: p, valueNode: p.name });
      } else if (ts.isSpreadAssignment(p)) {
        const v = this.eval(p.expression, env, ctx);
        if (v.k === 'obj') {
          for (const [k, q] of v.props) obj.props.set(k, q);
          if (v.partial) obj.partial = true;
        } else if (v.k !== 'null' && v.k !== 'undef') obj.partial = true;
      } else if (ts.isMethodDeclaration(p)) {
        const key = this.propertyKey(p.name, env, ctx);
        if (key === undefined) obj.partial = true;
        else obj.props.set(key, { value: this.makeFn(p, env, key, ctx, obj), node: p });
      } else obj.partial = true;
    }
    return obj;
  }

  private evalPrefix(node: TS.PrefixUnaryExpression, env: Env, ctx: Ctx): Value {
    const ts = this.ts;
    const v = this.eval(node.operand, env, ctx);
    switch (node.operator) {
      case ts.SyntaxKind.MinusToken:
        return v.k === 'num' ? num(-v.v) : UNKNOWN;
      case ts.SyntaxKind.PlusToken:
        return v.k === 'num' ? v : v.k === 'str' && v.v.trim() !== '' && !Number.isNaN(Number(v.v)) ? num(Number(v.v)) : UNKNOWN;
      case ts.SyntaxKind.ExclamationToken: {
        const t = truthy(v);
        return t === undefined ? UNKNOWN : bool(!t);
      }
      case ts.SyntaxKind.TildeToken:
        return v.k === 'num' ? num(~v.v) : UNKNOWN;
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken: {
        const n = v.k === 'num' ? num(v.v + (node.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1)) : UNKNOWN;
        this.assignTo(node.operand, n, env, ctx);
        return n;
      }
      default:
        return UNKNOWN;
    }
  }

  private evalBinary(node: TS.BinaryExpression, env: Env, ctx: Ctx): Value {
    const ts = this.ts;
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const v = this.eval(node.right, env, ctx, ts.isIdentifier(node.left) ? node.left.text : undefined);
      this.assignTo(node.left, v, env, ctx);
      return v;
    }
    const compound = COMPOUND(ts).get(op);
    if (compound !== undefined) {
      const left = this.eval(node.left, env, ctx);
      let v: Value;
      if (compound === ts.SyntaxKind.BarBarToken || compound === ts.SyntaxKind.AmpersandAmpersandToken || compound === ts.SyntaxKind.QuestionQuestionToken) {
        const keep = logicalKeepsLeft(compound, left, ts);
        if (keep === true) return left;
        v = this.eval(node.right, env, ctx);
        if (keep === undefined) v = equivalent(left, v) ? v : UNKNOWN;
      } else v = arith(compound, left, this.eval(node.right, env, ctx), ts);
      this.assignTo(node.left, v, env, ctx);
      return v;
    }
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      const left = this.eval(node.left, env, ctx);
      const keep = logicalKeepsLeft(op, left, ts);
      if (keep === true) return left;
      if (keep === false) return this.eval(node.right, env, ctx);
      ctx.conditional++;
      const right = this.eval(node.right, env, ctx);
      ctx.conditional--;
      return equivalent(left, right) ? left : UNKNOWN;
    }
    if (op === ts.SyntaxKind.CommaToken) {
      this.eval(node.left, env, ctx);
      return this.eval(node.right, env, ctx);
    }
    const left = this.eval(node.left, env, ctx);
    const right = this.eval(node.right, env, ctx);
    return arith(op, left, right, ts);
  }

  /** Assigns to an identifier, a property (`obj.x = v`, `this.model = v`) or an array element. */
  private assignTo(target: TS.Node, value: Value, env: Env, ctx: Ctx): void {
    const ts = this.ts;
    if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target) || ts.isAsExpression(target)) return this.assignTo(target.expression, value, env, ctx);
    if (ts.isIdentifier(target)) {
      this.assignName(target.text, value, env);
      this.nameValue(value, target.text, ctx);
      return;
    }
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
      const obj = this.eval(target.expression, env, ctx);
      let key: string | number | undefined;
      if (ts.isPropertyAccessExpression(target)) key = target.name.text;
      else {
        const k = this.eval(target.argumentExpression, env, ctx);
        key = k.k === 'num' ? k.v : k.k === 'str' ? k.v : undefined;
      }
      if (obj.k === 'arr' && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= obj.items.length + MAX_UNROLL) {
        while (obj.items.length < key) obj.items.push(UNDEF);
        obj.items[key] = value;
      } else if (obj.k === 'obj') {
        if (key === undefined) obj.partial = true;
        else obj.props.set(String(key), { value, node: target });
      }
      if (value.k === 'model' && value.m.receiver === undefined && ts.isPropertyAccessExpression(target)) {
        value.m.receiver = this.textOf(target);
        if (value.m.fnName === undefined && ctx.fnName) value.m.fnName = ctx.fnName;
      }
      return;
    }
    if (ts.isArrayLiteralExpression(target)) {
      target.elements.forEach((el, i) => this.assignTo(el, value.k === 'arr' ? (value.items[i] ?? UNDEF) : UNKNOWN, env, ctx));
      return;
    }
    if (ts.isObjectLiteralExpression(target)) {
      for (const p of target.properties) {
        if (ts.isShorthandPropertyAssignment(p)) this.assignTo(p.name, this.member(value, p.name.text), env, ctx);
        else if (ts.isPropertyAssignment(p)) {
          const key = this.propertyKey(p.name, env, ctx);
          this.assignTo(p.initializer, key === undefined ? UNKNOWN : this.member(value, key), env, ctx);
        }
      }
    }
  }

  /** A property of a value. */
  private member(obj: Value, name: string, node?: TS.Node): Value {
    switch (obj.k) {
      case 'lib':
        if (obj.q === 'Math' && MATH_CONSTANTS.has(name)) return num((Math as unknown as Record<string, number>)[name]!);
        if (obj.q === 'Number' && (name === 'MAX_SAFE_INTEGER' || name === 'EPSILON' || name === 'POSITIVE_INFINITY')) return num((Number as unknown as Record<string, number>)[name]!);
        return { k: 'lib', q: `${obj.q}.${name}`, text: node ? this.textOf(node) : `${obj.text}.${name}` };
      case 'class': {
        const info = this.classByDecl.get(obj.decl);
        const m = obj.decl.members.find((x) => this.ts.isMethodDeclaration(x) && isStatic(this.ts, x) && x.name && this.propertyKey(x.name, obj.env, { conditional: 0, depth: 0 }) === name);
        if (!info || !m || !this.ts.isMethodDeclaration(m)) return UNKNOWN;
        return this.methodValue(info, m, info.statics);
      }
      case 'obj': {
        const p = obj.props.get(name);
        if (p) return p.value;
        const cls = (obj as Instance).cls;
        if (cls) {
          const m = cls.decl.members.find((x) => this.ts.isMethodDeclaration(x) && x.name && this.propertyKey(x.name, cls.env, { conditional: 0, depth: 0 }) === name);
          if (m && this.ts.isMethodDeclaration(m)) return this.methodValue(cls, m, obj);
          return UNKNOWN;
        }
        return obj.partial ? UNKNOWN : UNDEF;
      }
      case 'arr':
        if (name === 'length') return num(obj.items.length);
        return UNKNOWN;
      case 'str':
        return name === 'length' ? num(obj.v.length) : UNKNOWN;
      case 'model': {
        const m = obj.m;
        if (m.kind === 'functional') {
          if (name === 'outputs' && m.outputs) return { k: 'arr', items: m.outputs.map((t) => ({ k: 'tensor', t }) as Value) };
          if (name === 'inputs' && m.inputs) return { k: 'arr', items: m.inputs.map((t) => ({ k: 'tensor', t }) as Value) };
          if (name === 'output' && m.outputs?.length === 1) return { k: 'tensor', t: m.outputs[0]! };
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  // ---------------------------------------------------------------- functions and classes

  private makeFn(decl: FnValue['decl'], env: Env, name: string, ctx: Ctx, thisObj?: Value): Value {
    const fn: FnValue = { decl, env, name, called: false };
    if (thisObj) fn.thisValue = thisObj;
    else if (this.ts.isArrowFunction(decl) && ctx.thisValue) fn.thisValue = ctx.thisValue;
    this.closures.push(fn);
    return { k: 'fn', fn };
  }

  private makeClass(decl: TS.ClassLikeDeclaration, env: Env, name: string): Value {
    let info = this.classByDecl.get(decl);
    if (!info) {
      info = { decl, env, name, instances: [], statics: { k: 'obj', props: new Map(), partial: true } };
      this.classByDecl.set(decl, info);
      this.classes.push(info);
    }
    return { k: 'class', decl, env, name };
  }

  private readonly methods = new Map<TS.Node, Map<ObjValue, FnValue>>();

  private methodValue(cls: ClassInfo, m: TS.MethodDeclaration, inst: ObjValue): Value {
    let byInst = this.methods.get(m);
    if (!byInst) this.methods.set(m, (byInst = new Map()));
    let fn = byInst.get(inst);
    if (!fn) {
      const name = `${cls.name}.${m.name.getText(this.sf)}`;
      fn = { decl: m, env: cls.env, name, thisValue: inst, called: false };
      byInst.set(inst, fn);
    }
    return { k: 'fn', fn };
  }

  private instantiate(cls: ClassInfo, args: Value[], ctx: Ctx, standalone = false): Value {
    const ts = this.ts;
    // Subclasses of TF.js classes (custom layers and models) are not followed.
    const heritage = cls.decl.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const inst: Instance = { k: 'obj', props: new Map(), partial: !!heritage, cls };
    cls.instances.push(inst);
    const inner: Ctx = { conditional: ctx.conditional, depth: ctx.depth + 1, fnName: cls.name, thisValue: inst };
    for (const m of cls.decl.members) {
      if (ts.isPropertyDeclaration(m) && m.initializer && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) {
        const key = this.propertyKey(m.name, cls.env, inner);
        if (key !== undefined) inst.props.set(key, { value: this.eval(m.initializer, cls.env, inner), node: m });
      }
    }
    const ctor = cls.decl.members.find((m): m is TS.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
    if (ctor) this.callFunction({ decl: ctor, env: cls.env, name: cls.name, thisValue: inst, called: false }, args, ctx, standalone);
    return inst;
  }

  /** Runs a function on abstract arguments; `standalone`: nothing calls it, so parameters take their defaults. */
  private callFunction(fn: FnValue, args: Value[], ctx: Ctx, standalone = false): Value {
    fn.called = true;
    const ts = this.ts;
    if (ctx.depth >= MAX_DEPTH || !fn.decl.body) return UNKNOWN;
    const env: Env = { vars: new Map(), parent: fn.env };
    const inner: Ctx = { conditional: ctx.conditional, depth: ctx.depth + 1, ...(fn.name ? { fnName: fn.name } : ctx.fnName ? { fnName: ctx.fnName } : {}) };
    const thisValue = fn.thisValue ?? (ts.isArrowFunction(fn.decl) ? ctx.thisValue : undefined);
    if (thisValue) inner.thisValue = thisValue;
    fn.decl.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) {
        this.bindPattern(p.name, standalone ? UNKNOWN : { k: 'arr', items: args.slice(i) }, env, inner);
        return;
      }
      let v = args[i] ?? (standalone ? UNKNOWN : UNDEF);
      if (p.initializer && (v.k === 'undef' || (standalone && v.k === 'unknown'))) v = this.eval(p.initializer, env, inner);
      this.bindPattern(p.name, v, env, inner, standalone);
      // `constructor(private readonly units = 64)` also sets this.units.
      if (ts.isConstructorDeclaration(fn.decl) && thisValue?.k === 'obj' && ts.isIdentifier(p.name) && ts.getModifiers(p)?.length) {
        thisValue.props.set(p.name.text, { value: v, node: p });
      }
    });
    const wasWeak = this.weakRoot;
    this.weakRoot = standalone;
    let result: Value;
    try {
      if (ts.isBlock(fn.decl.body)) {
        const c = this.execStatements(fn.decl.body.statements, env, inner);
        result = c?.kind === 'return' ? c.value : UNDEF;
        if (c?.kind === 'throw') result = UNKNOWN;
      } else result = this.eval(fn.decl.body as TS.Expression, env, inner);
    } finally {
      this.weakRoot = wasWeak;
    }
    if (inner.maybeReturns?.length) {
      if (!inner.maybeReturns.every((v) => equivalent(v, result))) result = UNKNOWN;
    }
    return result;
  }

  // ---------------------------------------------------------------- calls

  private evalArgs(args: readonly TS.Expression[] | undefined, env: Env, ctx: Ctx): Value[] {
    const out: Value[] = [];
    for (const a of args ?? []) {
      if (this.ts.isSpreadElement(a)) {
        const v = this.eval(a.expression, env, ctx);
        if (v.k === 'arr') out.push(...v.items);
        else out.push(UNKNOWN);
      } else out.push(this.eval(a, env, ctx));
    }
    return out;
  }

  private evalCall(node: TS.CallExpression, env: Env, ctx: Ctx): Value {
    const ts = this.ts;
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) || (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression))) {
      const recv = this.eval(callee.expression, env, ctx);
      if (callee.questionDotToken && (recv.k === 'null' || recv.k === 'undef')) return UNDEF;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : (callee.argumentExpression as TS.StringLiteral).text;
      if (recv.k !== 'lib' && recv.k !== 'obj') return this.callMethod(recv, name, node, env, ctx);
      const fnv = this.member(recv, name, callee);
      if (fnv.k === 'lib') return this.callLib(fnv, node, this.evalArgs(node.arguments, env, ctx), ctx);
      if (fnv.k === 'fn') {
        const args = this.evalArgs(node.arguments, env, ctx);
        return this.callFunction(fnv.fn.thisValue ? fnv.fn : { ...fnv.fn, thisValue: recv }, args, ctx);
      }
      this.runCallbacks(this.evalArgs(node.arguments, env, ctx), ctx);
      return UNKNOWN;
    }
    const f = this.eval(callee, env, ctx);
    const args = this.evalArgs(node.arguments, env, ctx);
    if (f.k === 'fn') return this.callFunction(f.fn, args, ctx);
    if (f.k === 'lib') return this.callLib(f, node, args, ctx);
    this.runCallbacks(args, ctx);
    return UNKNOWN;
  }

  /**
   * Functions handed to code initlint cannot follow (event handlers, unknown array methods,
   * promises) may run there, any number of times, later: each runs once, here, as a branch
   * that may not be taken, so what it adds to a model keeps its place in the order.
   */
  private runCallbacks(args: Value[], ctx: Ctx): void {
    for (const a of args) {
      if (a.k === 'fn' && !a.fn.called) this.callMaybe(a.fn, ctx);
      else if (a.k === 'obj' && !a.partial) for (const p of a.props.values()) if (p.value.k === 'fn' && !p.value.fn.called) this.callMaybe(p.value.fn, ctx);
    }
  }

  private callMaybe(fn: FnValue, ctx: Ctx): void {
    ctx.conditional++;
    try {
      this.callFunction(fn, [], ctx, true);
    } finally {
      ctx.conditional--;
    }
  }

  private evalNew(node: TS.NewExpression, env: Env, ctx: Ctx): Value {
    const f = this.eval(node.expression, env, ctx);
    const args = this.evalArgs(node.arguments, env, ctx);
    if (f.k === 'class') {
      const info = this.classByDecl.get(f.decl);
      return info ? this.instantiate(info, args, ctx) : UNKNOWN;
    }
    if (f.k === 'lib') return this.callLib(f, node, args, ctx);
    return UNKNOWN;
  }

  /** Methods of arrays, models, layers and other non-object values. */
  private callMethod(recv: Value, name: string, node: TS.CallExpression, env: Env, ctx: Ctx): Value {
    const args = this.evalArgs(node.arguments, env, ctx);
    if (recv.k === 'arr') return this.arrayMethod(recv, name, args, ctx);
    if (recv.k === 'model') {
      const m = recv.m;
      if (name === 'add' && m.kind === 'sequential') {
        this.addToSequential(m, args[0] ?? UNKNOWN, node, ctx);
        return UNDEF;
      }
      if (name === 'apply') return this.applyModel(m, args[0] ?? UNKNOWN, ctx);
      return UNKNOWN;
    }
    if (recv.k === 'layer' && name === 'apply') return this.applyLayer(recv.l, args[0] ?? UNKNOWN, ctx, node);
    if (recv.k === 'fn' && (name === 'call' || name === 'apply')) {
      const rest = name === 'call' ? args.slice(1) : args[1]?.k === 'arr' ? args[1].items : [];
      return this.callFunction({ ...recv.fn, thisValue: args[0] ?? UNKNOWN }, rest, ctx);
    }
    if (recv.k === 'str') return stringMethod(recv.v, name, args);
    if (recv.k === 'num' && name === 'toString') return str(String(recv.v));
    this.runCallbacks(args, ctx);
    return UNKNOWN;
  }

  private arrayMethod(arr: Extract<Value, { k: 'arr' }>, name: string, args: Value[], ctx: Ctx): Value {
    const cb = args[0]?.k === 'fn' ? args[0].fn : undefined;
    switch (name) {
      case 'push':
        arr.items.push(...args);
        return num(arr.items.length);
      case 'forEach':
      case 'map': {
        if (!cb) return UNKNOWN;
        const events = this.events;
        const out: Value[] = [];
        for (let i = 0; i < arr.items.length; i++) {
          if (i >= MAX_UNROLL || (i === IDLE_ITERATIONS && this.events === events) || this.exhausted) {
            // Data code: the rest may run, with what it returns unknown.
            this.callMaybe(cb, ctx);
            if (name === 'map') return UNKNOWN;
            break;
          }
          out.push(this.callFunction(cb, [arr.items[i]!, num(i), arr], ctx));
        }
        return name === 'map' ? { k: 'arr', items: out } : UNDEF;
      }
      case 'reduce': {
        if (!cb) return UNKNOWN;
        let acc = args.length > 1 ? args[1]! : arr.items[0];
        const start = args.length > 1 ? 0 : 1;
        if (acc === undefined) return UNKNOWN;
        for (let i = start; i < Math.min(arr.items.length, MAX_UNROLL); i++) acc = this.callFunction(cb, [acc, arr.items[i]!, num(i), arr], ctx);
        return acc;
      }
      case 'concat': {
        const items = [...arr.items];
        for (const a of args) {
          if (a.k === 'arr') items.push(...a.items);
          else items.push(a);
        }
        return { k: 'arr', items };
      }
      case 'slice': {
        const s = args[0]?.k === 'num' ? args[0].v : 0;
        const e = args[1]?.k === 'num' ? args[1].v : undefined;
        if ((args[0] && args[0].k !== 'num' && args[0].k !== 'undef') || (args[1] && args[1].k !== 'num' && args[1].k !== 'undef')) return UNKNOWN;
        return { k: 'arr', items: arr.items.slice(s, e) };
      }
      case 'fill':
        if (args[0]) arr.items.fill(args[0]);
        return arr;
      case 'keys':
        return { k: 'arr', items: arr.items.map((_, i) => num(i)) };
      case 'values':
        return { k: 'arr', items: [...arr.items] };
      case 'entries':
        return { k: 'arr', items: arr.items.map((v, i) => ({ k: 'arr', items: [num(i), v] }) as Value) };
      case 'reverse':
        arr.items.reverse();
        return arr;
      case 'filter': {
        if (!cb) return UNKNOWN;
        const out: Value[] = [];
        for (let i = 0; i < Math.min(arr.items.length, MAX_UNROLL); i++) {
          const keep = truthy(this.callFunction(cb, [arr.items[i]!, num(i), arr], ctx));
          if (keep === undefined) return UNKNOWN;
          if (keep) out.push(arr.items[i]!);
        }
        return arr.items.length > MAX_UNROLL ? UNKNOWN : { k: 'arr', items: out };
      }
      case 'includes': {
        const x = args[0];
        if (!x) return UNKNOWN;
        const r = arr.items.map((v) => strictEquals(v, x));
        if (r.some((v) => v === true)) return bool(true);
        return r.every((v) => v === false) ? bool(false) : UNKNOWN;
      }
      case 'indexOf': {
        const x = args[0];
        if (!x) return UNKNOWN;
        for (let i = 0; i < arr.items.length; i++) {
          const r = strictEquals(arr.items[i]!, x);
          if (r === undefined) return UNKNOWN;
          if (r) return num(i);
        }
        return num(-1);
      }
      case 'join':
        return arr.items.every((v) => v.k === 'num' || v.k === 'str') ? str(arr.items.map((v) => String((v as { v: unknown }).v)).join(args[0]?.k === 'str' ? args[0].v : ',')) : UNKNOWN;
      default:
        this.runCallbacks(args, ctx);
        return UNKNOWN;
    }
  }

  /** Library calls: TF.js factories, Math, Number, Array, require. */
  private callLib(f: Extract<Value, { k: 'lib' }>, node: TS.CallExpression | TS.NewExpression, args: Value[], ctx: Ctx): Value {
    const q = f.q;
    if (q === 'require') {
      const spec = args[0];
      return spec?.k === 'str' && isTfjsModule(spec.v) ? { k: 'lib', q: 'tf', text: 'tf' } : UNKNOWN;
    }
    if (q.startsWith('Math.')) return mathCall(q.slice(5), args);
    if (q === 'Number' || q === 'parseFloat') {
      const a = args[0];
      if (a?.k === 'num') return a;
      if (a?.k === 'str' && a.v.trim() !== '' && !Number.isNaN(Number(a.v))) return num(q === 'Number' ? Number(a.v) : parseFloat(a.v));
      return UNKNOWN;
    }
    if (q === 'parseInt') {
      const a = args[0];
      if (a?.k === 'num') return num(Math.trunc(a.v));
      if (a?.k === 'str' && /^\s*[-+]?\d/.test(a.v)) return num(parseInt(a.v, 10));
      return UNKNOWN;
    }
    if (q === 'Array.isArray') {
      const a = args[0];
      return !a || a.k === 'unknown' ? UNKNOWN : bool(a.k === 'arr');
    }
    if (q === 'Array' || q === 'Array.from') return arrayCall(q, args, (fn, a) => (fn.k === 'fn' ? this.callFunction(fn.fn, a, ctx) : UNKNOWN));
    if (q === 'Object.keys' || q === 'Object.values' || q === 'Object.entries') {
      const o = args[0];
      if (o?.k !== 'obj' || o.partial) return UNKNOWN;
      const items = [...o.props].filter(([, p]) => p.value.k !== 'undef' || q === 'Object.keys');
      return { k: 'arr', items: items.map(([k, p]) => (q === 'Object.keys' ? str(k) : q === 'Object.values' ? p.value : ({ k: 'arr', items: [str(k), p.value] } as Value))) };
    }
    if (q === 'Object.assign') {
      const target = args[0];
      if (target?.k !== 'obj') return UNKNOWN;
      for (const a of args.slice(1)) {
        if (a.k === 'obj') {
          for (const [k, p] of a.props) target.props.set(k, p);
          if (a.partial) target.partial = true;
        } else if (a.k !== 'undef' && a.k !== 'null') target.partial = true;
      }
      return target;
    }
    if (!q.startsWith('tf.') && q !== 'tf') {
      this.runCallbacks(args, ctx);
      return UNKNOWN;
    }
    const parts = q.split('.');
    // tf.layers.<factory>(config)
    if (parts.length === 3 && parts[1] === 'layers') {
      if (parts[2] === 'input') return this.makeInput(args[0], ctx);
      return this.makeLayer(parts[2]!, f.text, node as TS.CallExpression, args[0], ctx);
    }
    if (parts.length === 3 && parts[1] === 'initializers') return this.makeInit(parts[2]!, node, args[0]);
    if (parts.length === 2) {
      switch (parts[1]) {
        case 'sequential':
        case 'Sequential':
          return this.makeSequential(node, args[0], ctx);
        case 'model':
        case 'LayersModel':
          return this.makeFunctional(node, args[0], ctx);
        case 'input':
          return this.makeInput(args[0], ctx);
      }
    }
    this.runCallbacks(args, ctx);
    return UNKNOWN;
  }

  // ---------------------------------------------------------------- TF.js objects

  private makeInit(name: string, node: TS.Node, config: Value | undefined): Value {
    const i: InitObj = { name, keyword: initKeywords(name, config), range: this.rangeOf(node), text: this.textOf(node) };
    return { k: 'init', i };
  }

  private initObjOf = (v: Value): { name: string; keyword: Record<string, ArgValue>; text: string; range: SourceRange } | undefined => {
    if (v.k === 'init') return v.i;
    if (v.k === 'obj') {
      const cn = v.props.get('className')?.value;
      if (cn?.k !== 'str') return undefined;
      const cfg = v.props.get('config')?.value;
      return { name: cn.v, keyword: initKeywords(cn.v, cfg ?? UNDEF), text: v.node ? this.textOf(v.node) : cn.v, range: v.node ? this.rangeOf(v.node) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    }
    return undefined;
  };

  private makeLayer(factory: string, ctorText: string, call: TS.CallExpression, config: Value | undefined, ctx: Ctx): Value {
    this.events++;
    const l: LayerObj = {
      factory,
      ctorText,
      call,
      config: config?.k === 'obj' ? config : undefined,
      configUnknown: config !== undefined && config.k !== 'obj' && config.k !== 'undef',
      ...(this.statement ? { statement: this.statement } : {}),
      ...(ctx.fnName ? { fnName: ctx.fnName } : {}),
    };
    return { k: 'layer', l };
  }

  private configOf(l: LayerObj): Config {
    return new Config(l.config, l.configUnknown);
  }

  private makeInput(config: Value | undefined, ctx: Ctx): Value {
    this.events++;
    const c = new Config(config?.k === 'obj' ? config : undefined, config !== undefined && config.k !== 'obj');
    const shape = c.shape('shape');
    const batch = c.shape('batchShape');
    const s: Shape | undefined = shape ? { dims: shape, rankKnown: true } : batch && batch.length ? { dims: batch.slice(1), rankKnown: true } : undefined;
    return { k: 'tensor', t: { trace: ROOT(), shape: s, side: [], cond: ctx.conditional } };
  }

  private register(m: ModelObj): void {
    const prev = this.registry.get(m.site);
    const weak = this.weakRoot;
    if (!prev || (prev.weak && !weak)) this.registry.set(m.site, { model: m, weak });
  }

  private newModel(kind: ModelObj['kind'], site: TS.Node, ctx: Ctx): ModelObj {
    this.events++;
    const m: ModelObj = {
      kind,
      site,
      nodes: [],
      layers: [],
      count: 0,
      shape: undefined,
      started: false,
      range: this.rangeOf(site),
      condDepth: ctx.conditional,
      entries: [],
      ...(ctx.fnName ? { fnName: ctx.fnName } : {}),
    };
    return m;
  }

  private makeSequential(site: TS.Node, config: Value | undefined, ctx: Ctx): Value {
    const m = this.newModel('sequential', site, ctx);
    if (config?.k === 'obj') {
      const name = config.props.get('name')?.value;
      if (name?.k === 'str') m.configName = name.v;
      const layers = config.props.get('layers')?.value;
      if (layers?.k === 'arr') for (const l of layers.items) this.addToSequential(m, l, site, ctx);
      else if (layers && layers.k !== 'undef') m.nodes.push({ type: 'opaque', reason: 'layers initlint cannot resolve', range: this.rangeOf(site) });
    }
    this.register(m);
    return { k: 'model', m };
  }

  private makeFunctional(site: TS.Node, config: Value | undefined, ctx: Ctx): Value {
    const m = this.newModel('functional', site, ctx);
    const c = config?.k === 'obj' ? config : undefined;
    const name = c?.props.get('name')?.value;
    if (name?.k === 'str') m.configName = name.v;
    const tensors = (v: Value | undefined): TensorVal[] | undefined => {
      if (v?.k === 'tensor') return [v.t];
      if (v?.k === 'arr' && v.items.every((x) => x.k === 'tensor')) return v.items.map((x) => (x as { t: TensorVal }).t);
      return undefined;
    };
    const outputs = tensors(c?.props.get('outputs')?.value);
    const inputs = tensors(c?.props.get('inputs')?.value);
    if (inputs) m.inputs = inputs;
    if (!outputs || outputs.length === 0) {
      // Nothing to read: not a model initlint reports.
      return { k: 'model', m };
    }
    m.outputs = outputs;
    const first = outputs[0]!;
    const nodes = nodesSince(first.trace, null);
    const side = new Set<Layer>(first.side);
    for (const other of outputs.slice(1)) {
      const ca = commonAncestor(first.trace, other.trace);
      for (const l of walkLayers(nodesSince(other.trace, ca ?? null))) side.add(l);
      for (const l of other.side) side.add(l);
    }
    m.nodes = nodes;
    const layers: Layer[] = [];
    const seen = new Set<Layer>();
    for (const l of walkLayers(nodes)) if (!seen.has(l)) (seen.add(l), layers.push(l));
    for (const l of side) if (!seen.has(l)) (seen.add(l), layers.push(l));
    m.layers = layers;
    this.register(m);
    return { k: 'model', m };
  }

  /** The IR layer of a layer object for an input shape (built on its first connection). */
  private connect(l: LayerObj, inShape: Shape | undefined, conditional: boolean): { nodes: GraphNode[]; out: Shape | undefined; layer?: Layer } {
    const c = this.configOf(l);
    const factory = l.factory;
    const callRange = this.rangeOf(l.call);
    const kind = WEIGHTED[factory];
    if (kind) {
      if (!l.built) l.built = this.buildLayer(l, kind, c, inShape, conditional);
      const layer = l.built;
      const nodes: GraphNode[] = [{ type: 'layer', layer }];
      if (kind !== 'LSTM' && kind !== 'GRU' && kind !== 'RNN' && kind !== 'Embedding' && kind !== 'Norm') {
        const act = configActivation(c, (p) => (p.valueNode ? this.rangeOf(p.valueNode) : undefined), (p) => (p.valueNode ? this.textOf(p.valueNode) : undefined));
        if (act === 'unmodelled') nodes.push({ type: 'opaque', reason: `an activation initlint does not model`, range: callRange });
        else if (act) {
          nodes.push({ type: 'activation', activation: act });
          layer.activation = act;
        }
      }
      return { nodes, out: outputShape(factory, c, inShape), layer };
    }
    if (ACTIVATION_LAYERS.has(factory)) {
      const a = activationLayer(factory, c);
      const text = this.textOf(l.call);
      if (a === 'unmodelled') return { nodes: [{ type: 'opaque', reason: `${l.ctorText} with settings initlint does not model`, range: callRange }], out: inShape };
      if (!a) return { nodes: [], out: inShape };
      return { nodes: [{ type: 'activation', activation: { kind: a.kind, ...(a.param !== undefined ? { param: a.param } : {}), range: callRange, text } }], out: inShape };
    }
    if (PASS_THROUGH.has(factory)) return { nodes: [], out: outputShape(factory, c, inShape) };
    if (factory === 'timeDistributed' || factory === 'bidirectional') {
      const inner = c.value('layer');
      if (inner?.k === 'layer') {
        if (factory === 'timeDistributed') {
          const sub: Shape | undefined = inShape && inShape.rankKnown ? { dims: inShape.dims.slice(1), rankKnown: true } : inShape ? { dims: [lastDim(inShape)], rankKnown: false } : undefined;
          const r = this.connect(inner.l, sub, conditional);
          const out = r.out && inShape?.rankKnown && r.out.rankKnown ? { dims: [inShape.dims[0], ...r.out.dims], rankKnown: true } : r.out ? { dims: [lastDim(r.out)], rankKnown: false } : undefined;
          return { ...r, out };
        }
        const r = this.connect(inner.l, inShape, conditional);
        const merge = c.str('mergeMode', 'concat');
        const u = lastDim(r.out);
        const out: Shape | undefined = r.out ? { dims: [...r.out.dims.slice(0, -1), merge === 'concat' ? (u === undefined ? undefined : 2 * u) : merge === undefined ? undefined : u], rankKnown: r.out.rankKnown } : undefined;
        return { nodes: [...r.nodes, { type: 'opaque', reason: 'a bidirectional wrapper', range: callRange }], out, ...(r.layer ? { layer: r.layer } : {}) };
      }
    }
    return { nodes: [{ type: 'opaque', reason: `${l.ctorText} is not modelled`, range: callRange }], out: nonWeightedShape(factory, c, inShape) };
  }

  private buildLayer(l: LayerObj, kind: NonNullable<(typeof WEIGHTED)[string]>, c: Config, inShape: Shape | undefined, conditional: boolean): Layer {
    const n = (this.layerCounts.get(l.factory) ?? 0) + 1;
    this.layerCounts.set(l.factory, n);
    const name = c.str('name');
    // Ids key the analysis's per-layer facts: unique in the file even when a config name repeats one.
    let id = name ?? `${l.factory}_${n}`;
    for (let k = 2; this.layerIds.has(id); k++) id = `${name ?? `${l.factory}_${n}`}#${k}`;
    this.layerIds.add(id);
    const line = this.rangeOf(l.call).start.line + 1;
    const ctx: BuildContext = { rangeOf: (x) => this.rangeOf(x), textOf: (x) => this.textOf(x), conditional };
    const layer = buildWeighted(
      l.factory,
      kind,
      c,
      inShape,
      {
        id,
        name: name ?? `${l.factory}_${n} (line ${line})`,
        ctor: l.ctorText,
        range: this.rangeOf(l.call),
        statementRange: this.rangeOf(l.statement ?? l.call),
      },
      ctx,
      this.initObjOf,
    );
    return layer;
  }

  private addToSequential(m: ModelObj, v: Value, site: TS.Node, ctx: Ctx): void {
    this.events++;
    const conditional = ctx.conditional > m.condDepth;
    if (v.k === 'model') {
      // A model added as a layer: its layers in order.
      const inner = v.m;
      if (conditional) m.nodes.push({ type: 'opaque', reason: 'a model added under a condition initlint cannot decide', range: this.rangeOf(site) });
      else m.nodes.push(...inner.nodes);
      for (const l of inner.layers) if (!m.layers.includes(l)) m.layers.push(l);
      m.shape = inner.kind === 'sequential' ? inner.shape : inner.outputs?.length === 1 ? inner.outputs[0]!.shape : undefined;
      m.started = true;
      m.entries.push({ index: m.count++ });
      return;
    }
    if (v.k !== 'layer') {
      m.nodes.push({ type: 'opaque', reason: 'a layer initlint cannot resolve', range: this.rangeOf(site) });
      m.shape = undefined;
      m.started = true;
      m.count++;
      return;
    }
    const l = v.l;
    const c = this.configOf(l);
    let inShape = m.shape;
    if (!m.started) {
      inShape = declaredInputShape(c, l.factory);
      m.started = true;
    }
    const r = this.connect(l, inShape, conditional);
    if (conditional) {
      // A layer that may be there: a cut, unless it changes nothing a second moment sees (dropout).
      const inert = r.nodes.length === 0 && sameShape(r.out, inShape);
      if (!inert) m.nodes.push({ type: 'opaque', reason: 'a layer added under a condition initlint cannot decide', range: this.rangeOf(l.call) });
      m.shape = sameShape(r.out, inShape) ? inShape : undefined;
    } else {
      m.nodes.push(...r.nodes);
      m.shape = r.out;
    }
    if (r.layer && !m.layers.includes(r.layer)) m.layers.push(r.layer);
    if (l.factory !== 'inputLayer') m.entries.push({ index: m.count++, ...(r.layer ? { layer: r.layer } : {}) });
  }

  private applyModel(m: ModelObj, x: Value, ctx: Ctx): Value {
    void ctx;
    if (x.k !== 'tensor') return UNKNOWN;
    const out = m.kind === 'sequential' ? m.shape : m.outputs?.length === 1 ? m.outputs[0]!.shape : undefined;
    return { k: 'tensor', t: { trace: extendAll(x.t.trace, m.nodes), shape: out, side: [...x.t.side], cond: x.t.cond } };
  }

  private applyLayer(l: LayerObj, x: Value, ctx: Ctx, site: TS.Node): Value {
    this.events++;
    if (MERGE_LAYERS.has(l.factory)) return this.applyMerge(l, x, site);
    let input: TensorVal;
    if (x.k === 'tensor') input = x.t;
    else if (x.k === 'arr' && x.items.length === 1 && x.items[0]!.k === 'tensor') input = x.items[0].t;
    else input = { trace: ROOT(), shape: undefined, side: [], cond: ctx.conditional };
    const conditional = ctx.conditional > input.cond;
    const r = this.connect(l, input.shape, conditional);
    if (conditional && r.nodes.length === 0 && sameShape(r.out, input.shape)) return x.k === 'tensor' ? x : { k: 'tensor', t: input };
    if (conditional) {
      return { k: 'tensor', t: { trace: extend(input.trace, { type: 'opaque', reason: 'a layer applied under a condition initlint cannot decide', range: this.rangeOf(l.call) }), shape: sameShape(r.out, input.shape) ? input.shape : undefined, side: r.layer ? [...input.side, r.layer] : input.side, cond: input.cond } };
    }
    return { k: 'tensor', t: { trace: extendAll(input.trace, r.nodes), shape: r.out, side: input.side, cond: input.cond } };
  }

  private applyMerge(l: LayerObj, x: Value, site: TS.Node): Value {
    const c = this.configOf(l);
    if (x.k !== 'arr' || x.items.length < 2 || !x.items.every((v) => v.k === 'tensor')) {
      return { k: 'tensor', t: { trace: extend(ROOT(), { type: 'opaque', reason: `${l.ctorText} of inputs initlint cannot resolve`, range: this.rangeOf(site) }), shape: undefined, side: [], cond: 0 } };
    }
    const ts = x.items.map((v) => (v as { t: TensorVal }).t);
    const shape = mergeShape(l.factory, c, ts.map((t) => t.shape));
    const side = new Set<Layer>();
    for (const t of ts) for (const s of t.side) side.add(s);
    const cond = Math.min(...ts.map((t) => t.cond));
    const range = this.rangeOf(l.call);
    if (l.factory === 'add' && ts.length === 2) {
      const [a, b] = ts as [TensorVal, TensorVal];
      if (a.trace === b.trace) return { k: 'tensor', t: { trace: extend(a.trace, { type: 'scale', factor: 2, range }), shape, side: [...side], cond } };
      if (isAncestor(a.trace, b.trace)) return { k: 'tensor', t: { trace: extend(a.trace, { type: 'residual', body: nodesSince(b.trace, a.trace), range }), shape, side: [...side], cond } };
      if (isAncestor(b.trace, a.trace)) return { k: 'tensor', t: { trace: extend(b.trace, { type: 'residual', body: nodesSince(a.trace, b.trace), range }), shape, side: [...side], cond } };
    }
    // Diverging branches: beyond the chain model; the chain is cut, their layers stay listed.
    let base: Trace | undefined = ts[0]!.trace;
    for (const t of ts.slice(1)) base = base ? commonAncestor(base, t.trace) : undefined;
    const start = base ?? ROOT();
    for (const t of ts) for (const layer of walkLayers(nodesSince(t.trace, base ?? null))) side.add(layer);
    return { k: 'tensor', t: { trace: extend(start, { type: 'opaque', reason: `${l.ctorText} of two different branches`, range }), shape, side: [...side], cond } };
  }
}

// ---------------------------------------------------------------- helpers

function sameShape(a: Shape | undefined, b: Shape | undefined): boolean {
  if (!a || !b) return a === b;
  return a.rankKnown === b.rankKnown && a.dims.length === b.dims.length && a.dims.every((d, i) => d === b.dims[i]);
}

/** Output shapes of factories the reader does not model the values of (for the next layer's width). */
function nonWeightedShape(factory: string, c: Config, s: Shape | undefined): Shape | undefined {
  if (factory === 'separableConv2d' || factory === 'depthwiseConv2d') {
    const out = outputShape('conv2d', c, s);
    if (factory === 'depthwiseConv2d') {
      const ch = s ? lastDim(s) : undefined;
      const mult = c.num('depthMultiplier', 1);
      const f = ch === undefined || mult === undefined ? undefined : ch * mult;
      return out ? { dims: [...out.dims.slice(0, -1), f], rankKnown: out.rankKnown } : undefined;
    }
    return out;
  }
  return undefined;
}

let compoundCache: Map<TS.SyntaxKind, TS.SyntaxKind> | undefined;
function COMPOUND(ts: typeof TS): Map<TS.SyntaxKind, TS.SyntaxKind> {
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
  return compoundCache;
}

/** For `a || b`, `a && b`, `a ?? b`: true when the result is `a`, false when it is `b`, undefined when unknown. */
function logicalKeepsLeft(op: TS.SyntaxKind, left: Value, ts: typeof TS): boolean | undefined {
  if (op === ts.SyntaxKind.QuestionQuestionToken) {
    if (left.k === 'null' || left.k === 'undef') return false;
    return left.k === 'unknown' ? undefined : true;
  }
  const t = truthy(left);
  if (t === undefined) return undefined;
  return op === ts.SyntaxKind.BarBarToken ? t : !t;
}

function strictEquals(a: Value, b: Value): boolean | undefined {
  if (a.k === 'unknown' || b.k === 'unknown') return undefined;
  if ((a.k === 'num' || a.k === 'str' || a.k === 'bool') && a.k === b.k) return a.v === (b as typeof a).v;
  if (a.k !== b.k) {
    const prim = (v: Value): boolean => v.k === 'num' || v.k === 'str' || v.k === 'bool' || v.k === 'null' || v.k === 'undef';
    return prim(a) && prim(b) ? false : undefined;
  }
  if (a.k === 'null' || a.k === 'undef') return true;
  return a === b ? true : undefined;
}

function looseEquals(a: Value, b: Value): boolean | undefined {
  const nullish = (v: Value): boolean => v.k === 'null' || v.k === 'undef';
  if (nullish(a) || nullish(b)) {
    if (a.k === 'unknown' || b.k === 'unknown') return undefined;
    return nullish(a) && nullish(b);
  }
  if (a.k === 'num' && b.k === 'str') return a.v === Number(b.v);
  if (a.k === 'str' && b.k === 'num') return Number(a.v) === b.v;
  return strictEquals(a, b);
}

function arith(op: TS.SyntaxKind, a: Value, b: Value, ts: typeof TS): Value {
  const K = ts.SyntaxKind;
  if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
    const loose = op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken;
    const eq = loose ? looseEquals(a, b) : strictEquals(a, b);
    if (eq === undefined) return UNKNOWN;
    return bool(op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken ? eq : !eq);
  }
  if (op === K.PlusToken) {
    if (a.k === 'num' && b.k === 'num') return num(a.v + b.v);
    if ((a.k === 'str' && (b.k === 'str' || b.k === 'num' || b.k === 'bool')) || (b.k === 'str' && (a.k === 'num' || a.k === 'bool'))) return str(String(a.v) + String(b.v));
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

function mathCall(name: string, args: Value[]): Value {
  const xs = args.map((a) => (a.k === 'num' ? a.v : undefined));
  if (xs.some((x) => x === undefined)) return UNKNOWN;
  const n = xs as number[];
  const unary: Record<string, (x: number) => number> = {
    sqrt: Math.sqrt, floor: Math.floor, ceil: Math.ceil, round: Math.round, abs: Math.abs, log: Math.log, log2: Math.log2, log10: Math.log10, exp: Math.exp, trunc: Math.trunc, sign: Math.sign, cbrt: Math.cbrt, tanh: Math.tanh,
  };
  if (unary[name] && n.length >= 1) return num(unary[name]!(n[0]!));
  if (name === 'pow' && n.length >= 2) return num(n[0]! ** n[1]!);
  if (name === 'max') return num(Math.max(...n));
  if (name === 'min') return num(Math.min(...n));
  if (name === 'PI') return num(Math.PI);
  return UNKNOWN;
}

function arrayCall(q: string, args: Value[], call: (fn: Value, a: Value[]) => Value): Value {
  if (q === 'Array') {
    if (args.length === 1 && args[0]!.k === 'num') {
      const n = args[0].v;
      if (!Number.isInteger(n) || n < 0 || n > MAX_UNROLL) return UNKNOWN;
      return { k: 'arr', items: Array.from({ length: n }, () => UNDEF) };
    }
    return { k: 'arr', items: [...args] };
  }
  const src = args[0];
  let items: Value[] | undefined;
  if (src?.k === 'arr') items = [...src.items];
  else if (src?.k === 'obj') {
    const len = src.props.get('length')?.value;
    if (len?.k === 'num' && Number.isInteger(len.v) && len.v >= 0 && len.v <= MAX_UNROLL) items = Array.from({ length: len.v }, () => UNDEF);
  }
  if (!items) return UNKNOWN;
  const fn = args[1];
  if (fn) items = items.map((v, i) => call(fn, [v, num(i)]));
  return { k: 'arr', items };
}

function stringMethod(s: string, name: string, args: Value[]): Value {
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
    default:
      return UNKNOWN;
  }
}

