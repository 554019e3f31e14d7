// Calls: argument evaluation (with * and ** spreads), functions of the file (parameters bound,
// defaults evaluated, config-typed parameters given their class's defaults), classes, methods of
// plain values, and library names (builtins and math here; framework names through their plug-in).
import type { SyntaxNode } from '../syntax';
import { extend, joinBranches } from '../../shared/trace';
import { builtin } from './builtins';
import { instantiate, instantiateConfig } from './classes';
import type { Ctx, Env, Interpreter } from './interpreter';
import { kids, kidsOf, paramInfo, rangeOf, statementOf } from './nodes';
import { appendItems, growList } from './operators';
import { mathCall, stringMethod } from './strings-math';
import { type ClassValue, type ModuleObj, NONE, type Trace, UNKNOWN, type Value, isKnownNumber, iterate, newModule, cloneModule, parametersOf } from './values';

/** Parameter names that conventionally carry a model configuration. */
const CONFIG_PARAM = /^(config|cfg|conf|model_config|model_cfg|hparams|args)$/i;

export function evalCall(ip: Interpreter, node: SyntaxNode, env: Env, ctx: Ctx): Value {
  const fnNode = node.childForFieldName('function')!;
  const fn = ip.eval(fnNode, env, ctx);
  const argsNode = node.childForFieldName('arguments');
  const positional: Value[] = [];
  const keyword = new Map<string, Value>();
  if (argsNode?.type === 'generator_expression') positional.push(ip.eval(argsNode, env, ctx));
  else if (argsNode) {
    for (const arg of kids(argsNode)) {
      if (!arg || arg.type === 'comment') continue;
      if (arg.type === 'keyword_argument') {
        keyword.set(arg.childForFieldName('name')!.text, ip.eval(arg.childForFieldName('value')!, env, ctx));
      } else if (arg.type === 'list_splat') {
        const spread = iterate(ip.eval(kids(arg)[0]!, env, ctx));
        if (!spread || !appendItems(ip, positional, spread)) return unknownCall(positional, node);
      } else if (arg.type === 'dictionary_splat') {
        const d = ip.eval(kids(arg)[0]!, env, ctx);
        if (d.k === 'dict') for (const [k, v] of d.entries) keyword.set(k, v);
        else return unknownCall(positional, node);
      } else positional.push(ip.eval(arg, env, ctx));
    }
  }
  return call(ip, fn, positional, keyword, ctx, node);
}

/**
 * A call initlint does not model: a tensor argument continues through an opaque step. Modules
 * passed to it (`WeightDrop(nn.LSTM(...))`, `wrap(self.encoder)`) are still the user's modules:
 * the result is an unmodelled module that owns them, so their layers stay part of the model.
 */
export function unknownCall(positional: Value[], node: SyntaxNode, keyword?: Map<string, Value>): Value {
  // Tensors passed directly or in a list (`torch.cat([out, x], 1)`): the deepest goes on, the others are branches.
  const tensors = positional.flatMap((v) => (v.k === 'tensor' ? [v] : v.k === 'seq' ? v.items.filter((x) => x.k === 'tensor') : [])) as { k: 'tensor'; trace: Trace }[];
  const reason = `the call ${node.text.slice(0, 40)}`;
  if (tensors.length > 1) return { k: 'tensor', trace: joinBranches(tensors.map((t) => t.trace), reason, rangeOf(node)) };
  const t = tensors[0];
  if (t) return { k: 'tensor', trace: extend(t.trace, { type: 'opaque', reason, range: rangeOf(node) }) };
  const owned = [...positional, ...(keyword?.values() ?? [])].filter((v): v is Value & { k: 'module' } => v.k === 'module');
  if (owned.length === 0 || [...(keyword?.values() ?? [])].some((v) => v.k === 'tensor')) return UNKNOWN;
  const callee = node.childForFieldName('function')?.text ?? 'a call';
  const m = newModule('other', callee, node.text.slice(0, 60));
  owned.forEach((v, i) => m.children.set(String(i), v.m));
  return { k: 'module', m };
}

