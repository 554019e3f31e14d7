// Flax / JAX: jax.nn.initializers (re-exported by flax.linen.initializers and flax.nnx.initializers)
// plus Flax's zeros_init()/ones_init(). Signatures follow jax/_src/nn/initializers.py:
//   uniform(scale=1e-2) samples U[0, scale)  (NOT symmetric), normal(stddev=1e-2),
//   truncated_normal(stddev=1e-2, dtype=None, lower=-2.0, upper=2.0) = stddev * N(0,1) cut to [lower, upper]
//   (no correction), variance_scaling(scale, mode, distribution, in_axis=-2, out_axis=-1, batch_axis=()).
// Unlike Keras, JAX does not clamp the fan with max(1, fan).
// Also the samplers JAX and NumPy code uses directly as weights (`jax.random.normal(key, (m, n)) * s`,
// `np.random.randn(m, n)`), under names of their own that no jax.nn.initializers function has
// (jax/_src/random/core.py): normal(key, shape) is N(0, 1) (numpy normal(loc, scale) is
// N(loc, scale^2)); uniform(key, shape, dtype, minval=0., maxval=1.) is U[minval, maxval);
// truncated_normal(key, lower, upper, shape) is N(0, 1) cut to (lower, upper), bounds in standard
// deviations, not rescaled to unit variance.
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type BoundArgs } from '../args';
import { describeMoments, normalMoments, orthogonalMoments, truncMoments, uniformMoments, type Draft, fail, constantValueDraft, fillDraft } from '../distributions';
import { jaxFans, prodDims } from '../fans';
import { fmt } from '../format';
import { STD_NORMAL_TRUNC2_VARIANCE, TRUNC2_STDDEV_CORRECTION } from '../truncated-normal';
import type { FanMode, InitFamily } from '../types';
import { makeCatalogue, type CatalogueEntry } from './types';


type Axes = number | readonly number[];

/**
 * variance_scaling(scale, mode, distribution, in_axis=-2, out_axis=-1, batch_axis=()):
 *   fans from jaxFans; denominator = fan_in | fan_out | (fan_in+fan_out)/2 | sqrt(fan_in*fan_out)
 *   variance = scale/denominator
 *   truncated_normal: stddev = sqrt(variance)/0.87962566103423978, N(0,1) cut to (-2, 2) times stddev -> variance
 *   normal:           N(0, variance)
 *   uniform:          U(-1, 1) * sqrt(3 variance) -> variance
 */
