// TensorFlow outside Keras: the random and constant ops that make initial values
// (tf.Variable(tf.random.normal(...))) and TensorFlow's own initializer objects, TF1 and TF2.
// Names are API paths without the `tf.` prefix ('random.normal', 'compat.v1.random_normal_initializer',
// 'contrib.layers.xavier_initializer'); the reader turns the root names whose meaning depends on
// the TensorFlow version into their compat.v1 / compat.v2 paths when the file shows which one it
// runs under, and leaves them version-neutral otherwise (a default that differs is then unknown).
// Checked against the TensorFlow source (r2.0, which still holds the v1 modules and contrib):
// - ops (tensorflow/python/ops/random_ops.py): random_normal(shape, mean=0.0, stddev=1.0) (l. 42-46);
//   truncated_normal(shape, mean=0.0, stddev=1.0): N(mean, stddev^2) re-drawn beyond 2 stddev, NOT
//   variance-corrected (l. 138-151); random_uniform(shape, minval=0, maxval=None -> 1) (l. 186-235).
//   tf.zeros / tf.ones / tf.fill(dims, value) (array_ops.py l. 136, 2314, 2542), tf.constant(value,
//   dtype, shape) (framework/constant_op.py l. 99, 164).
// - TF1 initializers (ops/init_ops.py): zeros/ones (l. 100, 120), constant(value=0) (l. 228),
//   random_uniform(minval=0, maxval=None -> 1) (l. 273), random_normal(mean=0.0, stddev=1.0) (l. 313),
//   truncated_normal(mean=0.0, stddev=1.0) (l. 359), uniform_unit_scaling(factor=1.0):
//   U(+-factor sqrt(3/prod(shape[:-1]))) (l. 420-442), variance_scaling(scale=1.0, mode='fan_in',
//   distribution='truncated_normal'), where 'normal' is a deprecated alias of 'truncated_normal' and both
//   divide the stddev by 0.87962566103423978 (l. 487-535; TF before 1.10 had no correction),
//   orthogonal(gain=1.0) (l. 576), glorot_uniform / glorot_normal (l. 1221-1280), lecun_* / he_*
//   (l. 1308-1409); fans _compute_fans (l. 1415): the same channels-last rule as Keras.
// - TF2 initializers (ops/init_ops_v2.py, the only ones at the TF2 root): zeros, ones, constant(value=0)
//   (l. 92-190), random_uniform(minval=-0.05, maxval=0.05) (l. 232), random_normal(mean=0.0,
//   stddev=0.05) (l. 277). tf.initializers.* in TF2 are Keras's (engine/init/catalogue/keras.ts).
// - contrib (contrib/layers/python/layers/initializers.py): xavier_initializer(uniform=True) =
//   variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform) (l. 31-57);
//   variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False) (l. 62): fan_in = shape[-2]
//   (shape[-1] for rank 1) times the receptive field, no max(1, n); uniform: limit sqrt(3 factor/n);
//   else truncated normal with stddev sqrt(1.3 factor/n), uncorrected (l. 124-150).
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type BoundArgs, type ParamDecl } from '../args';
import { describeMoments, normalMoments, orthogonalMoments, truncMoments, uniformMoments, type Draft, fail, constantValueDraft, fillDraft, indicatorMoments } from '../distributions';
import { kerasFans, prodDims } from '../fans';
import { fmt } from '../format';
import { STD_NORMAL_TRUNC2_VARIANCE, TRUNC2_STDDEV_CORRECTION } from '../truncated-normal';
import type { FanMode, InitFamily } from '../types';
import { makeCatalogue, type CatalogueEntry } from './types';

const SEED = p('seed', null);
const DTYPE = p('dtype', null);
const NAME = p('name', null);

/** A default the TF1 and TF2 versions of one root name disagree on. */
const VERSION_DEPENDENT = 'version-dependent';

const versionNote = (name: string, v1: string, v2: string): string =>
  `the ${name} default is ${v1} in TensorFlow 1 and ${v2} in TensorFlow 2, and this file does not show which it runs under`;

