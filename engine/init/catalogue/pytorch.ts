// PyTorch: every torch.nn.init function (and its deprecated non-underscore alias), the in-place
// tensor methods used to initialize (normal_, uniform_, fill_, zero_), and the tensor factories
// used inside nn.Parameter(...) (randn, rand, zeros, ones, full, empty, eye and their _like forms).
// Signatures list the parameters after the tensor, in PyTorch's positional order
// (torch/nn/init.py, PyTorch 1.13-2.x; the trailing `generator=` is ignored).
import type { Dim } from '../../model/graph';
import { p, REQUIRED, type BoundArgs } from '../args';
import { describeMoments, indicatorMoments, normalMoments, orthogonalMoments, sparseMoments, truncMoments, uniformMoments, type Draft, fail, constantValueDraft } from '../distributions';
import { prodDims, torchFans } from '../fans';
import { fmt } from '../format';
import { calculateGain } from '../gain';
import { makeCatalogue, type CatalogueEntry } from './types';


// uniform_(tensor, a=0., b=1.): U(a, b); mean (a+b)/2, variance (b-a)^2/12.
// tensor.uniform_(from=0, to=1) is the same draw.
function describeUniform(b: BoundArgs): Draft {
  const lo = b.num('a');
  const hi = b.num('b');
  const d: Draft = { family: 'uniform', distribution: 'uniform', formula: '' };
  if (lo === undefined || hi === undefined) return fail(d, 'bounds not resolved');
  if (lo > hi) return fail({ ...d, bounds: [lo, hi] }, `uniform_ expects a [from, to) range, but found from=${fmt(lo)} > to=${fmt(hi)}`);
  const m = uniformMoments(lo, hi);
  return { ...d, bounds: [lo, hi], moments: m, formula: `U(${fmt(lo)}, ${fmt(hi)}): mean (a+b)/2 = ${fmt(m.mean)}, variance (b-a)^2/12 = ${fmt(m.variance)}` };
}

// normal_(tensor, mean=0., std=1.): N(mean, std^2).
function describeNormal(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const std = b.num('std');
  const d: Draft = { family: 'normal', distribution: 'normal', formula: '' };
  if (mean === undefined || std === undefined) return fail(d, 'mean or std not resolved');
  if (std < 0) return fail(d, `normal expects std >= 0.0, but found std ${fmt(std)}`);
  const m = normalMoments(mean, std);
  return { ...d, std, moments: m, formula: `N(${fmt(mean)}, ${fmt(std)}^2): ${describeMoments(m)}` };
}

// trunc_normal_(tensor, mean=0., std=1., a=-2., b=2.): N(mean, std^2) truncated to [a, b], ABSOLUTE
// cut-offs (inverse-CDF sampling then clamp): std=0.02 is effectively untruncated, std=1 is cut at +-2 std.
function describeTruncNormal(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const std = b.num('std');
  const lo = b.num('a');
  const hi = b.num('b');
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (mean === undefined || std === undefined || lo === undefined || hi === undefined) return fail(d, 'arguments not resolved');
  const m = truncMoments(mean, std, lo, hi);
  const base = { ...d, std, bounds: [lo, hi] as [number, number] };
  if (!m) return fail(base, `no truncated normal N(${fmt(mean)}, ${fmt(std)}^2) on [${fmt(lo)}, ${fmt(hi)}]`);
  return {
    ...base,
    moments: m,
    formula: `N(${fmt(mean)}, ${fmt(std)}^2) truncated to [${fmt(lo)}, ${fmt(hi)}] (cut at ${fmt((lo - mean) / std)}..${fmt((hi - mean) / std)} std): ${describeMoments(m)} (${fmt(m.variance / (std * std))} of std^2)`,
  };
}

// constant_(tensor, val) / tensor.fill_(value): every entry val.
function describeConstant(b: BoundArgs): Draft {
  return constantValueDraft(b.num('val'));
}

function describeFill(value: number): () => Draft {
  const family = value === 0 ? 'zeros' : 'ones';
  return () => ({ family, distribution: 'constant', constant: value, moments: { mean: value, variance: 0 }, formula: `constant ${fmt(value)}` });
}

