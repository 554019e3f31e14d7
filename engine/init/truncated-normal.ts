// Exact mean and variance of a truncated normal. The special functions (erf, erfc, the normal
// density and tails) are the theory's (engine/theory/special.ts, Cody's rational approximations,
// about 2.4e-16 relative): one implementation for the whole engine.
import { erf, erfc, normalCdf, normalPdf, normalSf } from '../theory/special';

export { erf, erfc };

/** Standard normal density phi(x) = exp(-x^2/2)/sqrt(2 pi); phi(+-inf) = 0. */
export function normPdf(x: number): number {
  return Number.isFinite(x) ? normalPdf(x) : 0;
}

/** Standard normal distribution function Phi(x). */
export const normCdf = normalCdf;

/** Upper tail 1 - Phi(x), accurate for large x. */
export const normSf = normalSf;

export interface TruncMoments {
  mean: number;
  variance: number;
}

/**
 * Mean and variance of N(mu, sigma^2) truncated to [a, b] (absolute cut-offs; +-Infinity allowed):
 *   alpha = (a-mu)/sigma, beta = (b-mu)/sigma, Z = Phi(beta) - Phi(alpha)
 *   mean = mu + sigma (phi(alpha) - phi(beta)) / Z
 *   var  = sigma^2 [1 + (alpha phi(alpha) - beta phi(beta))/Z - ((phi(alpha) - phi(beta))/Z)^2]
 * Returns undefined when a >= b, sigma < 0, or Z underflows to 0.
 */
export function truncatedNormalMoments(mu: number, sigma: number, a: number, b: number): TruncMoments | undefined {
  if (!(a < b) || !(sigma >= 0) || !Number.isFinite(mu) || !Number.isFinite(sigma)) return undefined;
  if (sigma === 0) {
    if (mu < a || mu > b) return undefined;
    return { mean: mu, variance: 0 };
  }
  const alpha = (a - mu) / sigma;
  const beta = (b - mu) / sigma;
  // Z = Phi(beta) - Phi(alpha), computed on the side where it does not cancel.
  let z: number;
  if (alpha >= 0) z = normSf(alpha) - normSf(beta);
  else if (beta <= 0) z = normCdf(beta) - normCdf(alpha);
  else z = 1 - normCdf(alpha) - normSf(beta);
  if (!(z > 0)) return undefined;
  const pa = normPdf(alpha);
  const pb = normPdf(beta);
  const apa = Number.isFinite(alpha) ? alpha * pa : 0;
  const bpb = Number.isFinite(beta) ? beta * pb : 0;
  const r = (pa - pb) / z;
  const mean = mu + sigma * r;
  const variance = Math.max(0, sigma * sigma * (1 + (apa - bpb) / z - r * r));
  return { mean, variance };
}

/**
 * Variance of a standard normal truncated to [-2, 2]: 1 - 4 phi(2)/(2 Phi(2) - 1) = 0.7737413035499232...
 * TensorFlow.js's uncorrected truncatedNormal keeps this fraction of the target variance.
 */
export const STD_NORMAL_TRUNC2_VARIANCE: number = truncatedNormalMoments(0, 1, -2, 2)!.variance;

/**
 * The correction Keras and JAX divide their variance-scaling stddev by: the standard deviation of a
 * standard normal truncated to (-2, 2), as both write it (0.87962566103423978).
 */
export const TRUNC2_STDDEV_CORRECTION = 0.87962566103423978;
