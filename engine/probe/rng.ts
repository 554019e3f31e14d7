// Seeded random numbers for probes, in plain JavaScript so that the same seed gives the same
// weights on every backend: xoshiro128** (uniform 32-bit), Marsaglia's polar method and the
// ziggurat (normal),
// truncated normals by rejection or by inverting the CDF (as torch.nn.init.trunc_normal_ does).
import { normCdf } from '../init';

/** splitmix32: spreads a seed over the generator's state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) >>> 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** The right edge of the ziggurat's base layer, and the layers' common area (128 layers). */
const ZIGGURAT_R = 3.442619855899;
const ZIGGURAT_V = 9.91256303526217e-3;
/** Values are signed 25-bit integers: |hz| < 2^24. */
const ZIGGURAT_M = 16777216;

let tables: { kn: Float64Array; wn: Float64Array; fn: Float64Array } | undefined;

/** Marsaglia & Tsang's zigset for 128 layers, scaled to 25-bit signed draws. */
function zigguratTables(): { kn: Float64Array; wn: Float64Array; fn: Float64Array } {
  if (tables) return tables;
  const kn = new Float64Array(128);
  const wn = new Float64Array(128);
  const fn = new Float64Array(128);
  let dn = ZIGGURAT_R;
  let tn = dn;
  const q = ZIGGURAT_V / Math.exp(-0.5 * dn * dn);
  kn[0] = (dn / q) * ZIGGURAT_M;
  kn[1] = 0;
  wn[0] = q / ZIGGURAT_M;
  wn[127] = dn / ZIGGURAT_M;
  fn[0] = 1;
  fn[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIGGURAT_V / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * ZIGGURAT_M;
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / ZIGGURAT_M;
  }
  tables = { kn, wn, fn };
  return tables;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = NaN;

  constructor(seed: number) {
    const st = { s: (seed >>> 0) ^ 0x5bd1e995 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st) | 1;
  }

  /** A new generator whose stream is independent of this one's (seeded from it). */
  fork(): Rng {
    return new Rng((this.nextU32() ^ Math.imul(this.nextU32(), 0x27d4eb2d)) >>> 0);
  }

  /** xoshiro128**: the next 32-bit unsigned integer. */
  nextU32(): number {
    const t = this.b << 9;
    let r = Math.imul(this.b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return r >>> 0;
  }

  /** Uniform on [0, 1) with 32 random bits. */
  uniform(): number {
    return this.nextU32() * 2.3283064365386963e-10;
  }

  /** Standard normal (Marsaglia's polar method; the second value of each pair is kept). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = NaN;
      return s;
    }
    let x: number;
    let y: number;
    let s: number;
    do {
      x = 2 * this.uniform() - 1;
      y = 2 * this.uniform() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = y * f;
    return x * f;
  }

  /**
   * Fills `out` with N(mean, std^2) by the ziggurat method (Marsaglia & Tsang 2000, 128 layers),
   * exact like the polar method but about one 32-bit draw per value. The layer index takes the low
   * 7 bits of a draw and the value the other 25 (signed), so the two are independent (the
   * original's shared bits are Doornik's 2005 objection); 25 bits exceed float32's mantissa.
   */
  fillNormal(out: Float32Array, mean: number, std: number): void {
    const { kn, wn } = zigguratTables();
    const n = out.length;
    let { a, b, c, d } = this;
    for (let i = 0; i < n; i++) {
      // xoshiro128** inlined
      const t = b << 9;
      let r = Math.imul(b, 5);
      r = Math.imul((r << 7) | (r >>> 25), 9);
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const iz = r & 127;
      const hz = r >> 7;
      if (Math.abs(hz) < kn[iz]!) {
        out[i] = mean + std * hz * wn[iz]!;
        continue;
      }
      // The rare slow path (about 1.3% of draws): the generator's state goes back to `this` for it.
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
      out[i] = mean + std * this.zigguratTail(hz, iz);
      ({ a, b, c, d } = this);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /** The ziggurat's rejection step for a draw outside its layer's rectangle (nfix). */
  private zigguratTail(hz: number, iz: number): number {
    const { kn, wn, fn } = zigguratTables();
    for (;;) {
      const x = hz * wn[iz]!;
      if (iz === 0) {
        // The base layer's tail beyond R: Marsaglia's exponential-rejection sampling.
        let tx: number;
        let ty: number;
        do {
          tx = -Math.log(1 - this.uniform()) / ZIGGURAT_R;
          ty = -Math.log(1 - this.uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? ZIGGURAT_R + tx : -ZIGGURAT_R - tx;
      }
      if (fn[iz]! + this.uniform() * (fn[iz - 1]! - fn[iz]!) < Math.exp(-0.5 * x * x)) return x;
      const r = this.nextU32() | 0;
      iz = r & 127;
      hz = r >> 7;
      if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
    }
  }

  /** Fills `out` with U(lo, hi). */
  fillUniform(out: Float32Array, lo: number, hi: number): void {
    const w = (hi - lo) * 2.3283064365386963e-10;
    for (let i = 0; i < out.length; i++) out[i] = lo + this.nextU32() * w;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /**
   * Sets idx to 0..idx.length-1 and moves k of them, chosen uniformly without replacement, to its
   * front in random order (a partial Fisher-Yates shuffle): idx[0..k) is the sample.
   */
  choose(idx: Int32Array, k: number): void {
    const n = idx.length;
    for (let i = 0; i < n; i++) idx[i] = i;
    for (let i = 0; i < k; i++) {
      const j = i + this.int(n - i);
      const t = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = t;
    }
  }

  /**
   * Fills `out` with N(mu, sigma^2) truncated to [a, b] (absolute cut-offs). Rejection from the
   * normal when at least a quarter of its mass lies inside; otherwise inverse-CDF sampling
   * (u uniform between Phi(alpha) and Phi(beta), x = mu + sigma Phi^-1(u), computed on the side of
   * the tail that keeps precision), clamped to [a, b] as PyTorch does.
   */
  fillTruncatedNormal(out: Float32Array, mu: number, sigma: number, a: number, b: number): void {
    if (sigma === 0) {
      out.fill(Math.min(Math.max(mu, a), b));
      return;
    }
    const alpha = (a - mu) / sigma;
    const beta = (b - mu) / sigma;
    const mass = normCdf(beta) - normCdf(alpha);
    if (mass >= 0.25) {
      for (let i = 0; i < out.length; ) {
        const z = this.normal();
        if (z >= alpha && z <= beta) out[i++] = mu + sigma * z;
      }
      return;
    }
    const upper = alpha >= 0;
    // upper tail: work with survival probabilities Q(x) = Phi(-x), so x = -Phi^-1(Q)
    const lo = upper ? normCdf(-beta) : normCdf(alpha);
    const hi = upper ? normCdf(-alpha) : normCdf(beta);
    for (let i = 0; i < out.length; i++) {
      const p = lo + (hi - lo) * this.uniform();
      let z = invNormCdf(Math.min(Math.max(p, Number.MIN_VALUE), 1 - 1e-16));
      if (upper) z = -z;
      out[i] = Math.min(Math.max(mu + sigma * z, a), b);
    }
  }
}

/**
 * Phi^-1(p): Acklam's rational approximation (relative error 1.15e-9) refined by one Halley step
 * on Phi, accurate to about 1e-15 in the body and far into the tails.
 */
export function invNormCdf(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  let x: number;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - pl) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  // Halley step: e = Phi(x) - p, u = e sqrt(2 pi) exp(x^2/2), x -= u / (1 + x u / 2)
  const e = normCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}
