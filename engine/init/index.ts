// engine/init: exact initializer semantics for PyTorch, Keras 3, TensorFlow (outside Keras),
// TensorFlow.js and Flax.
//
//   describeInit(spec, shape)                 an explicit initializer (InitSpec) on a weight shape
//   describeDefault(layer, paramName, shape?) a module/layer default
//   defaultParams(layer)                      the parameters a layer creates, with shapes and defaults
//   describeParam(layer, param)               either of the two for an IR ParamSpec
//
// Every result is an InitInfo: family, distribution, mean and variance of one entry (undefined when a
// size or an argument is unknown: never a guess), the framework's fans, gain/scale/mode, and a
// human-readable formula with numbers. Unknown initializer names give family 'unknown'.
import type { ArgValue, CallArgs, Dim, Framework, InitSpec, ParamSpec } from '../model/graph';
import { FLAX_CATALOGUE } from './catalogue/flax';
import { KERAS_CATALOGUE } from './catalogue/keras';
import { PYTORCH_CATALOGUE } from './catalogue/pytorch';
import { TENSORFLOW_CATALOGUE } from './catalogue/tensorflow';
import { TFJS_CATALOGUE } from './catalogue/tfjs';
import { applyEntry, type Catalogue, type CatalogueEntry } from './catalogue/types';
import type { Draft } from './distributions';
import { describeFlaxDefault, flaxInitShape, planFlax } from './defaults/flax';
import { describeKerasDefault, planKeras } from './defaults/keras';
import { ctorName, listedShape, splitParamName, type DefaultParam, type LayerDescription, type ParamPlan } from './defaults/layer';
import { describeTorchDefault, planTorch } from './defaults/pytorch';
import { describeTfDefault, planTf } from './defaults/tensorflow';
import { describeTfjsDefault, planTfjs } from './defaults/tfjs';
import { fmt, fmtShape } from './format';
import type { InitFamily, InitInfo } from './types';

export type { FanMode, InitDistribution, InitFamily, InitInfo, InitSegment, Moments } from './types';
export type { DefaultParam, LayerDescription } from './defaults/layer';
export type { Catalogue, CatalogueEntry } from './catalogue/types';
export { fansFor, jaxFans, kerasFans, tfjsFans, torchFans, prodDims, type Fans } from './fans';
export { calculateGain, gainValue, recommendedGain, type GainResult } from './gain';
export {
  erf,
  erfc,
  normCdf,
  normPdf,
  STD_NORMAL_TRUNC2_VARIANCE,
  TRUNC2_STDDEV_CORRECTION,
  truncatedNormalMoments,
} from './truncated-normal';

const CATALOGUES: Readonly<Record<Framework, Catalogue>> = {
  pytorch: PYTORCH_CATALOGUE,
  keras: KERAS_CATALOGUE,
  tfjs: TFJS_CATALOGUE,
  flax: FLAX_CATALOGUE,
  tensorflow: TENSORFLOW_CATALOGUE,
};

/** The initializer catalogue of a framework (every name and alias it accepts). */
export function initCatalogue(framework: Framework): Catalogue {
  return CATALOGUES[framework];
}

/** The name an InitSpec resolves by: its last dotted part ('torch.nn.init.kaiming_normal_' -> 'kaiming_normal_'). */
export function initializerKey(name: string): string {
  const i = name.lastIndexOf('.');
  return i >= 0 ? name.slice(i + 1) : name;
}

/**
 * The key a framework's catalogue is searched by: the last dotted part, except for TensorFlow,
 * whose names are API paths ('compat.v1.random_normal_initializer' and 'random_normal_initializer'
 * differ), looked up without the leading 'tensorflow.' or 'tf.'.
 */
function catalogueKey(framework: Framework, name: string): string {
  if (framework === 'tensorflow') return name.replace(/^(tensorflow|tf)\./, '');
  return initializerKey(name);
}

function lookupEntry(framework: Framework, name: string): CatalogueEntry | undefined {
  return CATALOGUES[framework].lookup(catalogueKey(framework, name));
}

/** Canonical name and family of an initializer name in a framework, or undefined when unknown. */
export function resolveInitializer(framework: Framework, name: string): { canonical: string; family: InitFamily } | undefined {
  const e = lookupEntry(framework, name);
  return e ? { canonical: e.canonical, family: e.family } : undefined;
}

