// The PyTorch plug-in: torch.nn modules and containers, nn.init and in-place initialisations,
// nn.Parameter and tensor factories, functional forms and tensor methods in the forward pass, the
// module methods init code walks (modules(), apply(), named_parameters(), ...), and the abstract
// bases isinstance tests use. Module objects without a `framework` are PyTorch's. It is created for
// every file (see ../plugin.ts).
import { gainValue } from '../../../init/gain';
import { ROOT_TRACE, extend } from '../../shared/trace';
import { describeParam } from '../../../init';
import type { Layer, Model, SourceRange } from '../../../model/graph';
import type { Ctx, Interpreter, RootModel } from '../eval/interpreter';
import { kidsOf, rangeOf, statementOf } from '../eval/nodes';
import { unknownCodeTouches } from '../eval/calls';
import { type ModuleObj, NONE, type Trace, UNKNOWN, type Value, assignPaths, isKnownNumber, iterate, modulesOf, newModule, num, parametersOf, relativePath } from '../eval/values';
import type { ClassBase, FrameworkPlugin, Param, Tensor } from '../plugin';
import type { SyntaxNode } from '../syntax';
import { buildSite } from './build-site';
import { TorchAxes, tensorProduct, unpackSizes } from './attention';
import { RawTensors, type WeightUse } from './raw-tensors';
import { functional, tensorMethod } from './functional';
import { type ArgTexts, torchModule, torchNormKind } from './modules';
import { type NewTensor, factoryInit, initTensor, isNewParam, isNewTensor, newParam, newTensor, paramLayerStep, paramMethod, registerParam, scaleInit, scaledTensor, setInit, unknownTensor } from './parameters';

const MODULE_BASES = new Set([
  'torch.nn.Module', 'torch.nn.modules.module.Module', 'pytorch_lightning.LightningModule', 'lightning.LightningModule', 'lightning.pytorch.LightningModule',
  // nn.Module subclasses of the libraries models are commonly written against.
  'transformers.PreTrainedModel', 'transformers.modeling_utils.PreTrainedModel', 'mmengine.model.BaseModule', 'mmcv.runner.BaseModule', 'mmengine.model.base_module.BaseModule',
]);

/** timm's initializers (timm.layers.weight_init): the same names in engine/init's PyTorch catalogue. */
const TIMM_INIT = /^timm\.(?:\w+\.)*(trunc_normal_|trunc_normal_tf_|lecun_normal_|variance_scaling_)$/;

interface ModuleInitializer {
  /** Parameters after the module, in order. */
  params: string[];
  defaults: Record<string, number | string>;
  /** The nn.init call it makes on the module's weight, from the bound arguments. */
  weight(args: Map<string, Value>): { name: string; keyword: Map<string, Value> } | undefined;
}

const pick = (args: Map<string, Value>, ...names: string[]): Map<string, Value> => new Map(names.filter((n) => args.has(n)).map((n) => [n, args.get(n)!]));
const distributionOf = (args: Map<string, Value>): string | undefined => {
  const d = args.get('distribution');
  return d?.k === 'str' && (d.v === 'uniform' || d.v === 'normal') ? d.v : undefined;
};

/**
 * mmcv/mmengine module initializers (mmengine/model/weight_init.py): each sets the module's weight
 * with one nn.init function and its bias with constant_(bias), when the module has them.
 */
const MODULE_INITIALIZERS: Record<string, ModuleInitializer> = {
  // constant_init(module, val, bias=0): constant_(weight, val)
  constant_init: { params: ['val', 'bias'], defaults: { bias: 0 }, weight: (a) => (a.has('val') ? { name: 'constant_', keyword: new Map([['val', a.get('val')!]]) } : undefined) },
  // xavier_init(module, gain=1, bias=0, distribution='normal'): xavier_{distribution}_(weight, gain)
  xavier_init: {
    params: ['gain', 'bias', 'distribution'],
    defaults: { gain: 1, bias: 0, distribution: 'normal' },
    weight: (a) => {
      const d = distributionOf(a);
      return d ? { name: `xavier_${d}_`, keyword: pick(a, 'gain') } : undefined;
    },
  },
  // normal_init(module, mean=0, std=1, bias=0): normal_(weight, mean, std)
  normal_init: { params: ['mean', 'std', 'bias'], defaults: { mean: 0, std: 1, bias: 0 }, weight: (a) => ({ name: 'normal_', keyword: pick(a, 'mean', 'std') }) },
  // trunc_normal_init(module, mean=0, std=1, a=-2, b=2, bias=0): trunc_normal_(weight, mean, std, a, b)
  trunc_normal_init: { params: ['mean', 'std', 'a', 'b', 'bias'], defaults: { mean: 0, std: 1, a: -2, b: 2, bias: 0 }, weight: (a) => ({ name: 'trunc_normal_', keyword: pick(a, 'mean', 'std', 'a', 'b') }) },
  // uniform_init(module, a=0, b=1, bias=0): uniform_(weight, a, b)
  uniform_init: { params: ['a', 'b', 'bias'], defaults: { a: 0, b: 1, bias: 0 }, weight: (a) => ({ name: 'uniform_', keyword: pick(a, 'a', 'b') }) },
  // kaiming_init(module, a=0, mode='fan_out', nonlinearity='relu', bias=0, distribution='normal')
  kaiming_init: {
    params: ['a', 'mode', 'nonlinearity', 'bias', 'distribution'],
    defaults: { a: 0, mode: 'fan_out', nonlinearity: 'relu', bias: 0, distribution: 'normal' },
    weight: (a) => {
      const d = distributionOf(a);
      return d ? { name: `kaiming_${d}_`, keyword: pick(a, 'a', 'mode', 'nonlinearity') } : undefined;
    },
  },
  // caffe2_xavier_init(module, bias=0) = kaiming_init(module, a=1, mode='fan_in', nonlinearity='leaky_relu', distribution='uniform')
  caffe2_xavier_init: {
    params: ['bias'],
    defaults: { bias: 0 },
    weight: () => ({ name: 'kaiming_uniform_', keyword: new Map<string, Value>([['a', num(1)], ['mode', { k: 'str', v: 'fan_in' }], ['nonlinearity', { k: 'str', v: 'leaky_relu' }]]) }),
  },
};

