// A small abstract evaluator for JavaScript/TypeScript, the language half of the TF.js reader. It
// runs module-level code, the functions it calls (with their arguments), and afterwards every
// function, arrow and class the file defines but never runs (with parameter defaults, the rest
// unknown), on abstract values (values.ts). What a library does is a plug-in's (plugin.ts): the
// evaluator asks it about imports, library calls and its objects, and knows no framework itself.
// Loops with known bounds unroll, undecidable conditions run each branch with what they set marked
// conditional, and anything not proven stays unknown. A factory that branches on a parameter it
// was not given (`if (type === 'cnn')`) runs once per value it tests, when the plug-in says the
// function builds something it reads. Everything is bounded by the file's Budget (shared/budget.ts):
// steps and time, value sizes (checked before a value is built), call depth and nesting.
import type { SourceRange } from '../../../model/graph';
import { Budget, budgetSize, limitsFor } from '../../shared/budget';
import { mergePaths } from '../../shared/merge';
import { rangeAt } from '../positions';
import type { TS } from '../ts';
import { arith, arrayCall, compoundOperator, logicalKeepsLeft, MATH_CONSTANTS, mathCall, strictEquals, stringMethod } from './builtins';
import type { Ctx, EvalHost, LibraryInstance, TsFrameworkPlugin } from './plugin';
import { bool, num, samePrimitive, str, truthy, UNDEF, UNKNOWN, type Env, type FnValue, type LibValue, type ObjValue, type Prop, type Value } from './values';
import { splitVariants, type Variant } from './variants';

/** A loop whose first iterations build nothing (no layer, model or tensor) is data code: not unrolled further. */
const IDLE_ITERATIONS = 8;

type Completion = undefined | { kind: 'return'; value: Value } | { kind: 'break'; label?: string } | { kind: 'continue'; label?: string } | { kind: 'throw' };

interface ClassInfo {
  decl: TS.ClassLikeDeclaration;
  env: Env;
  name: string;
  instances: ObjValue[];
  /** `this` of static methods. */
  statics: ObjValue;
  /** The library class it extends (`extends tf.layers.Layer`), when a plug-in owns it; resolved on first use. */
  base?: LibValue | null;
}