function reprArg(v: ArgValue, framework: Framework): string {
  const py = framework !== 'tfjs';
  if (v === undefined) return '?';
  if (v === null) return py ? 'None' : 'null';
  if (typeof v === 'boolean') return py ? (v ? 'True' : 'False') : String(v);
  if (typeof v === 'number') return fmt(v);
  if (typeof v === 'string') return `'${v}'`;
  const inner = v.map((x) => reprArg(x, framework)).join(', ');
  return py ? `(${inner}${v.length === 1 ? ',' : ''})` : `[${inner}]`;
}

function callText(framework: Framework, name: string, args: CallArgs): string {
  const pos = args.positional.map((v) => reprArg(v, framework));
  const kw = Object.entries(args.keyword).map(([k, v]) => (framework === 'tfjs' ? `${k}: ${reprArg(v, framework)}` : `${k}=${reprArg(v, framework)}`));
  if (framework === 'tfjs' && kw.length) return `${name}({${kw.join(', ')}})`;
  return `${name}(${[...pos, ...kw].join(', ')})`;
}

/** Applies a constant factor c to the sampled values: mean*c, variance*c^2. */
function applyMultiplier(d: Draft, m: number): Draft {
  const out: Draft = { ...d, multiplier: m };
  if (d.moments) out.moments = { mean: d.moments.mean * m, variance: d.moments.variance * m * m };
  if (d.constant !== undefined) out.constant = d.constant * m;
  if (d.bounds) out.bounds = [d.bounds[0] * m, d.bounds[1] * m].sort((a, b) => a - b) as [number, number];
  if (d.std !== undefined) out.std = d.std * Math.abs(m);
  if (out.constant !== undefined) out.family = out.constant === 0 ? 'zeros' : out.constant === 1 ? 'ones' : 'constant';
  out.formula = `${d.formula}; times ${fmt(m)}: ${out.moments ? `mean ${fmt(out.moments.mean)}, variance ${fmt(out.moments.variance)}` : 'moments unknown'}`;
  return out;
}

function stamp(d: Draft, source: 'default' | 'explicit'): InitInfo {
  const info: InitInfo = { ...d, source };
  // std=1e300 squares past the largest double: moments that overflow (or are NaN) are no moments
  // the theory can take; the init stays described, its moments unknown.
  if (info.moments && !(Number.isFinite(info.moments.mean) && Number.isFinite(info.moments.variance) && info.moments.variance >= 0)) {
    delete info.moments;
    info.note = [info.note, 'its mean or variance overflows a double: moments unknown'].filter(Boolean).join('; ');
  }
  if (!info.moments) delete info.moments;
  return info;
}

/** Input/output axes Keras >= 3.15 EinsumDense gives a VarianceScaling kernel initializer in MultiHeadAttention. */
function kerasEinsumAxes(layer: LayerDescription, paramName: string, shape: readonly Dim[]): { input: number[]; output: number[] } | undefined {
  if (layer.framework !== 'keras' || shape.length !== 3) return undefined;
  if (layer.kind !== 'MultiheadAttention' && ctorName(layer) !== 'MultiHeadAttention') return undefined;
  const { prefix, leaf } = splitParamName(paramName);
  if (leaf !== 'kernel') return undefined;
  const part = splitParamName(prefix).leaf;
  if (part === 'query' || part === 'key' || part === 'value') return { input: [0], output: [1, 2] };
  if (part === 'attention_output') return { input: [0, 1], output: [2] };
  return undefined;
}

function describeWithEntry(spec: InitSpec, shape: readonly Dim[], entry: CatalogueEntry, args: CallArgs): InitInfo {
  let d = applyEntry(entry, args, shape);
  const key = catalogueKey(spec.framework, spec.name);
  const aliasNote = entry.aliasNotes?.[key];
  if (aliasNote) d.note = d.note ? `${d.note}; ${aliasNote}` : aliasNote;
  if (spec.multiplier !== undefined && spec.multiplier !== 1) d = applyMultiplier(d, spec.multiplier);
  if (spec.conditional) d.note = [d.note, 'applies only under a condition the analysis could not decide'].filter(Boolean).join('; ');
  d.formula = `${callText(spec.framework, spec.name, spec.args)} on ${fmtShape(shape)}: ${d.formula}`;
  return stamp(d, spec.source);
}