/** A number argument; the version-dependent placeholder default leaves it unknown with a note. */
function numArg(b: BoundArgs, name: string, d: Draft, note: string): number | undefined {
  if (!b.given(name) && b.raw(name) === VERSION_DEPENDENT) {
    d.note = d.note ? `${d.note}; ${note}` : note;
    return undefined;
  }
  return b.num(name);
}

// ---------------------------------------------------------------- distributions

/** N(mean, stddev^2): random_normal ops and initializers. */
function normal(b: BoundArgs, note = ''): Draft {
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  const mean = numArg(b, 'mean', d, note);
  const stddev = numArg(b, 'stddev', d, note);
  if (mean === undefined || stddev === undefined) return fail(d, d.note ?? 'mean or stddev not resolved');
  const m = normalMoments(mean, stddev);
  return { ...d, std: stddev, moments: m, formula: `N(${fmt(mean)}, ${fmt(stddev)}^2): ${describeMoments(m)}` };
}

/**
 * truncated_normal: N(mean, stddev^2) re-drawn outside mean +- 2 stddev, no correction, so the
 * variance is 0.7737413 stddev^2.
 */
function truncated(b: BoundArgs, note = ''): Draft {
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  const mean = numArg(b, 'mean', d, note);
  const stddev = numArg(b, 'stddev', d, note);
  if (mean === undefined || stddev === undefined) return fail(d, d.note ?? 'mean or stddev not resolved');
  const m = stddev === 0 ? { mean, variance: 0 } : truncMoments(mean, Math.abs(stddev), mean - 2 * Math.abs(stddev), mean + 2 * Math.abs(stddev));
  if (!m) return fail(d, 'invalid stddev');
  return {
    ...d,
    std: stddev,
    bounds: [mean - 2 * Math.abs(stddev), mean + 2 * Math.abs(stddev)],
    moments: m,
    formula: `N(${fmt(mean)}, ${fmt(stddev)}^2) re-drawn beyond 2 stddev, not corrected (variance 0.7737 stddev^2): ${describeMoments(m)}`,
  };
}

/** U(minval, maxval); maxval None means 1 (random_ops.random_uniform and the TF1 initializer). */
function uniform(b: BoundArgs, note = ''): Draft {
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  const lo = numArg(b, 'minval', d, note);
  let hi: number | undefined;
  if (!b.given('maxval') && b.raw('maxval') === VERSION_DEPENDENT) {
    if (!d.note) d.note = note;
  } else {
    const raw = b.raw('maxval');
    if (raw !== undefined && raw !== null && typeof raw !== 'number') return fail(d, "argument 'maxval' is not a number");
    hi = raw === null ? 1 : raw;
  }
  if (lo === undefined || hi === undefined) return fail(d, d.note ?? 'minval or maxval not resolved');
  const m = uniformMoments(lo, hi);
  return { ...d, bounds: [lo, hi], moments: m, formula: `U(${fmt(lo)}, ${fmt(hi)}): ${describeMoments(m)}` };
}

/** tf.fill(dims, value), tf.constant(value, dtype, shape), constant_initializer(value): one value everywhere. */
function constant(b: BoundArgs): Draft {
  const v = b.raw('value');
  // A list or array value is not a constant fill: its moments are the list's, not modelled.
  if (Array.isArray(v)) return fail({ family: 'constant', distribution: 'constant', formula: '' }, 'a list value is not one constant');
  return constantValueDraft(b.num('value'));
}

// ---------------------------------------------------------------- variance scaling

/**
 * TF1 init_ops.VarianceScaling(scale, mode, distribution): scale <= 0 and unknown mode/distribution
 * raise; distribution is lower-cased; n = max(1, fan_in | fan_out | (fan_in + fan_out)/2) with
 * _compute_fans (channels-last);
 *   'truncated_normal' and 'normal': stddev = sqrt(scale/n)/0.87962566103423978, cut at +-2 stddev,
 *                                    variance scale/n;
 *   'untruncated_normal': stddev sqrt(scale/n); 'uniform': limit sqrt(3 scale/n), variance scale/n.
 */