export function jaxVarianceScaling(
  family: InitFamily,
  scale: number,
  mode: string,
  distribution: string,
  shape: readonly Dim[],
  inAxis: Axes = -2,
  outAxis: Axes = -1,
  batchAxis: Axes = [],
): Draft {
  const f = jaxFans(shape, inAxis, outAxis, batchAxis);
  const d: Draft = { family, scale, fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
  if (scale >= 0) d.gain = Math.sqrt(scale);
  if (f.error) return fail(d, f.error);
  if (mode !== 'fan_in' && mode !== 'fan_out' && mode !== 'fan_avg' && mode !== 'fan_geo_avg') return fail(d, `invalid mode for variance scaling initializer: ${mode}`);
  if (distribution !== 'truncated_normal' && distribution !== 'normal' && distribution !== 'uniform') {
    return fail(d, `invalid distribution for variance scaling initializer: ${distribution}`);
  }
  d.mode = mode as FanMode;
  d.distribution = distribution;
  if (f.fanIn === undefined || f.fanOut === undefined) return fail(d, 'fan unknown');
  const den = mode === 'fan_in' ? f.fanIn : mode === 'fan_out' ? f.fanOut : mode === 'fan_avg' ? (f.fanIn + f.fanOut) / 2 : Math.sqrt(f.fanIn * f.fanOut);
  if (!(den > 0) || scale < 0) return fail(d, 'variance is not finite (zero fan or negative scale)');
  const target = scale / den;
  const denText = `${mode} = ${fmt(den)}`;
  if (distribution === 'truncated_normal') {
    const stddev = Math.sqrt(target) / TRUNC2_STDDEV_CORRECTION;
    const variance = stddev * stddev * STD_NORMAL_TRUNC2_VARIANCE;
    return {
      ...d,
      std: stddev,
      bounds: [-2 * stddev, 2 * stddev],
      moments: { mean: 0, variance },
      formula: `${denText}; stddev = sqrt(scale/${mode})/0.8796 = ${fmt(stddev)}, cut at +-2 stddev: variance ${fmt(variance)} (= scale/${mode})`,
    };
  }
  if (distribution === 'normal') {
    return { ...d, std: Math.sqrt(target), moments: { mean: 0, variance: target }, formula: `${denText}; N(0, scale/${mode}): variance ${fmt(target)}` };
  }
  const limit = Math.sqrt(3 * target);
  return { ...d, bounds: [-limit, limit], moments: { mean: 0, variance: target }, formula: `${denText}; limit = sqrt(3 scale/${mode}) = ${fmt(limit)}, variance ${fmt(target)}` };
}

function readAxes(b: BoundArgs): { inAxis?: Axes; outAxis?: Axes; batchAxis?: Axes; ok: boolean } {
  const inAxis = b.axes('in_axis');
  const outAxis = b.axes('out_axis');
  const batchAxis = b.axes('batch_axis');
  return { inAxis, outAxis, batchAxis, ok: inAxis !== undefined && outAxis !== undefined && batchAxis !== undefined };
}

const AXES = [p('in_axis', -2), p('out_axis', -1), p('batch_axis', []), p('dtype', null)];

const preset = (family: InitFamily, scale: number, mode: string, dist: string) => (b: BoundArgs, shape: readonly Dim[]): Draft => {
  const a = readAxes(b);
  if (!a.ok) return fail({ family, formula: '' }, 'axes not resolved');
  return jaxVarianceScaling(family, scale, mode, dist, shape, a.inAxis, a.outAxis, a.batchAxis);
};

function describeVarianceScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const scale = b.num('scale');
  const mode = b.str('mode');
  const dist = b.str('distribution');
  const a = readAxes(b);
  if (scale === undefined || mode === undefined || dist === undefined || !a.ok) return fail({ family: 'variance_scaling', formula: '' }, 'arguments not resolved');
  return jaxVarianceScaling('variance_scaling', scale, mode, dist, shape, a.inAxis, a.outAxis, a.batchAxis);
}

// uniform(scale=1e-2): U[0, scale): mean scale/2, variance scale^2/12.
function describeUniform(b: BoundArgs): Draft {
  const scale = b.num('scale');
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  if (scale === undefined) return fail(d, 'scale not resolved');
  const m = uniformMoments(0, scale);
  return { ...d, bounds: [0, scale], moments: m, formula: `U[0, ${fmt(scale)}): ${describeMoments(m)}` };
}

// normal(stddev=1e-2): N(0, stddev^2).
function describeNormal(b: BoundArgs): Draft {
  const stddev = b.num('stddev');
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  if (stddev === undefined) return fail(d, 'stddev not resolved');
  const m = normalMoments(0, stddev);
  return { ...d, std: stddev, moments: m, formula: `N(0, ${fmt(stddev)}^2): ${describeMoments(m)}` };
}

// truncated_normal(stddev=1e-2, dtype=None, lower=-2.0, upper=2.0): stddev * (N(0,1) cut to [lower, upper]).
function describeTruncatedNormal(b: BoundArgs): Draft {
  const stddev = b.num('stddev');
  const lower = b.num('lower');
  const upper = b.num('upper');
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (stddev === undefined || lower === undefined || upper === undefined) return fail(d, 'arguments not resolved');
  const unit = truncMoments(0, 1, lower, upper);
  if (!unit) return fail(d, `no truncated normal on [${fmt(lower)}, ${fmt(upper)}]`);
  const m = { mean: stddev * unit.mean, variance: stddev * stddev * unit.variance };
  return {
    ...d,
    std: stddev,
    bounds: [lower * stddev, upper * stddev].sort((x, y) => x - y) as [number, number],
    moments: m,
    formula: `${fmt(stddev)} * N(0, 1) cut to [${fmt(lower)}, ${fmt(upper)}] (no correction): ${describeMoments(m)}`,
  };
}