// eye_(tensor): 2-D only; min(rows, cols) ones: p = min/(rows*cols), mean p, variance p(1-p).
function describeEye(_b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'identity', distribution: 'identity', formula: '' };
  if (shape.length !== 2) return fail(d, 'Only tensors with 2 dimensions are supported');
  const [r, c] = shape;
  if (r === undefined || c === undefined) return fail(d, 'size unknown');
  if (r * c === 0) return fail(d, 'empty tensor');
  const m = indicatorMoments(Math.min(r, c), r * c, 1);
  return { ...d, moments: m, formula: `identity: ${Math.min(r, c)} ones of ${r * c} entries: ${describeMoments(m)}` };
}

// dirac_(tensor, groups=1): 3/4/5-D (out, in, *k); for each group g and d < min(out/groups, in):
// W[g*out/groups + d, d, centre] = 1. ones = groups * min(out/groups, in) of prod(shape).
function describeDirac(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'identity', distribution: 'identity', formula: '' };
  if (shape.length < 3 || shape.length > 5) return fail(d, 'Only tensors with 3, 4, or 5 dimensions are supported');
  const groups = b.num('groups');
  if (groups === undefined) return fail(d, 'groups not resolved');
  const total = prodDims(shape);
  const [out, inp] = shape;
  if (total === undefined || out === undefined || inp === undefined) return fail(d, 'size unknown');
  if (total === 0) return fail(d, 'empty tensor');
  if (!Number.isInteger(groups) || groups < 1 || out % groups !== 0) return fail(d, 'dim 0 must be divisible by groups');
  const ones = groups * Math.min(out / groups, inp);
  const m = indicatorMoments(ones, total, 1);
  return { ...d, moments: m, formula: `dirac: ${ones} ones of ${total} entries: ${describeMoments(m)}` };
}

// xavier_uniform_(tensor, gain=1.): a = gain*sqrt(6/(fan_in+fan_out)), U(-a, a), variance gain^2*2/(fan_in+fan_out).
// xavier_normal_(tensor, gain=1.):  std = gain*sqrt(2/(fan_in+fan_out)), N(0, std^2).
function describeXavier(dist: 'uniform' | 'normal') {
  return (b: BoundArgs, shape: readonly Dim[]): Draft => {
    const f = torchFans(shape);
    const d: Draft = { family: 'xavier', distribution: dist, mode: 'fan_avg', fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
    if (f.error) return fail(d, f.error);
    const gain = b.num('gain');
    if (gain === undefined) return fail(d, 'gain not resolved');
    d.gain = gain;
    if (f.fanIn === undefined || f.fanOut === undefined) return fail(d, 'fan unknown');
    if (f.fanIn + f.fanOut === 0) return fail(d, 'zero-element tensor');
    const std = gain * Math.sqrt(2 / (f.fanIn + f.fanOut));
    const variance = std * std;
    if (dist === 'normal') {
      return { ...d, std, moments: { mean: 0, variance }, formula: `std = gain*sqrt(2/(fan_in+fan_out)) = ${fmt(gain)}*sqrt(2/(${f.fanIn}+${f.fanOut})) = ${fmt(std)}, variance ${fmt(variance)}` };
    }
    const a = Math.sqrt(3) * std;
    return {
      ...d,
      bounds: [-a, a],
      moments: { mean: 0, variance },
      formula: `bound = gain*sqrt(6/(fan_in+fan_out)) = ${fmt(gain)}*sqrt(6/(${f.fanIn}+${f.fanOut})) = ${fmt(a)}, variance bound^2/3 = ${fmt(variance)}`,
    };
  };
}

// kaiming_{uniform,normal}_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu'):
//   gain = calculate_gain(nonlinearity, a); std = gain/sqrt(fan_mode)
//   normal: N(0, std^2); uniform: bound = sqrt(3)*std, U(-bound, bound); variance std^2 either way.
// mode is lower-cased; `a` only matters for leaky_relu (a=None -> 0.01).
function describeKaiming(dist: 'uniform' | 'normal') {
  return (b: BoundArgs, shape: readonly Dim[]): Draft => {
    const d: Draft = { family: 'kaiming', distribution: dist, formula: '' };
    const f = torchFans(shape);
    d.fanIn = f.fanIn;
    d.fanOut = f.fanOut;
    const modeRaw = b.str('mode');
    const nl = b.str('nonlinearity');
    if (modeRaw === undefined || nl === undefined) return fail(d, 'mode or nonlinearity not resolved');
    const mode = modeRaw.toLowerCase();
    if (mode !== 'fan_in' && mode !== 'fan_out') return fail(d, `Mode ${modeRaw} not supported, please use one of ['fan_in', 'fan_out']`);
    d.mode = mode;
    d.nonlinearity = nl;
    if (f.error) return fail(d, f.error);
    let param: number | null | 'invalid' | undefined;
    if (nl === 'leaky_relu') {
      const a = b.raw('a');
      if (a === undefined) return fail(d, "argument 'a' not resolved");
      param = a === null ? null : typeof a === 'number' ? a : 'invalid';
    }
    const g = calculateGain(nl, param);
    if ('error' in g) return fail(d, g.error);
    d.gain = g.gain;
    if (g.negativeSlope !== undefined) d.negativeSlope = g.negativeSlope;
    const fan = mode === 'fan_in' ? f.fanIn : f.fanOut;
    if (fan === undefined) return fail(d, `${mode} unknown`);
    if (fan === 0) return fail(d, 'Initializing zero-element tensors is a no-op');
    const std = g.gain / Math.sqrt(fan);
    const variance = std * std;
    const gainText =
      nl === 'leaky_relu' ? `gain = sqrt(2/(1+${fmt(g.negativeSlope!)}^2)) = ${fmt(g.gain)}` : `gain = calculate_gain('${nl}') = ${fmt(g.gain)}`;
    const stdText = `std = gain/sqrt(${mode}) = ${fmt(g.gain)}/sqrt(${fan}) = ${fmt(std)}`;
    if (dist === 'normal') return { ...d, std, moments: { mean: 0, variance }, formula: `${gainText}; ${stdText}, variance ${fmt(variance)}` };
    const bound = Math.sqrt(3) * std;
    return { ...d, bounds: [-bound, bound], moments: { mean: 0, variance }, formula: `${gainText}; ${stdText}; bound = sqrt(3)*std = ${fmt(bound)}, variance ${fmt(variance)}` };
  };
}

// orthogonal_(tensor, gain=1): rank >= 2, flattened to (rows = shape[0], cols = prod(shape[1:])),
// semi-orthogonal times gain: mean 0, variance gain^2/max(rows, cols).
function describeOrthogonal(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'orthogonal', distribution: 'orthogonal', formula: '' };
  if (shape.length < 2) return fail(d, 'Only tensors with 2 or more dimensions are supported');
  const gain = b.num('gain');
  if (gain === undefined) return fail(d, 'gain not resolved');
  d.gain = gain;
  const rows = shape[0];
  const cols = prodDims(shape.slice(1));
  if (rows === undefined || cols === undefined) return fail(d, 'size unknown');
  if (rows * cols === 0) return fail(d, 'Initializing zero-element tensors is a no-op');
  const m = orthogonalMoments(rows, cols, gain);
  return { ...d, moments: m, formula: `orthogonal (${rows} x ${cols}) * gain ${fmt(gain)}: variance gain^2/max(rows, cols) = ${fmt(m.variance)}` };
}

