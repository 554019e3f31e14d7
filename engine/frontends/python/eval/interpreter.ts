// The Python evaluator: a small abstract interpreter for the Python that defines models. It runs
// module-level code, class __init__ bodies, helper functions, `apply` callbacks and loops over
// modules with known values, and runs `forward` on abstract tensors to recover the order of layers
// and activations. Whatever it cannot prove is `unknown`: sizes stay unknown, init statements under
// undecidable conditions are marked conditional, and forward paths it cannot follow are cut (opaque).
//
// This file holds the evaluator's state and its entry points; the language lives beside it
// (statements, expressions, attributes, calls, classes, builtins, operators, strings-math,
// forward). Invariant: nothing in eval/ imports a framework folder; framework knowledge comes only
// from the plug-ins that ../plugin.ts creates for the file (see FrameworkPlugin there).
import type { Framework, SourceRange } from '../../../model/graph';
import type { ImportTable } from '../imports';
import { type Plugins, createPlugins } from '../plugin';
import type { PreludeModule } from '../prelude';
import type { SyntaxNode } from '../syntax';
import type { BranchInits } from './branch-inits';
import { findClassMethod, findMethod, getAttr, setModuleAttr } from './attributes';
import { call, callFunction } from './calls';
import { classDefaults, instantiate, predeclare } from './classes';
import { evaluate } from './expressions';
import { applyModule, callForward, callForwardValue } from './forward';
import { kids, rangeOf } from './nodes';
import { binary } from './operators';
import { execBlock } from './statements';
import { type ArgSite, type ClassValue, type ModuleObj, type Trace, type Value, assignPaths, iterate, modulesOf } from './values';
import { extend } from '../../shared/trace';
import { Budget, type EvalLimits, limitsFor } from '../../shared/budget';

export type Env = Map<string, Value>;

export interface Ctx {
  /** Depth of undecidable conditions around the statement being run. */
  conditional: number;
  /** Set by a return statement. */
  returned?: Value;
  /** Call depth, to stop runaway recursion. */
  depth: number;
  /** `self` and the class defining the running method, for super(). */
  self?: Value;
  cls?: ClassValue;
  /** Inside an undecidable `if`: where init statements record what each branch sets. */
  branchInits?: BranchInits;
}

export interface RootModel {
  name: string;
  module: ModuleObj;
  range: SourceRange;
  trace?: Trace;
  forwardRead: boolean;
  /** For models built at module level: the statement that builds them. */
  statement?: SourceRange;
}

/** Half of a file's steps and time: one share for its module-level code, one for its classes read on their own. */
function halved(limits: EvalLimits): EvalLimits {
  return { ...limits, steps: Math.ceil(limits.steps / 2), timeMs: limits.timeMs / 2 };
}

export class Interpreter {
  readonly globals: Env = new Map();
  readonly classes = new Map<string, ClassValue>();
  readonly usedClasses = new Set<ClassValue>();
  readonly roots: RootModel[] = [];
  readonly notes: { message: string; range?: SourceRange }[] = [];
  /** The budget being spent (steps, time, value sizes; see ../../shared/budget.ts) and the ones spent before it. */
  private current: Budget;
  private readonly spent: Budget[] = [];
  /** The statement that last assigned each global name. */
  readonly globalRanges = new Map<string, SourceRange>();
  /** The framework readers for this file, asked in order. */
  readonly plugins: Plugins;
  /** Keyword arguments written in the functools.partial(...) calls being applied (innermost last). */
  readonly partialSites: Map<string, ArgSite>[] = [];
  nesting = 0;
  tooDeep = false;
  /** Loops not unrolled to the end because their iterations would spend most of the budget (statements.ts, execFor). */
  readonly cutLoops: SyntaxNode[] = [];
  /** Classes whose defaults are being read (classDefaults), against a default that reads its own class. */
  readonly defaultsInProgress = new Set<ClassValue>();

  /** While the project modules the file imports are read (see ../prelude.ts). */
  inPrelude = false;
  /** Instances built by those modules' own code: the models of those files, not of this one. */
  private preludeInstances = 0;

  constructor(
    readonly root: SyntaxNode,
    readonly imports: ImportTable,
    frameworks: ReadonlySet<Framework> = new Set(),
    limits: EvalLimits = limitsFor(root.endIndex),
    private readonly prelude: readonly PreludeModule[] = [],
  ) {
    this.current = new Budget(halved(limits));
    this.plugins = createPlugins(this, frameworks);
  }

  /** The evaluation budget now being spent: module-level code, then the classes read with their defaults. */
  get budget(): Budget {
    return this.current;
  }

  /** How far the evaluator follows this file. */
  get limits(): EvalLimits {
    return this.budget.limits;
  }

