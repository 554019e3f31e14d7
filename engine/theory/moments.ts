// Gaussian moments of an activation: for h ~ N(mu, q),
//   mean   = E[phi(h)]
//   second = E[phi(h)^2]
//   dphi2  = E[phi'(h)^2]
// Closed forms for the piecewise-linear activations (identity, ReLU, leaky ReLU, hardtanh, ReLU6);
// quadrature (quadrature.ts) for the rest, with ELU/SELU closed forms kept as a cross-check.
// Accuracy (checked against 30-digit arithmetic while writing this, and against independent
// brute-force integrals in test/theory): about 1e-13 relative or better for every activation while
// |mu| <= 8 sqrt(q) at any q; further out, moments that have fallen below ~1e-30 (units dead or
// saturated for all practical purposes) may keep only a few digits.

import {
  activationFunction,
  type ActivationFunction,
  type ActivationSpec,
  type ElementwiseActivationKind,
  SELU_ALPHA,
  SELU_SCALE,
} from './activations';
import { hermiteNodes, piecewiseNodes, type NormalNodes } from './quadrature';
import { erfcx, normalCdf, normalInterval, normalPdf } from './special';

export interface GaussianMoments {
  /** E[phi(h)] */
  mean: number;
  /** E[phi(h)^2] */
  second: number;
  /** E[phi'(h)^2] */
  dphi2: number;
}

/**
 * 'auto': closed form for identity, relu, leaky_relu, hardtanh, relu6; the piecewise rule split at
 * the kink for elu and selu; Gauss-Hermite for smooth activations while sqrt(q) <= HERMITE_MAX_STD
 * of the activation, the graded piecewise rule above that. The other values force one method
 * ('closed' throws for an activation without a closed form; 'hermite' on a kinked activation is
 * only accurate to ~1e-3, shown in the tests for why the split exists).
 */
export type MomentMethod = 'auto' | 'closed' | 'hermite' | 'piecewise';

/**
 * Largest standard deviation sqrt(q) for which 100-point Gauss-Hermite is used, per smooth
 * activation (softplus: divided by beta). The rule's error grows as the activation's nearest complex
 * singularity (tanh: pi/2 from the real axis, sigmoid/silu/softplus: pi) comes closer in units of
 * sqrt(q). Measured against the piecewise rule over means -3..3: at these widths the difference is
 * below 3e-14 relative; above them the piecewise rule is used.
 */
export const HERMITE_MAX_STD: Readonly<Partial<Record<ElementwiseActivationKind, number>>> = {
  identity: Infinity,
  gelu: 1.5,
  gelu_tanh: 1,
  silu: 1.25,
  mish: 1,
  tanh: 0.5,
  sigmoid: 1.25,
  softplus: 1.5,
};

/**
 * Upper tail, alpha = (lo - mu)/s >= TAIL_SWITCH: moments of h on (lo, inf) through
 *   J0 = R(alpha) = Q(alpha)/pdf(alpha) (Mills ratio), J1 = 1 - alpha R, J2 = (1 + alpha^2) R - alpha
 * (J_k = int_0^inf t^k exp(-alpha t - t^2/2) dt), so that
 *   M0 = pdf(alpha) J0,  M1 = pdf(alpha) (lo J0 + s J1),  M2 = pdf(alpha) (lo^2 J0 + 2 lo s J1 + s^2 J2).
 * J1 and J2 cancel badly when formed from R; from Laplace's continued fraction
 *   R = 1/(alpha + c), c = 1/(alpha + d), d = 2/(alpha + 3/(alpha + ...))
 * they are J1 = c/(alpha + c) and J2 = d / ((alpha + d)(alpha + c)), free of cancellation.
 */
const TAIL_SWITCH = 1.5;

