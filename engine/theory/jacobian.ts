// The spectrum of the input-output Jacobian of a deep chain at initialization, and how far it is
// from dynamical isometry (Saxe et al., 2014; Pennington, Schoenholz & Ganguli, 2017, "Resurrecting
// the sigmoid in deep learning through dynamical isometry"; 2018, "The emergence of spectral
// universality in deep networks").
//
// For a chain h_l = W_l x_{l-1} + b_l, x_l = phi(h_l), the Jacobian is J = D_L W_L ... D_1 W_1 with
// D_l = diag(phi'(h_l)). Its squared singular values are the eigenvalues of J J^T; we describe
// their distribution by its mean m1 and its spread s = Var / m1^2 (0 exactly at isometry, when every
// singular value is the same). In the wide limit the factors are asymptotically free, so the
// S-transform of J J^T is the product of theirs; a distribution of mean m and spread s has
// S(z) = (1/m)(1 - s z + O(z^2)), so means multiply and spreads add:
//
//   m1 = prod_l sigma_w,l^2 mu1,l            (= the chain's backward gain, prod of chi)
//   s  = sum_l [ s_W,l + mu2,l / mu1,l^2 - 1 ]
//
//   mu_k,l = E[phi'(h_l)^(2k)] for h_l ~ N(mu_l, q_l) as propagated forward (mu1 is the theory's dphi2)
//   s_W    = fan_out / fan_in              for i.i.d. weights of any distribution (Marchenko-Pastur:
//                                          W W^T is a Wishart matrix of ratio out/in; 1 when square)
//          = max(0, fan_out / fan_in - 1)  for (semi-)orthogonal weights (W W^T = g^2 I when out <= in)
//
// So i.i.d. weights add at least 1 per layer and the spread of a deep chain grows linearly with its
// depth, while orthogonal weights with an activation whose derivative barely varies (tanh near
// q = 0, linear) keep it near 0. A scale step (x * c) and a norm (its Jacobian is about gamma /
// sigma times the identity at init) are scalar factors: spread 0, plus their activation's term.
// Exact for constant width in the wide limit; at width changes the terms are an approximation (the
// factors then act on spaces of different sizes). Residual blocks and products are not covered.
import { activationFunction, type ActivationSpec } from './activations';
import { normalExpectation } from './quadrature';
import { propagate, type ChainStep, type PropagationOptions, type StepRecord } from './propagation';

export interface JacobianSpectrum {
  /** Mean squared singular value of J, tr(J J^T) / n_out. */
  meanSquare: number;
  /** Variance of the squared singular values divided by meanSquare^2 (0 at isometry). */
  spread: number;
  /** Weight layers in the chain (repetitions counted). */
  layers: number;
}

/** A chain longer than this (after unrolling repeats) is not analysed. */
export const MAX_SPECTRUM_STEPS = 4096;

/** The chain with repeats unrolled, or undefined when it has a residual or product block or is too long. */
function flatten(steps: readonly ChainStep[], out: ChainStep[]): boolean {
  for (const st of steps) {
    if (st.type === 'residual' || st.type === 'product') return false;
    if (st.type === 'repeat') {
      for (let i = 0; i < st.count; i++) if (!flatten(st.body, out)) return false;
    } else {
      out.push(st);
    }
    if (out.length > MAX_SPECTRUM_STEPS) return false;
  }
  return true;
}

/** mu2 / mu1^2 - 1 for phi'(h)^2 with h ~ N(mu, q): the spread a diagonal D = diag(phi'(h)) adds. */
export function derivativeSpread(spec: ActivationSpec | undefined, mu: number, q: number): number {
  if (!spec || spec.kind === 'identity') return 0;
  const fn = activationFunction(spec);
  const opts = fn.kinks.length || fn.features.length || !fn.smooth ? { method: 'piecewise' as const, kinks: fn.kinks, features: fn.features } : {};
  const d2 = (h: number): number => fn.dphi(h) ** 2;
  const mu1 = normalExpectation(d2, mu, q, opts);
  const mu2 = normalExpectation((h) => d2(h) ** 2, mu, q, opts);
  if (!(mu1 > 0)) return NaN;
  return Math.max(0, mu2 / (mu1 * mu1) - 1);
}

/** The spread of W W^T for a layer's weights. */
export function weightSpread(fanIn: number, fanOut: number, orthogonal: boolean): number {
  const ratio = fanOut / fanIn;
  return orthogonal ? Math.max(0, ratio - 1) : ratio;
}

/**
 * The Jacobian spectrum of a plain chain (dense, norm and activation steps, repeats); undefined for
 * chains with residual blocks or products, a weight mean other than 0 (a rank-one spike the
 * free-probability picture leaves out) or values that overflowed.
 */
export function jacobianSpectrum(steps: readonly ChainStep[], options: PropagationOptions = {}): JacobianSpectrum | undefined {
  const flat: ChainStep[] = [];
  if (!flatten(steps, flat)) return undefined;
  if (flat.some((s) => s.type === 'dense' && (s.weightMean ?? 0) !== 0)) return undefined;
  const result = propagate(flat, options);
  let spread = 0;
  let layers = 0;
  flat.forEach((st, i) => {
    const rec: StepRecord = result.steps[i]!;
    if (st.type === 'dense') {
      if (!(st.fanIn === 1 && st.fanOut === 1)) layers++;
      spread += weightSpread(st.fanIn, st.fanOut, st.weights === 'orthogonal');
      spread += derivativeSpread(st.activation, rec.muPre, rec.qPre);
    } else if (st.type === 'norm' || st.type === 'activation') {
      spread += derivativeSpread(st.activation, rec.muPre, rec.qPre);
    }
  });
  const meanSquare = result.summary.backward;
  if (!Number.isFinite(meanSquare) || !Number.isFinite(spread)) return undefined;
  return { meanSquare, spread, layers };
}

/**
 * Near dynamical isometry: the mean squared singular value within a factor of 2 of 1, and the
 * spread at most 1/2 (the squared singular values' standard deviation at most 0.7 of their mean).
 */
export const ISOMETRY_MEAN: readonly [number, number] = [0.5, 2];
export const ISOMETRY_SPREAD = 0.5;

export function nearIsometry(s: Pick<JacobianSpectrum, 'meanSquare' | 'spread'>): boolean {
  return s.meanSquare >= ISOMETRY_MEAN[0] && s.meanSquare <= ISOMETRY_MEAN[1] && s.spread <= ISOMETRY_SPREAD;
}
