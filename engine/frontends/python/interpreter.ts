// A small abstract interpreter for the Python that defines models. It runs module-level code,
// class __init__ bodies, helper functions, `apply` callbacks and loops over modules with known
// values, and runs `forward` on abstract tensors to recover the order of layers and activations.
// Whatever it cannot prove is `unknown`: sizes stay unknown, init statements under undecidable
// conditions are marked conditional, and forward paths it cannot follow are cut (opaque).
import type { ArgValue, Framework, InitSpec, Layer, ParamSpec, SourceRange } from '../../model/graph';
import { gainValue } from '../../init/gain';
import { ImportTable, dottedName } from './imports';
import type { SyntaxNode } from './syntax';
import { FUNCTIONAL_ACTIVATIONS, SHAPE_OPS, torchModule } from './torch-modules';
import { ROOT_TRACE, addTraces, extend, sameHistory } from '../shared/trace';
import { FrameworkCalls } from './framework-calls';
import {
  type ClassValue,
  type ModuleObj,
  NONE,
  type Trace,
  UNKNOWN,
  type Value,
  assignPaths,
  isKnownNumber,
  modulesOf,
  newModule,
  num,
  parametersOf,
  relativePath,
  toArg,
  truthy,
} from './values';

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
}

/** A tensor made by a factory (torch.randn(...) * 0.1) before it becomes a parameter. */
interface NewTensor {
  k: 'lib';
  name: '__newtensor__';
  factory: string;
  shape: (number | undefined)[];
  args: { positional: ArgValue[]; keyword: Record<string, ArgValue> };
  multiplier: number;
  text: string;
  range: SourceRange;
  sizeTexts?: string[];
}

const STEP_BUDGET = 400_000;
const MAX_NESTING = 300;
const MAX_UNROLL = 1024;
const MAX_DEPTH = 24;

