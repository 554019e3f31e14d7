// Test helpers for the theory: a seeded PRNG, independent reference integrals and special
// functions (deliberately not the engine's), and a plain Float64Array network for Monte-Carlo checks.
import assert from 'node:assert/strict';

/** Seeded uniforms (mulberry32) and standard normals (Box-Muller, both values of each pair used). */
export class Rng {
  private state: number;
  private spare: number | undefined;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Fills `out` with m + a * U(-1, 1) (the same stream as uniform(), inlined for speed). */
  fillUniform(out: Float64Array, m: number, a: number): void {
    let st = this.state;
    for (let i = 0; i < out.length; i++) {
      st = (st + 0x6d2b79f5) >>> 0;
      let t = st;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = m + a * ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1);
    }
    this.state = st;
  }
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    let u1 = this.uniform();
    while (u1 <= 0) u1 = this.uniform();
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }
}

export function assertRel(actual: number, expected: number, tol: number, what = ''): void {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
  assert.ok(
    err <= tol,
    `${what}: got ${actual}, expected ${expected} (relative error ${err.toExponential(2)} > ${tol})`,
  );
}

export function assertAbs(actual: number, expected: number, tol: number, what = ''): void {
  const err = Math.abs(actual - expected);
  assert.ok(err <= tol, `${what}: got ${actual}, expected ${expected} (error ${err.toExponential(2)} > ${tol})`);
}

/**
 * erf by the everywhere-convergent series of positive terms
 *   erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) / (1*3*...*(2n+1)),
 * independent of the engine's rational approximations. Good to ~1e-15 for |x| <= 6.
 */
export function refErf(x: number): number {
  const ax = Math.abs(x);
  if (ax > 6) return Math.sign(x); // 1 - erf(6) = 2e-17
  const x2 = ax * ax;
  let term = ax;
  let sum = ax;
  for (let n = 1; n < 1000; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
}

export function refPhi(x: number): number {
  return 0.5 * (1 + refErf(x / Math.SQRT2));
}

export function refPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * Brute-force E[f(h)], h ~ N(mu, q): trapezoid rule in z = (h - mu)/sqrt(q) over [-range, range]
 * with about n intervals, split at the kinks of f (mapped to z) with one-sided values at each piece's
 * ends, plus one Richardson step, so that it is O(dz^4) across a kink (spectrally accurate for
 * smooth integrands).
 */
export function trapezoid(
  f: (h: number) => number,
  mu: number,
  q: number,
  n = 40000,
  kinks: readonly number[] = [],
  range = 13,
): number {
  const s = Math.sqrt(q);
  const cuts = [-range, ...kinks.map((k) => (k - mu) / s).filter((z) => z > -range && z < range), range].sort(
    (a, b) => a - b,
  );
  let total = 0;
  for (let p = 0; p + 1 < cuts.length; p++) {
    const a = cuts[p];
    const b = cuts[p + 1];
    const m = Math.max(2, Math.ceil((n * (b - a)) / (4 * range)));
    const piece = (k: number): number => {
      const dz = (b - a) / k;
      const tiny = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) * dz;
      let acc = 0;
      for (let i = 0; i <= k; i++) {
        // ends evaluated just inside the piece (one-sided limits at a kink)
        const z = i === 0 ? a + tiny : i === k ? b - tiny : a + i * dz;
        const w = i === 0 || i === k ? 0.5 : 1;
        acc += w * refPdf(z) * f(mu + s * z);
      }
      return acc * dz;
    };
    // Richardson: (4 T(dz/2) - T(dz)) / 3 removes the dz^2 term of a piecewise-smooth integrand
    total += (4 * piece(2 * m) - piece(m)) / 3;
  }
  return total;
}

function refSigmoid(h: number): number {
  return h >= 0 ? 1 / (1 + Math.exp(-h)) : Math.exp(h) / (1 + Math.exp(h));
}

function refSoftplus(h: number): number {
  return h > 30 ? h + Math.log1p(Math.exp(-h)) : Math.log1p(Math.exp(h));
}

/** Reference activations written independently of the engine (for the trapezoid checks). */
export const refActivations: Record<
  string,
  { phi: (h: number) => number; dphi: (h: number) => number; kinks?: number[] }
