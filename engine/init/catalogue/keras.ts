// Keras 3: every initializer class and string alias keras.initializers.get accepts
// (keras/src/initializers/__init__.py: ALL_OBJECTS_DICT = class names, their to_snake_case forms,
// and the aliases 'IdentityInitializer', 'normal', 'one', 'OrthogonalInitializer', 'uniform', 'zero').
// Names are case-sensitive, as in Keras. Kernels are channels-last (..., in, out).
import type { Dim } from '../../model/graph';
import { p, type BoundArgs } from '../args';
import { describeMoments, indicatorMoments, normalMoments, orthogonalMoments, truncMoments, uniformMoments, type Draft, fail, constantValueDraft, fillDraft } from '../distributions';
import { kerasFans, prodDims } from '../fans';
import { fmt } from '../format';
import { STD_NORMAL_TRUNC2_VARIANCE, TRUNC2_STDDEV_CORRECTION } from '../truncated-normal';
import type { FanMode, InitFamily } from '../types';
import { makeCatalogue, type CatalogueEntry } from './types';


type KerasDistribution = 'truncated_normal' | 'untruncated_normal' | 'uniform';

/** Axes list argument (input_axes / output_axes, Keras >= 3.15); null when absent. */
function axesList(b: BoundArgs, name: string): number[] | null | undefined {
  const v = b.raw(name);
  if (v === null) return null;
  if (typeof v === 'number' && Number.isInteger(v)) return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))) return v as number[];
  return undefined;
}

/**
 * VarianceScaling(scale=1.0, mode='fan_in', distribution='truncated_normal', seed=None,
 *                 input_axes=None, output_axes=None):
 *   scale <= 0 -> ValueError; distribution is lower-cased and 'normal' means 'truncated_normal'
 *   n = max(1, fan_in) | max(1, fan_out) | max(1, (fan_in + fan_out)/2)
 *   truncated_normal:   stddev = sqrt(scale/n)/0.87962566103423978, cut at +-2 stddev -> variance scale/n
 *   untruncated_normal: stddev = sqrt(scale/n)
 *   uniform:            limit = sqrt(3 scale/n), U(-limit, limit) -> variance scale/n
 */
export function kerasVarianceScaling(
  family: InitFamily,
  scale: number,
  mode: string,
  distributionRaw: string,
  shape: readonly Dim[],
  inputAxes?: readonly number[],
  outputAxes?: readonly number[],
): Draft {
  const f = kerasFans(shape, inputAxes, outputAxes);
  const d: Draft = { family, scale, fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
  if (scale >= 0) d.gain = Math.sqrt(scale);
  if (!(scale > 0)) return fail(d, `Argument \`scale\` must be positive float. Received: scale=${fmt(scale)}`);
  if (mode !== 'fan_in' && mode !== 'fan_out' && mode !== 'fan_avg') return fail(d, `Invalid \`mode\` argument: ${mode}`);
  d.mode = mode as FanMode;
  let dist = distributionRaw.toLowerCase();
  if (dist === 'normal') dist = 'truncated_normal';
  if (dist !== 'truncated_normal' && dist !== 'untruncated_normal' && dist !== 'uniform') return fail(d, `Invalid \`distribution\` argument: ${distributionRaw}`);
  const distribution = dist as KerasDistribution;
  d.distribution = distribution === 'uniform' ? 'uniform' : distribution === 'truncated_normal' ? 'truncated_normal' : 'normal';
  const fan = mode === 'fan_in' ? f.fanIn : mode === 'fan_out' ? f.fanOut : f.fanIn === undefined || f.fanOut === undefined ? undefined : (f.fanIn + f.fanOut) / 2;
  if (fan === undefined) return fail(d, `${mode} unknown`);
  const n = Math.max(1, fan);
  const target = scale / n;
  const nText = `n = max(1, ${mode}) = ${fmt(n)}`;
  if (distribution === 'truncated_normal') {
    const stddev = Math.sqrt(target) / TRUNC2_STDDEV_CORRECTION;
    const variance = stddev * stddev * STD_NORMAL_TRUNC2_VARIANCE;
    return {
      ...d,
      std: stddev,
      bounds: [-2 * stddev, 2 * stddev],
      moments: { mean: 0, variance },
      formula: `${nText}; stddev = sqrt(scale/n)/0.8796 = sqrt(${fmt(scale)}/${fmt(n)})/0.8796 = ${fmt(stddev)}, cut at +-2 stddev: variance ${fmt(variance)} (= scale/n)`,
    };
  }
  if (distribution === 'untruncated_normal') {
    const stddev = Math.sqrt(target);
    return { ...d, std: stddev, moments: { mean: 0, variance: target }, formula: `${nText}; stddev = sqrt(scale/n) = ${fmt(stddev)}, variance ${fmt(target)}` };
  }
  const limit = Math.sqrt(3 * target);
  return { ...d, bounds: [-limit, limit], moments: { mean: 0, variance: target }, formula: `${nText}; limit = sqrt(3 scale/n) = ${fmt(limit)}, variance ${fmt(target)}` };
}

const VS_SIGNATURE = [p('scale', 1.0), p('mode', 'fan_in'), p('distribution', 'truncated_normal'), p('seed', null), p('input_axes', null), p('output_axes', null)];
const PRESET_SIGNATURE = [p('seed', null), p('input_axes', null), p('output_axes', null)];

function axesPair(b: BoundArgs): { ok: boolean; inputAxes?: number[]; outputAxes?: number[] } {
  const i = b.given('input_axes') ? axesList(b, 'input_axes') : null;
  const o = b.given('output_axes') ? axesList(b, 'output_axes') : null;
  if (i === undefined || o === undefined) return { ok: false };
  return i && o ? { ok: true, inputAxes: i, outputAxes: o } : { ok: true };
}

function describeVarianceScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const scale = b.num('scale');
  const mode = b.str('mode');
  const dist = b.str('distribution');
  const axes = axesPair(b);
  if (scale === undefined || mode === undefined || dist === undefined || !axes.ok) return fail({ family: 'variance_scaling', formula: '' }, 'arguments not resolved');
  return kerasVarianceScaling('variance_scaling', scale, mode, dist, shape, axes.inputAxes, axes.outputAxes);
}

