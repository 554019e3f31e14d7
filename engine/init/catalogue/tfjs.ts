// TensorFlow.js (tfjs-layers src/initializers.ts): the tf.initializers.* factory names (camelCase,
// also the string identifiers of INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP), the registered class
// names getInitializer also accepts ('HeNormal'), and the snake_case forms that only arrive through
// a Keras JSON config (convertPythonicToTs camel-cases 'he_normal' to 'heNormal'; 'lecun_normal'
// becomes 'lecunNormal', which TF.js does not know, so it is not listed).
// Quirks matched exactly:
// - RandomUniform/RandomNormal/TruncatedNormal read `args.x || DEFAULT`, so 0 falls back to the default
//   (randomUniform({minval: 0}) is U(-0.05, 0.05); randomNormal({mean: 0, stddev: 0}) is N(0, 0.05^2)).
// - VarianceScaling 'normal' is truncatedNormal(0, sqrt(scale/n)) with NO correction: variance
//   0.7737 scale/n. Any other distribution value, 'truncatedNormal' included, takes the uniform branch.
// - computeFans: see fans.ts tfjsFans (rank 0/1/>=6 use sqrt(prod(shape))).
import type { ArgValue, Dim } from '../../model/graph';
import type { BoundArgs, ParamDecl } from '../args';
import { describeMoments, indicatorMoments, normalMoments, truncMoments, uniformMoments, type Draft, fail, constantValueDraft, fillDraft } from '../distributions';
import { tfjsFans } from '../fans';
import { fmt } from '../format';
import { STD_NORMAL_TRUNC2_VARIANCE } from '../truncated-normal';
import type { FanMode, InitFamily } from '../types';
import { describeChannelsLastOrthogonal } from './keras';
import { makeCatalogue, type CatalogueEntry } from './types';


/** TF.js takes one config object: every parameter is a property (keyword). */
const kw = (name: string): ParamDecl => ({ name, default: null, keywordOnly: true });

const JSON_NOTE = 'snake_case spelling: TF.js accepts it only from a Keras JSON config (camel-cased on load); as a literal in TypeScript it throws';

/** `args.x || fallback`: absent, 0, null, false, '' all give the fallback; undefined = unresolved. */
function orDefault(b: BoundArgs, name: string, fallback: number): number | undefined {
  if (!b.given(name)) return fallback;
  const v: ArgValue = b.raw(name);
  if (v === undefined) return undefined;
  if (!v) return fallback;
  return typeof v === 'number' ? v : undefined;
}

/** `args.x == null ? fallback : args.x`. */
function nullishDefault(b: BoundArgs, name: string, fallback: number): number | undefined {
  if (!b.given(name)) return fallback;
  const v = b.raw(name);
  if (v === undefined) return undefined;
  if (v === null) return fallback;
  return typeof v === 'number' ? v : undefined;
}

/** generic_utils.toCamelCase. */
function toCamelCase(s: string): string {
  if (s.length <= 1 || !s.includes('_')) return s;
  return s.replace(/[_]+(\w|$)/g, (_m, c: string) => c.toUpperCase());
}

/**
 * VarianceScaling({scale=1, mode='fanIn', distribution='normal'}):
 *   scale < 0 -> ValueError; n = max(1, fanIn | fanOut | (fanIn+fanOut)/2)
 *   'normal': truncatedNormal(0, stddev = sqrt(scale/n)), cut at +-2 stddev, no correction:
 *             variance = 0.7737413 scale/n
 *   otherwise ('uniform', and also 'truncatedNormal'): limit = sqrt(3 scale/n), U(-limit, limit), variance scale/n
 */