> = {
  identity: { phi: (h) => h, dphi: () => 1 },
  relu: { phi: (h) => Math.max(h, 0), dphi: (h) => (h > 0 ? 1 : 0), kinks: [0] },
  leaky_relu: { phi: (h) => (h > 0 ? h : 0.01 * h), dphi: (h) => (h > 0 ? 1 : 0.01), kinks: [0] },
  elu: { phi: (h) => (h > 0 ? h : Math.exp(h) - 1), dphi: (h) => (h > 0 ? 1 : Math.exp(h)), kinks: [0] },
  gelu: { phi: (h) => h * refPhi(h), dphi: (h) => refPhi(h) + h * refPdf(h) },
  gelu_tanh: {
    phi: (h) => 0.5 * h * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (h + 0.044715 * h ** 3))),
    dphi: (h) => {
      const t = Math.tanh(Math.sqrt(2 / Math.PI) * (h + 0.044715 * h ** 3));
      return 0.5 * (1 + t) + 0.5 * h * (1 - t * t) * Math.sqrt(2 / Math.PI) * (1 + 3 * 0.044715 * h * h);
    },
  },
  silu: { phi: (h) => h * refSigmoid(h), dphi: (h) => refSigmoid(h) + h * refSigmoid(h) * refSigmoid(-h) },
  mish: {
    phi: (h) => h * Math.tanh(refSoftplus(h)),
    dphi: (h) => {
      const t = Math.tanh(refSoftplus(h));
      return t + h * (1 - t * t) * refSigmoid(h);
    },
  },
  tanh: { phi: Math.tanh, dphi: (h) => 1 / Math.cosh(h) ** 2 },
  sigmoid: { phi: refSigmoid, dphi: (h) => refSigmoid(h) * refSigmoid(-h) },
  hardtanh: { phi: (h) => Math.min(1, Math.max(-1, h)), dphi: (h) => (Math.abs(h) < 1 ? 1 : 0), kinks: [-1, 1] },
  softplus: { phi: refSoftplus, dphi: refSigmoid },
  selu: {
    phi: (h) => 1.0507009873554805 * (h > 0 ? h : 1.6732632423543772 * (Math.exp(h) - 1)),
    dphi: (h) => 1.0507009873554805 * (h > 0 ? 1 : 1.6732632423543772 * Math.exp(h)),
    kinks: [0],
  },
  relu6: { phi: (h) => Math.min(6, Math.max(0, h)), dphi: (h) => (h > 0 && h < 6 ? 1 : 0), kinks: [0, 6] },
};

// ---------------------------------------------------------------------------------------------
// Plain random networks for Monte-Carlo comparisons.
//
// Finite width makes a single network's measured moments deviate from the mean-field values by
// roughly sqrt(depth * c / width) per input sample plus a per-network part (each unit's share of the
// previous layer's mean is drawn once per network), so the estimates average over many independent
// small-batch networks: total inputs S = nets * batch set the per-sample part, nets the per-network
// part. Weights are uniform with the stated mean and variance (kaiming_uniform-style; the pre-activations
// are sums of hundreds of terms, Gaussian by the CLT like with normal weights) — one PRNG call each.

export interface McLayer {
  fanIn: number;
  fanOut: number;
  /** Weight standard deviation and mean. */
  std: number;
  mean?: number;
  /** Bias standard deviation and mean (normal). */
  biasStd?: number;
  biasMean?: number;
  phi: (h: number) => number;
  dphi: (h: number) => number;
}

export interface McResult {
  /** Per layer: mean of y^2 over units and inputs (after the activation) / the same for the input. */
  forward: number[];
  /** Per layer: |gradient at the layer's input|^2 / |gradient at the network's output|^2 (summed). */
  backward: number[];
}

export function sampleLayer(L: McLayer, rng: Rng): { W: Float64Array; b: Float64Array } {
  const W = new Float64Array(L.fanOut * L.fanIn);
  rng.fillUniform(W, L.mean ?? 0, Math.sqrt(3) * L.std);
  const b = new Float64Array(L.fanOut);
  for (let j = 0; j < L.fanOut; j++) b[j] = (L.biasMean ?? 0) + (L.biasStd ?? 0) * rng.normal();
  return { W, b };
}