// constant(value): every entry value.
function describeConstant(b: BoundArgs): Draft {
  return constantValueDraft(b.num('value'));
}

const fill = fillDraft;

// orthogonal(scale=1.0, column_axis=-1): n_cols = shape[column_axis], n_rows = prod(shape)/n_cols;
// semi-orthogonal times scale: variance scale^2/max(n_rows, n_cols).
function describeOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  const scale = b.num('scale');
  const col = b.num('column_axis');
  if (scale === undefined || col === undefined) return fail(d, 'arguments not resolved');
  d.gain = scale;
  if (shape.length < 2) return fail(d, 'orthogonal initializer requires at least a 2D shape');
  const ci = col < 0 ? shape.length + col : col;
  if (!Number.isInteger(ci) || ci < 0 || ci >= shape.length) return fail(d, 'column_axis out of range');
  const total = prodDims(shape);
  const cols = shape[ci];
  if (total === undefined || cols === undefined) return fail(d, 'size unknown');
  if (total === 0) return fail({ ...d, distribution: 'constant' }, 'empty shape: JAX returns zeros');
  const rows = total / cols;
  const m = orthogonalMoments(rows, cols, scale);
  return { ...d, moments: m, formula: `orthogonal (${rows} x ${cols}) * scale ${fmt(scale)}: variance scale^2/max(rows, cols) = ${fmt(m.variance)}` };
}

// delta_orthogonal(scale=1.0, column_axis=-1): 3/4/5-D (k..., in, out) with in <= out; zeros except the
// centre tap, an orthogonal (in x out) matrix with orthonormal rows times scale:
// mean 0, variance scale^2 * in / prod(shape) = scale^2 / (out * prod(k)).
function describeDeltaOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  const scale = b.num('scale');
  if (scale === undefined) return fail(d, 'scale not resolved');
  d.gain = scale;
  if (shape.length < 3 || shape.length > 5) return fail(d, 'Delta orthogonal initializer requires a 3D, 4D or 5D shape');
  const inp = shape[shape.length - 2];
  const out = shape[shape.length - 1];
  const total = prodDims(shape);
  if (inp === undefined || out === undefined || total === undefined) return fail(d, 'size unknown');
  if (out < inp) return fail(d, '`fan_in` must be less or equal than `fan_out`');
  if (total === 0) return fail(d, 'empty shape');
  const variance = (scale * scale * inp) / total;
  return { ...d, moments: { mean: 0, variance }, formula: `orthogonal (${inp} x ${out}) at the centre tap of ${total} entries: variance scale^2*${inp}/${total} = ${fmt(variance)}` };
}

// random_normal(mean=0, stddev=1): jax.random.normal is N(0, 1); numpy's normal(loc, scale) binds mean and stddev.
function describeRandomNormal(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const stddev = b.num('stddev');
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  if (mean === undefined || stddev === undefined) return fail(d, 'arguments not resolved');
  const m = normalMoments(mean, stddev);
  return { ...d, std: stddev, moments: m, formula: `N(${fmt(mean)}, ${fmt(stddev)}^2): ${describeMoments(m)}` };
}

// random_uniform(minval=0, maxval=1): U[minval, maxval), jax.random.uniform's defaults (numpy's low/high alike).
function describeRandomUniform(b: BoundArgs): Draft {
  const lo = b.num('minval');
  const hi = b.num('maxval');
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  if (lo === undefined || hi === undefined) return fail(d, 'bounds not resolved');
  if (!(hi >= lo)) return fail(d, `empty range [${fmt(lo)}, ${fmt(hi)})`);
  const m = uniformMoments(lo, hi);
  return { ...d, bounds: [lo, hi], moments: m, formula: `U[${fmt(lo)}, ${fmt(hi)}): ${describeMoments(m)}` };
}

