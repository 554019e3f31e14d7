// Quadrature for expectations over a normal distribution h ~ N(mu, q).
//
// Two rules, both returning probability nodes and weights (sum of weights = 1) so that
//   E[f(h)] ~= sum_i w_i f(h_i)
// for any number of functions f evaluated at the same nodes:
//
// 1. Gauss-Hermite ('hermite'): n-point physicists' rule, int exp(-x^2) f(x) dx ~= sum w_i f(x_i),
//    nodes and weights computed once by Newton's method on the orthonormal Hermite recurrence
//    (Golub-Welsch gives the same numbers). With h = mu + sqrt(2q) x:
//      E[f(h)] = 1/sqrt(pi) * int exp(-x^2) f(mu + sqrt(2q) x) dx ~= sum (w_i/sqrt(pi)) f(mu + sqrt(2q) x_i).
//    Exact for polynomials of degree < 2n; converges geometrically for functions analytic in a strip
//    around the real axis whose half-width, measured in units of sqrt(q), is not small. It is used for
//    smooth activations at moderate scale (see moments.ts for the switch).
//
// 2. Piecewise Gauss-Legendre ('piecewise'): E[f(h)] = int phi(z) f(mu + sqrt(q) z) dz over
//    z in [-Z, Z] (Z = 13: the neglected mass is below 1e-37), split into panels at
//      - every unit z (the Gaussian weight is smooth on that scale),
//      - every kink of f (mapped to z = (kink - mu)/sqrt(q)), so each panel holds a smooth piece,
//      - a geometric mesh kink +- 0.5*2^k (in h) around each kink or soft kink, so that panels near
//        a sharp but smooth transition (tanh at large q) are no wider than their distance to it.
//    Each panel uses the 20-point Gauss-Legendre rule (exact for degree 39). This splitting makes
//    ReLU-like kinks exact to rounding, independent of q.

import { normalPdf } from './special';

export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/** Nodes and weights of the n-point Gauss-Hermite rule for the weight exp(-x^2) on the real line. */
export function gaussHermite(n: number): QuadratureRule {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`gaussHermite: n must be a positive integer, got ${n}`);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const PIM4 = Math.pow(Math.PI, -0.25);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    // Initial guesses for the largest roots first (asymptotic formulas), then from the previous roots.
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * nodes[0];
    else if (i === 3) z = 1.91 * z - 0.91 * nodes[1];
    else z = 2 * z - nodes[i - 2];
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      // Orthonormal recurrence: p_j = z sqrt(2/j) p_{j-1} - sqrt((j-1)/j) p_{j-2}, p_0 = pi^(-1/4).
      let p1 = PIM4;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      // p_n' = sqrt(2n) p_{n-1}
      pp = Math.sqrt(2 * n) * p2;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-15 * Math.max(1, Math.abs(z))) {
        // one more evaluation at the converged root for the weight
        p1 = PIM4;
        p2 = 0;
        for (let j = 1; j <= n; j++) {
          const p3 = p2;
          p2 = p1;
          p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
        }
        pp = Math.sqrt(2 * n) * p2;
        break;
      }
    }
    // w_i = 2 / p_n'(x_i)^2 for the orthonormal polynomials
    nodes[i] = z;
    nodes[n - 1 - i] = -z;
    weights[i] = 2 / (pp * pp);
    weights[n - 1 - i] = weights[i];
  }
  if (n % 2 === 1) nodes[m - 1] = 0;
  // ascending order
  nodes.reverse();
  weights.reverse();
  return { nodes, weights };
}

/** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1]. */
export function gaussLegendre(n: number): QuadratureRule {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`gaussLegendre: n must be a positive integer, got ${n}`);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const m = Math.floor((n + 1) / 2);
  for (let i = 0; i < m; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      // Legendre recurrence: j P_j = (2j-1) z P_{j-1} - (j-1) P_{j-2}
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      // P_n'(z) = n (z P_n - P_{n-1}) / (z^2 - 1)
      pp = (n * (z * p1 - p2)) / (z * z - 1);
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-16) break;
    }
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    // w_i = 2 / ((1 - x_i^2) P_n'(x_i)^2)
    weights[i] = 2 / ((1 - z * z) * pp * pp);
    weights[n - 1 - i] = weights[i];
  }
  return { nodes, weights };
}

/** Number of Gauss-Hermite points used for normal expectations. */
export const HERMITE_POINTS = 100;
/** Gauss-Legendre points per panel of the piecewise rule. */
export const LEGENDRE_POINTS = 20;
/** Half-width, in standard deviations, of the range the piecewise rule integrates. */
export const PIECEWISE_RANGE = 13;

let hermiteStd: { z: Float64Array; w: Float64Array } | undefined;
let legendre: QuadratureRule | undefined;