/** H = X W^T + b for a batch (row-major X: batch x nin, W: nout x nin); four inputs at a time. */
export function denseForward(W: Float64Array, b: Float64Array, x: Float64Array, batch: number, nin: number, nout: number): Float64Array {
  const H = new Float64Array(batch * nout);
  let s = 0;
  for (; s + 4 <= batch; s += 4) {
    const o0 = s * nin;
    const o1 = o0 + nin;
    const o2 = o1 + nin;
    const o3 = o2 + nin;
    for (let j = 0; j < nout; j++) {
      const wo = j * nin;
      let a0 = b[j];
      let a1 = b[j];
      let a2 = b[j];
      let a3 = b[j];
      for (let i = 0; i < nin; i++) {
        const w = W[wo + i];
        a0 += w * x[o0 + i];
        a1 += w * x[o1 + i];
        a2 += w * x[o2 + i];
        a3 += w * x[o3 + i];
      }
      H[s * nout + j] = a0;
      H[(s + 1) * nout + j] = a1;
      H[(s + 2) * nout + j] = a2;
      H[(s + 3) * nout + j] = a3;
    }
  }
  for (; s < batch; s++) {
    const o = s * nin;
    for (let j = 0; j < nout; j++) {
      const wo = j * nin;
      let a = b[j];
      for (let i = 0; i < nin; i++) a += W[wo + i] * x[o + i];
      H[s * nout + j] = a;
    }
  }
  return H;
}

/** G_x = G_h W for a batch; four inputs at a time. */
export function denseBackward(W: Float64Array, gh: Float64Array, batch: number, nin: number, nout: number): Float64Array {
  const gx = new Float64Array(batch * nin);
  let s = 0;
  for (; s + 4 <= batch; s += 4) {
    const o0 = s * nin;
    const o1 = o0 + nin;
    const o2 = o1 + nin;
    const o3 = o2 + nin;
    for (let j = 0; j < nout; j++) {
      const wo = j * nin;
      const c0 = gh[s * nout + j];
      const c1 = gh[(s + 1) * nout + j];
      const c2 = gh[(s + 2) * nout + j];
      const c3 = gh[(s + 3) * nout + j];
      for (let i = 0; i < nin; i++) {
        const w = W[wo + i];
        gx[o0 + i] += c0 * w;
        gx[o1 + i] += c1 * w;
        gx[o2 + i] += c2 * w;
        gx[o3 + i] += c3 * w;
      }
    }
  }
  for (; s < batch; s++) {
    const o = s * nin;
    for (let j = 0; j < nout; j++) {
      const c = gh[s * nout + j];
      const wo = j * nin;
      for (let i = 0; i < nin; i++) gx[o + i] += c * W[wo + i];
    }
  }
  return gx;
}

export function mapArray(a: Float64Array, f: (x: number) => number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = f(a[i]);
  return out;
}

export function normals(n: number, rng: Rng): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.normal();
  return a;
}

/**
 * For each of `nets` freshly sampled networks: propagates `batch` inputs x ~ N(0, 1), then
 * backpropagates a random N(0, 1) output gradient. Returns sums over all networks as ratios:
 * forward[l] = mean y_l^2 / mean x^2, backward[l] = sum |g at layer l's input|^2 / sum |g_out|^2.
 */
export function monteCarlo(layers: McLayer[], nets: number, batch: number, rng: Rng): McResult {
  const L = layers.length;
  const fwd = new Float64Array(L);
  const bwd = new Float64Array(L);
  let in2 = 0;
  let out2 = 0;
  for (let k = 0; k < nets; k++) {
    let x = normals(batch * layers[0].fanIn, rng);
    in2 += sumSquare(x);
    const Ws: Float64Array[] = [];
    const Hs: Float64Array[] = [];
    layers.forEach((layer, l) => {
      const { W, b } = sampleLayer(layer, rng);
      const H = denseForward(W, b, x, batch, layer.fanIn, layer.fanOut);
      x = mapArray(H, layer.phi);
      fwd[l] += sumSquare(x) / layer.fanOut;
      Ws.push(W);
      Hs.push(H);
    });
    let g = normals(batch * layers[L - 1].fanOut, rng);
    out2 += sumSquare(g);
    for (let l = L - 1; l >= 0; l--) {
      const layer = layers[l];
      const H = Hs[l];
      const gh = new Float64Array(g.length);
      for (let i = 0; i < g.length; i++) gh[i] = g[i] * layer.dphi(H[i]);
      g = denseBackward(Ws[l], gh, batch, layer.fanIn, layer.fanOut);
      bwd[l] += sumSquare(g);
    }
  }
  const q0 = in2 / layers[0].fanIn;
  return { forward: Array.from(fwd, (v) => v / q0), backward: Array.from(bwd, (v) => v / out2) };
}

export function sumSquare(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return s;
}