const MODULE_METHODS = new Set(['modules', 'children', 'named_modules', 'named_children', 'parameters', 'named_parameters', 'apply', 'append', 'extend', 'add_module', 'register_module', 'register_parameter', 'forward']);

/**
 * Module methods that move, cast or switch a module and return the same module: the model they
 * return is the model that was built, still to be checked.
 */
const RETURNS_SELF = new Set(['to', 'cuda', 'cpu', 'double', 'float', 'half', 'bfloat16', 'type', 'train', 'eval', 'requires_grad_', 'share_memory', 'to_empty', 'xpu', 'mps', 'ipu']);

/**
 * Library calls that wrap or compile a module without changing its parameters at initialization:
 * the same model (a DataParallel's `.module` is the model itself). weight_norm keeps the initial
 * weight (g starts at ||v||), so the layer's init is unchanged.
 */
const TRANSPARENT_WRAPPERS = new Set([
  'torch.compile', 'torch.jit.script', 'torch.nn.DataParallel', 'torch.nn.parallel.DataParallel', 'torch.nn.parallel.DistributedDataParallel',
  'torch.nn.parallel.distributed.DistributedDataParallel', 'torch.distributed.fsdp.FullyShardedDataParallel', 'torch.nn.SyncBatchNorm.convert_sync_batchnorm',
  'torch.nn.utils.weight_norm', 'torch.nn.utils.parametrizations.weight_norm', 'torch.ao.quantization.QuantWrapper',
]);

/** isinstance(m, nn._ConvNd) and similar abstract bases. */
const ISINSTANCE_BASES: Record<string, RegExp> = {
  'torch.nn._ConvNd': /^torch\.nn\.Conv(Transpose)?[123]d$/,
  'torch.nn._BatchNorm': /^torch\.nn\.(BatchNorm[123]d|SyncBatchNorm)$/,
  'torch.nn._NormBase': /^torch\.nn\.(BatchNorm[123]d|SyncBatchNorm|InstanceNorm[123]d)$/,
  'torch.nn.RNNBase': /^torch\.nn\.(RNN|LSTM|GRU)$/,
};

/** What calling a module returns: RNNs and attention return tuples whose first item is the output. */
function moduleOutput(m: ModuleObj, trace: Trace): Value {
  const t: Value = { k: 'tensor', trace };
  const kind = m.layer?.kind;
  if (kind === 'LSTM' || kind === 'GRU' || kind === 'RNN' || kind === 'MultiheadAttention') return { k: 'seq', items: [t, UNKNOWN], tuple: true };
  return t;
}

/** Adds a module (ModuleList, Sequential) or a new parameter (ParameterList/Dict) under `key`. */
function addToContainer(m: ModuleObj, item: Value, key: string, ctx: Ctx, node: SyntaxNode): void {
  if (item.k === 'module' && m.containerKind !== 'ParameterList' && m.containerKind !== 'ParameterDict') m.children.set(key, item.m);
  else if (isNewParam(item) && (m.containerKind === 'ParameterList' || m.containerKind === 'ParameterDict')) {
    const display = m.containerKind === 'ParameterList' ? `${m.display}[${key}]` : `${m.display}[${JSON.stringify(key)}]`;
    registerParam(m, key, item.tensor, ctx, statementOf(node), display);
  }
}