function upperTailMoments(mu: number, s: number, lo: number): [number, number, number] {
  const a = (lo - mu) / s;
  // continued fraction from the bottom: t_k = k / (a + t_{k+1})
  const depth = 30 + Math.ceil(1000 / (a * a));
  let t = 0;
  for (let k = depth; k >= 3; k--) t = k / (a + t);
  const d = 2 / (a + t);
  const c = 1 / (a + d);
  const j0 = 1 / (a + c);
  const j1 = c / (a + c);
  const j2 = d / ((a + d) * (a + c));
  const p = normalPdf(a);
  return [p * j0, p * (lo * j0 + s * j1), p * (lo * lo * j0 + 2 * lo * s * j1 + s * s * j2)];
}

/**
 * Truncated moments of h ~ N(mu, s^2) on (lo, hi), with alpha = (lo-mu)/s, beta = (hi-mu)/s:
 *   M0 = P(lo < h < hi)                 = Phi(beta) - Phi(alpha)
 *   M1 = E[h 1{lo<h<hi}]                = mu M0 + s (pdf(alpha) - pdf(beta))
 *   M2 = E[h^2 1{lo<h<hi}]              = mu^2 M0 + 2 mu s (pdf(alpha) - pdf(beta))
 *                                         + s^2 (M0 + alpha pdf(alpha) - beta pdf(beta))
 * (from int z pdf = -pdf and int z^2 pdf = Phi - z pdf). When the whole interval lies in a far tail
 * (alpha >= 1.5 or beta <= -1.5) these terms cancel; there it is the difference of two far-tail pieces.
 */
export function truncatedMoments(mu: number, s: number, lo: number, hi: number): [number, number, number] {
  const a = (lo - mu) / s;
  const b = (hi - mu) / s;
  if (a >= TAIL_SWITCH) {
    const [u0, u1, u2] = upperTailMoments(mu, s, lo);
    if (hi === Infinity) return [u0, u1, u2];
    const [v0, v1, v2] = upperTailMoments(mu, s, hi);
    return [u0 - v0, u1 - v1, u2 - v2];
  }
  if (b <= -TAIL_SWITCH) {
    // mirror: h -> -h maps (lo, hi) under N(mu, q) to (-hi, -lo) under N(-mu, q); M1 changes sign
    const [m0, m1, m2] = truncatedMoments(-mu, s, -hi, -lo);
    return [m0, -m1, m2];
  }
  const m0 = normalInterval(a, b);
  const pa = Number.isFinite(a) ? normalPdf(a) : 0;
  const pb = Number.isFinite(b) ? normalPdf(b) : 0;
  const apa = Number.isFinite(a) ? a * pa : 0;
  const bpb = Number.isFinite(b) ? b * pb : 0;
  const m1 = mu * m0 + s * (pa - pb);
  const m2 = mu * mu * m0 + 2 * mu * s * (pa - pb) + s * s * (m0 + apa - bpb);
  return [m0, m1, m2];
}

/** A linear piece phi(h) = c h + d on (lo, hi), so phi'(h) = c there. */
interface LinearPiece {
  lo: number;
  hi: number;
  c: number;
  d: number;
}

function linearPieces(fn: ActivationFunction): LinearPiece[] | undefined {
  const inf = Infinity;
  switch (fn.kind) {
    case 'identity':
      return [{ lo: -inf, hi: inf, c: 1, d: 0 }];
    case 'relu':
      return [{ lo: 0, hi: inf, c: 1, d: 0 }];
    case 'leaky_relu':
      return [
        { lo: -inf, hi: 0, c: fn.param as number, d: 0 },
        { lo: 0, hi: inf, c: 1, d: 0 },
      ];
    case 'hardtanh':
      return [
        { lo: -inf, hi: -1, c: 0, d: -1 },
        { lo: -1, hi: 1, c: 1, d: 0 },
        { lo: 1, hi: inf, c: 0, d: 1 },
      ];
    case 'relu6':
      return [
        { lo: 0, hi: 6, c: 1, d: 0 },
        { lo: 6, hi: inf, c: 0, d: 6 },
      ];
    default:
      return undefined;
  }
}