export function tfVarianceScaling(family: InitFamily, scale: number, mode: string, distributionRaw: string, shape: readonly Dim[]): Draft {
  const f = kerasFans(shape);
  const d: Draft = { family, scale, fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
  if (scale >= 0) d.gain = Math.sqrt(scale);
  if (!(scale > 0)) return fail(d, '`scale` must be positive float.');
  if (mode !== 'fan_in' && mode !== 'fan_out' && mode !== 'fan_avg') return fail(d, `Invalid \`mode\` argument: ${mode}`);
  const dist = distributionRaw.toLowerCase();
  if (dist !== 'normal' && dist !== 'truncated_normal' && dist !== 'untruncated_normal' && dist !== 'uniform') return fail(d, `Invalid \`distribution\` argument: ${distributionRaw}`);
  d.mode = mode as FanMode;
  d.distribution = dist === 'uniform' ? 'uniform' : dist === 'untruncated_normal' ? 'normal' : 'truncated_normal';
  const fan = mode === 'fan_in' ? f.fanIn : mode === 'fan_out' ? f.fanOut : f.fanIn === undefined || f.fanOut === undefined ? undefined : (f.fanIn + f.fanOut) / 2;
  if (fan === undefined) return fail(d, `${mode} unknown`);
  const n = Math.max(1, fan);
  const target = scale / n;
  const nText = `n = max(1, ${mode}) = ${fmt(n)}`;
  if (dist === 'normal' || dist === 'truncated_normal') {
    const stddev = Math.sqrt(target) / TRUNC2_STDDEV_CORRECTION;
    const variance = stddev * stddev * STD_NORMAL_TRUNC2_VARIANCE;
    return {
      ...d,
      std: stddev,
      bounds: [-2 * stddev, 2 * stddev],
      moments: { mean: 0, variance },
      formula: `${nText}; stddev = sqrt(scale/n)/0.8796 = ${fmt(stddev)}, cut at +-2 stddev: variance ${fmt(variance)} (= scale/n)`,
      ...(dist === 'normal' ? { note: "distribution='normal' is TF1's deprecated alias of 'truncated_normal' (TensorFlow before 1.10 did not correct the stddev)" } : {}),
    };
  }
  if (dist === 'untruncated_normal') {
    const stddev = Math.sqrt(target);
    return { ...d, std: stddev, moments: { mean: 0, variance: target }, formula: `${nText}; stddev = sqrt(scale/n) = ${fmt(stddev)}, variance ${fmt(target)}` };
  }
  const limit = Math.sqrt(3 * target);
  return { ...d, bounds: [-limit, limit], moments: { mean: 0, variance: target }, formula: `${nText}; limit = sqrt(3 scale/n) = ${fmt(limit)}, variance ${fmt(target)}` };
}

function describeVarianceScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const scale = b.num('scale');
  const mode = b.str('mode');
  const dist = b.str('distribution');
  if (scale === undefined || mode === undefined || dist === undefined) return fail({ family: 'variance_scaling', formula: '' }, 'arguments not resolved');
  return tfVarianceScaling('variance_scaling', scale, mode, dist, shape);
}

const preset = (family: InitFamily, scale: number, mode: string, dist: string) => (_b: BoundArgs, shape: readonly Dim[]): Draft => tfVarianceScaling(family, scale, mode, dist, shape);

/**
 * contrib.layers.variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False): fan_in =
 * shape[-2] (shape[-1] for rank 1) times prod(shape[:-2]), fan_out = shape[-1] times it, rank 0 gives
 * 1 and 1; n = fan_in | fan_out | (fan_in + fan_out)/2 without clamping;
 *   uniform: limit sqrt(3 factor/n), variance factor/n;
 *   else truncated normal with stddev sqrt(1.3 factor/n), not corrected: variance 0.7737 x 1.3 factor/n
 *   = 1.0059 factor/n.
 */