/** `nn.ParameterList([...])` / `nn.ParameterDict({...})`: a container of free parameters. */
function parameterContainer(name: string, src: Value | undefined, ctx: Ctx, node: SyntaxNode): Value {
  const m = newModule('container', name, node.text.slice(0, 60));
  m.containerKind = name === 'torch.nn.ParameterDict' ? 'ParameterDict' : 'ParameterList';
  if (src?.k === 'dict') for (const [k, v] of src.entries) addToContainer(m, v, k, ctx, node);
  else if (src) {
    const items = iterate(src);
    if (!items) return UNKNOWN;
    items.forEach((v, i) => addToContainer(m, v, String(i), ctx, node));
  }
  return { k: 'module', m };
}

/** A body that may hold a raw-tensor forward pass. */
const RAW_PRODUCT = /@|\bmatmul\(|\.mm\(|\blinear\(|\beinsum\(|\bconv[123]d\(/;

/** Methods of a factory tensor initlint follows; the rest make an unknown value. */
const TENSOR_METHODS = new Set(['normal_', 'uniform_', 'zero_', 'fill_', 'mul_', 'div_', 't', 'size', 'dim', 'mm', 'matmul', 'requires_grad_', 'to', 'cuda', 'cpu', 'double', 'float', 'half', 'detach', 'clone', 'contiguous']);
/** Methods that return the same values (the tensor moved, cast or marked trainable). */
const SAME_TENSOR = new Set(['requires_grad_', 'to', 'cuda', 'cpu', 'double', 'float', 'half', 'detach', 'clone', 'contiguous']);

/** `W.T` of a factory tensor: used as `x @ W.T` it is `F.linear(x, W)`. */
interface Transposed {
  k: 'lib';
  name: '__transposed__';
  of: NewTensor & Value;
}

function transposed(t: NewTensor & Value): Value {
  return { k: 'lib', name: '__transposed__', ...({ of: t } as object) } as Value;
}

function isTransposed(v: Value): v is Value & Transposed {
  return v.k === 'lib' && v.name === '__transposed__';
}

/**
 * The weight's input axis in a two-operand einsum `x, W` with a 2-D weight (`'bi,ij->bj'`: 0,
 * `'bi,ji->bj'`: 1), or undefined for anything else.
 */
export function einsumAxis(eq: string): 0 | 1 | undefined {
  const m = /^\s*([a-z.]+)\s*,\s*([a-z]{2})\s*->\s*([a-z.]+)\s*$/i.exec(eq.replace(/\.\.\./g, '.'));
  if (!m) return undefined;
  const [, x, w, out] = m as unknown as [string, string, string, string];
  const contracted = [...w].filter((c) => x.includes(c) && !out.includes(c));
  if (contracted.length !== 1) return undefined;
  return w.indexOf(contracted[0]!) === 0 ? 0 : 1;
}

export class TorchPlugin implements FrameworkPlugin {
  readonly name = 'torch';
  readonly modules = ['pytorch'] as const;

  /** Weights written as raw tensors (`W1 = torch.randn(...)`, used through `x @ W1`). */
  private readonly raw: RawTensors;
  /** Functions of the file that ran (the rest may still hold a raw-tensor forward pass). */
  private readonly called = new Set<SyntaxNode>();
  /** Set while the evaluator builds a scale step this plug-in asked for (no second look). */
  private scaling = false;
  /** The last axis of forward-pass tensors through views, for attention's head dimension. */
  private readonly axes = new TorchAxes();

  constructor(private readonly interp: Interpreter) {
    this.raw = new RawTensors(interp);
  }

  classBase(q: string): ClassBase | undefined {
    return MODULE_BASES.has(q) ? {} : undefined;
  }

  ownsName(q: string): boolean {
    return q.startsWith('torch.') || /^(timm|mmcv|mmengine|mmdet|mmseg|mmpose|mmocr|mmyolo)\./.test(q);
  }

  /** mmcv/mmengine's `normal_init(module, ...)` and kin: the weight's and the bias's initialization. */
  private moduleInitializer(helper: ModuleInitializer, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): void {
    const module = positional[0] ?? keyword.get('module');
    if (module?.k !== 'module') return;
    const args = new Map<string, Value>(Object.entries(helper.defaults).map(([k, v]) => [k, typeof v === 'number' ? num(v) : ({ k: 'str', v } as Value)]));
    helper.params.forEach((p, i) => {
      const v = positional[i + 1] ?? keyword.get(p);
      if (v !== undefined) args.set(p, v);
    });
    const moduleText = kidsOf(node.childForFieldName('arguments')).find((c) => c.type !== 'comment' && c.type !== 'keyword_argument')?.text;
    const weight = this.interp.getAttr(module, 'weight');
    if (weight.k === 'param') {
      const w = helper.weight(args);
      if (w) setInit(weight, w.name, [], w.keyword, ctx, node, false, moduleText ? `${moduleText}.weight` : undefined);
    }
    const bias = this.interp.getAttr(module, 'bias');
    const b = args.get('bias');
    if (bias.k === 'param' && b) setInit(bias, 'constant_', [b], new Map(), ctx, node, false, moduleText ? `${moduleText}.bias` : undefined);
  }

  callLib(name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
  const helper = MODULE_INITIALIZERS[name.slice(name.lastIndexOf('.') + 1)];
  if (helper && /^(mmcv|mmengine|mmdet|mmseg|mmpose|mmocr|mmyolo)\./.test(name)) {
    this.moduleInitializer(helper, positional, keyword, ctx, node);
    return NONE;
  }
  if (TRANSPARENT_WRAPPERS.has(name)) {
    const m = positional[0] ?? keyword.get('module') ?? keyword.get('model');
    return m?.k === 'module' ? m : undefined;
  }
  const initMatch = /^torch\.nn\.init\.(\w+)$/.exec(name) ?? TIMM_INIT.exec(name);
  if (initMatch) {
    const target = positional[0];
    if (target?.k === 'param') setInit(target, initMatch[1]!, positional.slice(1), keyword, ctx, node);
    else if (target && isNewTensor(target)) initTensor(target, initMatch[1]!, positional.slice(1), keyword, node);
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
  if (name === 'torch.nn.ParameterList' || name === 'torch.nn.ParameterDict') return parameterContainer(name, positional[0], ctx, node);
  if (name === 'torch.nn.ModuleList' || name === 'torch.nn.ModuleDict') {
    const m = newModule('container', name, node.text.slice(0, 60));
    m.containerKind = name === 'torch.nn.ModuleDict' ? 'ModuleDict' : 'ModuleList';
    const src = positional[0];
    if (src?.k === 'dict') for (const [k, v] of src.entries) v.k === 'module' && m.children.set(k, v.m);
    else if (src) {
      const items = iterate(src);
      if (!items) return UNKNOWN;
      items.forEach((v, i) => v.k === 'module' && m.children.set(String(i), v.m));
    }
    return { k: 'module', m };
  }
  if (name === 'torch.nn.Parameter' || name === 'torch.nn.parameter.Parameter') {
    const t = positional[0] ?? keyword.get('data');
    if (t && isNewTensor(t)) return newParam(t);
    if (t?.k === 'param') return t;
    return newParam(unknownTensor(node));
  }
  const nnMatch = /^torch\.nn\.(?:modules\.\w+\.)?(\w+)$/.exec(name);
  if (nnMatch) {
    const m = torchModule(nnMatch[1]!, positional, keyword, rangeOf(node), node.text, argTextsOf(node, nnMatch[1]!));
    if (m) return { k: 'module', m };
    if (/^[A-Z]/.test(nnMatch[1]!)) {
      // An unmodelled torch.nn class still owns the modules it is given.
      const other = newModule('other', name, node.text.slice(0, 60));
      [...positional, ...keyword.values()].forEach((v, i) => v.k === 'module' && other.children.set(String(i), v.m));
      return { k: 'module', m: other };
    }
  }
  const factory = /^torch\.(randn|rand|zeros|ones|full|empty|Tensor|FloatTensor|eye|randn_like|zeros_like|ones_like)$/.exec(name);
  if (factory) return newTensor(factory[1]!, positional, keyword, node, ctx);
  // Functional forms in the forward pass.
  const fnName = name.split('.').pop()!;
  const products = this.rawProduct(fnName, positional, keyword, node);
  if (products) return products;
  const tensorArg = positional[0];
  if (fnName === 'matmul' && name.startsWith('torch.') && tensorArg?.k === 'tensor' && positional[1]?.k === 'tensor') {
    return tensorProduct(this.axes, tensorArg, positional[1], kidsOf(node.childForFieldName('arguments'))[0], node);
  }
  if (tensorArg?.k === 'tensor' && (name.startsWith('torch.') || name.startsWith('torch.nn.functional.'))) {
    return functional(fnName, tensorArg, positional, keyword, node);
  }
    return undefined;
  }

  /**
   * A normalization the file writes itself (`class RMSNorm(nn.Module)`, `LayerNorm2d`): a module
   * named as a norm, holding no weight layer and only per-channel parameters, is a norm layer in
   * the forward order (it resets the scale, as nn.LayerNorm does), its parameters the norm's gamma
   * and beta. Without this, LLaMA-style models read as unnormalized and the GPT-2 0.02 recipe they
   * use looked unscaled.
   */
  afterInstantiate(m: ModuleObj): void {
    const kind = customNormKind(m.className);
    if (!kind || m.kind !== 'custom' || m.children.size > 0) return;
    const specs = [...m.params.values()];
    if (specs.length > 2 || specs.some((p) => p.shape.length > 1)) return;
    const def = m.classChain?.[0]?.def;
    if (!def) return;
    for (const p of specs) p.role = /bias|beta|shift/.test(p.name) ? 'beta' : 'gamma';
    // Held as a torch.nn layer holds its parameters: in its layer, not as free parameters.
    m.params.clear();
    m.paramLayers.clear();
    m.kind = 'layer';
    m.layer = { id: '', name: m.display, kind: 'Norm', normKind: kind, ctor: m.className, framework: 'pytorch', range: rangeOf(def.childForFieldName('name') ?? def), params: specs };
  }

  forwardMethod(): string {
    return 'forward';
  }

  callModule(m: ModuleObj, positional: Value[], _keyword: Map<string, Value>, ctx: Ctx): Value {
    const t = positional[0];
    if (t?.k === 'tensor') return moduleOutput(m, this.interp.applyModule(m, t.trace, ctx, positional.slice(1)));
    return UNKNOWN;
  }

  rootTrace(m: ModuleObj): Trace | undefined {
    const raw = this.raw.traceOf(m);
    if (raw) return raw;
    const ctx: Ctx = { conditional: 0, depth: 0 };
    if (m.kind === 'layer') return this.interp.applyModule(m, ROOT_TRACE(), ctx, []);
    if (m.kind === 'container' && m.containerKind === 'Sequential') return this.interp.applyModule(m, ROOT_TRACE(), ctx, []);
    if (m.kind === 'custom') return this.interp.callForward(m, ROOT_TRACE(), ctx);
    return undefined;
  }

  buildSite(root: RootModel, indentAt: (line: number) => string): Model['buildSite'] {
    return buildSite(root, indentAt);
  }

  moduleAttr(m: ModuleObj, attr: string): Value | undefined {
    if (m.layer) {
      if (attr === 'in_features' || attr === 'in_channels') return m.layer.inFeatures !== undefined && m.layer.kind === 'Linear' ? num(m.layer.inFeatures) : UNKNOWN;
      if (attr === 'out_features' || attr === 'out_channels') return m.layer.outFeatures !== undefined && m.layer.kind === 'Linear' ? num(m.layer.outFeatures) : UNKNOWN;
      // A layer built with bias=False has `bias = None`.
      if (attr === 'bias' || attr === 'weight') return m.attrs.get(attr) ?? NONE;
    }
    if (m.activation && attr === 'negative_slope' && m.activation.param !== undefined) return num(m.activation.param);
    // A DataParallel/DDP wrapper is read as the model itself, so its `.module` is the model too.
    if (attr === 'module' && m.kind === 'custom' && !m.attrs.has('module')) return { k: 'module', m };
    return undefined;
  }

  hasModuleMethod(m: ModuleObj, name: string): boolean {
    if (MODULE_METHODS.has(name)) return true;
    // A class of the file may define its own train()/eval(); that one runs instead.
    return RETURNS_SELF.has(name) && !(m.kind === 'custom' && this.interp.findMethod(m, name));
  }

  moduleMethod(m: ModuleObj, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
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
      // A function initlint cannot read, applied to every module: their initializers are unknown now.
      if (fn.k === 'unknown' || (fn.k === 'lib' && !this.interp.plugins.nameOwner(fn.name))) {
        unknownCodeTouches([], undefined, node, m);
        return { k: 'module', m };
      }
      // PyTorch's apply visits children first, then the module itself.
      const visit = (x: ModuleObj, seen: Set<ModuleObj>): void => {
        if (seen.has(x)) return;
        seen.add(x);
        for (const child of x.children.values()) visit(child, seen);
        this.interp.call(fn, [{ k: 'module', m: x }], new Map(), ctx, node);
      };
      assignPaths(m, m.path ?? '');
      visit(m, new Set());
      return { k: 'module', m };
    }
    case 'append':
      if (m.kind === 'container' && positional[0]) addToContainer(m, positional[0], String(m.children.size + m.params.size), ctx, node);
      return NONE;
    case 'extend':
      for (const item of iterate(positional[0] ?? UNKNOWN) ?? []) addToContainer(m, item, String(m.children.size + m.params.size), ctx, node);
      return NONE;
    case 'add_module':
    case 'register_module':
      if (positional[0]?.k === 'str' && positional[1]?.k === 'module') this.interp.setModuleAttr(m, positional[0].v, positional[1], ctx, node);
      return NONE;
    case 'register_parameter':
      if (positional[0]?.k === 'str' && positional[1] && isNewParam(positional[1])) this.interp.setModuleAttr(m, positional[0].v, positional[1], ctx, node);
      return NONE;
    case 'forward':
      if (positional[0]?.k === 'tensor') return moduleOutput(m, this.interp.applyModule(m, positional[0].trace, ctx, positional.slice(1)));
      return UNKNOWN;
    default:
      void keyword;
      return RETURNS_SELF.has(name) ? { k: 'module', m } : UNKNOWN;
  }
}

  /** Every model a global name held, also those a later assignment replaced (notebooks reuse `model`). */
  private readonly globalModels: { name: string; m: ModuleObj; range: SourceRange }[] = [];

  onGlobal(name: string, value: Value, range: SourceRange): void {
    if (value.k !== 'module' || value.m.framework) return;
    const m = value.m;
    if (m.kind === 'custom' || m.kind === 'layer' || (m.kind === 'container' && m.containerKind === 'Sequential')) this.globalModels.push({ name, m, range });
  }

  /**
   * Models beyond the final globals: those a later assignment replaced, and layers built at module
   * level on their own (`lstm = nn.LSTM(32, 64)`) that no model holds.
   */
  runModelBuilders(seen: Set<ModuleObj>): void {
    this.runRawForwards();
    this.raw.addModels();
    const held = new Set<ModuleObj>();
    for (const r of this.interp.roots) for (const m of modulesOf(r.module)) held.add(m);
    for (const { name, m, range } of this.globalModels) {
      if (seen.has(m) || held.has(m)) continue;
      seen.add(m);
      for (const x of modulesOf(m)) held.add(x);
      const nameNode = m.classChain?.[0]?.def.childForFieldName('name');
      this.interp.addRoot(nameNode ? m.className : name, m, nameNode ? rangeOf(nameNode) : range, range);
    }
  }

  rootInstances(seen: Set<ModuleObj>): void {
    this.interp.rootUnheldInstances(seen, (m) => !m.framework);
  }

  onFunctionCall(def: SyntaxNode): void {
    this.called.add(def);
  }

  /**
   * Module-level functions the file never calls whose body multiplies by something
   * (`def forward(x): return torch.tanh(x @ W1) @ W2`): run once with unknown arguments, so a
   * raw-tensor forward pass they hold is read. Classes they instantiate stay pending.
   */
  private runRawForwards(): void {
    const used = new Set(this.interp.usedClasses);
    for (const v of [...this.interp.globals.values()]) {
      if (v.k !== 'func' || v.self || this.called.has(v.def)) continue;
      const body = v.def.childForFieldName('body');
      if (!body || !RAW_PRODUCT.test(body.text)) continue;
      this.interp.callFunction(v.def, undefined, [], new Map(), { conditional: 0, depth: 0 });
    }
    for (const cls of [...this.interp.usedClasses]) if (!used.has(cls)) this.interp.usedClasses.delete(cls);
  }

  /** `F.linear(x, W)`, `torch.matmul(x, W)`, `F.conv2d(x, W)`, `torch.einsum(eq, x, W)` with a raw or free weight. */
  private rawProduct(fn: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    const x = positional[0] ?? keyword.get('input');
    if (fn === 'linear') return this.product(x, positional[1] ?? keyword.get('weight'), { kind: 'matrix', inAxis: 1 }, node);
    if (fn === 'matmul' || fn === 'mm') return this.product(x, positional[1] ?? keyword.get('other') ?? keyword.get('mat2'), { kind: 'matrix', inAxis: 0 }, node);
    if (/^conv[123]d$/.test(fn)) return this.product(x, positional[1] ?? keyword.get('weight'), { kind: 'conv' }, node);
    if (fn === 'einsum') {
      const eq = positional[0];
      if (eq?.k !== 'str' || positional.length !== 3) return undefined;
      const axis = einsumAxis(eq.v);
      if (axis === undefined) return undefined;
      return this.product(positional[1], positional[2], { kind: 'matrix', inAxis: axis }, node);
    }
    return undefined;
  }

  /**
   * A product of `x` with a weight: a raw factory tensor becomes a weight; a parameter applied to
   * data that is not a forward-pass tensor starts a trace. Undefined: not a product initlint reads.
   */
  private product(x: Value | undefined, w: Value | undefined, use: WeightUse, node: SyntaxNode): Value | undefined {
    if (!w) return undefined;
    if (w.k === 'lib' && isTransposed(w) && use.kind === 'matrix') return this.product(x, w.of, { kind: 'matrix', inAxis: use.inAxis === 0 ? 1 : 0 }, node);
    const p = isNewTensor(w) ? this.raw.weight(w, use) : w.k === 'param' ? w : undefined;
    if (!p) return undefined;
    if (x?.k === 'tensor' && !this.raw.isRaw(p) && use.kind === 'matrix') return { k: 'tensor', trace: paramLayerStep(x.trace, p, use.inAxis) };
    if (x && x.k !== 'tensor' && x.k !== 'unknown' && !isNewTensor(x)) return undefined;
    return this.raw.apply(x, p, use, { range: rangeOf(node) });
  }

  onModuleAttr(m: ModuleObj, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): boolean {
    // A factory tensor kept on a module (`self.W = torch.randn(n, m, requires_grad=True)`) is
    // read as a free parameter, as nn.Parameter would make it.
    if (isNewTensor(value)) {
      registerParam(m, attr, value, ctx, stmt);
      return true;
    }
    if (!isNewParam(value)) return false;
    registerParam(m, attr, value.tensor, ctx, stmt);
    return true;
  }

  unpack(value: Value, count: number): Value[] | undefined {
    return unpackSizes(value, count);
  }

  binary(op: string, a: Value, b: Value, node: SyntaxNode): Value | undefined {
    // A constant factor right after a raw weight (`h @ W / math.sqrt(n)`) belongs to the model read
    // from those weights: the evaluator builds the step, the raw-tensor model keeps it.
    const t = a.k === 'tensor' ? a : b.k === 'tensor' ? b : undefined;
    if (t && !this.scaling && this.raw.follows(t.trace) && (isKnownNumber(a) || isKnownNumber(b))) {
      this.scaling = true;
      try {
        const r = this.interp.binary(op, a, b, node);
        if (r.k === 'tensor') this.raw.recordAfter(r.trace);
        return r;
      } finally {
        this.scaling = false;
      }
    }
    const gated = op === '*' ? learnableGate(a, b, node) : undefined;
    if (gated) return gated;
    if (op === '@') {
      const r = this.product(a, b, { kind: 'matrix', inAxis: 0 }, node);
      if (r) return r;
      if (a.k === 'tensor' && b.k === 'tensor') return tensorProduct(this.axes, a, b, node.childForFieldName('left') ?? undefined, node);
    }
    if (isNewTensor(a) && isKnownNumber(b) && (op === '*' || op === '/')) return scaledTensor(a, op === '*' ? b.v : 1 / b.v, node);
    if (isNewTensor(b) && isKnownNumber(a) && op === '*') return scaledTensor(b, a.v, node);
    // A raw bias added to a forward-pass tensor: the tensor goes on.
    if (a.k === 'tensor' && isNewTensor(b) && (op === '+' || op === '-')) return a;
    if (b.k === 'tensor' && isNewTensor(a) && op === '+') return b;
    if (isNewTensor(a) || isNewTensor(b)) return a.k === 'tensor' || b.k === 'tensor' ? undefined : { k: 'lib', name: '__newtensor_unknown__' };
    return undefined;
  }

  tensorMethod(x: Tensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined {
    if ((name === 'mm' || name === 'matmul') && positional[0] && (isNewTensor(positional[0]) || isTransposed(positional[0]))) {
      return this.product(x, positional[0], { kind: 'matrix', inAxis: 0 }, node);
    }
    if (name === 'matmul' && positional[0]?.k === 'tensor') {
      return tensorProduct(this.axes, x, positional[0], node.childForFieldName('function')?.childForFieldName('object') ?? undefined, node);
    }
    if (name === 'view' || name === 'reshape') return this.axes.reshape(x, positional);
    if (name === 'transpose' || name === 'permute') return this.axes.reorder(x, name, positional);
    if (name === 'size' && positional.length === 1) return this.axes.size(x, positional);
    if (name === 'size' && positional.length === 0) return this.axes.sizes(x);
    // `q, k, v = self.c_attn(x).split(n_embd, dim=2)`: the tensor, which unpacking cuts into parts
    // (each a slice of its entries); its last axis is no longer known.
    if (name === 'split' || name === 'chunk') return this.axes.forget(x);
    // A mask on attention scores before their softmax (`att.masked_fill(mask == 0, float('-inf'))`).
    if (name === 'masked_fill') return x;
    return tensorMethod(x, name, positional, keyword, node);
  }

  /** `t.data`, `t.shape`, `t.T` and the methods of a factory tensor before it is a parameter. */
  valueAttr(v: Value, attr: string): Value | undefined {
    if (!isNewTensor(v)) return undefined;
    if (attr === 'data') return v;
    if (attr === 'T' || attr === 'mT') return transposed(v);
    if (attr === 'shape') return { k: 'seq', items: v.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
    if (attr === 'ndim') return num(v.shape.length);
    if (TENSOR_METHODS.has(attr)) return { k: 'method', self: v, name: attr };
    return UNKNOWN;
  }

  valueMethod(v: Value, name: string, positional: Value[], keyword: Map<string, Value>, _ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (!isNewTensor(v)) return undefined;
    switch (name) {
      case 'normal_':
      case 'uniform_':
      case 'zero_':
      case 'fill_':
        initTensor(v, name, positional, keyword, node, true);
        return v;
      case 'mul_':
      case 'div_':
        if (isKnownNumber(positional[0])) v.multiplier *= name === 'mul_' ? positional[0].v : 1 / positional[0].v;
        return v;
      case 't':
        return transposed(v);
      case 'size': {
        if (!isKnownNumber(positional[0])) return { k: 'seq', items: v.shape.map((d) => (d === undefined ? UNKNOWN : num(d))), tuple: true };
        const d = v.shape.at(positional[0].v);
        return d === undefined ? UNKNOWN : num(d);
      }
      case 'dim':
        return num(v.shape.length);
      case 'mm':
      case 'matmul':
        return this.product(v, positional[0], { kind: 'matrix', inAxis: 0 }, node);
      default:
        // requires_grad_(), to(device), cuda(), double(), detach(), clone(): the same values.
        return SAME_TENSOR.has(name) ? v : UNKNOWN;
    }
  }

  /** `C[X]`: a raw table indexed by data is an embedding lookup. */
  subscript(obj: Value, key: Value): Value | undefined {
    if (!isNewTensor(obj) || obj.shape.length !== 2 || isKnownNumber(key) || key.k === 'seq' || key.k === 'str') return undefined;
    const p = this.raw.weight(obj, { kind: 'embedding' });
    return this.raw.apply(key.k === 'tensor' ? key : undefined, p, { kind: 'embedding' }, { range: obj.range });
  }

  paramAttr(p: Param, attr: string): Value | undefined {
    return attr === 'data' ? p : undefined;
  }

  paramMethod(p: Param, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value {
    return paramMethod(p, name, positional, keyword, ctx, node);
  }

  assignParamAttr(p: Param, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): boolean {
    // `w.data = t`: the parameter now holds t's values.
    if (attr !== 'data' || !isNewTensor(value)) return false;
    p.spec.init = factoryInit(value, ctx, stmt);
    return true;
  }

  paramInPlace(p: Param, op: string, rhs: Value): boolean {
    if ((op !== '*=' && op !== '/=') || !isKnownNumber(rhs)) return false;
    scaleInit(p.spec, op === '*=' ? rhs.v : 1 / rhs.v);
    return true;
  }

  isInstance(m: ModuleObj, qualifiedClass: string): boolean | undefined {
    const short = qualifiedClass.replace(/^torch\.nn\.(modules\.\w+\.)?/, 'torch.nn.');
    if (m.className === short) return true;
    // Abstract bases PyTorch uses in isinstance tests.
    if (short === 'torch.nn.Module') return true;
    const base = ISINSTANCE_BASES[short];
    return base !== undefined && base.test(m.className);
  }
}

/**
 * The text of each argument of `nn.<name>(...)` as written, for messages; undefined when the
 * call's arguments do not line up with the values bound (a splat, a call through a partial).
 */
function argTextsOf(node: SyntaxNode, name: string): ArgTexts | undefined {
  if (node.type !== 'call' || !node.childForFieldName('function')?.text.endsWith(name)) return undefined;
  const args = node.childForFieldName('arguments');
  if (!args) return undefined;
  const out: ArgTexts = { positional: [], keyword: new Map() };
  for (const a of args.namedChildren) {
    if (a.type === 'comment') continue;
    if (a.type === 'list_splat' || a.type === 'dictionary_splat') return undefined;
    if (a.type === 'keyword_argument') {
      const key = a.childForFieldName('name');
      const value = a.childForFieldName('value');
      if (key && value) out.keyword.set(key.text, value.text);
    } else out.positional.push(a.text);
  }
  return out;
}

/** The norm a class of the file is by its name (RMSNorm, LlamaRMSNorm, LayerNorm2d, GroupNorm1), if any. */
function customNormKind(className: string): Layer['normKind'] | undefined {
  const m = /(RMS|Layer|Group|Batch|Instance|Scale)Norm(?:\d+d?|alization)?(?:NoBias|Fp32|General)?$/.exec(className);
  if (!m) return undefined;
  // ScaleNorm divides by the root mean square as RMSNorm does; the others are named as torch.nn's.
  return m[1] === 'Scale' ? 'rms' : torchNormKind(`${m[1]}Norm`);
}

/**
 * `alpha * f(x)` / `f(x) * gamma` with a learnable parameter: ReZero's and SkipInit's scalar,
 * LayerScale's per-channel diagonal. Elementwise with g drawn independently of x,
 * E[(g x)^2] = E[g^2] E[x^2], so it is a scale step by the root mean square of the parameter's
 * initial values (0 for ReZero: the branch starts switched off). Undefined when the parameter's
 * init has no known moments (the product stays an opaque step).
 */
function learnableGate(a: Value, b: Value, node: SyntaxNode): Value | undefined {
  const [p, t] = a.k === 'param' && b.k === 'tensor' ? [a, b] : b.k === 'param' && a.k === 'tensor' ? [b, a] : [undefined, undefined];
  if (!p || !t) return undefined;
  const moments = describeParam(p.layer, p.spec).moments;
  if (!moments) return undefined;
  const factor = Math.sqrt(moments.mean * moments.mean + moments.variance);
  if (!Number.isFinite(factor)) return undefined;
  return { k: 'tensor', trace: extend(t.trace, { type: 'scale', factor, range: rangeOf(node), gate: { layer: p.layer, param: p.name } }), ...(t.shape ? { shape: t.shape } : {}) };
}
