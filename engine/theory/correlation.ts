// Mean-field theory beyond second moments: how two inputs' correlation evolves through a deep
// stack of identical layers (Poole et al., 2016; Schoenholz et al., 2017, "Deep Information
// Propagation"). For layers h' = W phi(h) + b with Var(W_ij) = sigma_w^2 / fan_in, Var(b) = sigma_b^2:
//
//   length map       q' = sigma_w^2 E[phi(sqrt(q) z)^2] + sigma_b^2, fixed point q*
//   correlation map  c' = (sigma_w^2 E[phi(u1) phi(u2)] + sigma_b^2) / q*,
//                    (u1, u2) ~ N(0, q* [[1, c], [c, 1]]), fixed point c* (c* = 1 always is one)
//   chi_1 = sigma_w^2 E[phi'(sqrt(q*) z)^2]  (the slope of the c-map at c = 1; the project's chi)
//   chi_c = sigma_w^2 E[phi'(u1) phi'(u2)] at c*  (the slope at c*)
//   depth scales     xi_q = -1 / log(chi_1 + sigma_w^2 E[phi''(u) phi(u)]) (how fast q reaches q*),
//                    xi_c = -1 / log(chi_c)                               (how fast c reaches c*)
//
// chi_1 < 1: ordered phase, every pair of inputs converges to c* = 1 (the network forgets what
// tells them apart) within about xi_c layers; chi_1 > 1: chaotic phase, c* < 1 and nearby inputs
// decorrelate within about xi_c layers; chi_1 = 1: the edge of chaos, where xi_c diverges and deep
// stacks stay trainable. Gaussian expectations by nested quadrature: for each node z1 of u1 the
// inner expectation over u2 | u1 ~ N(c u1, (1 - c^2) q*) uses the piecewise rule at the
// activation's kinks, so ReLU-like activations keep their accuracy.
import { activationFunction, type ActivationSpec } from './activations';
import { activationMoments } from './moments';
import { hermiteNodes, normalExpectation, piecewiseNodes, type NormalNodes } from './quadrature';

export type Phase = 'ordered' | 'chaotic' | 'edge';

export interface CorrelationMap {
  qStar: number;
  cStar: number;
  chi1: number;
  chiC: number;
  /** Depth scales in layers (Infinity at the edge of chaos). */
  xiQ: number;
  xiC: number;
  phase: Phase;
}

export interface LayerStatistics {
  activation: ActivationSpec;
  /** sigma_w^2 = fan_in x Var(w). */
  weightGain: number;
  /** sigma_b^2 = Var(b). */
  biasVar?: number;
}

/** |chi_1 - 1| below this is the edge of chaos. */
const EDGE_TOL = 1e-3;

function outerNodes(q: number, kinks: readonly number[]): NormalNodes {
  return kinks.length ? piecewiseNodes(0, q, kinks) : hermiteNodes(0, q);
}

/** E[f(u1) g(u2)] for (u1, u2) ~ N(0, q [[1, c], [c, 1]]). */
export function bivariateExpectation(f: (u: number) => number, g: (u: number) => number, q: number, c: number, kinks: readonly number[] = []): number {
  const cc = Math.max(-1, Math.min(1, c));
  const rest = (1 - cc * cc) * q;
  const outer = outerNodes(q, kinks);
  let acc = 0;
  for (let i = 0; i < outer.h.length; i++) {
    const u1 = outer.h[i]!;
    const inner = rest <= 1e-300 ? g(cc * u1) : normalExpectation(g, cc * u1, rest, kinks.length ? { method: 'piecewise', kinks } : {});
    acc += outer.w[i]! * f(u1) * inner;
  }
  return acc;
}

/** The fixed point q* of the length map, iterated from q = 1 (undefined when it diverges or vanishes). */
export function lengthFixedPoint(stats: LayerStatistics, maxIter = 2000): number | undefined {
  const bv = stats.biasVar ?? 0;
  let q = 1;
  for (let k = 0; k < maxIter; k++) {
    const next = stats.weightGain * activationMoments(stats.activation, 0, q).second + bv;
    if (!Number.isFinite(next) || next > 1e200) return undefined;
    if (Math.abs(next - q) <= 1e-13 * q) return next;
    q = next;
  }
  // not converged: q drifts to 0 or to infinity (tanh at sigma_w^2 = 1 without bias): no finite q* > 0
  return undefined;
}