export function tfjsVarianceScaling(family: InitFamily, scale: number, modeRaw: string, distRaw: string, shape: readonly Dim[]): Draft {
  const f = tfjsFans(shape);
  const d: Draft = { family, scale, fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
  if (scale >= 0) d.gain = Math.sqrt(scale);
  const notes: string[] = [];
  const mode = toCamelCase(modeRaw);
  const dist = toCamelCase(distRaw);
  if (mode !== modeRaw || dist !== distRaw) notes.push(JSON_NOTE);
  if (scale < 0) return fail(d, `scale must be a positive float. Got: ${fmt(scale)}`);
  if (mode !== 'fanIn' && mode !== 'fanOut' && mode !== 'fanAvg') return fail(d, `Invalid FanMode: ${modeRaw}`);
  if (dist !== 'normal' && dist !== 'uniform' && dist !== 'truncatedNormal') return fail(d, `Invalid Distribution: ${distRaw}`);
  if (dist === 'truncatedNormal') notes.push("TF.js samples distribution 'truncatedNormal' from the uniform branch");
  d.mode = ({ fanIn: 'fan_in', fanOut: 'fan_out', fanAvg: 'fan_avg' } as const)[mode] as FanMode;
  const fan = mode === 'fanIn' ? f.fanIn : mode === 'fanOut' ? f.fanOut : f.fanIn === undefined || f.fanOut === undefined ? undefined : (f.fanIn + f.fanOut) / 2;
  if (notes.length) d.note = notes.join('; ');
  if (fan === undefined) return fail(d, `${mode} unknown`);
  const n = Math.max(1, fan);
  const target = scale / n;
  const nText = `n = max(1, ${mode}) = ${fmt(n)}`;
  if (dist === 'normal') {
    const stddev = Math.sqrt(target);
    const variance = target * STD_NORMAL_TRUNC2_VARIANCE;
    return {
      ...d,
      distribution: 'truncated_normal',
      std: stddev,
      bounds: [-2 * stddev, 2 * stddev],
      moments: { mean: 0, variance },
      formula: `${nText}; truncatedNormal stddev = sqrt(scale/n) = ${fmt(stddev)}, cut at +-2 stddev without correction: variance 0.77374*scale/n = ${fmt(variance)}`,
    };
  }
  const limit = Math.sqrt(3 * target);
  return { ...d, distribution: 'uniform', bounds: [-limit, limit], moments: { mean: 0, variance: target }, formula: `${nText}; limit = sqrt(3 scale/n) = ${fmt(limit)}, variance ${fmt(target)}` };
}

function describeVarianceScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const scale = nullishDefault(b, 'scale', 1.0);
  const mode = b.given('mode') ? b.raw('mode') : null;
  const dist = b.given('distribution') ? b.raw('distribution') : null;
  const d: Draft = { family: 'variance_scaling', formula: '' };
  if (scale === undefined || mode === undefined || dist === undefined) return fail(d, 'arguments not resolved');
  if ((mode !== null && typeof mode !== 'string') || (dist !== null && typeof dist !== 'string')) return fail(d, 'mode or distribution is not a string');
  return tfjsVarianceScaling('variance_scaling', scale, mode ?? 'fanIn', dist ?? 'normal', shape);
}

const preset = (family: InitFamily, scale: number, mode: string, dist: string) => (_b: BoundArgs, shape: readonly Dim[]) =>
  tfjsVarianceScaling(family, scale, mode, dist, shape);

// RandomUniform({minval || -0.05, maxval || 0.05}).
function describeRandomUniform(b: BoundArgs): Draft {
  const lo = orDefault(b, 'minval', -0.05);
  const hi = orDefault(b, 'maxval', 0.05);
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  if (lo === undefined || hi === undefined) return fail(d, 'minval or maxval not resolved');
  const m = uniformMoments(lo, hi);
  const fellBack = (b.given('minval') && b.raw('minval') === 0) || (b.given('maxval') && b.raw('maxval') === 0);
  return {
    ...d,
    bounds: [lo, hi],
    moments: m,
    formula: `U(${fmt(lo)}, ${fmt(hi)}): ${describeMoments(m)}`,
    ...(fellBack ? { note: 'TF.js reads `args.minval || -0.05` / `args.maxval || 0.05`: a 0 falls back to the default' } : {}),
  };
}

// RandomNormal({mean || 0, stddev || 0.05}): N(mean, stddev^2).
function describeRandomNormal(b: BoundArgs): Draft {
  const mean = orDefault(b, 'mean', 0);
  const stddev = orDefault(b, 'stddev', 0.05);
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  if (mean === undefined || stddev === undefined) return fail(d, 'mean or stddev not resolved');
  const m = normalMoments(mean, stddev);
  const fellBack = b.given('stddev') && b.raw('stddev') === 0;
  return {
    ...d,
    std: stddev,
    moments: m,
    formula: `N(${fmt(mean)}, ${fmt(stddev)}^2): ${describeMoments(m)}`,
    ...(fellBack ? { note: 'TF.js reads `args.stddev || 0.05`: stddev 0 falls back to 0.05' } : {}),
  };
}

// TruncatedNormal({mean || 0, stddev || 0.05}): re-drawn outside mean +- 2 stddev, no correction.
function describeTruncatedNormal(b: BoundArgs): Draft {
  const mean = orDefault(b, 'mean', 0);
  const stddev = orDefault(b, 'stddev', 0.05);
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (mean === undefined || stddev === undefined) return fail(d, 'mean or stddev not resolved');
  const m = truncMoments(mean, stddev, mean - 2 * stddev, mean + 2 * stddev);
  if (!m) return fail(d, 'invalid stddev');
  return { ...d, std: stddev, bounds: [mean - 2 * stddev, mean + 2 * stddev], moments: m, formula: `N(${fmt(mean)}, ${fmt(stddev)}^2) cut at +-2 stddev: ${describeMoments(m)}` };
}