/**
 * Piecewise-linear phi = c h + d on pieces:
 *   E[phi]    = sum c M1 + d M0
 *   E[phi^2]  = sum c^2 M2 + 2 c d M1 + d^2 M0
 *   E[phi'^2] = sum c^2 M0
 */
function piecewiseLinearMoments(pieces: LinearPiece[], mu: number, q: number): GaussianMoments {
  const s = Math.sqrt(q);
  let mean = 0;
  let second = 0;
  let dphi2 = 0;
  for (const p of pieces) {
    if (p.lo === -Infinity && p.hi === Infinity) {
      // the whole line: M0 = 1, M1 = mu, M2 = mu^2 + q (exact, no cancellation)
      mean += p.c * mu + p.d;
      second += p.c * p.c * (mu * mu + q) + 2 * p.c * p.d * mu + p.d * p.d;
      dphi2 += p.c * p.c;
      continue;
    }
    const [m0, m1, m2] = truncatedMoments(mu, s, p.lo, p.hi);
    mean += p.c * m1 + p.d * m0;
    second += p.c * p.c * m2 + 2 * p.c * p.d * m1 + p.d * p.d * m0;
    dphi2 += p.c * p.c * m0;
  }
  return { mean, second: Math.max(second, 0), dphi2 };
}

/**
 * E[e^{k h} 1{h < hi}] for h ~ N(mu, q), s = sqrt q:
 *   = exp(k mu + k^2 q / 2) Phi(beta),  beta = (hi - mu)/s - k s.
 * For beta < 0 the product is formed as erfcx(-beta/sqrt 2)/2 * exp(k hi - (hi - mu)^2/(2q)),
 * which does not overflow (using Phi(beta) = erfcx(-beta/sqrt2) exp(-beta^2/2) / 2 and
 * k mu + k^2 q/2 - beta^2/2 = k hi - (hi-mu)^2/(2q)).
 */
export function truncatedExpMoment(k: number, mu: number, q: number, hi: number): number {
  const s = Math.sqrt(q);
  const beta = (hi - mu) / s - k * s;
  if (beta >= 0) return Math.exp(k * mu + 0.5 * k * k * q) * normalCdf(beta);
  return 0.5 * erfcx(-beta / Math.SQRT2) * Math.exp(k * hi - ((hi - mu) * (hi - mu)) / (2 * q));
}

/**
 * ELU with parameter alpha (SELU: alpha = SELU_ALPHA, times scale). With E_k = E[e^{kh} 1{h<0}],
 * P0 = P(h < 0) and the truncated moments M* of h on (0, inf):
 *   E[phi]    = M1 + alpha (E_1 - P0)
 *   E[phi^2]  = M2 + alpha^2 (E_2 - 2 E_1 + P0)
 *   E[phi'^2] = M0 + alpha^2 E_2
 * The alpha^2 (E_2 - 2E_1 + P0) term cancels when q is small (it is E[(e^h - 1)^2 1{h<0}]),
 * so 'auto' uses the quadrature for these two and this closed form checks it.
 */
function eluMoments(alpha: number, scale: number, mu: number, q: number): GaussianMoments {
  const s = Math.sqrt(q);
  const [m0, m1, m2] = truncatedMoments(mu, s, 0, Infinity);
  const p0 = normalCdf(-mu / s);
  const e1 = truncatedExpMoment(1, mu, q, 0);
  const e2 = truncatedExpMoment(2, mu, q, 0);
  return {
    mean: scale * (m1 + alpha * (e1 - p0)),
    second: scale * scale * (m2 + alpha * alpha * (e2 - 2 * e1 + p0)),
    dphi2: scale * scale * (m0 + alpha * alpha * e2),
  };
}