/** One step of the correlation map at q*. */
export function correlationStep(stats: LayerStatistics, qStar: number, c: number): number {
  const fn = activationFunction(stats.activation);
  const e = bivariateExpectation(fn.phi, fn.phi, qStar, c, fn.kinks);
  return (stats.weightGain * e + (stats.biasVar ?? 0)) / qStar;
}

/** c after `depth` identical layers, from c0, at the fixed point q* (the map the Monte-Carlo test measures). */
export function correlationAfter(stats: LayerStatistics, c0: number, depth: number): number | undefined {
  const qStar = lengthFixedPoint(stats);
  if (qStar === undefined) return undefined;
  let c = c0;
  for (let l = 0; l < depth; l++) c = Math.min(1, correlationStep(stats, qStar, c));
  return c;
}

/** Maps already computed, by layer statistics (many models of a file share one repeated layer). */
const MEMO = new Map<string, CorrelationMap | undefined>();
const MEMO_MAX = 256;

/** q*, c*, chi_1, chi_c and the depth scales of a stack of identical layers; undefined when q* does not exist. */
export function correlationMap(stats: LayerStatistics): CorrelationMap | undefined {
  const key = `${stats.activation.kind}:${stats.activation.param}:${stats.weightGain}:${stats.biasVar ?? 0}`;
  if (MEMO.has(key)) return MEMO.get(key);
  const m = computeCorrelationMap(stats);
  if (MEMO.size >= MEMO_MAX) MEMO.delete(MEMO.keys().next().value!);
  MEMO.set(key, m);
  return m;
}

function computeCorrelationMap(stats: LayerStatistics): CorrelationMap | undefined {
  const qStar = lengthFixedPoint(stats);
  if (qStar === undefined || !(qStar > 0)) return undefined;
  const fn = activationFunction(stats.activation);
  const m = activationMoments(stats.activation, 0, qStar);
  const chi1 = stats.weightGain * m.dphi2;
  // c*: in the chaotic phase the stable fixed point of the c-map below 1, else 1. The map lies
  // above the diagonal at c = 0 (map(0) = (sigma_w^2 E[phi]^2 + sigma_b^2) / q* >= 0) and below it
  // just under 1 (its slope there is chi_1 > 1): bisection on map(c) - c, 40 halvings.
  let cStar = 1;
  if (chi1 > 1 + EDGE_TOL) {
    let lo = 0;
    let hi = 1 - 1e-9;
    if (correlationStep(stats, qStar, lo) - lo <= 0) hi = lo;
    for (let k = 0; k < 40 && hi - lo > 1e-12; k++) {
      const mid = (lo + hi) / 2;
      if (correlationStep(stats, qStar, mid) - mid > 0) lo = mid;
      else hi = mid;
    }
    cStar = (lo + hi) / 2;
  }
  const chiC = cStar >= 1 ? chi1 : stats.weightGain * bivariateExpectation(fn.dphi, fn.dphi, qStar, cStar, fn.kinks);
  // xi_q: the slope of the length map at q*, d q'/d q = sigma_w^2 d/dq E[phi(sqrt(q) z)^2], by a central difference.
  const dq = 1e-4 * qStar;
  const slopeQ = (stats.weightGain * (activationMoments(stats.activation, 0, qStar + dq).second - activationMoments(stats.activation, 0, qStar - dq).second)) / (2 * dq);
  const xi = (slope: number): number => (slope > 0 && slope < 1 ? -1 / Math.log(slope) : slope >= 1 ? Infinity : 0);
  const phase: Phase = Math.abs(chi1 - 1) <= EDGE_TOL ? 'edge' : chi1 < 1 ? 'ordered' : 'chaotic';
  return { qStar, cStar, chi1, chiC, xiQ: xi(slopeQ), xiC: phase === 'edge' ? Infinity : xi(chiC), phase };
}
