// Draws a parameter's initial values exactly as its initializer would, from the InitInfo that
// engine/init computed (explicit initializers and module defaults alike), in the parameter's own
// layout (PyTorch Linear (out, in), Keras kernel (in, out), conv (out, in/groups, *k) or (*k, in, out)).
//
//   normal            N(mean, std^2)                       mean from moments, std from info.std
//   truncated_normal  N(mu, std^2) cut to info.bounds      mu solved from the truncated mean
//   uniform           U(bounds)
//   orthogonal        Haar (semi-)orthogonal through Householder QR of a normal matrix with the
//                     signs of diag(R) folded in (torch.nn.init.orthogonal_, Keras Orthogonal),
//                     times gain (and multiplier); PyTorch flattens to (shape[0], prod(rest)),
//                     the channels-last frameworks to (prod(shape[:-1]), shape[-1])
//   constant          info.constant
//   identity          eye (2-D) or dirac (conv), value = mean / fraction of ones
//   sparse            N(0, std^2) with the same number of zeros in every column (sparse_)
// A multiplier (nn.Parameter(torch.randn(n, m) * 0.1)) is already folded into bounds, std,
// constant and moments by engine/init; orthogonal and identity take it from `multiplier`.
// Slices that a default fills differently (InitInfo.segments with a constant) are applied last.
import type { Framework } from '../model/graph';
import { truncatedNormalMoments, type InitInfo } from '../init';
import type { Rng } from './rng';

export type Sampled = { values: Float32Array; note?: string } | { error: string };

function prod(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** The mu of N(mu, sigma^2) truncated to [a, b] whose mean is `mean` (bisection; the mean is increasing in mu). */
export function truncatedMu(mean: number, sigma: number, a: number, b: number): number {
  if (sigma === 0) return mean;
  let lo = a - 20 * sigma;
  let hi = b + 20 * sigma;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const m = truncatedNormalMoments(mid, sigma, a, b)?.mean;
    if (m === undefined || Number.isNaN(m)) break;
    if (m < mean) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-15 * Math.max(1, Math.abs(mid))) break;
  }
  return (lo + hi) / 2;
}

/**
 * Thin Householder QR of an n x m column-major matrix (n >= m), returning Q (n x m, column-major)
 * with its columns multiplied by sign(diag(R)), which makes Q Haar-distributed when A is Gaussian.
 */
export function orthonormalColumns(a: Float64Array, n: number, m: number): Float64Array {
  const r = a; // overwritten in place with R above the diagonal and Householder vectors below
  const vs: Float64Array[] = [];
  const signs = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const col = k * n;
    let norm = 0;
    for (let i = k; i < n; i++) norm += r[col + i]! * r[col + i]!;
    norm = Math.sqrt(norm);
    const x0 = r[col + k]!;
    const alpha = x0 > 0 ? -norm : norm; // R[k][k] = alpha
    const v = new Float64Array(n - k);
    for (let i = k; i < n; i++) v[i - k] = r[col + i]!;
    v[0] = x0 - alpha;
    let vn = 0;
    for (let i = 0; i < v.length; i++) vn += v[i]! * v[i]!;
    if (vn > 0) {
      const s = 2 / vn;
      for (let j = k; j < m; j++) {
        const cj = j * n;
        let dot = 0;
        for (let i = 0; i < v.length; i++) dot += v[i]! * r[cj + k + i]!;
        dot *= s;
        for (let i = 0; i < v.length; i++) r[cj + k + i]! -= dot * v[i]!;
      }
      for (let i = 0; i < v.length; i++) v[i]! *= Math.sqrt(s);
    }
    vs.push(v);
    signs[k] = r[col + k]! < 0 ? -1 : 1;
  }
  // Q = H_0 H_1 ... H_{m-1} applied to the first m columns of the identity
  const q = new Float64Array(n * m);
  for (let j = 0; j < m; j++) q[j * n + j] = 1;
  for (let k = m - 1; k >= 0; k--) {
    const v = vs[k]!;
    for (let j = 0; j < m; j++) {
      const cj = j * n;
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * q[cj + k + i]!;
      if (dot === 0) continue;
      for (let i = 0; i < v.length; i++) q[cj + k + i]! -= dot * v[i]!;
    }
  }
  for (let j = 0; j < m; j++) {
    if (signs[j] === 1) continue;
    for (let i = 0; i < n; i++) q[j * n + i] = -q[j * n + i]!;
  }
  return q;
}

/** rows x cols (row-major) semi-orthogonal matrix times `scale`. */
export function orthogonalMatrix(rows: number, cols: number, scale: number, rng: Rng): Float32Array {
  const tall = rows >= cols;
  const n = tall ? rows : cols;
  const m = tall ? cols : rows;
  const a = new Float64Array(n * m);
  for (let i = 0; i < a.length; i++) a[i] = rng.normal();
  const q = orthonormalColumns(a, n, m); // column-major n x m
  const out = new Float32Array(rows * cols);
  if (tall) {
    // out[i][j] = q[j*n + i]
    for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) out[i * cols + j] = q[j * n + i]! * scale;
  } else {
    // out = q^T: out[i][j] = q[i*n + j] (i < m rows, j < n cols)
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * cols + j] = q[i * n + j]! * scale;
  }
  return out;
}

function orthogonalShape(framework: Framework, shape: readonly number[]): [number, number] {
  if (framework === 'pytorch') return [shape[0]!, prod(shape.slice(1))];
  return [prod(shape.slice(0, -1)), shape[shape.length - 1]!];
}