function isStatic(ts: typeof TS, m: TS.ClassElement): boolean {
  return !!ts.getModifiers(m as TS.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
}

/** Instances remember their class (methods live there, not in the object's properties). */
type Instance = ObjValue & { cls?: ClassInfo };

export function isLibraryInstance(v: Value): v is LibraryInstance {
  return v.k === 'obj' && (v as Partial<LibraryInstance>).base !== undefined;
}

export interface EvalResult {
  notes: { message: string; range?: SourceRange }[];
  /** Names bound by import declarations, and module-level variables, after the run. */
  imports: Map<string, Value>;
  globals: Map<string, Value>;
  /** The line after the last import declaration (where a new import goes). */
  importInsertLine: number;
}

export class Evaluator implements EvalHost {
  readonly budget: Budget;
  private readonly globals: Env = { vars: new Map(), parent: undefined };
  private readonly imports = new Map<string, Value>();
  private importInsertLine = 0;
  private readonly closures: FnValue[] = [];
  private readonly classes: ClassInfo[] = [];
  private readonly classByDecl = new Map<TS.Node, ClassInfo>();
  private readonly notes: { message: string; range?: SourceRange }[] = [];
  private readonly methods = new Map<TS.Node, Map<ObjValue, FnValue>>();
  /** The innermost statement running (a layer's statementRange). */
  statement: TS.Statement | undefined;
  /** Layers, models and tensors made so far: a loop that adds none is not unrolled. */
  private events = 0;
  private nesting = 0;
  standalone = false;
  /** Inside a run of a function once per parameter value (such runs do not split again). */
  private inVariant = false;

  constructor(
    readonly ts: typeof TS,
    readonly sf: TS.SourceFile,
    private readonly plugin: TsFrameworkPlugin,
    budget?: Budget,
  ) {
    this.budget = budget ?? new Budget(limitsFor(budgetSize(sf.text)));
  }

  run(): EvalResult {
    this.readImports();
    const ctx: Ctx = { conditional: 0, depth: 0 };
    this.execStatements(this.sf.statements, this.globals, ctx);
    // Functions, arrows and classes the file never runs: each once, with its parameter defaults.
    for (let round = 0; round < 8 && !this.budget.exhausted; round++) {
      const pending = this.closures.filter((f) => !f.called);
      const classes = this.classes.filter((c) => c.instances.length === 0);
      if (pending.length === 0 && classes.length === 0) break;
      for (const cls of classes) this.instantiate(cls, [], { conditional: 0, depth: 0 }, true);
      for (const fn of pending) {
        if (fn.called || this.budget.exhausted) continue;
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
    this.notes.push(...this.budget.notes().map((message) => ({ message })));
    return { notes: this.notes, imports: this.imports, globals: this.globals.vars, importInsertLine: this.importInsertLine };
  }

  // ---------------------------------------------------------------- host services

  rangeOf(node: TS.Node): SourceRange {
    return rangeAt(this.sf, node.getStart(this.sf), node.getEnd());
  }

  textOf(node: TS.Node): string {
    return node.getText(this.sf);
  }

  progress(): void {
    this.events++;
  }

  note(message: string, range?: SourceRange): void {
    if (this.notes.length >= 100 || this.notes.some((n) => n.message === message)) return;
    this.notes.push(range ? { message, range } : { message });
  }

  private tick(): boolean {
    return this.budget.tick();
  }

  /** Nesting of expressions and statements: thousands of levels are no model code, and must not exhaust the stack. */
  private enter(): boolean {
    if (this.nesting >= this.budget.limits.nesting) {
      this.note(`code nested more than ${this.budget.limits.nesting} levels deep was treated as unknown`);
      return false;
    }
    this.nesting++;
    return true;
  }

  // ---------------------------------------------------------------- imports

  private readImports(): void {
    const ts = this.ts;
    for (const stmt of this.sf.statements) {
      if (ts.isImportDeclaration(stmt)) {
        this.importInsertLine = this.rangeOf(stmt).end.line + 1;
        const spec = ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : '';
        const clause = stmt.importClause;
        if (!clause) continue;
        if (clause.name) this.imports.set(clause.name.text, this.plugin.importValue(spec, 'default', clause.name.text) ?? UNKNOWN);
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) this.imports.set(nb.name.text, this.plugin.importValue(spec, '*', nb.name.text) ?? UNKNOWN);
        else if (nb && ts.isNamedImports(nb)) {
          for (const el of nb.elements) this.imports.set(el.name.text, this.plugin.importValue(spec, (el.propertyName ?? el.name).text, el.name.text) ?? UNKNOWN);
        }
      } else if (ts.isImportEqualsDeclaration(stmt)) {
        const ref = stmt.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          const v = this.plugin.requireValue(ref.expression.text, stmt.name.text);
          if (v) this.imports.set(stmt.name.text, v);
        }
      }
    }
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
      default:
        return this.plugin.freeName(name) ?? UNKNOWN;
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

  /** Binds a declaration's name or destructuring pattern. */
  private bindPattern(pattern: TS.BindingName, value: Value, env: Env, ctx: Ctx, standalone = false): void {
    const ts = this.ts;
    if (ts.isIdentifier(pattern)) {
      env.vars.set(pattern.text, value);
      this.nameValue(value, pattern.text, ctx);
      return;
    }
    if (!this.enter()) return;
    try {
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
          // Run on its own, a default stands for what no caller gave (an options object a factory run fills in part of included).
          const unknownWhole = value.k === 'unknown' || (value.k === 'obj' && value.partial);
          if ((v.k === 'undef' || (standalone && v.k === 'unknown' && unknownWhole)) && el.initializer) v = this.eval(el.initializer, env, ctx);
          this.bindPattern(el.name, v, env, ctx, standalone);
        }
        return;
      }
      pattern.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        if (el.dotDotDotToken) {
          this.bindPattern(el.name, value.k === 'arr' && !value.over ? { k: 'arr', items: value.items.slice(i) } : UNKNOWN, env, ctx);
          return;
        }
        let v = value.k === 'arr' ? (value.items[i] ?? UNDEF) : UNKNOWN;
        if ((v.k === 'undef' || (standalone && v.k === 'unknown' && value.k === 'unknown')) && el.initializer) v = this.eval(el.initializer, env, ctx);
        this.bindPattern(el.name, v, env, ctx, standalone);
      });
    } finally {
      this.nesting--;
    }
  }

  private restObject(obj: ObjValue, used: Set<string>): Value {
    const props = new Map<string, Prop>();
    for (const [k, p] of obj.props) if (!used.has(k)) props.set(k, p);
    return { k: 'obj', props, partial: obj.partial };
  }

  /** A framework object or a function bound to a name remembers it (for messages). */
  private nameValue(value: Value, name: string, ctx: Ctx): void {
    if (value.k === 'fw') this.plugin.bound(value.o, name, ctx);
    else if (value.k === 'fn' && value.fn.name === '') value.fn.name = name;
  }

  // ---------------------------------------------------------------- statements

  private hoist(stmts: readonly TS.Statement[], env: Env, ctx: Ctx): void {
    const ts = this.ts;
    for (const s of stmts) {
      // `export default function () {}` has no name but still runs (once, on its own).
      if (ts.isFunctionDeclaration(s) && s.body) {
        const fn = this.makeFn(s, env, s.name?.text ?? 'default', ctx);
        if (s.name) env.vars.set(s.name.text, fn);
      } else if (ts.isClassDeclaration(s)) {
        const cls = this.makeClass(s, env, s.name?.text ?? 'default', ctx);
        if (s.name) env.vars.set(s.name.text, cls);
      }
    }
  }

  private execStatements(stmts: readonly TS.Statement[], env: Env, ctx: Ctx): Completion {
    this.hoist(stmts, env, ctx);
    for (const s of stmts) {
      const c = this.exec(s, env, ctx);
      if (c) return c;
      if (this.budget.exhausted) return undefined;
    }
    return undefined;
  }

  private exec(s: TS.Statement, env: Env, ctx: Ctx): Completion {
    if (!this.tick() || !this.enter()) return undefined;
    const outer = this.statement;
    this.statement = s;
    try {
      return this.execStatement(s, env, ctx);
    } finally {
      this.statement = outer;
      this.nesting--;
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
    this.merge(env, outcomes, reason, ctx);
  }

  private merge(env: Env, outcomes: Map<string, Value>[], reason: string, ctx: Ctx): void {
    mergePaths(env.vars, outcomes, {
      equivalent: (a, b) => this.same(a, b),
      join: (values, old) => this.plugin.join(values, old, reason, ctx) ?? UNKNOWN,
    });
  }

  /** Same value for merging paths. */
  same(a: Value, b: Value): boolean {
    const p = samePrimitive(a, b);
    if (p !== undefined) return p;
    return a.k === 'fw' && b.k === 'fw' && a.o.fw === b.o.fw && this.plugin.same(a.o, b.o);
  }

  /** A body that may run any number of times: once, conditionally, then merged. */
  private execMaybe(body: TS.Statement, env: Env, ctx: Ctx): void {
    this.runBranches([body], true, env, ctx, 'a loop initlint cannot unroll');
  }

  /** Whether a loop stops unrolling at iteration `i` (undecidable, too long, or building nothing). */
  private stopsUnrolling(i: number, events: number): boolean {
    return i >= this.budget.limits.unroll || (i === IDLE_ITERATIONS && this.events === events);
  }

  private execFor(s: TS.ForStatement, env: Env, ctx: Ctx): Completion {
    const ts = this.ts;
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) this.execDeclarations(s.initializer, env, ctx);
      else this.eval(s.initializer, env, ctx);
    }
    const events = this.events;
    for (let i = 0; ; i++) {
      if (this.budget.exhausted) return undefined;
      const verdict = s.condition ? truthy(this.eval(s.condition, env, ctx)) : undefined;
      if (verdict === false) return undefined;
      if (verdict === undefined || this.stopsUnrolling(i, events)) {
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
    const items = iterable.k === 'arr' && !iterable.over ? iterable.items : iterable.k === 'str' && this.budget.fitsItems(iterable.v.length) ? [...iterable.v].map(str) : undefined;
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
    for (let i = 0; i < items.length; i++) {
      if (this.budget.exhausted) return undefined;
      if (this.stopsUnrolling(i, events)) {
        // The rest may run, with its items unknown.
        bind(UNKNOWN);
        this.execMaybe(s.statement, env, ctx);
        return undefined;
      }
      bind(items[i]!);
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
      if (this.budget.exhausted) return undefined;
      if (!(ts.isDoStatement(s) && i === 0)) {
        const verdict = truthy(this.eval(s.expression, env, ctx));
        if (verdict === false) return undefined;
        if (verdict === undefined || this.stopsUnrolling(i, events)) {
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
    let undecided = d.k === 'unknown' && !d.not;
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
      this.merge(env, outcomes, 'a switch case initlint cannot decide', ctx);
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
    if (!this.tick() || !this.enter()) return UNKNOWN;
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
        const part = String(v.v) + span.literal.text;
        if (!this.budget.fitsChars(s.length + part.length)) return UNKNOWN;
        s += part;
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
          // Checked before the copy: `[...a, ...a]` doubling in a loop stops at the item limit.
          if (v.k !== 'arr' || v.over || !this.budget.fitsItems(items.length + v.items.length)) return UNKNOWN;
          for (const x of v.items) items.push(x);
        } else if (ts.isOmittedExpression(el)) items.push(UNDEF);
        else items.push(this.eval(el, env, ctx));
      }
      return { k: 'arr', items };
    }
    if (ts.isObjectLiteralExpression(node)) return this.evalObject(node, env, ctx);
    if (ts.isPropertyAccessExpression(node)) {
      const obj = this.eval(node.expression, env, ctx);
      if (node.questionDotToken && (obj.k === 'null' || obj.k === 'undef')) return UNDEF;
      return this.memberAt(obj, node.name.text, node);
    }
    if (ts.isElementAccessExpression(node)) {
      const obj = this.eval(node.expression, env, ctx);
      const key = this.eval(node.argumentExpression, env, ctx);
      if (key.k === 'num' && obj.k === 'arr') return obj.items[key.v] ?? (Number.isInteger(key.v) ? UNDEF : UNKNOWN);
      if (key.k === 'str' || key.k === 'num') return this.memberAt(obj, String(key.v), node);
      return UNKNOWN;
    }
    if (ts.isCallExpression(node)) return this.evalCall(node, env, ctx);
    if (ts.isNewExpression(node)) return this.evalNew(node, env, ctx);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const name = node.name?.text ?? bindingName ?? '';
      return this.makeFn(node, env, name, ctx);
    }
    if (ts.isClassExpression(node)) return this.makeClass(node, env, node.name?.text ?? bindingName ?? 'class', ctx);
    if (ts.isConditionalExpression(node)) {
      const c = truthy(this.eval(node.condition, env, ctx));
      if (c === true) return this.eval(node.whenTrue, env, ctx);
      if (c === false) return this.eval(node.whenFalse, env, ctx);
      ctx.conditional++;
      const a = this.eval(node.whenTrue, env, ctx);
      const b = this.eval(node.whenFalse, env, ctx);
      ctx.conditional--;
      return this.same(a, b) ? a : UNKNOWN;
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
          if (!this.budget.fitsItems(obj.props.size + v.props.size)) {
            obj.partial = true;
            continue;
          }
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
    const compound = compoundOperator(ts, op);
    if (compound !== undefined) {
      const left = this.eval(node.left, env, ctx);
      let v: Value;
      if (compound === ts.SyntaxKind.BarBarToken || compound === ts.SyntaxKind.AmpersandAmpersandToken || compound === ts.SyntaxKind.QuestionQuestionToken) {
        const keep = logicalKeepsLeft(compound, left, ts);
        if (keep === true) return left;
        v = this.eval(node.right, env, ctx);
        if (keep === undefined) v = this.same(left, v) ? v : UNKNOWN;
      } else v = arith(compound, left, this.eval(node.right, env, ctx), ts, this.budget);
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
      return this.same(left, right) ? left : UNKNOWN;
    }
    if (op === ts.SyntaxKind.CommaToken) {
      this.eval(node.left, env, ctx);
      return this.eval(node.right, env, ctx);
    }
    if (op === ts.SyntaxKind.InstanceOfKeyword) {
      // `inputs instanceof Array` (a custom layer's call() unwrapping its input): known for known values.
      const left = this.eval(node.left, env, ctx);
      const right = this.eval(node.right, env, ctx);
      return right.k === 'lib' && right.q === 'Array' && left.k !== 'unknown' ? bool(left.k === 'arr') : UNKNOWN;
    }
    const left = this.eval(node.left, env, ctx);
    const right = this.eval(node.right, env, ctx);
    return arith(op, left, right, ts, this.budget);
  }

  /** Assigns to an identifier, a property (`obj.x = v`, `this.model = v`) or an array element. */
  private assignTo(target: TS.Node, value: Value, env: Env, ctx: Ctx): void {
    if (!this.enter()) return;
    try {
      this.assignToNode(target, value, env, ctx);
    } finally {
      this.nesting--;
    }
  }

  private assignToNode(target: TS.Node, value: Value, env: Env, ctx: Ctx): void {
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
      if (obj.k === 'arr' && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= obj.items.length + this.budget.limits.unroll && this.budget.fitsItems(key + 1)) {
        while (obj.items.length < key) obj.items.push(UNDEF);
        obj.items[key] = value;
      } else if (obj.k === 'obj') {
        if (key === undefined) obj.partial = true;
        else obj.props.set(String(key), { value, node: target });
      }
      if (value.k === 'fw' && ts.isPropertyAccessExpression(target)) this.plugin.bound(value.o, this.textOf(target), ctx);
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
  member(obj: Value, name: string): Value {
    return this.memberAt(obj, name);
  }

  private memberAt(obj: Value, name: string, node?: TS.Node): Value {
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
        if (name === 'length' && !obj.over) return num(obj.items.length);
        return UNKNOWN;
      case 'str':
        return name === 'length' ? num(obj.v.length) : UNKNOWN;
      case 'fw':
        return this.plugin.member(obj.o, name);
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

  private makeClass(decl: TS.ClassLikeDeclaration, env: Env, name: string, _ctx: Ctx): Value {
    let info = this.classByDecl.get(decl);
    if (!info) {
      info = { decl, env, name, instances: [], statics: { k: 'obj', props: new Map(), partial: true } };
      this.classByDecl.set(decl, info);
      this.classes.push(info);
    }
    return { k: 'class', decl, env, name };
  }

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
    if (ctx.depth >= this.budget.limits.callDepth) return UNKNOWN;
    // Subclasses are not followed into their base class: an absent property may come from there.
    const heritage = cls.decl.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const inst: Instance = { k: 'obj', props: new Map(), partial: !!heritage, cls };
    const base = this.libraryBase(cls);
    if (base) Object.assign(inst, { base, className: cls.name });
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
    else if (isLibraryInstance(inst)) this.plugin.superCall(inst, args, ctx);
    return inst;
  }

  /**
   * The library class a class extends (`extends tf.layers.Layer`, `extends layers.Layer`), read
   * when it is first instantiated (class declarations are hoisted here, their bases are not).
   * Only a name or a property chain is read: `extends mixin(Base)` would run code.
   */
  private libraryBase(cls: ClassInfo): LibValue | undefined {
    if (cls.base === undefined) {
      cls.base = null;
      const ext = cls.decl.heritageClauses?.find((h) => h.token === this.ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      let x: TS.Expression | undefined = ext;
      while (x && this.ts.isPropertyAccessExpression(x)) x = x.expression;
      if (ext && x && this.ts.isIdentifier(x)) {
        const v = this.eval(ext, cls.env, { conditional: 0, depth: 0 });
        if (v.k === 'lib' && this.plugin.ownsLibrary(v.q)) cls.base = v;
      }
    }
    return cls.base ?? undefined;
  }

  /** Runs a function on abstract arguments; `standalone`: nothing calls it, so parameters take their defaults. */
  callFunction(fn: FnValue, args: Value[], ctx: Ctx, standalone = false): Value {
    fn.called = true;
    const ts = this.ts;
    if (ctx.depth >= this.budget.limits.callDepth || !fn.decl.body || !this.tick()) return UNKNOWN;
    const bound = this.bindParameters(fn, args, ctx, standalone);
    const wasStandalone = this.standalone;
    this.standalone = standalone;
    try {
      const variants = !this.inVariant && this.plugin.worthSplitting(fn.decl) ? splitVariants(ts, fn.decl, bound.unknownParams) : [];
      if (variants.length > 0) return this.runVariants(fn, args, ctx, standalone, variants);
      return this.runBody(fn, bound.env, bound.inner);
    } finally {
      this.standalone = wasStandalone;
    }
  }

  private bindParameters(fn: FnValue, args: Value[], ctx: Ctx, standalone: boolean, overrides?: Map<number, Value>): { env: Env; inner: Ctx; unknownParams: Set<number> } {
    const ts = this.ts;
    const env: Env = { vars: new Map(), parent: fn.env };
    const inner: Ctx = { conditional: ctx.conditional, depth: ctx.depth + 1, ...(fn.name ? { fnName: fn.name } : ctx.fnName ? { fnName: ctx.fnName } : {}) };
    const thisValue = fn.thisValue ?? (ts.isArrowFunction(fn.decl) ? ctx.thisValue : undefined);
    if (thisValue) inner.thisValue = thisValue;
    const unknownParams = new Set<number>();
    fn.decl.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) {
        this.bindPattern(p.name, standalone ? UNKNOWN : { k: 'arr', items: args.slice(i) }, env, inner);
        return;
      }
      let v = args[i] ?? (standalone ? UNKNOWN : UNDEF);
      if (p.initializer && (v.k === 'undef' || (standalone && v.k === 'unknown'))) v = this.eval(p.initializer, env, inner);
      const override = overrides?.get(i);
      if (override) v = override;
      // `function build(tf) {...}` that nothing calls with a value: the plug-in's name for it.
      if (ts.isIdentifier(p.name) && v.k === 'unknown' && !v.not) v = this.plugin.parameterValue(p.name.text) ?? v;
      if (v.k === 'unknown' && !v.not) unknownParams.add(i);
      this.bindPattern(p.name, v, env, inner, standalone);
      // `constructor(private readonly units = 64)` also sets this.units.
      if (ts.isConstructorDeclaration(fn.decl) && thisValue?.k === 'obj' && ts.isIdentifier(p.name) && ts.getModifiers(p)?.length) {
        thisValue.props.set(p.name.text, { value: v, node: p });
      }
    });
    return { env, inner, unknownParams };
  }

  private runBody(fn: FnValue, env: Env, inner: Ctx): Value {
    const c = this.runBodyCompletion(fn, env, inner);
    return c.result;
  }

  private runBodyCompletion(fn: FnValue, env: Env, inner: Ctx): { result: Value; threw: boolean } {
    const ts = this.ts;
    let result: Value;
    let threw = false;
    if (ts.isBlock(fn.decl.body!)) {
      const c = this.execStatements(fn.decl.body.statements, env, inner);
      result = c?.kind === 'return' ? c.value : UNDEF;
      if (c?.kind === 'throw') {
        result = UNKNOWN;
        threw = true;
      }
    } else result = this.eval(fn.decl.body as TS.Expression, env, inner);
    if (inner.maybeReturns?.length) {
      if (!inner.maybeReturns.every((v) => this.same(v, result))) result = UNKNOWN;
    }
    return { result, threw };
  }

  /**
   * A factory branching on a parameter it was not given runs once per value it tests, each run a
   * path that may be taken (conditional for what existed before); a run that throws (an
   * unsupported value) leaves nothing behind. The result is what every run agrees on.
   */
  private runVariants(fn: FnValue, args: Value[], ctx: Ctx, standalone: boolean, variants: Variant[]): Value {
    const results: Value[] = [];
    this.inVariant = true;
    ctx.conditional++;
    try {
      for (const v of variants) {
        if (this.budget.exhausted) break;
        const { env, inner } = this.bindParameters(fn, args, ctx, standalone, v.values);
        this.plugin.beginVariant(v.label);
        let threw = true;
        try {
          const r = this.runBodyCompletion(fn, env, inner);
          threw = r.threw;
          if (!r.threw) results.push(r.result);
        } finally {
          this.plugin.endVariant(threw);
        }
      }
    } finally {
      ctx.conditional--;
      this.inVariant = false;
    }
    const first = results[0];
    if (!first) return UNKNOWN;
    if (results.every((r) => this.same(r, first))) return first;
    return this.plugin.join(results, undefined, 'a value that depends on a parameter initlint does not know', ctx) ?? UNKNOWN;
  }

  // ---------------------------------------------------------------- calls

  private evalArgs(args: readonly TS.Expression[] | undefined, env: Env, ctx: Ctx): Value[] {
    const out: Value[] = [];
    for (const a of args ?? []) {
      if (this.ts.isSpreadElement(a)) {
        const v = this.eval(a.expression, env, ctx);
        if (v.k === 'arr' && !v.over && this.budget.fitsItems(out.length + v.items.length)) for (const x of v.items) out.push(x);
        else out.push(UNKNOWN);
      } else out.push(this.eval(a, env, ctx));
    }
    return out;
  }

  private evalCall(node: TS.CallExpression, env: Env, ctx: Ctx): Value {
    const ts = this.ts;
    const callee = node.expression;
    if (callee.kind === ts.SyntaxKind.SuperKeyword) {
      const args = this.evalArgs(node.arguments, env, ctx);
      if (ctx.thisValue && isLibraryInstance(ctx.thisValue)) {
        this.plugin.superCall(ctx.thisValue, args, ctx);
        return UNDEF;
      }
      this.runCallbacks(args, ctx);
      return UNKNOWN;
    }
    if (ts.isPropertyAccessExpression(callee) || (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression))) {
      const recv = this.eval(callee.expression, env, ctx);
      if (callee.questionDotToken && (recv.k === 'null' || recv.k === 'undef')) return UNDEF;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : (callee.argumentExpression as TS.StringLiteral).text;
      if (recv.k !== 'lib' && recv.k !== 'obj') return this.callMethod(recv, name, node, env, ctx);
      const fnv = this.memberAt(recv, name, callee);
      if (fnv.k === 'lib') return this.callLib(fnv, node, this.evalArgs(node.arguments, env, ctx), ctx);
      if (fnv.k === 'fn') {
        const args = this.evalArgs(node.arguments, env, ctx);
        return this.callFunction(fnv.fn.thisValue ? fnv.fn : { ...fnv.fn, thisValue: recv }, args, ctx);
      }
      const args = this.evalArgs(node.arguments, env, ctx);
      // A method the user's subclass of a library class inherits (`this.addWeight(...)`).
      if (isLibraryInstance(recv)) {
        const r = this.plugin.callMethod(recv, name, args, node, ctx);
        if (r) return r;
      }
      this.runCallbacks(args, ctx);
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
   * Functions handed to code the evaluator cannot follow (event handlers, unknown array methods,
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

  /** Methods of arrays, strings, functions and framework objects. */
  private callMethod(recv: Value, name: string, node: TS.CallExpression, env: Env, ctx: Ctx): Value {
    const args = this.evalArgs(node.arguments, env, ctx);
    if (recv.k === 'arr') return this.arrayMethod(recv, name, args, ctx);
    if (recv.k === 'fw') {
      const r = this.plugin.callMethod(recv.o, name, args, node, ctx);
      if (r) return r;
    }
    if (recv.k === 'fn' && (name === 'call' || name === 'apply')) {
      const rest = name === 'call' ? args.slice(1) : args[1]?.k === 'arr' ? args[1].items : [];
      return this.callFunction({ ...recv.fn, thisValue: args[0] ?? UNKNOWN }, rest, ctx);
    }
    if (recv.k === 'str') return stringMethod(recv.v, name, args, this.budget);
    if (recv.k === 'num' && name === 'toString') return str(String(recv.v));
    this.runCallbacks(args, ctx);
    return UNKNOWN;
  }

  private arrayMethod(arr: Extract<Value, { k: 'arr' }>, name: string, args: Value[], ctx: Ctx): Value {
    const cb = args[0]?.k === 'fn' ? args[0].fn : undefined;
    const unroll = this.budget.limits.unroll;
    if (arr.over) {
      this.runCallbacks(args, ctx);
      return UNKNOWN;
    }
    switch (name) {
      case 'push':
        if (!this.budget.fitsItems(arr.items.length + args.length)) {
          arr.over = true;
          return UNKNOWN;
        }
        for (const a of args) arr.items.push(a);
        return num(arr.items.length);
      case 'forEach':
      case 'map': {
        if (!cb) return UNKNOWN;
        const events = this.events;
        const out: Value[] = [];
        for (let i = 0; i < arr.items.length; i++) {
          if (this.stopsUnrolling(i, events) || this.budget.exhausted) {
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
        if (arr.items.length > unroll) {
          this.callMaybe(cb, ctx);
          return UNKNOWN;
        }
        for (let i = start; i < arr.items.length; i++) acc = this.callFunction(cb, [acc, arr.items[i]!, num(i), arr], ctx);
        return acc;
      }
      case 'concat': {
        const extra = args.reduce((n, a) => n + (a.k === 'arr' ? a.items.length : 1), 0);
        if (!this.budget.fitsItems(arr.items.length + extra)) return UNKNOWN;
        const items = [...arr.items];
        for (const a of args) {
          if (a.k === 'arr') for (const x of a.items) items.push(x);
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
        if (arr.items.length > unroll) return UNKNOWN;
        const out: Value[] = [];
        for (let i = 0; i < arr.items.length; i++) {
          const keep = truthy(this.callFunction(cb, [arr.items[i]!, num(i), arr], ctx));
          if (keep === undefined) return UNKNOWN;
          if (keep) out.push(arr.items[i]!);
        }
        return { k: 'arr', items: out };
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
      case 'join': {
        if (!arr.items.every((v) => v.k === 'num' || v.k === 'str')) return UNKNOWN;
        const sep = args[0]?.k === 'str' ? args[0].v : ',';
        const parts = arr.items.map((v) => String((v as { v: unknown }).v));
        const length = parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1);
        return this.budget.fitsChars(length) ? str(parts.join(sep)) : UNKNOWN;
      }
      default:
        this.runCallbacks(args, ctx);
        return UNKNOWN;
    }
  }

  /** Library calls: Math, Number, Array, Object, require; the rest is the plug-in's. */
  private callLib(f: LibValue, node: TS.CallExpression | TS.NewExpression, args: Value[], ctx: Ctx): Value {
    const q = f.q;
    if (q === 'require') {
      const spec = args[0];
      return spec?.k === 'str' ? (this.plugin.requireValue(spec.v) ?? UNKNOWN) : UNKNOWN;
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
    if (q === 'Array' || q === 'Array.from') return arrayCall(q, args, this.budget, (fn, a) => (fn.k === 'fn' ? this.callFunction(fn.fn, a, ctx) : UNKNOWN));
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
    if (this.plugin.ownsLibrary(q)) {
      const r = this.plugin.callLibrary(f, node, args, ctx);
      if (r) return r;
    }
    this.runCallbacks(args, ctx);
    return UNKNOWN;
  }
}