/**
 * The Gauss-Hermite rule rescaled to the standard normal: E[f(Z)] ~= sum w_i f(z_i),
 * z_i = sqrt(2) x_i, w_i = w^H_i / sqrt(pi). Computed once.
 */
export function standardNormalHermite(): { readonly z: Float64Array; readonly w: Float64Array } {
  if (!hermiteStd) {
    const { nodes, weights } = gaussHermite(HERMITE_POINTS);
    const z = new Float64Array(nodes.length);
    const w = new Float64Array(nodes.length);
    const c = 1 / Math.sqrt(Math.PI);
    for (let i = 0; i < nodes.length; i++) {
      z[i] = Math.SQRT2 * nodes[i];
      w[i] = weights[i] * c;
    }
    hermiteStd = { z, w };
  }
  return hermiteStd;
}

function legendreRule(): QuadratureRule {
  if (!legendre) legendre = gaussLegendre(LEGENDRE_POINTS);
  return legendre;
}

/** Probability nodes h_i and weights w_i (sum w_i = 1) for h ~ N(mu, q). */
export interface NormalNodes {
  readonly h: Float64Array;
  readonly w: Float64Array;
}

/** Gauss-Hermite nodes for N(mu, q): h_i = mu + sqrt(q) z_i. */
export function hermiteNodes(mu: number, q: number): NormalNodes {
  const { z, w } = standardNormalHermite();
  const s = Math.sqrt(q);
  const h = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) h[i] = mu + s * z[i];
  return { h, w };
}

/**
 * Piecewise Gauss-Legendre nodes for N(mu, q) (see the header): panels split at unit z, at each
 * point of `kinks` and on a geometric mesh around each point of `kinks` and `features`.
 */
export function piecewiseNodes(
  mu: number,
  q: number,
  kinks: readonly number[] = [],
  features: readonly number[] = [],
): NormalNodes {
  const s = Math.sqrt(q);
  const Z = PIECEWISE_RANGE;
  const cuts: number[] = [];
  for (let k = -Z; k <= Z; k++) cuts.push(k);
  const addGraded = (x: number): void => {
    const zx = (x - mu) / s;
    if (!Number.isFinite(zx)) return;
    if (zx > -Z && zx < Z) cuts.push(zx);
    if (Math.abs(zx) > 2 * Z) return;
    for (let d = 0.5, iter = 0; iter < 200; d *= 2, iter++) {
      const dz = d / s;
      if (zx - dz > -Z && zx - dz < Z) cuts.push(zx - dz);
      if (zx + dz > -Z && zx + dz < Z) cuts.push(zx + dz);
      if (zx - dz <= -Z && zx + dz >= Z) break;
    }
  };
  for (const x of kinks) addGraded(x);
  for (const x of features) addGraded(x);
  cuts.sort((a, b) => a - b);
  const { nodes, weights } = legendreRule();
  const n = nodes.length;
  const hs: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    if (!(b > a)) continue;
    const half = 0.5 * (b - a);
    const mid = 0.5 * (a + b);
    for (let j = 0; j < n; j++) {
      const z = mid + half * nodes[j];
      // int_a^b phi(z) f(mu + s z) dz ~= sum half * w_j * phi(z_j) f(mu + s z_j)
      hs.push(mu + s * z);
      ws.push(half * weights[j] * normalPdf(z));
    }
  }
  return { h: Float64Array.from(hs), w: Float64Array.from(ws) };
}

/** E[f(h)] for h ~ N(mu, q) with the given nodes (convenience for a single function). */
export function expectWith(nodes: NormalNodes, f: (h: number) => number): number {
  let acc = 0;
  for (let i = 0; i < nodes.h.length; i++) acc += nodes.w[i] * f(nodes.h[i]);
  return acc;
}

/**
 * E[f(h)] for h ~ N(mu, q). method 'hermite' uses Gauss-Hermite; 'piecewise' the split
 * Gauss-Legendre rule with the given kinks (points where f or f' jumps) and features (soft kinks).
 * q = 0 gives f(mu).
 */
export function normalExpectation(
  f: (h: number) => number,
  mu: number,
  q: number,
  options: { method?: 'hermite' | 'piecewise'; kinks?: readonly number[]; features?: readonly number[] } = {},
): number {
  if (!(q >= 0) || !Number.isFinite(mu)) throw new RangeError(`normalExpectation: need q >= 0 and finite mu, got mu=${mu}, q=${q}`);
  if (q === 0) return f(mu);
  const nodes =
    options.method === 'piecewise' ? piecewiseNodes(mu, q, options.kinks, options.features) : hermiteNodes(mu, q);
  return expectWith(nodes, f);
}