/**
 * An explicit initializer (`spec.source === 'explicit'`) applied to a weight of `shape`, in the
 * framework's own layout. The name may carry a module path ('nn.init.kaiming_normal_',
 * 'tf.initializers.heNormal'); aliases resolve as the framework resolves them. Unknown names give
 * family 'unknown' and no moments; unresolved arguments (ArgValue undefined) give no moments.
 * A `source: 'default'` spec needs its layer: use describeDefault / describeParam.
 */
export function describeInit(spec: InitSpec, shape: readonly Dim[]): InitInfo {
  if (spec.source === 'default') {
    return { family: 'default', source: 'default', formula: `${spec.framework} module default: needs the layer (describeDefault)` };
  }
  const entry = lookupEntry(spec.framework, spec.name);
  if (!entry) {
    return {
      family: 'unknown',
      source: spec.source,
      formula: `${spec.name}: not a ${spec.framework} initializer initlint knows`,
      note: 'unknown initializer: no moments',
      ...(spec.multiplier !== undefined ? { multiplier: spec.multiplier } : {}),
    };
  }
  return describeWithEntry(spec, shape, entry, spec.args);
}

function plan(layer: LayerDescription): ParamPlan[] {
  switch (layer.framework) {
    case 'pytorch':
      return planTorch(layer);
    case 'keras':
      return planKeras(layer);
    case 'tfjs':
      return planTfjs(layer);
    case 'flax':
      return planFlax(layer);
    case 'tensorflow':
      return planTf(layer);
  }
}

function describeDefaultDraft(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  switch (layer.framework) {
    case 'pytorch':
      return describeTorchDefault(layer, name, shape);
    case 'keras':
      return describeKerasDefault(layer, name, shape);
    case 'tfjs':
      return describeTfjsDefault(layer, name, shape);
    case 'flax':
      return describeFlaxDefault(layer, name, shape);
    case 'tensorflow':
      return describeTfDefault(layer, name, shape);
  }
}

/**
 * The framework's default initialization of parameter `paramName` of `layer` (names as the framework
 * spells them: 'weight', 'bias', 'weight_hh_l0', 'out_proj.weight', 'kernel', 'recurrent_kernel',
 * 'embeddings', 'gamma', 'query/kernel', 'hi.kernel', 'embedding', 'scale'). `shape` defaults to the
 * parameter's listed or planned shape.
 */
export function describeDefault(layer: LayerDescription, paramName: string, shape?: readonly Dim[]): InitInfo {
  const s = shape ?? listedShape(layer, paramName) ?? plan(layer).find((x) => x.name === paramName)?.shape;
  const used = s ?? [];
  const d = describeDefaultDraft(layer, paramName, used);
  if (!s) {
    delete d.moments;
    d.note = [d.note, 'shape unknown'].filter(Boolean).join('; ');
  }
  d.formula = `${paramName} ${fmtShape(used)}: ${d.formula}`;
  return stamp(d, 'default');
}

/** The parameters a layer creates, in the framework's layout, each with its default initialization. */
export function defaultParams(layer: LayerDescription): DefaultParam[] {
  return plan(layer).map((pl) => {
    const shape = listedShape(layer, pl.name) ?? pl.shape;
    const out: DefaultParam = { ...pl, shape, init: describeDefault(layer, pl.name, shape) };
    if (layer.framework === 'flax') {
      const flat = flaxInitShape(layer, pl.name, shape);
      if (flat.length !== shape.length) out.initShape = flat;
    }
    return out;
  });
}

/** The shape an explicit initializer of this parameter is called with (Flax DenseGeneral flattens). */
export function initShape(layer: LayerDescription, param: Pick<ParamSpec, 'name' | 'shape'>): Dim[] {
  return layer.framework === 'flax' ? flaxInitShape(layer, param.name, param.shape) : [...param.shape];
}

/** The initialization of an IR parameter: its module default, or its explicit initializer. */
export function describeParam(layer: LayerDescription, param: ParamSpec): InitInfo {
  if (param.init.source === 'default') return describeDefault(layer, param.name, param.shape);
  const spec = param.init;
  const entry = lookupEntry(spec.framework, spec.name);
  const axes = kerasEinsumAxes(layer, param.name, param.shape);
  if (entry && axes && entry.signature.some((x) => x.name === 'input_axes') && !('input_axes' in spec.args.keyword)) {
    const args: CallArgs = { positional: spec.args.positional, keyword: { ...spec.args.keyword, input_axes: axes.input, output_axes: axes.output } };
    return describeWithEntry(spec, param.shape, entry, args);
  }
  return describeInit(spec, initShape(layer, param));
}