// sparse_(tensor, sparsity, std=0.01): 2-D; N(0, std^2) then ceil(sparsity*rows) zeros per column:
// variance std^2 (rows - ceil(sparsity*rows))/rows.
function describeSparse(b: BoundArgs, shape: readonly Dim[]): Draft {
  const d: Draft = { family: 'sparse', distribution: 'sparse', formula: '' };
  if (shape.length !== 2) return fail(d, 'Only tensors with 2 dimensions are supported');
  const sparsity = b.num('sparsity');
  const std = b.num('std');
  if (sparsity === undefined || std === undefined) return fail(d, 'sparsity or std not resolved');
  d.std = std;
  const rows = shape[0];
  if (rows === undefined) return fail(d, 'size unknown');
  if (rows === 0) return fail(d, 'empty tensor');
  const m = sparseMoments(rows, sparsity, std);
  return { ...d, moments: m, formula: `N(0, ${fmt(std)}^2) with ceil(${fmt(sparsity)}*${rows}) = ${Math.ceil(sparsity * rows)} zeros per column: variance ${fmt(m.variance)}` };
}

// timm.layers.trunc_normal_tf_(tensor, mean=0., std=1., a=-2., b=2.): the TensorFlow/JAX variant:
// N(0, 1) truncated to [a, b] (cut-offs in standard deviations), then times std plus mean, so
// the variance is std^2 times that of the truncated standard normal (0.7737 at +-2).
function describeTruncNormalTf(b: BoundArgs): Draft {
  const mean = b.num('mean');
  const std = b.num('std');
  const lo = b.num('a');
  const hi = b.num('b');
  const d: Draft = { family: 'trunc_normal', distribution: 'truncated_normal', formula: '' };
  if (mean === undefined || std === undefined || lo === undefined || hi === undefined) return fail(d, 'arguments not resolved');
  const unit = truncMoments(0, 1, lo, hi);
  const base = { ...d, std, bounds: [mean + lo * std, mean + hi * std] as [number, number] };
  if (!unit) return fail(base, `no truncated normal on [${fmt(lo)}, ${fmt(hi)}]`);
  const m = { mean: mean + std * unit.mean, variance: std * std * unit.variance };
  return { ...base, moments: m, formula: `N(0, 1) truncated to [${fmt(lo)}, ${fmt(hi)}], times std ${fmt(std)} plus mean ${fmt(mean)}: ${describeMoments(m)}` };
}