/** Identity fills: eye for 2-D, dirac for conv weights (PyTorch (out, in, *k) or channels-last (*k, in, out)). */
function identityFill(framework: Framework, shape: readonly number[], groups: number): { values: Float32Array; ones: number } {
  const values = new Float32Array(prod(shape));
  if (shape.length === 2) {
    const [r, c] = shape as [number, number];
    const k = Math.min(r, c);
    for (let i = 0; i < k; i++) values[i * c + i] = 1;
    return { values, ones: k };
  }
  const spatial = framework === 'pytorch' ? shape.slice(2) : shape.slice(0, -2);
  const centre = spatial.map((s) => Math.floor(s / 2));
  let ones = 0;
  if (framework === 'pytorch') {
    const [out, inp] = shape as [number, number];
    const perGroup = out / groups;
    const k = prod(spatial);
    let centreOffset = 0;
    for (let i = 0; i < spatial.length; i++) centreOffset = centreOffset * spatial[i]! + centre[i]!;
    for (let g = 0; g < groups; g++) {
      for (let d = 0; d < Math.min(perGroup, inp); d++) {
        values[((g * perGroup + d) * inp + d) * k + centreOffset] = 1;
        ones++;
      }
    }
  } else {
    const inp = shape[shape.length - 2]!;
    const out = shape[shape.length - 1]!;
    let centreOffset = 0;
    for (let i = 0; i < spatial.length; i++) centreOffset = centreOffset * spatial[i]! + centre[i]!;
    for (let d = 0; d < Math.min(inp, out); d++) {
      values[(centreOffset * inp + d) * out + d] = 1;
      ones++;
    }
  }
  return { values, ones };
}

/** Applies the constant slices of a default (LSTM forget-gate bias, an Embedding's padding row). */
function applySegments(values: Float32Array, info: InitInfo, shape: readonly number[]): void {
  for (const seg of info.segments ?? []) {
    if (seg.constant === undefined || seg.start === undefined || seg.end === undefined) continue;
    const axis = seg.axis;
    const outer = prod(shape.slice(0, axis));
    const len = shape[axis]!;
    const inner = prod(shape.slice(axis + 1));
    for (let o = 0; o < outer; o++) {
      for (let i = Math.max(0, seg.start); i < Math.min(len, seg.end); i++) {
        values.fill(seg.constant, (o * len + i) * inner, (o * len + i + 1) * inner);
      }
    }
  }
}

/**
 * The initial values of a parameter of `shape` (its framework's layout), as a row-major Float32Array.
 * `groups` is the conv's groups (dirac). Fails (with the reason) when the InitInfo has no moments.
 */
export function sampleParam(info: InitInfo, shape: readonly number[], framework: Framework, rng: Rng, groups = 1): Sampled {
  const n = prod(shape);
  const m = info.moments;
  if (!m) return { error: `${info.family === 'unknown' ? 'unknown initializer' : info.family === 'empty' ? 'uninitialized memory (torch.empty)' : 'initializer moments unknown'}${info.note ? ` (${info.note})` : ''}` };
  const values = new Float32Array(n);
  let note: string | undefined;
  switch (info.distribution) {
    case 'constant':
      values.fill(info.constant ?? m.mean);
      break;
    case 'uniform': {
      const [lo, hi] = info.bounds ?? [m.mean - Math.sqrt(3 * m.variance), m.mean + Math.sqrt(3 * m.variance)];
      rng.fillUniform(values, lo, hi);
      break;
    }
    case 'normal':
      rng.fillNormal(values, m.mean, info.std ?? Math.sqrt(m.variance));
      break;
    case 'truncated_normal': {
      const std = info.std ?? Math.sqrt(m.variance);
      const [a, b] = info.bounds ?? [-Infinity, Infinity];
      const mu = a === -b ? 0 : truncatedMu(m.mean, std, a, b);
      rng.fillTruncatedNormal(values, mu, std, a, b);
      break;
    }
    case 'orthogonal': {
      const [rows, cols] = orthogonalShape(framework, shape);
      const gain = info.gain ?? Math.sqrt(m.variance * Math.max(rows, cols));
      const scale = gain * (info.multiplier ?? 1);
      values.set(orthogonalMatrix(rows, cols, scale, rng));
      break;
    }
    case 'identity': {
      if (shape.length < 2 || shape.length > 5) return { error: 'identity initializer on a tensor of rank other than 2 to 5' };
      const fill = identityFill(framework, shape, groups);
      if (fill.ones === 0) return { error: 'identity initializer with no ones' };
      const value = (m.mean * n) / fill.ones;
      for (let i = 0; i < n; i++) values[i] = fill.values[i]! * value;
      break;
    }
    case 'sparse': {
      const std = info.std ?? 0;
      rng.fillNormal(values, 0, std);
      if (shape.length === 2 && std > 0) {
        const [rows, cols] = shape as [number, number];
        const zeros = Math.round(rows * (1 - m.variance / (std * std)));
        const idx = new Int32Array(rows);
        for (let c = 0; c < cols; c++) {
          rng.choose(idx, zeros);
          for (let i = 0; i < zeros; i++) values[idx[i]! * cols + c] = 0;
        }
      }
      break;
    }
    default:
      // A default or scheme with moments but no distribution initlint models: match its moments.
      rng.fillNormal(values, m.mean, Math.sqrt(m.variance));
      note = `${info.family} initializer: distribution not modelled, sampled as a normal with its mean and variance`;
  }
  applySegments(values, info, shape);
  return note ? { values, note } : { values };
}