/** Callee names of functions that initialize what they are given (`init_weights(m)`, `c2_xavier_fill(conv)`). */
const INITIALIZING_NAME = /init|reset|fill|xavier|kaiming|glorot|lecun|normal|uniform|orthogonal|trunc/i;

/**
 * A function initlint cannot read was given a weight (`init_layer(layer.weight)`), or a module
 * under an initializing name (`init_weights(self.fc)`, `c2_msra_fill(conv)`), or was applied to a
 * module tree (`model.apply(init_fn)`): what it does to their values is unknown, so their
 * initializers become unknown from here on (a later explicit init still overrides). Keeping the
 * earlier reading (often the framework default) would judge values the code may have replaced.
 * Calls that take a forward-pass tensor are operations, not initializers: left alone.
 */
export function unknownCodeTouches(positional: Value[], keyword: Map<string, Value> | undefined, node: SyntaxNode, applied?: ModuleObj): void {
  const args = [...positional, ...(keyword?.values() ?? [])];
  if (args.some((v) => v.k === 'tensor')) return;
  const callee = node.childForFieldName('function')?.text ?? '';
  const initializing = INITIALIZING_NAME.test(callee.split('.').pop() ?? '');
  const targets: (Value & { k: 'param' })[] = [];
  for (const v of args) {
    if (v.k === 'param') targets.push(v);
    else if (v.k === 'module' && initializing) for (const p of parametersOf(v.m)) targets.push(p.value);
  }
  if (applied) for (const p of parametersOf(applied)) targets.push(p.value);
  for (const t of targets) {
    t.spec.init = {
      source: 'explicit',
      framework: t.spec.init.framework,
      name: '?',
      args: { positional: [], keyword: {} },
      statementRange: rangeOf(statementOf(node)),
      callRange: rangeOf(node),
      text: node.text.slice(0, 200),
    };
  }
}

export function call(ip: Interpreter, fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  switch (fn.k) {
    case 'lib':
      return callLib(ip, fn.name, positional, keyword, ctx, node);
    case 'class':
      if (fn.isModule) {
        ip.usedClasses.add(fn);
        const m = instantiate(ip, fn, positional, keyword, ctx);
        return m ? { k: 'module', m } : UNKNOWN;
      }
      return instantiateConfig(ip, fn, positional, keyword, ctx);
    case 'func':
      return callFunction(ip, fn.def, fn.self, positional, keyword, ctx, fn.cls);
    case 'method':
      return callMethod(ip, fn.self, fn.name, positional, keyword, ctx, node);
    case 'module': {
      const owner = ip.plugins.owner(fn.m.framework);
      return owner?.callModule ? owner.callModule(fn.m, positional, keyword, ctx, node) : UNKNOWN;
    }
    case 'instance': {
      // An instance of a plain class called like a function: its __call__ (makemore's layers).
      const method = ip.findClassMethod(fn.cls, '__call__');
      return method ? callFunction(ip, method.def, fn, positional, keyword, ctx, method.cls) : unknownCall(positional, node, keyword);
    }
    case 'partial': {
      const merged = new Map(fn.keyword);
      for (const [k, v] of keyword) merged.set(k, v);
      if (!fn.sites) return call(ip, fn.fn, [...fn.positional, ...positional], merged, ctx, node);
      return ip.withPartialSites(fn.sites, () => call(ip, fn.fn, [...fn.positional, ...positional], merged, ctx, node));
    }
    default:
      for (const p of ip.plugins.all) {
        const r = p.callValue?.(fn, positional, keyword, ctx, node);
        if (r) return r;
      }
      unknownCodeTouches(positional, keyword, node);
      return unknownCall(positional, node, keyword);
  }
}

