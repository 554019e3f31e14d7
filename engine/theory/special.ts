// Special functions for Gaussian expectations: erf, erfc, the scaled erfcx, and the standard
// normal density and distribution function. No dependencies.
//
// erf/erfc/erfcx follow W. J. Cody, "Rational Chebyshev approximations for the error function",
// Math. Comp. 23 (1969) 631-638 (the CALERF routine of SPECFUN), whose three rational
// approximations reach about 1e-16 relative accuracy in double precision:
//   |x| <= 0.46875        erf(x)   = x * R1(x^2)
//   0.46875 < |x| <= 4    erfcx(x) = R2(|x|)                     (erfcx(x) = exp(x^2) erfc(x))
//   |x| > 4               erfcx(x) = (1/sqrt(pi) - R3(1/x^2) / x^2) / |x|
// erfc(x) = exp(-x^2) erfcx(x) is formed with x^2 split as (trunc(16x)/16)^2 + rest, as Cody does,
// so that the rounding of x^2 does not cost relative accuracy in the far tail.

const SQRT_PI_INV = 5.6418958354775628695e-1; // 1/sqrt(pi)
const THRESH = 0.46875;
const XBIG = 26.543; // erfc(x) underflows to 0 beyond this
const XHUGE = 6.71e7; // erfcx(x) = 1/(x sqrt(pi)) to double precision beyond this

const A = [3.16112374387056560e0, 1.13864154151050156e2, 3.77485237685302021e2, 3.20937758913846947e3, 1.85777706184603153e-1];
const B = [2.36012909523441209e1, 2.44024637934444173e2, 1.28261652607737228e3, 2.84423683343917062e3];
const C = [
  5.64188496988670089e-1, 8.88314979438837594e0, 6.61191906371416295e1, 2.98635138197400131e2, 8.81952221241769090e2,
  1.71204761263407058e3, 2.05107837782607147e3, 1.23033935479799725e3, 2.15311535474403846e-8,
];
const D = [
  1.57449261107098347e1, 1.17693950891312499e2, 5.37181101862009858e2, 1.62138957456669019e3, 3.29079923573345963e3,
  4.36261909014324716e3, 3.43936767414372164e3, 1.23033935480374942e3,
];
const P = [
  3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2,
  6.58749161529837803e-4, 1.63153871373020978e-2,
];
const Q = [2.56852019228982242e0, 1.87295284992346047e0, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];

/** erf(x) for |x| <= THRESH: x * (sum a_k x^2k) / (sum b_k x^2k). */
function erfSmall(x: number): number {
  const y = x * x;
  let num = A[4] * y;
  let den = y;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * y;
    den = (den + B[i]) * y;
  }
  return (x * (num + A[3])) / (den + B[3]);
}

/** erfcx(y) for y > THRESH (y positive). */
function erfcxPositive(y: number): number {
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    return (num + C[7]) / (den + D[7]);
  }
  if (y >= XHUGE) return SQRT_PI_INV / y;
  const z = 1 / (y * y);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  const r = (z * (num + P[4])) / (den + Q[4]);
  return (SQRT_PI_INV - r) / y;
}

/** exp(-y^2) computed with y^2 split into an exactly representable part and a small rest. */
function expNegSquare(y: number): number {
  const ysq = Math.trunc(16 * y) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del);
}

/** erfc(|x|) for |x| > THRESH. */
function erfcPositive(y: number): number {
  if (y >= XBIG) return 0;
  return expNegSquare(y) * erfcxPositive(y);
}

/** The error function erf(x) = 2/sqrt(pi) * int_0^x exp(-t^2) dt. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= THRESH) return erfSmall(x);
  const r = 1 - erfcPositive(y);
  return x < 0 ? -r : r;
}

/** The complementary error function erfc(x) = 1 - erf(x), accurate in the upper tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= THRESH) return 1 - erfSmall(x);
  const r = erfcPositive(y);
  return x < 0 ? 2 - r : r;
}

/** The scaled complementary error function erfcx(x) = exp(x^2) erfc(x) (no underflow for large x). */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  let r: number;
  if (y <= THRESH) r = Math.exp(x * x) * (1 - erfSmall(y));
  else r = erfcxPositive(y);
  if (x >= 0) return r;
  // erfcx(-y) = 2 exp(y^2) - erfcx(y)
  if (y > 26.6) return Infinity;
  return 2 * Math.exp(y * y) - r;
}

export const SQRT2 = Math.SQRT2;
export const SQRT_2PI = Math.sqrt(2 * Math.PI);
const INV_SQRT_2PI = 1 / SQRT_2PI;

/** Standard normal density phi(x) = exp(-x^2/2) / sqrt(2 pi). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** Standard normal distribution function Phi(x) = erfc(-x/sqrt 2)/2 (accurate in the lower tail). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

/** Upper tail 1 - Phi(x) = erfc(x/sqrt 2)/2 (accurate in the upper tail). */
export function normalSf(x: number): number {
  return 0.5 * erfc(x / SQRT2);
}

/** P(a < Z < b) for a standard normal Z, each tail taken where it is accurate. */
export function normalInterval(a: number, b: number): number {
  if (!(b > a)) return 0;
  if (a >= 0) return normalSf(a) - normalSf(b);
  if (b <= 0) return normalCdf(b) - normalCdf(a);
  return 1 - normalCdf(a) - normalSf(b);
}