function contribVarianceScaling(family: InitFamily, factor: number | undefined, mode: string | undefined, isUniform: boolean | undefined, shape: readonly Dim[]): Draft {
  const receptive = prodDims(shape.slice(0, -2));
  const mul = (a: Dim, r: Dim): Dim => (a === undefined || r === undefined ? undefined : a * r);
  const fanIn = shape.length === 0 ? 1 : mul(shape.length > 1 ? shape[shape.length - 2] : shape[shape.length - 1], receptive);
  const fanOut = shape.length === 0 ? 1 : mul(shape[shape.length - 1], receptive);
  const d: Draft = { family, fanIn, fanOut, formula: '' };
  if (factor === undefined || mode === undefined || isUniform === undefined) return fail(d, 'arguments not resolved');
  d.scale = factor;
  if (factor >= 0) d.gain = Math.sqrt(factor);
  if (mode !== 'FAN_IN' && mode !== 'FAN_OUT' && mode !== 'FAN_AVG') return fail(d, `Unknown mode ${mode} [FAN_IN, FAN_OUT, FAN_AVG]`);
  d.mode = mode === 'FAN_IN' ? 'fan_in' : mode === 'FAN_OUT' ? 'fan_out' : 'fan_avg';
  d.distribution = isUniform ? 'uniform' : 'truncated_normal';
  const n = mode === 'FAN_IN' ? fanIn : mode === 'FAN_OUT' ? fanOut : fanIn === undefined || fanOut === undefined ? undefined : (fanIn + fanOut) / 2;
  if (n === undefined) return fail(d, `${d.mode} unknown`);
  if (!(n > 0) || factor < 0) return fail(d, 'zero fan: the initializer divides by zero');
  if (isUniform) {
    const limit = Math.sqrt((3 * factor) / n);
    return { ...d, bounds: [-limit, limit], moments: { mean: 0, variance: factor / n }, formula: `n = ${d.mode} = ${fmt(n)}; limit = sqrt(3 factor/n) = ${fmt(limit)}, variance ${fmt(factor / n)}` };
  }
  const stddev = Math.sqrt((1.3 * factor) / n);
  const variance = stddev * stddev * STD_NORMAL_TRUNC2_VARIANCE;
  return {
    ...d,
    std: stddev,
    bounds: [-2 * stddev, 2 * stddev],
    moments: { mean: 0, variance },
    formula: `n = ${d.mode} = ${fmt(n)}; stddev = sqrt(1.3 factor/n) = ${fmt(stddev)}, cut at +-2 stddev without correction: variance ${fmt(variance)} (1.0059 factor/n)`,
  };
}

/** TF1 uniform_unit_scaling_initializer(factor=1.0): U(+-factor sqrt(3/n)), n = max(1, prod(shape[:-1])): variance factor^2/n. */
function describeUniformUnitScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  const factor = b.num('factor');
  const size = prodDims(shape.slice(0, -1));
  if (factor === undefined) return fail(d, 'factor not resolved');
  if (size === undefined) return fail(d, 'size unknown');
  const n = Math.max(1, size);
  const limit = Math.sqrt(3 / n) * factor;
  const m = uniformMoments(-limit, limit);
  return { ...d, fanIn: n, bounds: [-limit, limit], moments: m, formula: `n = prod(shape[:-1]) = ${fmt(n)}; limit = factor sqrt(3/n) = ${fmt(limit)}: ${describeMoments(m)}` };
}

/** orthogonal_initializer(gain=1.0): flattened to (prod(shape[:-1]), shape[-1]); variance gain^2/max(rows, cols). */
function describeOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  const gain = b.num('gain');
  if (gain === undefined) return fail(d, 'gain not resolved');
  if (shape.length < 2) return fail(d, 'The tensor to initialize must be at least two-dimensional');
  const rows = prodDims(shape.slice(0, -1));
  const cols = shape[shape.length - 1];
  if (rows === undefined || cols === undefined) return fail(d, 'size unknown');
  if (rows * cols === 0) return fail(d, 'empty tensor');
  const m = orthogonalMoments(rows, cols, gain);
  return { ...d, gain, moments: m, formula: `orthogonal (${rows} x ${cols}) * gain ${fmt(gain)}: variance gain^2/max(rows, cols) = ${fmt(m.variance)}` };
}