  /** Whether the step or time budget is spent (the rest of the file is then unknown). */
  get exhausted(): boolean {
    return this.budget.exhausted !== undefined;
  }

  // ---------------------------------------------------------------- top level

  run(): void {
    const ctx: Ctx = { conditional: 0, depth: 0 };
    // The project modules the file imports from, first: what their names stand for. Their own
    // aliases fill in where the file has none; the file's own definitions then take precedence.
    this.inPrelude = true;
    for (const p of this.prelude) {
      for (const [k, v] of p.imports.names) if (!this.imports.names.has(k)) this.imports.names.set(k, v);
      for (const stmt of kids(p.root)) if (stmt) predeclare(this, stmt);
      this.execBlock(p.root, this.globals, ctx);
    }
    this.inPrelude = false;
    const preludeGlobals = new Map(this.globals);
    this.preludeInstances = this.instances.length;
    // Classes and functions are bound first so that code may use them in any order.
    for (const stmt of kids(this.root)) if (stmt) predeclare(this, stmt);
    this.execBlock(this.root, this.globals, ctx);
    // Models built at module level (`model = Net(...)`, `net = nn.Sequential(...)`); those an
    // imported module built are its own file's.
    const seen = new Set<ModuleObj>();
    for (const [name, value] of this.globals) {
      if (value.k !== 'module' || seen.has(value.m) || preludeGlobals.get(name) === value) continue;
      const m = value.m;
      if (m.kind !== 'custom' && !(m.kind === 'container' && (m.containerKind === 'Sequential' || m.containerKind === 'Functional'))) continue;
      seen.add(m);
      const stmt = this.globalRanges.get(name);
      // A class of this file is reported at its name; a Sequential at the statement building it.
      const classDef = m.classChain?.[0]?.def;
      const nameNode = classDef?.childForFieldName('name');
      this.addRoot(nameNode ? m.className : name, m, nameNode ? rangeOf(nameNode) : (stmt ?? rangeOf(this.root)), stmt);
    }
    // Models the plug-ins find beyond the final globals (replaced globals, uncalled builders).
    for (const p of this.plugins.all) p.runModelBuilders?.(seen);
    for (const p of this.plugins.all) p.rootInstances?.(seen);
    // Module classes nobody instantiated are models of their own, built with their defaults.
    // They get a budget of their own: module-level code that spends its share (a loop nest over
    // millions of items) must not leave the classes defined before it unread.
    this.spent.push(this.current);
    this.current = new Budget(this.current.limits);
    // Classes of imported modules are models of their own files.
    const pending = [...this.classes.values()].filter((cls) => cls.isModule && !this.usedClasses.has(cls) && cls.def.file === undefined);
    // Once the budget is spent the rest is unknown: a class read only in part is no model to judge
    // (a cut __init__ or forward would misplace its output layer), and the classes after it are not
    // read. Each class is read with its forward pass before the next, so that every model reported
    // is whole.
    const added: { cls: ClassValue; root: RootModel }[] = [];
    for (const cls of pending) {
      if (this.usedClasses.has(cls)) continue;
      const m = this.instantiate(cls, [], new Map(), { conditional: 0, depth: 0 });
      if (this.exhausted) break;
      if (!m) continue;
      this.addRoot(cls.name, m, rangeOf(cls.def.childForFieldName('name') ?? cls.def));
      const root = this.roots.pop()!;
      if (this.exhausted) break;
      this.roots.push(root);
      added.push({ cls, root });
    }
    // A class that another such model builds is read as part of that model only.
    const inside = new Set(added.filter(({ cls }) => this.usedClasses.has(cls)).map(({ root }) => root));
    if (inside.size > 0) {
      const kept = this.roots.filter((r) => !inside.has(r));
      this.roots.length = 0;
      for (const r of kept) this.roots.push(r);
    }
    this.spent.push(this.current);
    const notes = new Set(this.spent.flatMap((b) => b.notes()));
    for (const message of notes) this.notes.push({ message });
    if (this.tooDeep) this.notes.push({ message: `expressions nested more than ${this.limits.nesting} deep were not followed` });
    const loops = [...new Set(this.cutLoops.filter((n) => n.file === undefined))].sort((a, b) => a.startIndex - b.startIndex);
    if (loops.length > 0) {
      const first = loops[0]!;
      const more = loops.length > 1 ? ` (and ${loops.length - 1} more)` : '';
      this.notes.push({
        message: `initlint did not run the loop at line ${first.startPosition.row + 1}${more} to its end: its iterations would take most of this file's evaluation budget, so what it changes is unknown after it`,
        range: rangeOf(first),
      });
    }
  }

  /** Module objects of the file's classes, in the order they were built (models built inside functions among them). */
  readonly instances: ModuleObj[] = [];