// random_truncated_normal(lower, upper): N(0, 1) cut to (lower, upper), no variance correction.
function describeRandomTruncatedNormal(b: BoundArgs): Draft {
  const lower = b.num('lower');
  const upper = b.num('upper');
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (lower === undefined || upper === undefined) return fail(d, 'bounds not resolved');
  const m = truncMoments(0, 1, lower, upper);
  if (!m) return fail(d, `no truncated normal on (${fmt(lower)}, ${fmt(upper)})`);
  return { ...d, std: 1, bounds: [lower, upper], moments: m, formula: `N(0, 1) cut to (${fmt(lower)}, ${fmt(upper)}), not rescaled: ${describeMoments(m)}` };
}

const ENTRIES: CatalogueEntry[] = [
  { canonical: 'zeros', aliases: ['zeros_init'], family: 'zeros', signature: [], describe: fill(0) },
  { canonical: 'ones', aliases: ['ones_init'], family: 'ones', signature: [], describe: fill(1) },
  { canonical: 'constant', aliases: [], family: 'constant', signature: [p('value', REQUIRED), p('dtype', null)], describe: describeConstant },
  { canonical: 'uniform', aliases: [], family: 'uniform', signature: [p('scale', 1e-2), p('dtype', null)], describe: describeUniform },
  { canonical: 'normal', aliases: [], family: 'normal', signature: [p('stddev', 1e-2), p('dtype', null)], describe: describeNormal },
  {
    canonical: 'truncated_normal',
    aliases: [],
    family: 'trunc_normal',
    signature: [p('stddev', 1e-2), p('dtype', null), p('lower', -2.0), p('upper', 2.0)],
    describe: describeTruncatedNormal,
  },
  {
    canonical: 'variance_scaling',
    aliases: [],
    family: 'variance_scaling',
    signature: [p('scale', REQUIRED), p('mode', REQUIRED), p('distribution', REQUIRED), ...AXES],
    describe: describeVarianceScaling,
  },
  { canonical: 'glorot_uniform', aliases: ['xavier_uniform'], family: 'xavier', signature: AXES, describe: preset('xavier', 1.0, 'fan_avg', 'uniform') },
  { canonical: 'glorot_normal', aliases: ['xavier_normal'], family: 'xavier', signature: AXES, describe: preset('xavier', 1.0, 'fan_avg', 'truncated_normal') },
  { canonical: 'lecun_uniform', aliases: [], family: 'lecun', signature: AXES, describe: preset('lecun', 1.0, 'fan_in', 'uniform') },
  { canonical: 'lecun_normal', aliases: [], family: 'lecun', signature: AXES, describe: preset('lecun', 1.0, 'fan_in', 'truncated_normal') },
  { canonical: 'he_uniform', aliases: ['kaiming_uniform'], family: 'kaiming', signature: AXES, describe: preset('kaiming', 2.0, 'fan_in', 'uniform') },
  { canonical: 'he_normal', aliases: ['kaiming_normal'], family: 'kaiming', signature: AXES, describe: preset('kaiming', 2.0, 'fan_in', 'truncated_normal') },
  { canonical: 'orthogonal', aliases: [], family: 'orthogonal', signature: [p('scale', 1.0), p('column_axis', -1), p('dtype', null)], describe: describeOrthogonal },
  { canonical: 'delta_orthogonal', aliases: [], family: 'orthogonal', signature: [p('scale', 1.0), p('column_axis', -1), p('dtype', null)], describe: describeDeltaOrthogonal },
  // Samplers used directly as weights (not jax.nn.initializers names; see the header).
  { canonical: 'random_normal', aliases: [], family: 'normal', signature: [p('mean', 0), p('stddev', 1)], describe: describeRandomNormal },
  { canonical: 'random_uniform', aliases: [], family: 'uniform', signature: [p('minval', 0), p('maxval', 1)], describe: describeRandomUniform },
  { canonical: 'random_truncated_normal', aliases: [], family: 'trunc_normal', signature: [p('lower', REQUIRED), p('upper', REQUIRED)], describe: describeRandomTruncatedNormal },
];

/** The sampler entries above: names a jax.nn.initializers attribute never resolves to. */
export const JAX_SAMPLER_NAMES: ReadonlySet<string> = new Set(['random_normal', 'random_uniform', 'random_truncated_normal']);

export const FLAX_CATALOGUE = makeCatalogue(ENTRIES);