/** Named children without comments (a comment inside a list literal is no list item). */
export function kids(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

function kidsOf(n: SyntaxNode | null | undefined): SyntaxNode[] {
  return n ? kids(n) : [];
}

export function rangeOf(node: SyntaxNode): SourceRange {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** A string literal's value; f-string fields through `field` (undefined when one is not known). */
function stringValue(node: SyntaxNode, field: (expr: SyntaxNode) => string | undefined): string | undefined {
  if (node.type === 'concatenated_string') {
    let s = '';
    for (const part of kids(node)) {
      const v = stringValue(part, field);
      if (v === undefined) return undefined;
      s += v;
    }
    return s;
  }
  let s = '';
  for (const child of kids(node)) {
    if (child.type === 'interpolation') {
      // Only plain fields: f"fc{i}", not f"{x:>4}" or f"{x!r}".
      const parts = kids(child);
      if (parts.length !== 1) return undefined;
      const v = field(parts[0]!);
      if (v === undefined) return undefined;
      s += v;
    } else if (child.type === 'string_content' || child.type === 'escape_sequence') s += child.text;
  }
  return s;
}

function isNewTensor(v: Value): v is Value & NewTensor {
  return v.k === 'lib' && v.name === '__newtensor__';
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

export class Interpreter {
  readonly globals: Env = new Map();
  readonly classes = new Map<string, ClassValue>();
  readonly usedClasses = new Set<ClassValue>();
  readonly roots: RootModel[] = [];
  readonly notes: { message: string; range?: SourceRange }[] = [];
  private steps = 0;
  private nesting = 0;
  private tooDeep = false;
  private readonly globalRanges = new Map<string, SourceRange>();
  private exhausted = false;
  /** Keras and Flax: present only when the file imports one of them (PyTorch files never pay for it). */
  readonly fw: FrameworkCalls | undefined;

  constructor(
    private readonly root: SyntaxNode,
    readonly imports: ImportTable,
    frameworks?: ReadonlySet<Framework>,
  ) {
    if (frameworks && (frameworks.has('keras') || frameworks.has('flax'))) this.fw = new FrameworkCalls(this);
  }

  // ---------------------------------------------------------------- top level

  run(): void {
    const ctx: Ctx = { conditional: 0, depth: 0 };
    // Classes and functions are bound first so that code may use them in any order.
    for (const stmt of kids(this.root)) if (stmt) this.predeclare(stmt);
    this.execBlock(this.root, this.globals, ctx);
    // Models built at module level (`model = Net(...)`, `net = nn.Sequential(...)`).
    const seen = new Set<ModuleObj>();
    for (const [name, value] of this.globals) {
      if (value.k !== 'module' || seen.has(value.m)) continue;
      const m = value.m;
      if (m.kind !== 'custom' && !(m.kind === 'container' && (m.containerKind === 'Sequential' || m.containerKind === 'Functional'))) continue;
      seen.add(m);
      const stmt = this.globalRanges.get(name);
      // A class of this file is reported at its name; a Sequential at the statement building it.
      const classDef = m.classChain?.[0]?.def;
      const nameNode = classDef?.childForFieldName('name');
      this.addRoot(nameNode ? m.className : name, m, nameNode ? rangeOf(nameNode) : (stmt ?? rangeOf(this.root)), stmt);
    }
    // Module classes nobody instantiated are models of their own, built with their defaults;
    // a class that another such model builds is read as part of that model only.
    this.fw?.runModelBuilders(seen);
    const pending = [...this.classes.values()].filter((cls) => cls.isModule && !this.usedClasses.has(cls));
    const built = pending.map((cls) => ({ cls, m: this.instantiate(cls, [], new Map(), { conditional: 0, depth: 0 }) }));
    for (const { cls, m } of built) {
      if (!m || this.usedClasses.has(cls)) continue;
      this.addRoot(cls.name, m, rangeOf(cls.def.childForFieldName('name') ?? cls.def));
    }
    if (this.exhausted) this.notes.push({ message: 'initlint stopped reading this file early: the model code is too large to follow completely.' });
    if (this.tooDeep) this.notes.push({ message: `expressions nested more than ${MAX_NESTING} deep were not followed` });
  }

  private predeclare(stmt: SyntaxNode): void {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (!def) return;
    if (def.type === 'class_definition') {
      const cls = this.declareClass(stmt, def);
      this.globals.set(cls.name, cls);
    } else if (def.type === 'function_definition') {
      const name = def.childForFieldName('name')?.text;
      if (name) this.globals.set(name, { k: 'func', def });
    }
  }

  private declareClass(outer: SyntaxNode, def: SyntaxNode): ClassValue {
    const name = def.childForFieldName('name')?.text ?? '?';
    const existing = this.classes.get(name);
    if (existing && existing.def === def) return existing;
    const bases: ClassValue[] = [];
    let isModule = false;
    let framework: Framework | undefined;
    let linen = false;
    for (const base of kidsOf(def.childForFieldName('superclasses'))) {
      if (!base) continue;
      const dotted = dottedName(base);
      if (!dotted) continue;
      const local = this.classes.get(dotted);
      if (local) {
        bases.push(local);
        isModule ||= local.isModule;
        if (local.framework) {
          framework ??= local.framework;
          linen ||= local.linen === true;
        }
        continue;
      }
      const q = this.imports.qualify(dotted);
      if (q === 'torch.nn.Module' || q === 'torch.nn.modules.module.Module' || q === 'pytorch_lightning.LightningModule' || q === 'lightning.LightningModule' || q === 'lightning.pytorch.LightningModule') isModule = true;
      else if (q && this.fw) {
        const f = this.fw.baseFramework(q);
        if (f) {
          isModule = true;
          framework ??= f.framework;
          linen ||= f.linen;
        }
      }
    }
    let isDataclass = false;
    if (outer.type === 'decorated_definition') {
      for (const dec of kids(outer)) {
        if (dec?.type !== 'decorator') continue;
        const text = dec.text.replace(/^@/, '').replace(/\(.*$/s, '');
        const q = this.imports.qualify(text) ?? text;
        if (q === 'dataclasses.dataclass' || q.endsWith('dataclass')) isDataclass = true;
      }
    }
    const cls: ClassValue = { k: 'class', name, def, isModule, isDataclass, bases };
    if (framework) cls.framework = framework;
    if (linen) cls.linen = true;
    this.classes.set(name, cls);
    return cls;
  }

  /** The statement that last assigned a global name. */
  globalRange(name: string): SourceRange | undefined {
    return this.globalRanges.get(name);
  }

  addRoot(name: string, module: ModuleObj, range: SourceRange, statement?: SourceRange): void {
    assignPaths(module, '');
    let trace: Trace | undefined;
    let forwardRead = false;
    if (module.framework && this.fw) {
      trace = this.fw.rootTrace(module);
      forwardRead = trace !== undefined;
    } else if (module.kind === 'container' && module.containerKind === 'Sequential') {
      trace = this.applyModule(module, ROOT_TRACE(), { conditional: 0, depth: 0 }, []);
      forwardRead = true;
    } else if (module.kind === 'custom') {
      const out = this.callForward(module, ROOT_TRACE(), { conditional: 0, depth: 0 });
      if (out) {
        trace = out;
        forwardRead = true;
      }
    }
    this.roots.push({ name, module, range, forwardRead, ...(trace ? { trace } : {}), ...(statement ? { statement } : {}) });
  }

  // ---------------------------------------------------------------- statements

  private tick(): boolean {
    if (++this.steps > STEP_BUDGET) this.exhausted = true;
    return !this.exhausted;
  }

  execBlock(block: SyntaxNode, env: Env, ctx: Ctx): void {
    for (const stmt of kids(block)) {
      if (!stmt || ctx.returned !== undefined || !this.tick()) return;
      this.exec(stmt, env, ctx);
    }
  }

  private exec(stmt: SyntaxNode, env: Env, ctx: Ctx): void {
    switch (stmt.type) {
      case 'expression_statement':
        for (const child of kids(stmt)) if (child) this.execExpressionStatement(child, env, ctx);
        return;
      case 'return_statement': {
        const value = kids(stmt)[0];
        ctx.returned = value ? this.eval(value, env, ctx) : NONE;
        return;
      }
      case 'if_statement':
        return this.execIf(stmt, env, ctx);
      case 'for_statement':
        return this.execFor(stmt, env, ctx);
      case 'with_statement': {
        const body = stmt.childForFieldName('body');
        if (body) this.execBlock(body, env, ctx);
        return;
      }
      case 'try_statement': {
        const body = stmt.childForFieldName('body');
        if (body) this.execBlock(body, env, ctx);
        return;
      }
      case 'function_definition': {
        const name = stmt.childForFieldName('name')?.text;
        if (name) env.set(name, { k: 'func', def: stmt });
        return;
      }
      case 'decorated_definition': {
        const def = stmt.childForFieldName('definition');
        if (def?.type === 'function_definition') this.exec(def, env, ctx);
        else if (def?.type === 'class_definition' && env === this.globals) this.predeclare(stmt);
        return;
      }
      case 'class_definition':
        if (env === this.globals) this.predeclare(stmt);
        return;
      case 'import_statement':
      case 'import_from_statement':
        this.imports.readNested(stmt);
        return;
      case 'ERROR':
        // Valid statements inside an error node still count (syntax errors keep the rest readable).
        for (const child of kids(stmt)) if (child && /statement|definition/.test(child.type)) this.exec(child, env, ctx);
        return;
      default:
        return;
    }
  }

  private execExpressionStatement(expr: SyntaxNode, env: Env, ctx: Ctx): void {
    if (expr.type === 'assignment') {
      const right = expr.childForFieldName('right');
      const left = expr.childForFieldName('left');
      if (!left) return;
      if (!right) {
        // Annotated declaration without value (dataclass field without default).
        return;
      }
      const value = this.eval(right, env, ctx);
      this.assign(left, value, env, ctx, expr);
      return;
    }
    if (expr.type === 'augmented_assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      const op = expr.childForFieldName('operator')?.text;
      if (!left || !right || !op) return;
      const current = this.eval(left, env, ctx);
      const rhs = this.eval(right, env, ctx);
      if (current.k === 'param' && (op === '*=' || op === '/=') && isKnownNumber(rhs)) {
        this.scaleInit(current.spec, op === '*=' ? rhs.v : 1 / rhs.v);
        return;
      }
      this.assign(left, this.binary(op.slice(0, -1), current, rhs, ctx, expr), env, ctx, expr);
      return;
    }
    this.eval(expr, env, ctx);
  }

  private assign(target: SyntaxNode, value: Value, env: Env, ctx: Ctx, stmt: SyntaxNode): void {
    switch (target.type) {
      case 'identifier':
        env.set(target.text, value);
        if (env === this.globals) {
          this.globalRanges.set(target.text, rangeOf(stmt));
          if (this.fw && value.k === 'module' && value.m.framework) this.fw.noteGlobal(target.text, value.m, rangeOf(stmt));
        }
        return;
      case 'attribute': {
        const objNode = target.childForFieldName('object');
        const attr = target.childForFieldName('attribute')?.text;
        if (!objNode || !attr) return;
        const obj = this.eval(objNode, env, ctx);
        if (obj.k === 'module') this.setModuleAttr(obj.m, attr, value, ctx, stmt);
        else if (obj.k === 'instance') obj.attrs.set(attr, value);
        return;
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern': {
        const targets = kids(target).filter((c): c is SyntaxNode => !!c);
        const items = value.k === 'seq' && value.items.length === targets.length ? value.items : undefined;
        targets.forEach((t, i) => this.assign(t, items ? items[i]! : UNKNOWN, env, ctx, stmt));
        return;
      }
      case 'subscript': {
        const obj = this.eval(target.childForFieldName('value')!, env, ctx);
        const key = this.eval(target.childForFieldName('subscript')!, env, ctx);
        if (obj.k === 'param') obj.spec.partial = true;
        else if (obj.k === 'dict' && key.k === 'str') obj.entries.set(key.v, value);
        else if (obj.k === 'seq' && isKnownNumber(key) && key.v >= 0 && key.v < obj.items.length) obj.items[key.v] = value;
        return;
      }
      default:
        return;
    }
  }

  setModuleAttr(m: ModuleObj, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): void {
    if (m.framework && this.fw) this.fw.noteAttribute(m, attr, value);
    if (value.k === 'module') {
      m.children.set(attr, value.m);
      if (m.path !== undefined) assignPaths(value.m, m.path ? `${m.path}.${attr}` : attr);
      if (value.m.layer && value.m.layer.name === value.m.display) value.m.layer.name = `self.${attr}`;
      value.m.display = `self.${attr}`;
      return;
    }
    if (value.k === 'lib' && value.name === '__newparam__') {
      this.registerParam(m, attr, (value as unknown as { tensor: NewTensor }).tensor, ctx, stmt);
      return;
    }
    // Re-assigning an existing layer parameter (`m.weight = nn.Parameter(...)`) is handled above;
    // everything else is a plain attribute.
    m.attrs.set(attr, value);
    if (m.children.has(attr) && value.k === 'none') m.children.delete(attr);
  }

  /** `self.w = nn.Parameter(torch.randn(n, m) * s)`: a free parameter, modelled as a 'Parameter' layer. */
  private registerParam(m: ModuleObj, attr: string, t: NewTensor, ctx: Ctx, stmt: SyntaxNode): void {
    const init = this.factoryInit(t, ctx, stmt);
    const existingLayer = m.layer?.params.find((p) => p.name === attr);
    if (existingLayer) {
      existingLayer.init = init;
      return;
    }
    const shape = t.shape;
    const spec: ParamSpec = { name: attr, role: shape.length >= 2 ? 'weight' : shape.length === 1 ? 'bias' : 'free', shape, init };
    const layer: Layer = {
      id: m.path ? `${m.path}.${attr}` : attr,
      name: `self.${attr}`,
      kind: 'Parameter',
      ctor: 'nn.Parameter',
      framework: 'pytorch',
      range: t.range,
      statementRange: rangeOf(stmt),
      params: [spec],
    };
    m.params.set(attr, spec);
    m.paramLayers.set(attr, layer);
  }

  private factoryInit(t: NewTensor, ctx: Ctx, stmt: SyntaxNode): InitSpec {
    const init: InitSpec = {
      source: 'explicit',
      framework: 'pytorch',
      name: t.factory,
      args: t.args,
      statementRange: rangeOf(stmt),
      callRange: t.range,
      text: t.text,
    };
    if (t.multiplier !== 1) init.multiplier = t.multiplier;
    if (t.sizeTexts) init.sizeTexts = t.sizeTexts;
    if (ctx.conditional > 0) init.conditional = true;
    return init;
  }

  private execIf(stmt: SyntaxNode, env: Env, ctx: Ctx): void {
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
      const verdict = branch.cond ? truthy(this.eval(branch.cond, env, ctx)) : true;
      if (verdict === false) continue;
      possible.push(branch.body);
      if (verdict === true) {
        certain = true;
        break;
      }
    }
    if (possible.length === 1 && certain) {
      this.execBlock(possible[0]!, env, ctx);
      return;
    }
    if (possible.length === 0) return;
    // Undecidable: run each branch on its own copy of the variables, mark what they set as
    // conditional, and keep a variable only where every path agrees on it.
    ctx.conditional++;
    const outcomes: Env[] = [];
    for (const body of possible) {
      const copy = new Map(env);
      const saved = ctx.returned;
      this.execBlock(body, copy, ctx);
      ctx.returned = saved;
      outcomes.push(copy);
    }
    if (!certain) outcomes.push(new Map(env));
    ctx.conditional--;
    this.merge(env, outcomes, 'a branch taken only under a condition initlint cannot decide');
  }

  /** Joins the variables of several possible paths into `env`. */
  private merge(env: Env, outcomes: Env[], reason: string): void {
    const names = new Set<string>();
    for (const o of outcomes) for (const k of o.keys()) names.add(k);
    for (const name of names) {
      const values = outcomes.map((o) => o.get(name));
      const first = values[0];
      if (first !== undefined && values.every((v) => v !== undefined && equivalent(v, first))) {
        env.set(name, first);
        continue;
      }
      const tensor = values.find((v) => v?.k === 'tensor') as { k: 'tensor'; trace: Trace } | undefined;
      const old = env.get(name);
      if (tensor) {
        const base = old?.k === 'tensor' ? old.trace : tensor.trace;
        env.set(name, { k: 'tensor', trace: extend(base, { type: 'opaque', reason }) });
      } else if (values.every((v) => v === undefined || v === old)) continue;
      else env.set(name, UNKNOWN);
    }
  }

  /** Runs a block that may or may not execute (or repeat): values it changes become uncertain. */
  private execMaybe(body: SyntaxNode, env: Env, ctx: Ctx, reason: string): void {
    const copy = new Map(env);
    this.execBlock(body, copy, ctx);
    this.merge(env, [copy, new Map(env)], reason);
  }

  private execFor(stmt: SyntaxNode, env: Env, ctx: Ctx): void {
    const left = stmt.childForFieldName('left');
    const right = stmt.childForFieldName('right');
    const body = stmt.childForFieldName('body');
    if (!left || !right || !body) return;
    const iterable = this.eval(right, env, ctx);
    const items = this.iterate(iterable);
    if (!items) {
      ctx.conditional++;
      this.assign(left, UNKNOWN, env, ctx, stmt);
      this.execMaybe(body, env, ctx, 'a loop over something initlint cannot resolve');
      ctx.conditional--;
      return;
    }
    for (const item of items.slice(0, MAX_UNROLL)) {
      if (ctx.returned !== undefined || this.exhausted) return;
      this.assign(left, item, env, ctx, stmt);
      this.execBlock(body, env, ctx);
    }
  }

  iterate(v: Value): Value[] | undefined {
    if (v.k === 'seq') return v.items;
    if (v.k === 'dict') return [...v.entries.keys()].map((k) => ({ k: 'str', v: k }) as Value);
    if (v.k === 'module' && v.m.kind === 'container') return [...v.m.children.values()].map((m) => ({ k: 'module', m }) as Value);
    if (v.k === 'str') return [...v.v].map((c) => ({ k: 'str', v: c }) as Value);
    return undefined;
  }

  // ---------------------------------------------------------------- expressions

  eval(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    if (!this.tick()) return UNKNOWN;
    // Pathologically nested expressions (thousands of parentheses) are not model code.
    if (this.nesting >= MAX_NESTING) {
      this.tooDeep = true;
      return UNKNOWN;
    }
    this.nesting++;
    try {
      return this.evalNode(node, env, ctx);
    } finally {
      this.nesting--;
    }
  }

  private evalNode(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    switch (node.type) {
      case 'integer': {
        const t = node.text.replace(/_/g, '').toLowerCase();
        const v = t.startsWith('0x') ? parseInt(t, 16) : t.startsWith('0o') ? parseInt(t.slice(2), 8) : t.startsWith('0b') ? parseInt(t.slice(2), 2) : Number(t.replace(/l$/, ''));
        return Number.isFinite(v) ? num(v) : UNKNOWN;
      }
      case 'float': {
        const v = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(v) ? num(v) : UNKNOWN;
      }
      case 'string':
      case 'concatenated_string': {
        const s = stringValue(node, (expr) => {
          const v = this.eval(expr, env, ctx);
          return v.k === 'str' ? v.v : v.k === 'num' ? String(v.v) : undefined;
        });
        return s === undefined ? UNKNOWN : { k: 'str', v: s };
      }
      case 'true':
        return { k: 'bool', v: true };
      case 'false':
        return { k: 'bool', v: false };
      case 'none':
        return NONE;
      case 'identifier':
        return this.lookup(node.text, env);
      case 'attribute':
        return this.evalAttribute(node, env, ctx);
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? this.eval(inner, env, ctx) : UNKNOWN;
      }
      case 'tuple':
      case 'expression_list':
      case 'list':
      case 'pattern_list':
        return { k: 'seq', items: this.evalItems(node, env, ctx), tuple: node.type !== 'list' };
      case 'dictionary': {
        const entries = new Map<string, Value>();
        for (const pair of kids(node)) {
          if (pair?.type !== 'pair') return UNKNOWN;
          const key = this.eval(pair.childForFieldName('key')!, env, ctx);
          if (key.k !== 'str') return UNKNOWN;
          entries.set(key.v, this.eval(pair.childForFieldName('value')!, env, ctx));
        }
        return { k: 'dict', entries };
      }
      case 'list_comprehension':
      case 'generator_expression':
        return this.evalComprehension(node, env, ctx);
      case 'binary_operator': {
        const left = this.eval(node.childForFieldName('left')!, env, ctx);
        const right = this.eval(node.childForFieldName('right')!, env, ctx);
        return this.binary(node.childForFieldName('operator')!.text, left, right, ctx, node);
      }
      case 'unary_operator': {
        const arg = this.eval(node.childForFieldName('argument')!, env, ctx);
        const op = node.childForFieldName('operator')!.text;
        if (isKnownNumber(arg)) return num(op === '-' ? -arg.v : op === '+' ? arg.v : ~arg.v);
        if (arg.k === 'tensor' && op === '-') return arg;
        return UNKNOWN;
      }
      case 'not_operator': {
        const t = truthy(this.eval(node.childForFieldName('argument')!, env, ctx));
        return t === undefined ? UNKNOWN : { k: 'bool', v: !t };
      }
      case 'boolean_operator': {
        const op = node.childForFieldName('operator')!.text;
        const left = this.eval(node.childForFieldName('left')!, env, ctx);
        const lt = truthy(left);
        if (lt === undefined) return UNKNOWN;
        if (op === 'and') return lt ? this.eval(node.childForFieldName('right')!, env, ctx) : left;
        return lt ? left : this.eval(node.childForFieldName('right')!, env, ctx);
      }
      case 'comparison_operator':
        return this.evalComparison(node, env, ctx);
      case 'conditional_expression': {
        const [a, cond, b] = kids(node);
        if (!a || !cond || !b) return UNKNOWN;
        const t = truthy(this.eval(cond, env, ctx));
        if (t === undefined) {
          const va = this.eval(a, env, ctx);
          const vb = this.eval(b, env, ctx);
          return sameValue(va, vb) ? va : UNKNOWN;
        }
        return this.eval(t ? a : b, env, ctx);
      }
      case 'subscript':
        return this.evalSubscript(node, env, ctx);
      case 'call':
        return this.evalCall(node, env, ctx);
      case 'keyword_argument':
        return this.eval(node.childForFieldName('value')!, env, ctx);
      case 'await':
        return kids(node)[0] ? this.eval(kids(node)[0], env, ctx) : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private evalItems(node: SyntaxNode, env: Env, ctx: Ctx): Value[] {
    const items: Value[] = [];
    for (const child of kids(node)) {
      if (!child) continue;
      if (child.type === 'list_splat') {
        const inner = this.eval(kids(child)[0]!, env, ctx);
        const spread = this.iterate(inner);
        if (spread) items.push(...spread);
        else items.push(UNKNOWN);
      } else items.push(this.eval(child, env, ctx));
    }
    return items;
  }

  private lookup(name: string, env: Env): Value {
    const local = env.get(name);
    if (local !== undefined) return local;
    const global = this.globals.get(name);
    if (global !== undefined) return global;
    const q = this.imports.names.get(name);
    if (q !== undefined) return { k: 'lib', name: q };
    if (BUILTINS.has(name)) return { k: 'lib', name: `builtins.${name}` };
    if (name === '__name__') return { k: 'str', v: '__main__' };
    return UNKNOWN;
  }

  private evalAttribute(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    const obj = this.eval(node.childForFieldName('object')!, env, ctx);
    const attr = node.childForFieldName('attribute')!.text;
    return this.getAttr(obj, attr);
  }

  getAttr(obj: Value, attr: string): Value {
    switch (obj.k) {
      case 'lib': {
        if (attr === '__name__') return { k: 'str', v: obj.name.split('.').pop()! };
        const full = `${obj.name}.${attr}`;
        const constant = LIB_CONSTANTS[full];
        if (constant !== undefined) return num(constant);
        if (obj.name === '__super__') return this.superAttr(obj as unknown as SuperValue, attr);
        return { k: 'lib', name: full };
      }
      case 'module': {
        const m = obj.m;
        const child = m.children.get(attr);
        if (child) return { k: 'module', m: child };
        const own = m.params.get(attr);
        if (own) return { k: 'param', owner: m, name: attr, spec: own, layer: m.paramLayers.get(attr)! };
        if (m.layer) {
          const p = m.layer.params.find((q) => q.name === attr);
          if (p) return { k: 'param', owner: m, name: attr, spec: p, layer: m.layer };
          if (attr === 'in_features' || attr === 'in_channels') return m.layer.inFeatures !== undefined && m.layer.kind === 'Linear' ? num(m.layer.inFeatures) : UNKNOWN;
          if (attr === 'out_features' || attr === 'out_channels') return m.layer.outFeatures !== undefined && m.layer.kind === 'Linear' ? num(m.layer.outFeatures) : UNKNOWN;
        }
        if (m.activation && attr === 'negative_slope' && m.activation.param !== undefined) return num(m.activation.param);
        const stored = m.attrs.get(attr);
        if (stored) return stored;
        if (m.framework && this.fw?.isModelMethod(m, attr)) return { k: 'method', self: obj, name: attr };
        if (MODULE_METHODS.has(attr)) return { k: 'method', self: obj, name: attr };
        if (m.kind === 'custom') {
          const method = this.findMethod(m, attr);
          if (method) return isStatic(method.def) ? { k: 'func', def: method.def } : { k: 'func', def: method.def, self: obj, cls: method.cls };
        }
        if (attr === '__class__') return { k: 'lib', name: m.className.includes('.') ? m.className : `__local__.${m.className}` };
        if (m.layer && (attr === 'bias' || attr === 'weight')) return NONE; // bias=False
        return UNKNOWN;
      }
      case 'param':
        if (attr === 'data') return obj;
        if (attr === 'shape') return { k: 'seq', items: obj.spec.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
        if (attr === 'ndim') return num(obj.spec.shape.length);
        return { k: 'method', self: obj, name: attr };
      case 'instance': {
        const v = obj.attrs.get(attr);
        if (v) return v;
        const method = this.findClassMethod(obj.cls, attr);
        if (method) return { k: 'func', def: method.def, self: obj, cls: method.cls };
        return UNKNOWN;
      }
      case 'class': {
        const defaults = this.classDefaults(obj);
        return defaults.get(attr) ?? UNKNOWN;
      }
      case 'tensor':
        if (obj.shape && (attr === 'shape' || attr === 'ndim')) return this.fw ? this.fw.tensorAttr(obj, attr) : UNKNOWN;
        return { k: 'method', self: obj, name: attr };
      case 'seq':
      case 'dict':
      case 'str':
        return { k: 'method', self: obj, name: attr };
      default:
        return UNKNOWN;
    }
  }

  findMethod(m: ModuleObj, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
    const chain = m.classChain ?? [];
    const start = after ? chain.indexOf(after) + 1 : 0;
    for (const cls of chain.slice(start)) {
      const def = methodOf(cls.def, name);
      if (def) return { def, cls };
    }
    return undefined;
  }

  findClassMethod(cls: ClassValue, name: string, after?: ClassValue): { def: SyntaxNode; cls: ClassValue } | undefined {
    const chain = linearize(cls);
    const start = after ? chain.indexOf(after) + 1 : 0;
    for (const c of chain.slice(start)) {
      const def = methodOf(c.def, name);
      if (def) return { def, cls: c };
    }
    return undefined;
  }

  private evalComparison(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    const operands: Value[] = [];
    const ops: string[] = [];
    let pending = '';
    for (const child of node.children) {
      if (!child) continue;
      if (child.isNamed) {
        if (pending) ops.push(pending.trim());
        pending = '';
        operands.push(this.eval(child, env, ctx));
      } else pending += ` ${child.text}`;
    }
    let result = true;
    for (let i = 0; i < ops.length; i++) {
      const r = this.fw && (ops[i] === '==' || ops[i] === '!=') && operands[i]!.k === 'seq' && operands[i + 1]!.k === 'seq' ? seqEqual(ops[i]!, operands[i]!, operands[i + 1]!) : compare(ops[i]!, operands[i]!, operands[i + 1]!);
      if (r === undefined) return UNKNOWN;
      result &&= r;
    }
    return { k: 'bool', v: result };
  }

  private evalSubscript(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    const obj = this.eval(node.childForFieldName('value')!, env, ctx);
    const subNode = node.childForFieldName('subscript');
    if (!subNode) return UNKNOWN;
    if (obj.k === 'tensor') return obj.shape ? { k: 'tensor', trace: obj.trace } : obj;
    // `p.data[h:2 * h]`: a slice of a parameter; setting it leaves the rest as initialised.
    if (obj.k === 'param') return { ...obj, slice: true };
    if (subNode.type === 'slice') {
      const parts = kids(subNode).map((c) => (c ? this.eval(c, env, ctx) : UNKNOWN));
      const items = obj.k === 'seq' ? obj.items : obj.k === 'module' && obj.m.kind === 'container' ? [...obj.m.children.values()].map((m) => ({ k: 'module', m }) as Value) : undefined;
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
    const key = this.eval(subNode, env, ctx);
    if (obj.k === 'seq' && isKnownNumber(key)) {
      const i = key.v < 0 ? obj.items.length + key.v : key.v;
      return obj.items[i] ?? UNKNOWN;
    }
    if (obj.k === 'dict' && key.k === 'str') return obj.entries.get(key.v) ?? UNKNOWN;
    if (obj.k === 'module' && obj.m.kind === 'container') {
      const children = [...obj.m.children.values()];
      if (isKnownNumber(key)) {
        const i = key.v < 0 ? children.length + key.v : key.v;
        const m = children[i];
        return m ? { k: 'module', m } : UNKNOWN;
      }
      if (key.k === 'str') {
        const m = obj.m.children.get(key.v);
        return m ? { k: 'module', m } : UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  private evalComprehension(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    const body = node.childForFieldName('body');
    const clauses = kids(node).filter((c): c is SyntaxNode => !!c && (c.type === 'for_in_clause' || c.type === 'if_clause'));
    if (!body) return UNKNOWN;
    const out: Value[] = [];
    const local: Env = new Map(env);
    const run = (i: number): boolean => {
      if (i === clauses.length) {
        out.push(this.eval(body, local, ctx));
        return out.length <= MAX_UNROLL;
      }
      const clause = clauses[i]!;
      if (clause.type === 'if_clause') {
        const t = truthy(this.eval(kids(clause)[0]!, local, ctx));
        if (t === undefined) return false;
        return t ? run(i + 1) : true;
      }
      const items = this.iterate(this.eval(clause.childForFieldName('right')!, local, ctx));
      if (!items) return false;
      for (const item of items) {
        this.assign(clause.childForFieldName('left')!, item, local, ctx, clause);
        if (!run(i + 1)) return false;
      }
      return true;
    };
    return run(0) ? { k: 'seq', items: out, tuple: false } : UNKNOWN;
  }

  binary(op: string, a: Value, b: Value, ctx: Ctx, node: SyntaxNode): Value {
    void ctx;
    if (isKnownNumber(a) && isKnownNumber(b)) {
      const x = a.v;
      const y = b.v;
      switch (op) {
        case '+': return num(x + y);
        case '-': return num(x - y);
        case '*': return num(x * y);
        case '/': return y === 0 ? UNKNOWN : num(x / y);
        case '//': return y === 0 ? UNKNOWN : num(Math.floor(x / y));
        case '%': return y === 0 ? UNKNOWN : num(((x % y) + y) % y);
        case '**': return num(x ** y);
        case '<<': return num(x << y);
        case '>>': return num(x >> y);
        default: return UNKNOWN;
      }
    }
    if (a.k === 'str' && b.k === 'str' && op === '+') return { k: 'str', v: a.v + b.v };
    if (a.k === 'seq' && b.k === 'seq' && op === '+') return { k: 'seq', items: [...a.items, ...b.items], tuple: a.tuple };
    if (a.k === 'seq' && isKnownNumber(b) && op === '*') return { k: 'seq', items: Array.from({ length: Math.min(b.v, MAX_UNROLL) }, () => a.items).flat(), tuple: a.tuple };
    if (isNewTensor(a) && isKnownNumber(b) && (op === '*' || op === '/')) return scaledTensor(a, op === '*' ? b.v : 1 / b.v, node);
    if (isNewTensor(b) && isKnownNumber(a) && op === '*') return scaledTensor(b, a.v, node);
    if (isNewTensor(a) || isNewTensor(b)) return { k: 'lib', name: '__newtensor_unknown__' };
    // Tensors in the forward pass.
    if (a.k === 'tensor' && b.k === 'tensor' && op === '+') {
      const sum: Value = { k: 'tensor', trace: addTraces(a.trace, b.trace) };
      if (a.shape && b.shape && a.shape.width !== undefined && a.shape.width === b.shape.width) sum.shape = a.shape.dims && b.shape.dims && a.shape.dims.length === b.shape.dims.length ? a.shape : { width: a.shape.width };
      return sum;
    }
    if (a.k === 'tensor' && b.k === 'tensor' && op === '@') return UNKNOWN;
    if (a.k === 'tensor' && isKnownNumber(b) && (op === '*' || op === '/')) return { k: 'tensor', trace: extend(a.trace, { type: 'scale', factor: op === '*' ? b.v : 1 / b.v, range: rangeOf(node) }), ...(a.shape ? { shape: a.shape } : {}) };
    if (b.k === 'tensor' && isKnownNumber(a) && op === '*') return { k: 'tensor', trace: extend(b.trace, { type: 'scale', factor: a.v, range: rangeOf(node) }), ...(b.shape ? { shape: b.shape } : {}) };
    if (a.k === 'tensor' && b.k === 'param' && op === '@') return { k: 'tensor', trace: this.paramLayerStep(a.trace, b, 0) };
    if (a.k === 'tensor' && (op === '+' || op === '-') && b.k !== 'tensor') return a; // a bias or constant
    if (b.k === 'tensor' && op === '+' && a.k !== 'tensor') return b;
    if (a.k === 'tensor' || b.k === 'tensor') {
      const t = a.k === 'tensor' ? a : (b as { k: 'tensor'; trace: Trace });
      return { k: 'tensor', trace: extend(t.trace, { type: 'opaque', reason: `the operation '${op}'`, range: rangeOf(node) }) };
    }
    return UNKNOWN;
  }

  /** `x @ W` (W as (in, out), inAxis 0) or `F.linear(x, W)` (W as (out, in), inAxis 1). */
  private paramLayerStep(trace: Trace, p: Value & { k: 'param' }, inAxis: 0 | 1): Trace {
    const layer = p.layer;
    if (layer.kind === 'Parameter' && p.spec.shape.length === 2) {
      layer.inFeatures = p.spec.shape[inAxis];
      layer.outFeatures = p.spec.shape[1 - inAxis];
      layer.inAxis = inAxis;
      return extend(trace, { type: 'layer', layer });
    }
    return extend(trace, { type: 'opaque', reason: `a product with ${layer.name}` });
  }

  // ---------------------------------------------------------------- calls

  private evalCall(node: SyntaxNode, env: Env, ctx: Ctx): Value {
    const fnNode = node.childForFieldName('function')!;
    const fn = this.eval(fnNode, env, ctx);
    const argsNode = node.childForFieldName('arguments');
    const positional: Value[] = [];
    const keyword = new Map<string, Value>();
    if (argsNode?.type === 'generator_expression') positional.push(this.eval(argsNode, env, ctx));
    else if (argsNode) {
      for (const arg of kids(argsNode)) {
        if (!arg || arg.type === 'comment') continue;
        if (arg.type === 'keyword_argument') {
          keyword.set(arg.childForFieldName('name')!.text, this.eval(arg.childForFieldName('value')!, env, ctx));
        } else if (arg.type === 'list_splat') {
          const spread = this.iterate(this.eval(kids(arg)[0]!, env, ctx));
          if (spread) positional.push(...spread);
          else return this.unknownCall(fn, positional, node);
        } else if (arg.type === 'dictionary_splat') {
          const d = this.eval(kids(arg)[0]!, env, ctx);
          if (d.k === 'dict') for (const [k, v] of d.entries) keyword.set(k, v);
          else return this.unknownCall(fn, positional, node);
        } else positional.push(this.eval(arg, env, ctx));
      }
    }
    return this.call(fn, positional, keyword, ctx, node);
  }

  private unknownCall(fn: Value, positional: Value[], node: SyntaxNode): Value {
    void fn;
    const t = positional.find((v) => v.k === 'tensor') as { k: 'tensor'; trace: Trace } | undefined;
    if (t) return { k: 'tensor', trace: extend(t.trace, { type: 'opaque', reason: `the call ${node.text.slice(0, 40)}`, range: rangeOf(node) }) };
    return UNKNOWN;
  }

  call(fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    switch (fn.k) {
      case 'lib':
        return this.callLib(fn.name, positional, keyword, ctx, node);
      case 'class':
        if (fn.isModule) {
          this.usedClasses.add(fn);
          const m = this.instantiate(fn, positional, keyword, ctx);
          return m ? { k: 'module', m } : UNKNOWN;
        }
        return this.instantiateConfig(fn, positional, keyword, ctx);
      case 'func':
        return this.callFunction(fn.def, fn.self, positional, keyword, ctx, fn.cls);
      case 'method':
        return this.callMethod(fn.self, fn.name, positional, keyword, ctx, node);
      case 'module': {
        if (fn.m.framework && this.fw) return this.fw.callModule(fn.m, positional, keyword, ctx, node);
        const t = positional[0];
        if (t?.k === 'tensor') return this.moduleOutput(fn.m, this.applyModule(fn.m, t.trace, ctx, positional.slice(1)));
        return UNKNOWN;
      }
      case 'partial': {
        const merged = new Map(fn.keyword);
        for (const [k, v] of keyword) merged.set(k, v);
        if (!this.fw || !fn.sites) return this.call(fn.fn, [...fn.positional, ...positional], merged, ctx, node);
        return this.fw.withSites(fn.sites, () => this.call(fn.fn, [...fn.positional, ...positional], merged, ctx, node));
      }
      default:
        return this.unknownCall(fn, positional, node);
    }
  }

  /** What calling a module returns: RNNs and attention return tuples whose first item is the output. */
  private moduleOutput(m: ModuleObj, trace: Trace): Value {
    const t: Value = { k: 'tensor', trace };
    const kind = m.layer?.kind;
    if (kind === 'LSTM' || kind === 'GRU' || kind === 'RNN' || kind === 'MultiheadAttention') return { k: 'seq', items: [t, UNKNOWN], tuple: true };
    return t;
  }

  callFunction(def: SyntaxNode, self: Value | undefined, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, cls?: ClassValue): Value {
    if (ctx.depth >= MAX_DEPTH) return UNKNOWN;
    this.fw?.called.add(def);
    const env: Env = new Map();
    const params = kidsOf(def.childForFieldName('parameters'));
    const args = self ? [self, ...positional] : [...positional];
    let i = 0;
    for (const p of params) {
      const { name, defaultNode, annotation, kind } = paramInfo(p);
      if (!name) continue;
      if (kind === 'star') {
        env.set(name, { k: 'seq', items: args.slice(i), tuple: true });
        i = args.length;
        continue;
      }
      if (kind === 'kwargs') {
        env.set(name, { k: 'dict', entries: new Map(keyword) });
        continue;
      }
      let v: Value | undefined = i < args.length ? args[i++] : undefined;
      if (keyword.has(name)) v = keyword.get(name);
      if (v === undefined && defaultNode) v = this.eval(defaultNode, this.globals, ctx);
      if (v === undefined) {
        // `config: GPTConfig`, or an unannotated `config`/`cfg` when the file defines exactly one
        // config class: that class's defaults (the model the file describes by default).
        const cls = annotation ? this.classes.get(annotation) : CONFIG_PARAM.test(name) ? this.soleConfigClass() : undefined;
        if (cls && !cls.isModule) v = this.instantiateConfig(cls, [], new Map(), ctx);
      }
      env.set(name, v ?? UNKNOWN);
    }
    const body = def.childForFieldName('body');
    if (!body) return UNKNOWN;
    const inner: Ctx = { conditional: ctx.conditional, depth: ctx.depth + 1, ...(self ? { self } : {}), ...(cls ? { cls } : {}) };
    this.execBlock(body, env, inner);
    return inner.returned ?? NONE;
  }

  private soleConfigClass(): ClassValue | undefined {
    const candidates = [...this.classes.values()].filter((c) => !c.isModule && (c.isDataclass || /(Config|Cfg|Args)$/.test(c.name)));
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** Builds an instance of a module class of this file: runs its __init__ on a fresh module. */
  instantiate(cls: ClassValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj | undefined {
    if (ctx.depth >= MAX_DEPTH) return undefined;
    const m = newModule('custom', cls.name, cls.name);
    m.classChain = linearize(cls);
    m.path = '';
    if (cls.framework && this.fw) return this.fw.instantiate(cls, m, positional, keyword, ctx);
    const init = this.findClassMethod(cls, '__init__');
    const self: Value = { k: 'module', m };
    if (init) this.callFunction(init.def, self, positional, keyword, ctx, init.cls);
    return m;
  }

  classDefaults(cls: ClassValue): Map<string, Value> {
    const out = new Map<string, Value>();
    for (const base of [...cls.bases].reverse()) for (const [k, v] of this.classDefaults(base)) out.set(k, v);
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
      let v = this.eval(right, this.globals, { conditional: 0, depth: MAX_DEPTH - 2 });
      // dataclasses.field(default=...)
      if (right.type === 'call') {
        const fname = dottedName(right.childForFieldName('function')!);
        if (fname && (fname === 'field' || this.imports.qualify(fname) === 'dataclasses.field')) {
          const kw = kidsOf(right.childForFieldName('arguments')).find((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'default');
          v = kw ? this.eval(kw.childForFieldName('value')!, this.globals, { conditional: 0, depth: MAX_DEPTH - 2 }) : UNKNOWN;
        }
      }
      out.set(left.text, v);
    }
    return out;
  }

  private instantiateConfig(cls: ClassValue, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): Value {
    const attrs = this.classDefaults(cls);
    const inst: Value = { k: 'instance', cls, attrs };
    const init = this.findClassMethod(cls, '__init__');
    if (init) {
      this.callFunction(init.def, inst, positional, keyword, ctx, init.cls);
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

  private callMethod(self: Value, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (self.k === 'param') return this.paramMethod(self, name, positional, keyword, ctx, node);
    if (self.k === 'seq') {
      if (name === 'append' && positional[0]) self.items.push(positional[0]);
      else if (name === 'extend' && positional[0]) {
        const more = this.iterate(positional[0]);
        if (more) self.items.push(...more);
      } else if (name === 'insert' && isKnownNumber(positional[0]) && positional[1]) self.items.splice(positional[0].v, 0, positional[1]);
      else if (name === 'index' || name === 'count') return UNKNOWN;
      return NONE;
    }
    if (self.k === 'dict') {
      if (name === 'items') return { k: 'seq', items: [...self.entries].map(([k, v]) => ({ k: 'seq', items: [{ k: 'str', v: k }, v], tuple: true }) as Value), tuple: false };
      if (name === 'values') return { k: 'seq', items: [...self.entries.values()], tuple: false };
      if (name === 'keys') return { k: 'seq', items: [...self.entries.keys()].map((k) => ({ k: 'str', v: k }) as Value), tuple: false };
      if (name === 'get' && positional[0]?.k === 'str') return self.entries.get(positional[0].v) ?? positional[1] ?? NONE;
      if (name === 'pop' && positional[0]?.k === 'str') {
        const v = self.entries.get(positional[0].v) ?? positional[1] ?? UNKNOWN;
        self.entries.delete(positional[0].v);
        return v;
      }
      return UNKNOWN;
    }
    if (self.k === 'str') return stringMethod(self.v, name, positional);
    if (self.k === 'tensor') return this.tensorMethod(self, name, positional, keyword, node);
    if (self.k === 'module') return this.moduleMethod(self.m, name, positional, keyword, ctx, node);
    return UNKNOWN;
  }

  private moduleMethod(m: ModuleObj, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (m.framework && this.fw?.isModelMethod(m, name)) return this.fw.modelMethod(m, name, positional, keyword, ctx, node);
    switch (name) {
      case 'modules':
        return { k: 'seq', items: [...modulesOf(m)].map((x) => ({ k: 'module', m: x }) as Value), tuple: false };
      case 'children':
        return { k: 'seq', items: [...m.children.values()].map((x) => ({ k: 'module', m: x }) as Value), tuple: false };
      case 'named_modules':
      case 'named_children': {
        const mods = name === 'named_children' ? [...m.children.entries()] : [...modulesOf(m)].map((x) => [relativePath(m, x), x] as const);
        return { k: 'seq', items: mods.map(([n, x]) => ({ k: 'seq', items: [{ k: 'str', v: n }, { k: 'module', m: x }], tuple: true }) as Value), tuple: false };
      }
      case 'parameters':
        return { k: 'seq', items: [...parametersOf(m)].map((p) => p.value), tuple: false };
      case 'named_parameters':
        return { k: 'seq', items: [...parametersOf(m)].map((p) => ({ k: 'seq', items: [{ k: 'str', v: p.name }, p.value], tuple: true }) as Value), tuple: false };
      case 'apply': {
        const fn = positional[0];
        if (!fn) return UNKNOWN;
        // PyTorch's apply visits children first, then the module itself.
        const visit = (x: ModuleObj, seen: Set<ModuleObj>): void => {
          if (seen.has(x)) return;
          seen.add(x);
          for (const child of x.children.values()) visit(child, seen);
          this.call(fn, [{ k: 'module', m: x }], new Map(), ctx, node);
        };
        assignPaths(m, m.path ?? '');
        visit(m, new Set());
        return { k: 'module', m };
      }
      case 'append':
        if (m.kind === 'container' && positional[0]?.k === 'module') m.children.set(String(m.children.size), positional[0].m);
        return NONE;
      case 'extend':
        for (const item of this.iterate(positional[0] ?? UNKNOWN) ?? []) if (item.k === 'module') m.children.set(String(m.children.size), item.m);
        return NONE;
      case 'add_module':
      case 'register_module':
        if (positional[0]?.k === 'str' && positional[1]?.k === 'module') this.setModuleAttr(m, positional[0].v, positional[1], ctx, node);
        return NONE;
      case 'register_parameter':
        if (positional[0]?.k === 'str' && positional[1]?.k === 'lib' && positional[1].name === '__newparam__') this.setModuleAttr(m, positional[0].v, positional[1], ctx, node);
        return NONE;
      case 'forward':
        if (positional[0]?.k === 'tensor') return this.moduleOutput(m, this.applyModule(m, positional[0].trace, ctx, positional.slice(1)));
        return UNKNOWN;
      default:
        void keyword;
        return UNKNOWN;
    }
  }

  // ---------------------------------------------------------------- initialisation statements

  private scaleInit(spec: ParamSpec, factor: number): void {
    spec.init = { ...spec.init, multiplier: (spec.init.multiplier ?? 1) * factor };
  }

  private setInit(p: Value & { k: 'param' }, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode, method = false): void {
    const stmt = statementOf(node);
    const fnNode = node.childForFieldName('function');
    const targetNode = method ? fnNode?.childForFieldName('object') : kidsOf(node.childForFieldName('arguments')).find((c) => c && c.type !== 'comment' && c.type !== 'keyword_argument');
    const init: InitSpec = {
      source: 'explicit',
      framework: 'pytorch',
      name,
      args: { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) },
      statementRange: rangeOf(stmt),
      callRange: rangeOf(node),
      text: node.text,
    };
    if (targetNode) init.targetText = targetNode.text.replace(/\.data$/, '');
    if (ctx.conditional > 0) init.conditional = true;
    p.spec.init = init;
  }

  private paramMethod(p: Value & { k: 'param' }, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (p.slice && name.endsWith('_')) {
      // An in-place op on a slice (an LSTM's forget-gate bias filled with 1) sets part of it.
      p.spec.partial = true;
      return p;
    }
    switch (name) {
      case 'normal_':
      case 'uniform_':
      case 'zero_':
      case 'fill_':
      case 'bernoulli_':
      case 'exponential_':
        this.setInit(p, name, positional, keyword, ctx, node, true);
        return p;
      case 'copy_': {
        const src = positional[0];
        if (src && isNewTensor(src)) p.spec.init = this.factoryInit(src, ctx, statementOf(node));
        else this.setInit(p, 'copy_', [], new Map(), ctx, node, true);
        return p;
      }
      case 'mul_':
      case 'div_':
        if (isKnownNumber(positional[0])) this.scaleInit(p.spec, name === 'mul_' ? positional[0].v : 1 / positional[0].v);
        else this.setInit(p, name, [], new Map(), ctx, node, true);
        return p;
      case 'dim':
        return num(p.spec.shape.length);
      case 'size': {
        if (isKnownNumber(positional[0])) {
          const d = p.spec.shape.at(positional[0].v);
          return d === undefined ? UNKNOWN : num(d);
        }
        return { k: 'seq', items: p.spec.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
      }
      case 'numel': {
        const n = p.spec.shape.reduce<number | undefined>((a, d) => (a === undefined || d === undefined ? undefined : a * d), 1);
        return n === undefined ? UNKNOWN : num(n);
      }
      case 'requires_grad_':
      case 'detach':
      case 'clone':
        return p;
      default:
        return UNKNOWN;
    }
  }

  // ---------------------------------------------------------------- library calls

  private callLib(name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    if (name.startsWith('builtins.')) return this.builtin(name.slice(9), positional, keyword, ctx, node);
    if (name.startsWith('math.')) return mathCall(name.slice(5), positional);
    if (name === 'numpy.sqrt' || name === 'np.sqrt') return mathCall('sqrt', positional);
    if (name === 'collections.OrderedDict' || name === 'typing.OrderedDict') return this.builtin('dict', positional, keyword, ctx, node);
    if (this.fw) {
      const r = this.fw.libCall(name, positional, keyword, ctx, node);
      if (r) return r;
    }
    const initMatch = /^torch\.nn\.init\.(\w+)$/.exec(name);
    if (initMatch) {
      const target = positional[0];
      if (target?.k === 'param') this.setInit(target, initMatch[1]!, positional.slice(1), keyword, ctx, node);
      if (initMatch[1] === 'calculate_gain') {
        const nl = positional[0] ?? keyword.get('nonlinearity');
        const param = positional[1] ?? keyword.get('param');
        if (nl?.k !== 'str' || (param !== undefined && param.k !== 'num' && param.k !== 'none')) return UNKNOWN;
        const g = gainValue(nl.v, param?.k === 'num' ? param.v : null);
        return g === undefined ? UNKNOWN : num(g);
      }
      return target ?? UNKNOWN;
    }
    if (name === 'torch.nn.Sequential') {
      const m = newModule('container', name, node.text.slice(0, 60));
      m.containerKind = 'Sequential';
      if (positional.length === 1 && positional[0]!.k === 'dict') {
        for (const [k, v] of positional[0].entries) if (v.k === 'module') m.children.set(k, v.m);
      } else positional.forEach((v, i) => v.k === 'module' && m.children.set(String(i), v.m));
      return { k: 'module', m };
    }
    if (name === 'torch.nn.ModuleList' || name === 'torch.nn.ModuleDict' || name === 'torch.nn.ParameterList') {
      const m = newModule('container', name, node.text.slice(0, 60));
      m.containerKind = name === 'torch.nn.ModuleDict' ? 'ModuleDict' : 'ModuleList';
      const src = positional[0];
      if (src?.k === 'dict') for (const [k, v] of src.entries) v.k === 'module' && m.children.set(k, v.m);
      else if (src) {
        const items = this.iterate(src);
        if (!items) return UNKNOWN;
        items.forEach((v, i) => v.k === 'module' && m.children.set(String(i), v.m));
      }
      return { k: 'module', m };
    }
    if (name === 'torch.nn.Parameter' || name === 'torch.nn.parameter.Parameter') {
      const t = positional[0] ?? keyword.get('data');
      if (t && isNewTensor(t)) return { k: 'lib', name: '__newparam__', ...({ tensor: t } as object) } as Value;
      if (t?.k === 'param') return t;
      return { k: 'lib', name: '__newparam__', ...({ tensor: unknownTensor(node) } as object) } as Value;
    }
    const nnMatch = /^torch\.nn\.(?:modules\.\w+\.)?(\w+)$/.exec(name);
    if (nnMatch) {
      const m = torchModule(nnMatch[1]!, positional, keyword, rangeOf(node), node.text);
      if (m) return { k: 'module', m };
      if (/^[A-Z]/.test(nnMatch[1]!)) return { k: 'module', m: newModule('other', name, node.text.slice(0, 60)) };
    }
    const factory = /^torch\.(randn|rand|zeros|ones|full|empty|Tensor|FloatTensor|eye|randn_like|zeros_like|ones_like)$/.exec(name);
    if (factory) return this.newTensor(factory[1]!, positional, keyword, node);
    // Functional forms in the forward pass.
    const fnName = name.split('.').pop()!;
    const tensorArg = positional[0];
    if (tensorArg?.k === 'tensor' && (name.startsWith('torch.') || name.startsWith('torch.nn.functional.'))) {
      return this.functional(fnName, tensorArg, positional, keyword, node);
    }
    return this.unknownCall({ k: 'lib', name }, positional, node);
  }

  private newTensor(factory: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    let sizeArgs = positional;
    let fill: Value | undefined;
    if (factory === 'full') {
      sizeArgs = positional[0] ? [positional[0]] : [];
      fill = positional[1] ?? keyword.get('fill_value');
    }
    if (sizeArgs.length === 1 && sizeArgs[0]!.k === 'seq') sizeArgs = sizeArgs[0].items;
    const shape = sizeArgs.map((v) => (isKnownNumber(v) ? v.v : undefined));
    const t: NewTensor = {
      k: 'lib',
      name: '__newtensor__',
      factory: factory === 'Tensor' || factory === 'FloatTensor' ? 'empty' : factory.replace(/_like$/, ''),
      shape,
      args: { positional: factory === 'full' ? [null, fill ? toArg(fill) : undefined] : [], keyword: fill ? { fill_value: toArg(fill) } : {} },
      multiplier: 1,
      text: node.text,
      range: rangeOf(node),
    };
    if (factory === 'eye') t.shape = [shape[0], shape[1] ?? shape[0]];
    const argNodes = kidsOf(node.childForFieldName('arguments')).filter((c): c is SyntaxNode => !!c && c.type !== 'comment' && c.type !== 'keyword_argument') ?? [];
    const sizeNodes = factory === 'full' ? argNodes.slice(0, 1) : argNodes;
    const texts = sizeNodes.length === 1 && (sizeNodes[0]!.type === 'tuple' || sizeNodes[0]!.type === 'list') ? kids(sizeNodes[0]!).filter((c): c is SyntaxNode => !!c).map((c) => c.text) : sizeNodes.map((c) => c.text);
    if (texts.length === shape.length) t.sizeTexts = texts;
    return t as unknown as Value;
  }

  private functional(fnName: string, x: { k: 'tensor'; trace: Trace }, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    const act = FUNCTIONAL_ACTIVATIONS[fnName];
    if (act) {
      let kind = act.kind;
      const activation: { kind: typeof kind; param?: number; range: SourceRange; text: string } = { kind, range: rangeOf(node), text: node.text };
      if (kind === 'gelu') {
        const approx = keyword.get('approximate');
        if (approx?.k === 'str' && approx.v === 'tanh') kind = activation.kind = 'gelu_tanh';
      }
      if (act.slopeArg) {
        const v = positional[act.slopeArg.index] ?? keyword.get(act.slopeArg.keyword);
        if (v === undefined) activation.param = act.slopeArg.default;
        else if (isKnownNumber(v)) activation.param = v.v;
        else return { k: 'tensor', trace: extend(x.trace, { type: 'opaque', reason: `${fnName} with an unknown parameter`, range: rangeOf(node) }) };
      }
      return { k: 'tensor', trace: extend(x.trace, { type: 'activation', activation }) };
    }
    if (SHAPE_OPS.has(fnName)) return x;
    const normKind = FUNCTIONAL_NORMS[fnName];
    if (normKind) {
      const layer: Layer = { id: `${fnName}@${node.startPosition.row}:${node.startPosition.column}`, name: node.text.slice(0, 40), kind: 'Norm', normKind, ctor: `torch.nn.functional.${fnName}`, framework: 'pytorch', range: rangeOf(node), params: [] };
      return { k: 'tensor', trace: extend(x.trace, { type: 'layer', layer }) };
    }
    if (fnName === 'linear' && positional[1]?.k === 'param') return { k: 'tensor', trace: this.paramLayerStep(x.trace, positional[1], 1) };
    if ((fnName === 'matmul' || fnName === 'mm') && positional[1]?.k === 'param') return { k: 'tensor', trace: this.paramLayerStep(x.trace, positional[1], 0) };
    return this.unknownCall({ k: 'lib', name: fnName }, positional, node);
  }

  tensorMethod(x: Value & { k: 'tensor' }, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value {
    if (x.shape && this.fw) return this.fw.tensorMethod(x, name, positional, keyword, node);
    if (FUNCTIONAL_ACTIVATIONS[name]) return this.functional(name, x, [x, ...positional], keyword, node);
    if (SHAPE_OPS.has(name)) return x;
    if (name === 'size' || name === 'dim') return UNKNOWN;
    if (name === 'matmul' && positional[0]?.k === 'param') return { k: 'tensor', trace: this.paramLayerStep(x.trace, positional[0], 0) };
    return { k: 'tensor', trace: extend(x.trace, { type: 'opaque', reason: `the tensor method .${name}()`, range: rangeOf(node) }) };
  }

  private builtin(name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    const a = positional[0];
    switch (name) {
      case 'range': {
        const nums = positional.map((v) => (isKnownNumber(v) ? v.v : NaN));
        if (nums.some(Number.isNaN) || nums.length === 0) return UNKNOWN;
        const [start, stop, step] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
        if (step === 0) return UNKNOWN;
        const items: Value[] = [];
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
          items.push(num(i));
          if (items.length > MAX_UNROLL) return UNKNOWN;
        }
        return { k: 'seq', items, tuple: false };
      }
      case 'len': {
        if (a?.k === 'seq') return num(a.items.length);
        if (a?.k === 'str') return num(a.v.length);
        if (a?.k === 'dict') return num(a.entries.size);
        if (a?.k === 'module' && a.m.kind === 'container') return num(a.m.children.size);
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
      case 'min':
      case 'max': {
        const vals = positional.length === 1 && a?.k === 'seq' ? a.items : positional;
        if (!vals.length || !vals.every(isKnownNumber)) return UNKNOWN;
        const ns = vals.map((v) => (v as { v: number }).v);
        return num(name === 'min' ? Math.min(...ns) : Math.max(...ns));
      }
      case 'list':
      case 'tuple': {
        if (!a) return { k: 'seq', items: [], tuple: name === 'tuple' };
        const items = this.iterate(a);
        return items ? { k: 'seq', items: [...items], tuple: name === 'tuple' } : UNKNOWN;
      }
      case 'dict': {
        const entries = new Map<string, Value>();
        if (a) {
          const items = a.k === 'dict' ? [...a.entries].map(([k, v]) => ({ k: 'seq', items: [{ k: 'str', v: k }, v], tuple: true }) as Value) : this.iterate(a);
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
        const items = a && this.iterate(a);
        return items ? { k: 'seq', items: items.map((v, i) => ({ k: 'seq', items: [num(i), v], tuple: true }) as Value), tuple: false } : UNKNOWN;
      }
      case 'zip': {
        const lists = positional.map((v) => this.iterate(v));
        if (lists.some((l) => !l)) return UNKNOWN;
        if (lists.length === 0) return { k: 'seq', items: [], tuple: false };
        const n = Math.min(...lists.map((l) => l!.length));
        return { k: 'seq', items: Array.from({ length: n }, (_, i) => ({ k: 'seq', items: lists.map((l) => l![i]!), tuple: true }) as Value), tuple: false };
      }
      case 'reversed': {
        const items = a && this.iterate(a);
        return items ? { k: 'seq', items: [...items].reverse(), tuple: false } : UNKNOWN;
      }
      case 'isinstance':
        return this.isInstance(a, positional[1]);
      case 'type':
        return a?.k === 'module' ? { k: 'lib', name: a.m.className.includes('.') ? a.m.className : `__local__.${a.m.className}` } : UNKNOWN;
      case 'hasattr': {
        if (a?.k === 'module' && positional[1]?.k === 'str') {
          const attr = this.getAttr(a, positional[1].v);
          if (attr.k === 'none') return { k: 'bool', v: true };
          return attr.k === 'unknown' ? (a.m.kind === 'custom' ? UNKNOWN : { k: 'bool', v: false }) : { k: 'bool', v: true };
        }
        return UNKNOWN;
      }
      case 'getattr': {
        if (a && positional[1]?.k === 'str') {
          const v = this.getAttr(a, positional[1].v);
          return v.k === 'unknown' && positional[2] ? positional[2] : v;
        }
        return UNKNOWN;
      }
      case 'setattr':
        if (a?.k === 'module' && positional[1]?.k === 'str' && positional[2]) this.setModuleAttr(a.m, positional[1].v, positional[2], ctx, node);
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

  private isInstance(obj: Value | undefined, cls: Value | undefined): Value {
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
    if (obj.k !== 'module') return obj.k === 'unknown' ? UNKNOWN : { k: 'bool', v: false };
    let unknown = false;
    for (const c of classes) {
      if (c.k === 'lib') {
        const short = c.name.replace(/^torch\.nn\.(modules\.\w+\.)?/, 'torch.nn.');
        if (obj.m.className === short) return { k: 'bool', v: true };
        // Abstract bases PyTorch uses in isinstance tests.
        if (short === 'torch.nn.Module') return { k: 'bool', v: true };
        const base = ISINSTANCE_BASES[short];
        if (base && base.test(obj.m.className)) return { k: 'bool', v: true };
      } else if (c.k === 'class') {
        if ((obj.m.classChain ?? []).includes(c)) return { k: 'bool', v: true };
      } else unknown = true;
    }
    return unknown ? UNKNOWN : { k: 'bool', v: false };
  }

  /** `super().__init__(...)` and other methods of a base class of this file. */
  private superAttr(sup: SuperValue, attr: string): Value {
    const self = sup.self;
    if (!self || !sup.cls) return { k: 'lib', name: `__super__.${attr}` };
    const found = self.k === 'module' ? this.findMethod(self.m, attr, sup.cls) : self.k === 'instance' ? this.findClassMethod(self.cls, attr, sup.cls) : undefined;
    return found ? { k: 'func', def: found.def, self, cls: found.cls } : { k: 'lib', name: `__super__.${attr}` };
  }

  // ---------------------------------------------------------------- forward pass

  /** Runs a custom module's forward on an abstract tensor; undefined when there is no readable forward. */
  callForward(m: ModuleObj, input: Trace, ctx: Ctx, extra: Value[] = []): Trace | undefined {
    return this.callForwardValue(m, { k: 'tensor', trace: input }, ctx, extra)?.trace;
  }

  /** Runs forward (PyTorch), call (Keras) or __call__ (Flax) on a tensor; the output tensor, shape included. */
  callForwardValue(m: ModuleObj, input: Value & { k: 'tensor' }, ctx: Ctx, extra: Value[] = [], keyword: Map<string, Value> = new Map()): (Value & { k: 'tensor' }) | undefined {
    const forward = this.findMethod(m, m.framework === 'keras' ? 'call' : m.framework === 'flax' ? '__call__' : 'forward');
    if (!forward || ctx.depth >= MAX_DEPTH) return undefined;
    const out = this.callFunction(forward.def, { k: 'module', m }, [input, ...extra], keyword, ctx, forward.cls);
    return firstTensor(out);
  }

  /** Applies a module to a tensor: layers and activations append nodes, containers chain their children. */
  applyModule(m: ModuleObj, trace: Trace, ctx: Ctx, extra: Value[]): Trace {
    switch (m.kind) {
      case 'layer':
        return extend(trace, { type: 'layer', layer: m.layer! });
      case 'activation':
        return extend(trace, { type: 'activation', activation: m.activation! });
      case 'passthrough':
        return trace;
      case 'container': {
        if (m.containerKind !== 'Sequential') return extend(trace, { type: 'opaque', reason: `calling ${m.display}` });
        let t = trace;
        for (const child of m.children.values()) t = this.applyModule(child, t, ctx, []);
        return t;
      }
      case 'custom': {
        const out = this.callForward(m, trace, ctx, extra);
        return out ?? extend(trace, { type: 'opaque', reason: `${m.display} has no forward initlint can read` });
      }
      default:
        return extend(trace, { type: 'opaque', reason: `${m.className} is not modelled` });
    }
  }
}

// ---------------------------------------------------------------- helpers

interface SuperValue {
  k: 'lib';
  name: '__super__';
  self?: Value;
  cls?: ClassValue;
}

const LIB_CONSTANTS: Record<string, number> = { 'math.pi': Math.PI, 'math.e': Math.E, 'numpy.pi': Math.PI, 'math.inf': Infinity };

/** Functional normalizations: they reset the scale of what they normalize. */
const FUNCTIONAL_NORMS: Record<string, Layer['normKind']> = {
  normalize: 'layer',
  layer_norm: 'layer',
  rms_norm: 'rms',
  group_norm: 'group',
  batch_norm: 'batch',
  instance_norm: 'instance',
};

/** Parameter names that conventionally carry a model configuration. */
const CONFIG_PARAM = /^(config|cfg|conf|model_config|model_cfg|hparams|args)$/i;

const KNOWN_KINDS = new Set(['num', 'str', 'bool', 'none', 'seq', 'dict']);

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

const BUILTINS = new Set(['bool', 'range', 'len', 'int', 'float', 'abs', 'round', 'min', 'max', 'list', 'tuple', 'dict', 'enumerate', 'zip', 'reversed', 'isinstance', 'type', 'hasattr', 'getattr', 'setattr', 'super', 'str', 'print']);

const MODULE_METHODS = new Set(['modules', 'children', 'named_modules', 'named_children', 'parameters', 'named_parameters', 'apply', 'append', 'extend', 'add_module', 'register_module', 'register_parameter', 'forward']);

/** isinstance(m, nn._ConvNd) and similar abstract bases. */
const ISINSTANCE_BASES: Record<string, RegExp> = {
  'torch.nn._ConvNd': /^torch\.nn\.Conv(Transpose)?[123]d$/,
  'torch.nn._BatchNorm': /^torch\.nn\.(BatchNorm[123]d|SyncBatchNorm)$/,
  'torch.nn._NormBase': /^torch\.nn\.(BatchNorm[123]d|SyncBatchNorm|InstanceNorm[123]d)$/,
  'torch.nn.RNNBase': /^torch\.nn\.(RNN|LSTM|GRU)$/,
};

function methodOf(classDef: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const stmt of kidsOf(classDef.childForFieldName('body'))) {
    const def = stmt?.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
}

/** `@staticmethod` methods take no self. */
function isStatic(def: SyntaxNode): boolean {
  const outer = def.parent;
  return outer?.type === 'decorated_definition' && kids(outer).some((d) => d.type === 'decorator' && /^@\s*staticmethod\b/.test(d.text));
}

function linearize(cls: ClassValue): ClassValue[] {
  const out: ClassValue[] = [];
  const visit = (c: ClassValue): void => {
    if (out.includes(c)) return;
    out.push(c);
    c.bases.forEach(visit);
  };
  visit(cls);
  return out;
}

function paramInfo(p: SyntaxNode): { name?: string; defaultNode?: SyntaxNode; annotation?: string; kind: 'plain' | 'star' | 'kwargs' } {
  switch (p.type) {
    case 'identifier':
      return { name: p.text, kind: 'plain' };
    case 'typed_parameter': {
      const id = kids(p).find((c) => c?.type === 'identifier');
      const star = kids(p).find((c) => c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern');
      const type = p.childForFieldName('type')?.text;
      if (star) return { name: kids(star)[0]?.text ?? '', kind: star.type === 'list_splat_pattern' ? 'star' : 'kwargs' };
      return { ...(id ? { name: id.text } : {}), ...(type ? { annotation: type } : {}), kind: 'plain' };
    }
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = p.childForFieldName('name')?.text;
      const value = p.childForFieldName('value');
      const type = p.childForFieldName('type')?.text;
      return { ...(name ? { name } : {}), ...(value ? { defaultNode: value } : {}), ...(type ? { annotation: type } : {}), kind: 'plain' };
    }
    case 'list_splat_pattern':
      return { name: kids(p)[0]?.text ?? '', kind: 'star' };
    case 'dictionary_splat_pattern':
      return { name: kids(p)[0]?.text ?? '', kind: 'kwargs' };
    default:
      return { kind: 'plain' };
  }
}

export function statementOf(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode = node;
  while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n;
}

export function firstTensor(v: Value): (Value & { k: 'tensor' }) | undefined {
  if (v.k === 'tensor') return v;
  if (v.k === 'seq') for (const item of v.items) if (item.k === 'tensor') return item;
  if (v.k === 'dict') for (const item of v.entries.values()) if (item.k === 'tensor') return item;
  return undefined;
}

/** Same value, or tensors whose histories are the same operations on the same layers. */
function equivalent(a: Value, b: Value): boolean {
  if (a === b || sameValue(a, b)) return true;
  return a.k === 'tensor' && b.k === 'tensor' && sameHistory(a.trace, b.trace);
}

function sameValue(a: Value, b: Value): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'num' || a.k === 'str' || a.k === 'bool') return a.v === (b as typeof a).v;
  return a === b;
}

function compare(op: string, a: Value, b: Value): boolean | undefined {
  switch (op) {
    case 'is':
    case '==':
      if (a.k === 'none' || b.k === 'none') return a.k === 'unknown' || b.k === 'unknown' ? undefined : a.k === b.k && (op === 'is' || a.k === 'none') ? true : a.k === 'none' && b.k === 'none';
      if (a.k === 'lib' && b.k === 'lib') return a.name === b.name;
      if ((a.k === 'num' || a.k === 'str' || a.k === 'bool') && a.k === b.k) return a.v === (b as typeof a).v;
      if (a.k === 'num' && b.k === 'bool') return a.v === (b.v ? 1 : 0);
      if (a.k === 'bool' && b.k === 'num') return b.v === (a.v ? 1 : 0);
      // Values of different known kinds are never equal (1 == "M" is False).
      if (KNOWN_KINDS.has(a.k) && KNOWN_KINDS.has(b.k)) return false;
      return a.k === 'unknown' || b.k === 'unknown' ? undefined : a.k === 'module' || b.k === 'module' ? a === b : undefined;
    case 'is not':
    case '!=': {
      const r = compare(op === 'is not' ? 'is' : '==', a, b);
      return r === undefined ? undefined : !r;
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (a.k === 'num' && b.k === 'num') return op === '<' ? a.v < b.v : op === '<=' ? a.v <= b.v : op === '>' ? a.v > b.v : a.v >= b.v;
      return undefined;
    case 'in':
    case 'not in': {
      let r: boolean | undefined;
      if (a.k === 'str' && b.k === 'str') r = b.v.includes(a.v);
      else if (b.k === 'seq') {
        r = false;
        for (const item of b.items) {
          const eq = compare('==', a, item);
          if (eq === undefined) return undefined;
          if (eq) r = true;
        }
      } else if (b.k === 'dict' && a.k === 'str') r = b.entries.has(a.v);
      if (r === undefined) return undefined;
      return op === 'in' ? r : !r;
    }
    default:
      return undefined;
  }
}

/** The batch axis of a tensor's `.shape`: unknown, but the same in every tensor of one forward pass. */
export const BATCH_DIM: Value = { k: 'unknown' };

/** Tuple equality (read in Keras and Flax files: `if residual.shape != y.shape`). */
function seqEqual(op: string, a: Value, b: Value): boolean | undefined {
  if (a.k !== 'seq' || b.k !== 'seq') return undefined;
  let eq: boolean | undefined = a.items.length === b.items.length;
  if (eq) {
    for (let i = 0; i < a.items.length && eq !== false; i++) {
      if (a.items[i] === BATCH_DIM && b.items[i] === BATCH_DIM) continue;
      const r = compare('==', a.items[i]!, b.items[i]!);
      if (r === undefined) eq = undefined;
      else if (!r) eq = false;
    }
  }
  if (eq === undefined) return undefined;
  return op === '==' ? eq : !eq;
}

function stringMethod(s: string, name: string, args: Value[]): Value {
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
      return { k: 'str', v: s.toLowerCase() };
    case 'upper':
      return { k: 'str', v: s.toUpperCase() };
    case 'split':
      return { k: 'seq', items: (str(a) ? s.split(a.v) : s.split(/\s+/)).map((x) => ({ k: 'str', v: x }) as Value), tuple: false };
    case 'format':
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function mathCall(name: string, args: Value[]): Value {
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
    case 'prod': return UNKNOWN;
    default: return UNKNOWN;
  }
}

function scaledTensor(t: NewTensor, factor: number, node: SyntaxNode): Value {
  const scaled: NewTensor = { ...t, multiplier: t.multiplier * factor, range: rangeOf(node), text: node.text };
  return scaled as unknown as Value;
}

function unknownTensor(node: SyntaxNode): NewTensor {
  return { k: 'lib', name: '__newtensor__', factory: 'unknown', shape: [], args: { positional: [], keyword: {} }, multiplier: 1, text: node.text, range: rangeOf(node) };
}