  noteInstance(m: ModuleObj): void {
    if (this.instances.length < 10_000) this.instances.push(m);
  }

  /**
   * Modules of the file's classes built inside functions (`def main(): model = Net().to(device)`)
   * that no model holds and no global keeps: models of their own, as the function builds them.
   * `owns` picks the plug-in's own (which classes are models is the framework's to say).
   */
  rootUnheldInstances(seen: Set<ModuleObj>, owns: (m: ModuleObj) => boolean): void {
    const held = new Set<ModuleObj>();
    for (const r of this.roots) for (const m of modulesOf(r.module)) held.add(m);
    for (const m of this.instances.slice(this.preludeInstances)) {
      if (!owns(m) || seen.has(m) || held.has(m)) continue;
      seen.add(m);
      for (const x of modulesOf(m)) held.add(x);
      const nameNode = m.classChain?.[0]?.def.childForFieldName('name');
      if (nameNode) this.addRoot(m.className, m, rangeOf(nameNode));
    }
  }

  /** The statement that last assigned a global name. */
  globalRange(name: string): SourceRange | undefined {
    return this.globalRanges.get(name);
  }

  /** Records a model the file defines, with its forward trace when its plug-in can read one. */
  addRoot(name: string, module: ModuleObj, range: SourceRange, statement?: SourceRange): void {
    assignPaths(module, '');
    const trace = this.plugins.owner(module.framework)?.rootTrace?.(module);
    this.roots.push({ name, module, range, forwardRead: trace !== undefined, ...(trace ? { trace } : {}), ...(statement ? { statement } : {}) });
  }

  /** Counts one step; false once the file's budget is spent. */
  tick(): boolean {
    return this.budget.tick();
  }

  // ---------------------------------------------------------------- the language (see the files beside this one)

  execBlock(block: SyntaxNode, env: Env, ctx: Ctx): void {
    execBlock(this, block, env, ctx);
  }

  eval(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    return evaluate(this, node, env, ctx);
  }

  iterate(v: Value): Value[] | undefined {
    return iterate(v);
  }

  binary(op: string, a: Value, b: Value, node: SyntaxNode): Value {
    return binary(this, op, a, b, node);
  }

  getAttr(obj: Value, attr: string): Value {
    return getAttr(this, obj, attr);
  }

  setModuleAttr(m: ModuleObj, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): void {
    setModuleAttr(this, m, attr, value, ctx, stmt);
  }

  findMethod(m: ModuleObj, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
    return findMethod(m, name, after);
  }

  findClassMethod(cls: ClassValue, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
    return findClassMethod(cls, name, after);
  }

  call(fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    return call(this, fn, positional, keyword, ctx, node);
  }

  /** Runs a function; `onEnd` sees its local variables as they are when it returns. */
  callFunction(def: SyntaxNode, self: Value | undefined, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, cls?: ClassValue, onEnd?: (locals: Env) => void): Value {
    return callFunction(this, def, self, positional, keyword, ctx, cls, onEnd);
  }

  /** Runs `run` with the keyword-argument sites of a functools.partial being applied. */
  withPartialSites<T>(sites: Map<string, ArgSite>, run: () => T): T {
    this.partialSites.push(sites);
    try {
      return run();
    } finally {
      this.partialSites.pop();
    }
  }

  instantiate(cls: ClassValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj | undefined {
    return instantiate(this, cls, positional, keyword, ctx);
  }

  classDefaults(cls: ClassValue): Map<string, Value> {
    return classDefaults(this, cls);
  }

  // ---------------------------------------------------------------- forward pass

  callForward(m: ModuleObj, input: Trace, ctx: Ctx, extra: Value[] = []): Trace | undefined {
    return callForward(this, m, input, ctx, extra);
  }

  callForwardValue(m: ModuleObj, input: Value & { k: 'tensor' }, ctx: Ctx, extra: Value[] = [], keyword: Map<string, Value> = new Map()): (Value & { k: 'tensor' }) | undefined {
    return callForwardValue(this, m, input, ctx, extra, keyword);
  }

  applyModule(m: ModuleObj, trace: Trace, ctx: Ctx, extra: Value[]): Trace {
    return applyModule(this, m, trace, ctx, extra);
  }

  /** `x.name(...)` of a forward-pass tensor: the plug-ins' answer, else an opaque step. */
  tensorMethod(x: Value & { k: 'tensor' }, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    for (const p of this.plugins.all) {
      const r = p.tensorMethod?.(x, name, positional, keyword, node);
      if (r) return r;
    }
    return { k: 'tensor', trace: extend(x.trace, { type: 'opaque', reason: `the tensor method .${name}()`, range: rangeOf(node) }) };
  }
}