// timm.layers.variance_scaling_(tensor, scale=1.0, mode='fan_in', distribution='normal'):
//   variance = scale / denom (fan_in, fan_out, or (fan_in+fan_out)/2, PyTorch's fans);
//   'truncated_normal': trunc_normal_tf_(std = sqrt(variance)/.87962566103423978), cut at +-2 std,
//     so the variance is exactly scale/denom; 'normal': N(0, variance); 'uniform': U(+-sqrt(3 variance)).
// timm.layers.lecun_normal_(tensor) = variance_scaling_(tensor, mode='fan_in', distribution='truncated_normal').
function describeVarianceScaling(b: BoundArgs, shape: readonly Dim[]): Draft {
  const scale = b.num('scale');
  const mode = b.str('mode');
  const dist = b.str('distribution');
  const f = torchFans(shape);
  const d: Draft = { family: 'variance_scaling', fanIn: f.fanIn, fanOut: f.fanOut, formula: '' };
  if (scale === undefined || mode === undefined || dist === undefined) return fail(d, 'arguments not resolved');
  if (mode !== 'fan_in' && mode !== 'fan_out' && mode !== 'fan_avg') return fail(d, `invalid mode ${mode}`);
  if (dist !== 'truncated_normal' && dist !== 'normal' && dist !== 'uniform') return fail(d, `invalid distribution ${dist}`);
  d.mode = mode;
  d.scale = scale;
  d.gain = Math.sqrt(scale);
  d.distribution = dist;
  if (f.error) return fail(d, f.error);
  if (f.fanIn === undefined || f.fanOut === undefined) return fail(d, 'fan unknown');
  const denom = mode === 'fan_in' ? f.fanIn : mode === 'fan_out' ? f.fanOut : (f.fanIn + f.fanOut) / 2;
  if (denom === 0) return fail(d, 'zero-element tensor');
  const variance = scale / denom;
  const head = `variance = scale/${mode} = ${fmt(scale)}/${fmt(denom)} = ${fmt(variance)}`;
  if (dist === 'uniform') {
    const bound = Math.sqrt(3 * variance);
    return { ...d, bounds: [-bound, bound], moments: { mean: 0, variance }, formula: `${head}; U(+-sqrt(3 variance)) = U(+-${fmt(bound)})` };
  }
  if (dist === 'normal') return { ...d, std: Math.sqrt(variance), moments: { mean: 0, variance }, formula: `${head}; N(0, variance)` };
  const std = Math.sqrt(variance) / 0.87962566103423978;
  return { ...d, std, bounds: [-2 * std, 2 * std], moments: { mean: 0, variance }, formula: `${head}; truncated normal, std sqrt(variance)/0.8796 = ${fmt(std)} cut at +-2 std, variance ${fmt(variance)}` };
}

const empty = (): Draft => ({ family: 'empty', formula: 'uninitialized memory: no distribution', note: 'torch.empty leaves whatever was in memory' });

// torch.full(size, fill_value) / torch.full_like(input, fill_value).
function describeFull(b: BoundArgs): Draft {
  const v = b.num('fill_value');
  const d: Draft = { family: 'constant', distribution: 'constant', formula: '' };
  if (v === undefined) return fail(d, 'fill_value not resolved');
  const family = v === 0 ? 'zeros' : v === 1 ? 'ones' : 'constant';
  return { ...d, family, constant: v, moments: { mean: v, variance: 0 }, formula: `constant ${fmt(v)}` };
}

const U01 = (): Draft => ({ family: 'uniform', distribution: 'uniform', bounds: [0, 1], moments: uniformMoments(0, 1), formula: 'U[0, 1): mean 0.5, variance 1/12 = 0.0833333' });
const N01 = (): Draft => ({ family: 'normal', distribution: 'normal', std: 1, moments: normalMoments(0, 1), formula: 'N(0, 1): mean 0, variance 1' });