export function callFunction(ip: Interpreter, def: SyntaxNode, self: Value | undefined, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, cls?: ClassValue, onEnd?: (locals: Env) => void): Value {
  if (ctx.depth >= ip.limits.callDepth) return UNKNOWN;
  for (const p of ip.plugins.all) p.onFunctionCall?.(def);
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
    if (v === undefined && defaultNode) v = ip.eval(defaultNode, ip.globals, ctx);
    if (v === undefined) {
      // `config: GPTConfig`, or an unannotated `config`/`cfg` when the file defines exactly one
      // config class: that class's defaults (the model the file describes by default).
      const cls = annotation ? ip.classes.get(annotation) : CONFIG_PARAM.test(name) ? soleConfigClass(ip) : undefined;
      if (cls && !cls.isModule) v = instantiateConfig(ip, cls, [], new Map(), ctx);
    }
    env.set(name, v ?? UNKNOWN);
  }
  const body = def.childForFieldName('body');
  if (!body) return UNKNOWN;
  const inner: Ctx = { conditional: ctx.conditional, depth: ctx.depth + 1, ...(self ? { self } : {}), ...(cls ? { cls } : {}), ...(ctx.branchInits ? { branchInits: ctx.branchInits } : {}) };
  ip.execBlock(body, env, inner);
  onEnd?.(env);
  return inner.returned ?? NONE;
}

function soleConfigClass(ip: Interpreter): ClassValue | undefined {
  const candidates = [...ip.classes.values()].filter((c) => !c.isModule && (c.isDataclass || /(Config|Cfg|Args)$/.test(c.name)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function callMethod(ip: Interpreter, self: Value, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  if (self.k === 'param') return ip.plugins.owner(self.owner.framework)?.paramMethod?.(self, name, positional, keyword, ctx, node) ?? UNKNOWN;
  if (self.k === 'seq') {
    if (name === 'append' && positional[0]) growList(ip, self, [positional[0]]);
    else if (name === 'extend' && positional[0]) {
      const more = iterate(positional[0]);
      if (more) growList(ip, self, more);
    } else if (name === 'insert' && isKnownNumber(positional[0]) && positional[1]) growList(ip, self, [positional[1]], positional[0].v);
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
  if (self.k === 'str') return stringMethod(ip.budget, self.v, name, positional);
  if (self.k === 'tensor') return ip.tensorMethod(self, name, positional, keyword, node);
  if (self.k === 'module') return ip.plugins.owner(self.m.framework)?.moduleMethod?.(self.m, name, positional, keyword, ctx, node) ?? UNKNOWN;
  if (self.k === 'lib') {
    for (const p of ip.plugins.all) {
      const r = p.valueMethod?.(self, name, positional, keyword, ctx, node);
      if (r) return r;
    }
  }
  return UNKNOWN;
}

/** copy.deepcopy: PyTorch modules are cloned (new layers, same initializations); plain values copied. */
function deepCopy(v: Value | undefined): Value {
  if (!v) return UNKNOWN;
  if (v.k === 'module') return v.m.framework ? UNKNOWN : { k: 'module', m: cloneModule(v.m) };
  if (v.k === 'seq') return { k: 'seq', items: v.items.map(deepCopy), tuple: v.tuple };
  if (v.k === 'dict') return { k: 'dict', entries: new Map([...v.entries].map(([k, x]) => [k, deepCopy(x)])) };
  return v.k === 'num' || v.k === 'str' || v.k === 'bool' || v.k === 'none' ? v : UNKNOWN;
}

function callLib(ip: Interpreter, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
  if (name.startsWith('builtins.')) return builtin(ip, name.slice(9), positional, keyword, ctx, node);
  if (name.startsWith('math.')) return mathCall(name.slice(5), positional);
  if (name === 'numpy.sqrt' || name === 'np.sqrt') return mathCall('sqrt', positional);
  // np.prod of a shape (`np.prod(w.shape[2:])`, a receptive field): as math.prod
  if ((name === 'numpy.prod' || name === 'np.prod') && positional.length === 1 && keyword.size === 0) return mathCall('prod', positional);
  if (name === 'collections.OrderedDict' || name === 'typing.OrderedDict') return builtin(ip, 'dict', positional, keyword, ctx, node);
  if (name === 'copy.deepcopy') return deepCopy(positional[0]);
  const r = ip.plugins.nameOwner(name)?.callLib?.(name, positional, keyword, ctx, node);
  if (r) return r;
  unknownCodeTouches(positional, keyword, node);
  return unknownCall(positional, node, keyword);
}