function preset(family: InitFamily, scale: number, mode: string, dist: KerasDistribution) {
  return (b: BoundArgs, shape: readonly Dim[]): Draft => {
    const axes = axesPair(b);
    if (!axes.ok) return fail({ family, formula: '' }, 'input_axes/output_axes not resolved');
    return kerasVarianceScaling(family, scale, mode, dist, shape, axes.inputAxes, axes.outputAxes);
  };
}

// RandomNormal(mean=0.0, stddev=0.05): N(mean, stddev^2).
function describeRandomNormal(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const stddev = b.num('stddev');
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  if (mean === undefined || stddev === undefined) return fail(d, 'mean or stddev not resolved');
  const m = normalMoments(mean, stddev);
  return { ...d, std: stddev, moments: m, formula: `N(${fmt(mean)}, ${fmt(stddev)}^2): ${describeMoments(m)}` };
}

// RandomUniform(minval=-0.05, maxval=0.05): U(minval, maxval).
function describeRandomUniform(b: BoundArgs): Draft {
  const lo = b.num('minval');
  const hi = b.num('maxval');
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  if (lo === undefined || hi === undefined) return fail(d, 'minval or maxval not resolved');
  const m = uniformMoments(lo, hi);
  return { ...d, bounds: [lo, hi], moments: m, formula: `U(${fmt(lo)}, ${fmt(hi)}): ${describeMoments(m)}` };
}

// TruncatedNormal(mean=0.0, stddev=0.05): N(mean, stddev^2) re-drawn outside mean +- 2 stddev, NOT
// corrected: variance 0.7737 stddev^2.
function describeTruncatedNormal(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const stddev = b.num('stddev');
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (mean === undefined || stddev === undefined) return fail(d, 'mean or stddev not resolved');
  const m = truncMoments(mean, stddev, mean - 2 * stddev, mean + 2 * stddev) ?? (stddev === 0 ? { mean, variance: 0 } : undefined);
  if (!m) return fail(d, 'invalid stddev');
  return {
    ...d,
    std: stddev,
    bounds: [mean - 2 * stddev, mean + 2 * stddev],
    moments: m,
    formula: `N(${fmt(mean)}, ${fmt(stddev)}^2) cut at +-2 stddev (no correction): ${describeMoments(m)}`,
  };
}

// Constant(value=0.0), Zeros, Ones.
function describeConstant(b: BoundArgs): Draft {
  return constantValueDraft(b.num('value'));
}

const fill = fillDraft;