/** TF1 initializers.identity(gain=1.0): 2-D, gain * eye(rows, cols). */
function describeIdentity(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'identity', distribution: 'identity', formula: '' };
  const gain = b.num('gain');
  if (gain === undefined) return fail(d, 'gain not resolved');
  if (shape.length !== 2) return fail(d, 'Identity matrix initializer can only be used for 2D matrices.');
  const [r, c] = shape;
  if (r === undefined || c === undefined) return fail(d, 'size unknown');
  if (r * c === 0) return fail(d, 'empty tensor');
  const m = indicatorMoments(Math.min(r, c), r * c, gain);
  return { ...d, gain, moments: m, formula: `${fmt(gain)} * eye(${r}, ${c}): ${describeMoments(m)}` };
}

// ---------------------------------------------------------------- the catalogue

const entry = (canonical: string, aliases: string[], family: InitFamily, signature: ParamDecl[], describe: CatalogueEntry['describe']): CatalogueEntry => ({ canonical, aliases, family, signature, describe });

const V1_NORMAL_NOTE = versionNote('stddev', '1.0', '0.05');
const V1_UNIFORM_NOTE = versionNote('range', 'U(0, 1)', 'U(-0.05, 0.05)');

const ENTRIES: CatalogueEntry[] = [
  // Ops: the arguments after the shape (tf.constant: after the value, the shape removed by the reader).
  entry('random.normal', ['random_normal', 'compat.v1.random_normal', 'compat.v1.random.normal'], 'normal', [p('mean', 0.0), p('stddev', 1.0), DTYPE, SEED, NAME], (b) => normal(b)),
  entry('random.truncated_normal', ['truncated_normal', 'compat.v1.truncated_normal', 'compat.v1.random.truncated_normal'], 'trunc_normal', [p('mean', 0.0), p('stddev', 1.0), DTYPE, SEED, NAME], (b) => truncated(b)),
  entry('random.uniform', ['random_uniform', 'compat.v1.random_uniform', 'compat.v1.random.uniform'], 'uniform', [p('minval', 0), p('maxval', null), DTYPE, SEED, NAME], (b) => uniform(b)),
  entry('zeros', ['compat.v1.zeros', 'zeros_like'], 'zeros', [DTYPE, NAME], fillDraft(0)),
  entry('ones', ['compat.v1.ones', 'ones_like'], 'ones', [DTYPE, NAME], fillDraft(1)),
  entry('fill', ['compat.v1.fill'], 'constant', [p('value', REQUIRED), NAME], constant),
  entry('constant', ['compat.v1.constant'], 'constant', [p('value', REQUIRED), DTYPE], constant),
  // Initializers whose TF1 and TF2 versions agree.
  entry('zeros_initializer', ['compat.v1.zeros_initializer', 'compat.v2.zeros_initializer', 'compat.v1.initializers.zeros'], 'zeros', [DTYPE], fillDraft(0)),
  entry('ones_initializer', ['compat.v1.ones_initializer', 'compat.v2.ones_initializer', 'compat.v1.initializers.ones'], 'ones', [DTYPE], fillDraft(1)),
  entry('constant_initializer', ['compat.v1.constant_initializer', 'compat.v2.constant_initializer', 'compat.v1.initializers.constant'], 'constant', [p('value', 0), DTYPE, p('verify_shape', false)], constant),
  // TF1 (init_ops.py).
  entry('compat.v1.random_normal_initializer', ['compat.v1.initializers.random_normal'], 'normal', [p('mean', 0.0), p('stddev', 1.0), SEED, DTYPE], (b) => normal(b)),
  entry('compat.v1.truncated_normal_initializer', ['truncated_normal_initializer', 'compat.v1.initializers.truncated_normal'], 'trunc_normal', [p('mean', 0.0), p('stddev', 1.0), SEED, DTYPE], (b) => truncated(b)),
  entry('compat.v1.random_uniform_initializer', ['compat.v1.initializers.random_uniform'], 'uniform', [p('minval', 0), p('maxval', null), SEED, DTYPE], (b) => uniform(b)),
  entry('compat.v1.uniform_unit_scaling_initializer', ['uniform_unit_scaling_initializer', 'compat.v1.initializers.uniform_unit_scaling'], 'uniform', [p('factor', 1.0), SEED, DTYPE], describeUniformUnitScaling),
  entry(
    'compat.v1.variance_scaling_initializer',
    ['variance_scaling_initializer', 'compat.v1.initializers.variance_scaling'],
    'variance_scaling',
    [p('scale', 1.0), p('mode', 'fan_in'), p('distribution', 'truncated_normal'), SEED, DTYPE],
    describeVarianceScaling,
  ),
  entry('compat.v1.glorot_uniform_initializer', ['glorot_uniform_initializer', 'compat.v1.initializers.glorot_uniform'], 'xavier', [SEED, DTYPE], preset('xavier', 1.0, 'fan_avg', 'uniform')),
  entry('compat.v1.glorot_normal_initializer', ['glorot_normal_initializer', 'compat.v1.initializers.glorot_normal'], 'xavier', [SEED, DTYPE], preset('xavier', 1.0, 'fan_avg', 'truncated_normal')),
  entry('compat.v1.initializers.he_normal', [], 'kaiming', [SEED], preset('kaiming', 2.0, 'fan_in', 'truncated_normal')),
  entry('compat.v1.initializers.he_uniform', [], 'kaiming', [SEED], preset('kaiming', 2.0, 'fan_in', 'uniform')),
  entry('compat.v1.initializers.lecun_normal', [], 'lecun', [SEED], preset('lecun', 1.0, 'fan_in', 'truncated_normal')),
  entry('compat.v1.initializers.lecun_uniform', [], 'lecun', [SEED], preset('lecun', 1.0, 'fan_in', 'uniform')),
  entry('compat.v1.orthogonal_initializer', ['orthogonal_initializer', 'compat.v1.initializers.orthogonal'], 'orthogonal', [p('gain', 1.0), SEED, DTYPE], describeOrthogonal),
  entry('compat.v1.initializers.identity', [], 'identity', [p('gain', 1.0), DTYPE], describeIdentity),
  // TF2 (init_ops_v2.py).
  entry('compat.v2.random_normal_initializer', [], 'normal', [p('mean', 0.0), p('stddev', 0.05), SEED], (b) => normal(b)),
  entry('compat.v2.random_uniform_initializer', [], 'uniform', [p('minval', -0.05), p('maxval', 0.05), SEED], (b) => uniform(b)),
  // The root names in a file whose TensorFlow version is not known: a default they disagree on is unknown.
  entry('random_normal_initializer', [], 'normal', [p('mean', 0.0), p('stddev', VERSION_DEPENDENT), SEED, DTYPE], (b) => normal(b, V1_NORMAL_NOTE)),
  entry('initializers.truncated_normal', [], 'trunc_normal', [p('mean', 0.0), p('stddev', VERSION_DEPENDENT), SEED], (b) => truncated(b, V1_NORMAL_NOTE)),
  entry('random_uniform_initializer', [], 'uniform', [p('minval', VERSION_DEPENDENT), p('maxval', VERSION_DEPENDENT), SEED, DTYPE], (b) => uniform(b, V1_UNIFORM_NOTE)),
  // contrib.layers (TF1).
  entry('contrib.layers.xavier_initializer', ['contrib.layers.xavier_initializer_conv2d'], 'xavier', [p('uniform', true), SEED, DTYPE], (b, shape) => contribVarianceScaling('xavier', 1.0, 'FAN_AVG', b.bool('uniform'), shape)),
  entry(
    'contrib.layers.variance_scaling_initializer',
    [],
    'variance_scaling',
    [p('factor', 2.0), p('mode', 'FAN_IN'), p('uniform', false), SEED, DTYPE],
    (b, shape) => contribVarianceScaling('variance_scaling', b.num('factor'), b.str('mode'), b.bool('uniform'), shape),
  ),
];

export const TENSORFLOW_CATALOGUE = makeCatalogue(ENTRIES);

/** The op names among the catalogue's: they make a tensor of a given shape (the others are initializer objects). */
export const TF_TENSOR_OPS: ReadonlySet<string> = new Set(ENTRIES.slice(0, 7).flatMap((e) => [e.canonical, ...e.aliases]));