const ENTRIES: CatalogueEntry[] = [
  { canonical: 'uniform_', aliases: ['uniform'], family: 'uniform', signature: [p('a', 0, ['from']), p('b', 1, ['to'])], describe: describeUniform },
  { canonical: 'normal_', aliases: ['normal'], family: 'normal', signature: [p('mean', 0), p('std', 1)], describe: describeNormal },
  { canonical: 'trunc_normal_', aliases: [], family: 'trunc_normal', signature: [p('mean', 0), p('std', 1), p('a', -2), p('b', 2)], describe: describeTruncNormal },
  { canonical: 'constant_', aliases: ['constant', 'fill_'], family: 'constant', signature: [p('val', REQUIRED, ['value'])], describe: describeConstant },
  { canonical: 'ones_', aliases: [], family: 'ones', signature: [], describe: describeFill(1) },
  { canonical: 'zeros_', aliases: ['zero_'], family: 'zeros', signature: [], describe: describeFill(0) },
  { canonical: 'eye_', aliases: ['eye'], family: 'identity', signature: [], describe: describeEye },
  { canonical: 'dirac_', aliases: ['dirac'], family: 'identity', signature: [p('groups', 1)], describe: describeDirac },
  { canonical: 'xavier_uniform_', aliases: ['xavier_uniform'], family: 'xavier', signature: [p('gain', 1)], describe: describeXavier('uniform') },
  { canonical: 'xavier_normal_', aliases: ['xavier_normal'], family: 'xavier', signature: [p('gain', 1)], describe: describeXavier('normal') },
  {
    canonical: 'kaiming_uniform_',
    aliases: ['kaiming_uniform'],
    family: 'kaiming',
    signature: [p('a', 0), p('mode', 'fan_in'), p('nonlinearity', 'leaky_relu')],
    describe: describeKaiming('uniform'),
  },
  {
    canonical: 'kaiming_normal_',
    aliases: ['kaiming_normal'],
    family: 'kaiming',
    signature: [p('a', 0), p('mode', 'fan_in'), p('nonlinearity', 'leaky_relu')],
    describe: describeKaiming('normal'),
  },
  { canonical: 'orthogonal_', aliases: ['orthogonal'], family: 'orthogonal', signature: [p('gain', 1)], describe: describeOrthogonal },
  { canonical: 'sparse_', aliases: ['sparse'], family: 'sparse', signature: [p('sparsity', REQUIRED), p('std', 0.01)], describe: describeSparse },
  // timm's initializers (timm.layers.weight_init), read when a file imports them from timm.
  { canonical: 'trunc_normal_tf_', aliases: [], family: 'trunc_normal', signature: [p('mean', 0), p('std', 1), p('a', -2), p('b', 2)], describe: describeTruncNormalTf },
  {
    canonical: 'variance_scaling_',
    aliases: [],
    family: 'variance_scaling',
    signature: [p('scale', 1), p('mode', 'fan_in'), p('distribution', 'normal')],
    describe: describeVarianceScaling,
  },
  {
    canonical: 'lecun_normal_',
    aliases: [],
    family: 'lecun',
    signature: [p('scale', 1), p('mode', 'fan_in'), p('distribution', 'truncated_normal')],
    describe: (b, shape) => ({ ...describeVarianceScaling(b, shape), family: 'lecun' }),
  },
  // Tensor factories (nn.Parameter(torch.randn(n, m) * k)); their size arguments are ignored.
  { canonical: 'randn', aliases: ['randn_like'], family: 'normal', signature: [], describe: N01 },
  { canonical: 'rand', aliases: ['rand_like'], family: 'uniform', signature: [], describe: U01 },
  { canonical: 'zeros', aliases: ['zeros_like'], family: 'zeros', signature: [], describe: describeFill(0) },
  { canonical: 'ones', aliases: ['ones_like'], family: 'ones', signature: [], describe: describeFill(1) },
  { canonical: 'full', aliases: [], family: 'constant', signature: [p('size', REQUIRED), p('fill_value', REQUIRED)], describe: describeFull },
  { canonical: 'full_like', aliases: [], family: 'constant', signature: [p('input', REQUIRED), p('fill_value', REQUIRED)], describe: describeFull },
  { canonical: 'empty', aliases: ['empty_like'], family: 'empty', signature: [], describe: empty },
];

export const PYTORCH_CATALOGUE = makeCatalogue(ENTRIES);