// Identity(gain=1.0): 2-D only, gain * eye(rows, cols): p = min/(rows*cols), mean gain p, variance gain^2 p(1-p).
function describeIdentity(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'identity', distribution: 'identity', formula: '' };
  if (shape.length !== 2) return fail(d, 'Identity matrix initializer can only be used for 2D matrices');
  const gain = b.num('gain');
  if (gain === undefined) return fail(d, 'gain not resolved');
  d.gain = gain;
  const [r, c] = shape;
  if (r === undefined || c === undefined) return fail(d, 'size unknown');
  if (r * c === 0) return fail(d, 'empty tensor');
  const m = indicatorMoments(Math.min(r, c), r * c, gain);
  return { ...d, moments: m, formula: `${fmt(gain)} * eye(${r}, ${c}): ${describeMoments(m)}` };
}

// Orthogonal(gain=1.0): rank >= 2, flattened to (prod(shape[:-1]), shape[-1]); variance gain^2/max(rows, cols).
export function describeChannelsLastOrthogonal(gain: number, shape: readonly Dim[], d: Draft): Draft {
  if (shape.length < 2) return fail(d, 'The tensor to initialize must be at least two-dimensional');
  const rows = prodDims(shape.slice(0, -1));
  const cols = shape[shape.length - 1];
  if (rows === undefined || cols === undefined) return fail(d, 'size unknown');
  if (rows * cols === 0) return fail(d, 'empty tensor');
  const m = orthogonalMoments(rows, cols, gain);
  return { ...d, gain, moments: m, formula: `orthogonal (${rows} x ${cols}) * gain ${fmt(gain)}: variance gain^2/max(rows, cols) = ${fmt(m.variance)}` };
}

function describeOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  const gain = b.num('gain');
  if (gain === undefined) return fail(d, 'gain not resolved');
  return describeChannelsLastOrthogonal(gain, shape, d);
}

const ENTRIES: CatalogueEntry[] = [
  { canonical: 'Constant', aliases: ['constant'], family: 'constant', signature: [p('value', 0.0)], describe: describeConstant },
  { canonical: 'Zeros', aliases: ['zeros', 'zero'], family: 'zeros', signature: [], describe: fill(0) },
  { canonical: 'Ones', aliases: ['ones', 'one'], family: 'ones', signature: [], describe: fill(1) },
  { canonical: 'Identity', aliases: ['identity', 'IdentityInitializer'], family: 'identity', signature: [p('gain', 1.0)], describe: describeIdentity },
  { canonical: 'RandomNormal', aliases: ['random_normal', 'normal'], family: 'normal', signature: [p('mean', 0.0), p('stddev', 0.05), p('seed', null)], describe: describeRandomNormal },
  {
    canonical: 'RandomUniform',
    aliases: ['random_uniform', 'uniform'],
    family: 'uniform',
    signature: [p('minval', -0.05), p('maxval', 0.05), p('seed', null)],
    describe: describeRandomUniform,
  },
  {
    canonical: 'TruncatedNormal',
    aliases: ['truncated_normal'],
    family: 'trunc_normal',
    signature: [p('mean', 0.0), p('stddev', 0.05), p('seed', null)],
    describe: describeTruncatedNormal,
  },
  { canonical: 'VarianceScaling', aliases: ['variance_scaling'], family: 'variance_scaling', signature: VS_SIGNATURE, describe: describeVarianceScaling },
  { canonical: 'GlorotUniform', aliases: ['glorot_uniform'], family: 'xavier', signature: PRESET_SIGNATURE, describe: preset('xavier', 1.0, 'fan_avg', 'uniform') },
  { canonical: 'GlorotNormal', aliases: ['glorot_normal'], family: 'xavier', signature: PRESET_SIGNATURE, describe: preset('xavier', 1.0, 'fan_avg', 'truncated_normal') },
  { canonical: 'HeNormal', aliases: ['he_normal'], family: 'kaiming', signature: PRESET_SIGNATURE, describe: preset('kaiming', 2.0, 'fan_in', 'truncated_normal') },
  { canonical: 'HeUniform', aliases: ['he_uniform'], family: 'kaiming', signature: PRESET_SIGNATURE, describe: preset('kaiming', 2.0, 'fan_in', 'uniform') },
  { canonical: 'LecunNormal', aliases: ['lecun_normal'], family: 'lecun', signature: PRESET_SIGNATURE, describe: preset('lecun', 1.0, 'fan_in', 'truncated_normal') },
  { canonical: 'LecunUniform', aliases: ['lecun_uniform'], family: 'lecun', signature: PRESET_SIGNATURE, describe: preset('lecun', 1.0, 'fan_in', 'uniform') },
  { canonical: 'Orthogonal', aliases: ['orthogonal', 'OrthogonalInitializer'], family: 'orthogonal', signature: [p('gain', 1.0), p('seed', null)], describe: describeOrthogonal },
];

export const KERAS_CATALOGUE = makeCatalogue(ENTRIES);