/** The closed form for this activation, or undefined when it has none. Requires q > 0. */
export function closedFormMoments(spec: ActivationSpec, mu: number, q: number): GaussianMoments | undefined {
  if (!Number.isFinite(mu) || !(q > 0) || q === Infinity) {
    throw new RangeError(`closedFormMoments: need finite mu and 0 < q < inf, got mu=${mu}, q=${q}`);
  }
  const fn = activationFunction(spec);
  const pieces = linearPieces(fn);
  if (pieces) return piecewiseLinearMoments(pieces, mu, q);
  if (fn.kind === 'elu') return eluMoments(fn.param as number, 1, mu, q);
  if (fn.kind === 'selu') return eluMoments(SELU_ALPHA, SELU_SCALE, mu, q);
  return undefined;
}

const scratch = new Float64Array(2);

/** Accumulates the three moments of fn over probability nodes. */
export function momentsWithNodes(fn: ActivationFunction, nodes: NormalNodes): GaussianMoments {
  let mean = 0;
  let second = 0;
  let dphi2 = 0;
  const { h, w } = nodes;
  for (let i = 0; i < h.length; i++) {
    fn.both(h[i], scratch);
    const wi = w[i];
    const p = scratch[0];
    const d = scratch[1];
    mean += wi * p;
    second += wi * p * p;
    dphi2 += wi * d * d;
  }
  return { mean, second, dphi2 };
}

/** Which method 'auto' picks for this activation at this q. */
export function autoMethod(spec: ActivationSpec, q: number): Exclude<MomentMethod, 'auto'> {
  const fn = activationFunction(spec);
  if (linearPieces(fn)) return 'closed';
  let limit = HERMITE_MAX_STD[fn.kind] ?? 0;
  if (fn.kind === 'softplus') limit /= fn.param as number;
  return Math.sqrt(q) <= limit ? 'hermite' : 'piecewise';
}

/**
 * E[phi(h)], E[phi(h)^2], E[phi'(h)^2] for h ~ N(mu, q). q = 0 gives the values at h = mu
 * (phi' taken one-sided as stated in activations.ts at a kink).
 */
export function activationMoments(
  spec: ActivationSpec,
  mu: number,
  q: number,
  method: MomentMethod = 'auto',
): GaussianMoments {
  if (!Number.isFinite(mu) || !(q >= 0) || q === Infinity) {
    throw new RangeError(`activationMoments: need finite mu and 0 <= q < inf, got mu=${mu}, q=${q}`);
  }
  // Quadrature costs up to a few thousand evaluations of phi; models repeat the same activation at
  // the same input moments (copies of a block, a stack at its fixed point), so exact results are
  // kept for reuse. The key is the exact inputs, so a hit returns what the computation would.
  const key = `${spec.kind}:${spec.param ?? ''}:${mu}:${q}:${method}`;
  const hit = memo.get(key);
  if (hit) return { ...hit };
  const r = computeMoments(spec, mu, q, method);
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(key, r);
  return { ...r };
}

const MEMO_ENTRIES = 8192;
const memo = new Map<string, GaussianMoments>();

function computeMoments(spec: ActivationSpec, mu: number, q: number, method: MomentMethod): GaussianMoments {
  const fn = activationFunction(spec);
  if (q === 0) {
    fn.both(mu, scratch);
    return { mean: scratch[0], second: scratch[0] * scratch[0], dphi2: scratch[1] * scratch[1] };
  }
  const m = method === 'auto' ? autoMethod(spec, q) : method;
  switch (m) {
    case 'closed': {
      const r = closedFormMoments(spec, mu, q);
      if (!r) throw new RangeError(`activation ${spec.kind} has no closed form`);
      return r;
    }
    case 'hermite':
      return momentsWithNodes(fn, hermiteNodes(mu, q));
    case 'piecewise':
      return momentsWithNodes(fn, piecewiseNodes(mu, q, fn.kinks, fn.features));
  }
}