// Constant({value}): value is required (ValueError when undefined); 0 is kept.
function describeConstant(b: BoundArgs): Draft {
  if (!b.given('value')) return fail({ family: 'constant', distribution: 'constant', formula: '' }, 'config must have value set');
  return constantValueDraft(b.num('value'));
}

const fill = fillDraft;

// Identity({gain = 1}): square 2-D only; gain * eye(n): mean gain/n, variance gain^2 (1/n)(1 - 1/n).
function describeIdentity(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'identity', distribution: 'identity', formula: '' };
  const gain = nullishDefault(b, 'gain', 1.0);
  if (gain === undefined) return fail(d, 'gain not resolved');
  d.gain = gain;
  if (shape.length !== 2) return fail(d, 'Identity matrix initializer can only be used for 2D square matrices');
  const [r, c] = shape;
  if (r === undefined || c === undefined) return fail(d, 'size unknown');
  if (r !== c) return fail(d, 'Identity matrix initializer can only be used for 2D square matrices');
  if (r === 0) return fail(d, 'empty tensor');
  const m = indicatorMoments(r, r * r, gain);
  return { ...d, moments: m, formula: `${fmt(gain)} * eye(${r}): ${describeMoments(m)}` };
}

// Orthogonal({gain = 1}): flattened to (prod(shape[:-1]), shape[-1]); variance gain^2/max(rows, cols).
function describeOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const gain = nullishDefault(b, 'gain', 1);
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  if (gain === undefined) return fail(d, 'gain not resolved');
  return describeChannelsLastOrthogonal(gain, shape, d);
}

function entry(canonical: string, className: string, snake: string | undefined, family: InitFamily, params: string[], describe: CatalogueEntry['describe']): CatalogueEntry {
  const aliases = snake ? [className, snake] : [className];
  return { canonical, aliases, family, signature: params.map(kw), describe, ...(snake ? { aliasNotes: { [snake]: JSON_NOTE } } : {}) };
}

const ENTRIES: CatalogueEntry[] = [
  entry('zeros', 'Zeros', undefined, 'zeros', [], fill(0)),
  entry('ones', 'Ones', undefined, 'ones', [], fill(1)),
  entry('constant', 'Constant', undefined, 'constant', ['value'], describeConstant),
  entry('randomUniform', 'RandomUniform', 'random_uniform', 'uniform', ['minval', 'maxval', 'seed'], describeRandomUniform),
  entry('randomNormal', 'RandomNormal', 'random_normal', 'normal', ['mean', 'stddev', 'seed'], describeRandomNormal),
  entry('truncatedNormal', 'TruncatedNormal', 'truncated_normal', 'trunc_normal', ['mean', 'stddev', 'seed'], describeTruncatedNormal),
  entry('identity', 'Identity', undefined, 'identity', ['gain'], describeIdentity),
  entry('varianceScaling', 'VarianceScaling', 'variance_scaling', 'variance_scaling', ['scale', 'mode', 'distribution', 'seed'], describeVarianceScaling),
  entry('glorotUniform', 'GlorotUniform', 'glorot_uniform', 'xavier', ['seed'], preset('xavier', 1.0, 'fanAvg', 'uniform')),
  entry('glorotNormal', 'GlorotNormal', 'glorot_normal', 'xavier', ['seed'], preset('xavier', 1.0, 'fanAvg', 'normal')),
  entry('heNormal', 'HeNormal', 'he_normal', 'kaiming', ['seed'], preset('kaiming', 2.0, 'fanIn', 'normal')),
  entry('heUniform', 'HeUniform', 'he_uniform', 'kaiming', ['seed'], preset('kaiming', 2.0, 'fanIn', 'uniform')),
  entry('leCunNormal', 'LeCunNormal', undefined, 'lecun', ['seed'], preset('lecun', 1.0, 'fanIn', 'normal')),
  entry('leCunUniform', 'LeCunUniform', undefined, 'lecun', ['seed'], preset('lecun', 1.0, 'fanIn', 'uniform')),
  entry('orthogonal', 'Orthogonal', undefined, 'orthogonal', ['gain', 'seed'], describeOrthogonal),
];

export const TFJS_CATALOGUE = makeCatalogue(ENTRIES);
