// Mean-field propagation of first and second moments forward, and of the gradient's squared norm
// backward, through a chain of layers, residual blocks and repeated blocks.
//
// State between steps: the per-unit mean E[x] and second moment E[x^2] of the current activations,
// averaged over units and inputs. Assumptions (the usual mean-field / large-width ones):
//  - Weights are i.i.d. with mean m and variance v, independent of the activations; biases i.i.d.
//    with mean E[b] and variance var(b).
//  - Pre-activations are Gaussian across units and inputs: h ~ N(mu, q).
//  - Backward: the gradient is independent of the forward weights (the gradient-independence
//    assumption) and has zero mean, so second moments multiply.
//
// Dense-like layer (Linear, or Conv with fanIn = C_in/groups * prod(k), fanOut = C_out/groups * prod(k)),
// h_j = sum_i W_ji x_i + b_j, y = phi(h):
//   mu = fanIn m E[x] + E[b]
//   q  = fanIn v E[x^2] + fanIn m^2 Var(x) + var(b)          (Var(x) = E[x^2] - E[x]^2)
//   E[y] = E[phi(h)], E[y^2] = E[phi(h)^2]
// The shared term m sum_i x_i is common to every unit; its mean is fanIn m E[x] (in mu) and its
// fluctuation from input to input has variance fanIn m^2 Var(x) when the inputs are independent
// across units (in q, the "mean fluctuation" term, exact for the first layer; option
// meanFluctuation: false drops it and gives q = fanIn v E[x^2] + var(b)). With m != 0 deeper layers
// make the units correlated through that shared term, which this theory does not track: there it is
// a lower bound on the growth. Every standard initializer has m = 0, where all of this is exact in the
// large-width limit.
//
// Backward through the same layer, per unit and as a squared norm (g = dLoss/d(activation)):
//   E[g_in^2]   = fanOut (v + m^2) E[phi'(h)^2] E[g_out^2]         (per unit; chiPerUnit)
//   |g_in|^2    = fanIn  (v + m^2) E[phi'(h)^2] |g_out|^2          (squared norm; chi)
// The second follows from the first with |g|^2 = width * E[g^2] and width_in * fanOut =
// fanIn * width_out (dense: width = fan; conv: width = channels * positions). chi is what
// DESIGN.md section 6 judges drift on: it does not jump at width changes, and fan-in-scaled
// initialization (v = g^2/fanIn) makes it g^2 E[phi'^2], 1 at the edge of chaos. (m^2 is dropped with
// meanFluctuation: false.)
//
// Normalization (LayerNorm/BatchNorm/RMS-like) with affine gamma, beta and eps: its output is taken
// as N(beta, gamma^2 Var(x)/(Var(x) + eps)) for every unit, i.e. the scale is reset (q -> gamma^2,
// mean beta; with the defaults gamma = 1, beta = 0, eps = 0: q = 1, mean 0), then its activation if
// any. Backward: |g_in|^2 = gamma^2 / (Var(x) + eps) * E[phi'^2] |g_out|^2 (the projection that
// removes the mean and radial direction, O(2/width), is ignored).
//
// Standalone activation: y = phi(x) with x taken as N(E[x], Var(x)) (exact after a linear layer, an
// approximation after another nonlinearity); backward gain E[phi'(x)^2].
//
// Residual x + a f(x), with the branch f independent of x (true when it holds a random zero-mean
// weight layer):
//   E[y] = E[x] + a E[f],  E[y^2] = E[x^2] + a^2 E[f^2] + 2 a E[x] E[f]
//   |g_in|^2 = (1 + a^2 G_f) |g_out|^2,  G_f = product of the branch's chi
// An empty branch is the identity: y = (1 + a) x exactly.
//
// Product of two factors computed from the same input, y = a(x) * b(x) elementwise (gated units),
// with the factors independent (each holds its own random weight layer):
//   E[y] = E[a] E[b],  E[y^2] = E[a^2] E[b^2]
//   |g_in|^2 = E[b^2] G_a |g_out|^2 + E[a^2] G_b |g_out|^2   (the cross term has zero mean)
// and the gradient entering factor a is g_out * b, of squared norm E[b^2] |g_out|^2.
//
// Repeat n times: the body's map is iterated (linear in n), and shortened when it provably repeats:
//  - fixed point: a repetition's output state equals its input state (relative 1e-13): every later
//    repetition is identical;
//  - geometric: the body is positively homogeneous (identity/ReLU/leaky ReLU activations, zero
//    biases, no norms) and the output state is a scaled copy of the input state: every later
//    repetition is the same one with second moments scaled by r^j and gains unchanged.
// Records are kept for the first and the last repetition; the summary's extremes cover all of them.

import { activationFunction, type ActivationSpec } from './activations';
import { activationMoments, type MomentMethod } from './moments';

export interface DenseStep {
  type: 'dense';
  /** Inputs per output unit (Conv: C_in/groups * prod(kernel)). */
  fanIn: number;
  /** Outputs per input unit (Conv: C_out/groups * prod(kernel)). */
  fanOut: number;
  /** Variance of every weight entry. */
  weightVar: number;
  /** Mean of every weight entry (default 0). */
  weightMean?: number;
  /** Mean of every bias entry (default 0). */
  biasMean?: number;
  /** Variance of every bias entry (default 0; no bias: 0). */
  biasVar?: number;
  /** Activation applied to the layer's output (default identity). */
  activation?: ActivationSpec;
  /**
   * How the entries are drawn, for the Jacobian's spectrum (jacobian.ts; the moments above do not
   * depend on it): independently (default), or as a (semi-)orthogonal matrix, a scalar included.
   */
  weights?: 'iid' | 'orthogonal';
  label?: string;
}

export interface NormStep {
  type: 'norm';
  /** Affine scale (default 1). */
  gamma?: number;
  /** Affine shift (default 0). */
  beta?: number;
  /** Added to the variance before dividing (default 0; PyTorch uses 1e-5). */
  eps?: number;
  /** Activation applied to the norm's output (Linear -> BatchNorm -> ReLU). */
  activation?: ActivationSpec;
  label?: string;
}

export interface ActivationStep {
  type: 'activation';
  activation: ActivationSpec;
  label?: string;
}

export interface ResidualStep {
  type: 'residual';
  /** The branch f of x + a f(x); it must map the width back to the block's input width. */
  body: ChainStep[];
  /** a (default 1). */
  branchScale?: number;
  label?: string;
}

export interface ProductStep {
  type: 'product';
  /** The two factors, each applied to the step's input. */
  factors: [ChainStep[], ChainStep[]];
  label?: string;
}

export interface RepeatStep {
  type: 'repeat';
  /** Number of repetitions, a non-negative integer. */
  count: number;
  body: ChainStep[];
  label?: string;
}

export type ChainStep = DenseStep | NormStep | ActivationStep | ResidualStep | ProductStep | RepeatStep;

export interface PropagationOptions {
  /** Statistics of the network's input per unit: mean (default 0) and second moment (default 1). */
  input?: { mean?: number; secondMoment?: number };
  /** Include the fluctuation of the shared weight-mean term (default true; see the header). */
  meanFluctuation?: boolean;
  /** How Gaussian expectations are computed (default 'auto'). */
  method?: MomentMethod;
}

export type RepeatRegime = 'explicit' | 'fixed-point' | 'geometric';

export interface StepRecord {
  /** Position in PropagationResult.steps. */
  index: number;
  /**
   * Where the step sits: '3' (top-level step 3), '4.1' (step 1 of residual 4's branch),
   * '5[0].2' (step 2 of repetition 0 of repeat 5). Blocks precede their bodies.
   */
  path: string;
  type: ChainStep['type'];
  label?: string;
  /** Nesting depth (0 = top level). */
  depth: number;
  /** Inside a residual branch or a product's factor (not on the trunk; excluded from the summary's extremes). */
  inBranch: boolean;
  /** For steps directly inside a repeat's body: which repetition this record describes. */
  repetition?: number;
  /** E[x] and E[x^2] of the step's input. */
  meanIn: number;
  secondIn: number;
  /** Pre-activation mean and variance: h ~ N(muPre, qPre). NaN for residual and repeat blocks. */
  muPre: number;
  qPre: number;
  /** E[y] and E[y^2] of the step's output (after its activation; for blocks, after the add). */
  meanPost: number;
  qPost: number;
  /** E[phi'(h)^2]. NaN for blocks. */
  dphi2: number;
  /** Squared-norm gradient gain backward through the step: |g_in|^2 / |g_out|^2. */
  chi: number;
  /** Per-unit gradient second-moment gain: E[g_in^2] / E[g_out^2]. */
  chiPerUnit: number;
  /** qPost divided by the network input's second moment. */
  forward: number;
  /** Squared norm of the gradient at the step's input divided by that at the network's output. */
  backward: number;
  /** Residual blocks: a, the branch's own norm gain G_f and its output second moment E[f^2]. */
  branch?: { scale: number; gain: number; secondMoment: number };
  /** Repeat blocks: count, repetitions computed explicitly, and how the rest was obtained. */
  repeat?: { count: number; computed: number; regime: RepeatRegime };
}

export interface ChainSummary {
  inputMean: number;
  inputSecondMoment: number;
  outputMean: number;
  outputSecondMoment: number;
  /** Output second moment / input second moment. */
  forward: number;
  /** |gradient at the input|^2 / |gradient at the output|^2. */
  backward: number;
  /** Extremes of forward and backward over the trunk (every repetition included, and 1 at the ends). */
  forwardMin: number;
  forwardMax: number;
  backwardMin: number;
  backwardMax: number;
  /** Dense steps passed, repetitions and branches included. */
  layers: number;
}

export interface PropagationResult {
  steps: StepRecord[];
  summary: ChainSummary;
}

interface State {
  mean: number;
  second: number;
}

interface Ctx {
  q0: number;
  fluct: boolean;
  method: MomentMethod;
}

interface TraceBase {
  rec: StepRecord;
  pos: number;
  /** Norm gain through the step. */
  gain: number;
  /** Extremes of the trunk backward values inside the step, relative to its output gradient. */
  bMin: number;
  bMax: number;
}
interface LeafTrace extends TraceBase {
  kind: 'leaf';
}
interface ResidualTrace extends TraceBase {
  kind: 'residual';
  body: Trace[];
  /** Factor on the squared norm entering the branch: a^2. */
  a2: number;
}
interface RepeatTrace extends TraceBase {
  kind: 'repeat';
  count: number;
  first: Trace[];
  last: Trace[] | undefined;
  /** Product of the gains of repetitions 1..count-1. */
  gainAfterFirst: number;
}
interface ProductTrace extends TraceBase {
  kind: 'product';
  factors: [Trace[], Trace[]];
  /** Factor on the squared norm entering each factor: the other factor's second moment. */
  into: [number, number];
}
type Trace = LeafTrace | ResidualTrace | ProductTrace | RepeatTrace;

interface ListResult {
  traces: Trace[];
  state: State;
  fMin: number;
  fMax: number;
  layers: number;
}

const FIXED_POINT_TOL = 1e-13;

/** min/max that skip NaN (an overflowed chain reports Infinity where it can and NaN where it cannot). */
function nmin(...xs: number[]): number {
  let r = NaN;
  for (const x of xs) if (!Number.isNaN(x) && !(x >= r)) r = x;
  return r;
}
function nmax(...xs: number[]): number {
  let r = NaN;
  for (const x of xs) if (!Number.isNaN(x) && !(x <= r)) r = x;
  return r;
}

function fail(message: string): never {
  throw new RangeError(`propagate: ${message}`);
}

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) fail(`${what} must be a finite number, got ${x}`);
  return x;
}

function nonNegative(x: number, what: string): number {
  if (!(x >= 0) || !Number.isFinite(x)) fail(`${what} must be finite and >= 0, got ${x}`);
  return x;
}

function positive(x: number, what: string): number {
  if (!(x > 0) || !Number.isFinite(x)) fail(`${what} must be finite and > 0, got ${x}`);
  return x;
}

function newRecord(type: ChainStep['type'], label: string | undefined, input: State): StepRecord {
  const rec: StepRecord = {
    index: -1,
    path: '',
    type,
    depth: 0,
    inBranch: false,
    meanIn: input.mean,
    secondIn: input.second,
    muPre: NaN,
    qPre: NaN,
    meanPost: NaN,
    qPost: NaN,
    dphi2: NaN,
    chi: NaN,
    chiPerUnit: NaN,
    forward: NaN,
    backward: NaN,
  };
  if (label !== undefined) rec.label = label;
  return rec;
}

function variance(s: State): number {
  return Math.max(0, s.second - s.mean * s.mean);
}

/** Activation after a pre-activation N(mu, q): fills the record's moments. */
function applyActivation(rec: StepRecord, spec: ActivationSpec | undefined, mu: number, q: number, ctx: Ctx): State {
  rec.muPre = mu;
  rec.qPre = q;
  const act = spec ?? { kind: 'identity' as const };
  if (!Number.isFinite(mu) || !(q < Infinity)) {
    // overflowed upstream (second moments beyond 1e308): report Infinity, leave the rest undefined
    rec.meanPost = NaN;
    rec.qPost = Infinity;
    rec.dphi2 = NaN;
    rec.forward = Infinity;
    return { mean: NaN, second: Infinity };
  }
  const m = activationMoments(act, mu, q, ctx.method);
  rec.meanPost = m.mean;
  rec.qPost = m.second;
  rec.dphi2 = m.dphi2;
  rec.forward = m.second / ctx.q0;
  return { mean: m.mean, second: m.second };
}

function leaf(rec: StepRecord, pos: number, gain: number, perUnit: number): LeafTrace {
  rec.chi = gain;
  rec.chiPerUnit = perUnit;
  return { kind: 'leaf', rec, pos, gain, bMin: gain, bMax: gain };
}

/** Gain of a list and the extremes of its trunk backward values relative to its output gradient. */
function listBackwardStats(traces: Trace[]): { gain: number; min: number; max: number } {
  let s = 1;
  let min = Infinity;
  let max = -Infinity;
  for (let i = traces.length - 1; i >= 0; i--) {
    const t = traces[i];
    min = nmin(min, s * t.bMin);
    max = nmax(max, s * t.bMax);
    s *= t.gain;
  }
  return { gain: s, min, max };
}

function isHomogeneous(steps: ChainStep[]): boolean {
  for (const st of steps) {
    switch (st.type) {
      case 'dense':
        if ((st.biasMean ?? 0) !== 0 || (st.biasVar ?? 0) !== 0) return false;
        if (st.activation && !activationFunction(st.activation).homogeneous) return false;
        break;
      case 'norm':
        return false;
      case 'activation':
        if (!activationFunction(st.activation).homogeneous) return false;
        break;
      case 'residual':
      case 'repeat':
        if (!isHomogeneous(st.body)) return false;
        break;
      case 'product':
        // a product of two degree-1 maps is of degree 2: no scaled copy repeats
        return false;
    }
  }
  return true;
}

/**
 * When repetition k maps state `a` to `b`, and every later repetition is a copy of this one with
 * second moments scaled by r^j, return r (1 at a fixed point); otherwise undefined.
 */
function repetitionRatio(a: State, b: State, homogeneous: boolean): number | undefined {
  if (!Number.isFinite(b.second) || !Number.isFinite(b.mean)) return undefined;
  if (a.second === 0 && b.second === 0) return a.mean === b.mean ? 1 : undefined;
  if (
    Math.abs(b.second - a.second) <= FIXED_POINT_TOL * a.second &&
    Math.abs(b.mean - a.mean) <= FIXED_POINT_TOL * Math.sqrt(a.second)
  ) {
    return 1;
  }
  if (homogeneous && a.second > 0 && b.second > 0) {
    const na = a.mean / Math.sqrt(a.second);
    const nb = b.mean / Math.sqrt(b.second);
    if (Math.abs(nb - na) <= FIXED_POINT_TOL) return b.second / a.second;
  }
  return undefined;
}

function forwardList(steps: ChainStep[], input: State, ctx: Ctx): ListResult {
  const traces: Trace[] = [];
  let state = input;
  let fMin = Infinity;
  let fMax = -Infinity;
  let layers = 0;
  steps.forEach((step, pos) => {
    const r = forwardStep(step, pos, state, ctx);
    traces.push(r.trace);
    state = r.state;
    fMin = nmin(fMin, r.fMin);
    fMax = nmax(fMax, r.fMax);
    layers += r.layers;
  });
  return { traces, state, fMin, fMax, layers };
}

function forwardStep(
  step: ChainStep,
  pos: number,
  input: State,
  ctx: Ctx,
): { trace: Trace; state: State; fMin: number; fMax: number; layers: number } {
  const rec = newRecord(step.type, step.label, input);
  switch (step.type) {
    case 'dense': {
      const fanIn = positive(step.fanIn, 'dense fanIn');
      const fanOut = positive(step.fanOut, 'dense fanOut');
      const v = nonNegative(step.weightVar, 'dense weightVar');
      const m = finite(step.weightMean ?? 0, 'dense weightMean');
      const bMean = finite(step.biasMean ?? 0, 'dense biasMean');
      const bVar = nonNegative(step.biasVar ?? 0, 'dense biasVar');
      // mu = fanIn m E[x] + E[b];  q = fanIn v E[x^2] + fanIn m^2 Var(x) + var(b)
      const mu = fanIn * m * input.mean + bMean;
      const fl = ctx.fluct ? fanIn * m * m * variance(input) : 0;
      const q = fanIn * v * input.second + fl + bVar;
      const out = applyActivation(rec, step.activation, mu, q, ctx);
      // chi = fanIn (v + m^2) E[phi'^2];  chiPerUnit = fanOut (v + m^2) E[phi'^2]
      const w = v + (ctx.fluct ? m * m : 0);
      const trace = leaf(rec, pos, fanIn * w * rec.dphi2, fanOut * w * rec.dphi2);
      return { trace, state: out, fMin: rec.forward, fMax: rec.forward, layers: 1 };
    }
    case 'norm': {
      const gamma = finite(step.gamma ?? 1, 'norm gamma');
      const beta = finite(step.beta ?? 0, 'norm beta');
      const eps = nonNegative(step.eps ?? 0, 'norm eps');
      const varIn = variance(input);
      const denom = varIn + eps;
      // output N(beta, gamma^2 Var/(Var + eps)); backward gamma^2/(Var + eps) E[phi'^2]
      const q = denom > 0 ? (gamma * gamma * varIn) / denom : 0;
      const out = applyActivation(rec, step.activation, beta, q, ctx);
      const num = gamma * gamma * rec.dphi2;
      const gain = denom > 0 ? num / denom : num === 0 ? 0 : Infinity;
      const trace = leaf(rec, pos, gain, gain);
      return { trace, state: out, fMin: rec.forward, fMax: rec.forward, layers: 0 };
    }
    case 'activation': {
      const out = applyActivation(rec, step.activation, input.mean, variance(input), ctx);
      const trace = leaf(rec, pos, rec.dphi2, rec.dphi2);
      return { trace, state: out, fMin: rec.forward, fMax: rec.forward, layers: 0 };
    }
    case 'residual': {
      const a = finite(step.branchScale ?? 1, 'residual branchScale');
      let out: State;
      let gain: number;
      let body: Trace[] = [];
      let layers = 0;
      if (step.body.length === 0) {
        // identity branch: y = (1 + a) x exactly
        out = { mean: (1 + a) * input.mean, second: (1 + a) * (1 + a) * input.second };
        gain = (1 + a) * (1 + a);
        rec.branch = { scale: a, gain: 1, secondMoment: input.second };
      } else {
        const f = forwardList(step.body, input, ctx);
        body = f.traces;
        layers = f.layers;
        const gf = listBackwardStats(f.traces).gain;
        // E[y] = E[x] + a E[f];  E[y^2] = E[x^2] + a^2 E[f^2] + 2 a E[x] E[f];  gain 1 + a^2 G_f
        out = {
          mean: input.mean + a * f.state.mean,
          second: input.second + a * a * f.state.second + 2 * a * input.mean * f.state.mean,
        };
        gain = 1 + a * a * gf;
        rec.branch = { scale: a, gain: gf, secondMoment: f.state.second };
      }
      rec.meanPost = out.mean;
      rec.qPost = out.second;
      rec.forward = out.second / ctx.q0;
      rec.chi = gain;
      rec.chiPerUnit = gain;
      const trace: ResidualTrace = { kind: 'residual', rec, pos, gain, bMin: gain, bMax: gain, body, a2: a * a };
      return { trace, state: out, fMin: rec.forward, fMax: rec.forward, layers };
    }
    case 'product': {
      const fa = forwardList(step.factors[0], input, ctx);
      const fb = forwardList(step.factors[1], input, ctx);
      const ga = listBackwardStats(fa.traces).gain;
      const gb = listBackwardStats(fb.traces).gain;
      // E[y] = E[a] E[b];  E[y^2] = E[a^2] E[b^2];  gain E[b^2] G_a + E[a^2] G_b
      const out: State = { mean: fa.state.mean * fb.state.mean, second: fa.state.second * fb.state.second };
      const gain = fb.state.second * ga + fa.state.second * gb;
      rec.meanPost = out.mean;
      rec.qPost = out.second;
      rec.forward = out.second / ctx.q0;
      rec.chi = gain;
      rec.chiPerUnit = gain;
      const trace: ProductTrace = { kind: 'product', rec, pos, gain, bMin: gain, bMax: gain, factors: [fa.traces, fb.traces], into: [fb.state.second, fa.state.second] };
      return { trace, state: out, fMin: rec.forward, fMax: rec.forward, layers: fa.layers + fb.layers };
    }
    case 'repeat':
      return forwardRepeat(step, pos, rec, input, ctx);
  }
}

function forwardRepeat(
  step: RepeatStep,
  pos: number,
  rec: StepRecord,
  input: State,
  ctx: Ctx,
): { trace: Trace; state: State; fMin: number; fMax: number; layers: number } {
  const count = step.count;
  if (!Number.isSafeInteger(count) || count < 0) fail(`repeat count must be a non-negative integer, got ${count}`);
  const homogeneous = isHomogeneous(step.body);
  const gains: number[] = [];
  const mins: number[] = [];
  const maxs: number[] = [];
  let state = input;
  let fMin = Infinity;
  let fMax = -Infinity;
  let layers = 0;
  let first: Trace[] = [];
  let last: Trace[] | undefined;
  let regime: RepeatRegime = 'explicit';
  // the repetitions after the explicit ones, all with the same backward gain and extremes
  let tail: { reps: number; gain: number; min: number; max: number } | undefined;

  for (let k = 0; k < count; k++) {
    const r = forwardList(step.body, state, ctx);
    const b = listBackwardStats(r.traces);
    gains.push(b.gain);
    mins.push(b.min);
    maxs.push(b.max);
    fMin = nmin(fMin, r.fMin);
    fMax = nmax(fMax, r.fMax);
    layers += r.layers;
    if (k === 0) first = r.traces;
    const rest = count - 1 - k;
    if (rest === 0) {
      if (k > 0) last = r.traces;
      state = r.state;
      break;
    }
    const ratio = repetitionRatio(state, r.state, homogeneous);
    if (ratio !== undefined) {
      // repetitions k+j (j = 1..rest) are repetition k with second moments times ratio^j
      regime = ratio === 1 ? 'fixed-point' : 'geometric';
      tail = { reps: rest, gain: b.gain, min: b.min, max: b.max };
      const rFirst = ratio;
      const rLast = Math.pow(ratio, rest);
      fMin = nmin(fMin, r.fMin * rFirst, r.fMin * rLast);
      fMax = nmax(fMax, r.fMax * rFirst, r.fMax * rLast);
      layers += rest * r.layers;
      // the last repetition, recomputed from its (scaled) input
      const lastIn: State = { mean: state.mean * Math.sqrt(rLast), second: state.second * rLast };
      const lr = forwardList(step.body, lastIn, ctx);
      last = lr.traces;
      state = lr.state;
      break;
    }
    state = r.state;
  }

  // backward extremes over all repetitions, from the last one back
  let s = 1;
  let bMin = Infinity;
  let bMax = -Infinity;
  if (tail) {
    const gPow = Math.pow(tail.gain, tail.reps - 1);
    bMin = nmin(tail.min, gPow * tail.min);
    bMax = nmax(tail.max, gPow * tail.max);
    s = gPow * tail.gain;
  }
  let gainAfterFirst = 1;
  for (let k = gains.length - 1; k >= 0; k--) {
    bMin = nmin(bMin, s * mins[k]);
    bMax = nmax(bMax, s * maxs[k]);
    if (k === 0) gainAfterFirst = s;
    s *= gains[k];
  }
  const gain = s;
  bMin = nmin(bMin, gain);
  bMax = nmax(bMax, gain);

  rec.meanPost = state.mean;
  rec.qPost = state.second;
  rec.forward = state.second / ctx.q0;
  rec.chi = gain;
  rec.chiPerUnit = gain;
  rec.repeat = { count, computed: gains.length + (tail && last ? 1 : 0), regime };
  fMin = nmin(fMin, rec.forward);
  fMax = nmax(fMax, rec.forward);
  const trace: RepeatTrace = { kind: 'repeat', rec, pos, gain, bMin, bMax, count, first, last, gainAfterFirst };
  return { trace, state, fMin, fMax, layers };
}

/** Writes backward values into the kept records; returns the squared norm at the list's input. */
function backwardList(traces: Trace[], bOut: number): number {
  let b = bOut;
  for (let i = traces.length - 1; i >= 0; i--) {
    const t = traces[i];
    switch (t.kind) {
      case 'leaf':
        break;
      case 'residual':
        if (t.body.length > 0) backwardList(t.body, b * t.a2);
        break;
      case 'product':
        backwardList(t.factors[0], b * t.into[0]);
        backwardList(t.factors[1], b * t.into[1]);
        break;
      case 'repeat':
        if (t.last) {
          backwardList(t.last, b);
          backwardList(t.first, b * t.gainAfterFirst);
        } else {
          backwardList(t.first, b);
        }
        break;
    }
    b *= t.gain;
    t.rec.backward = b;
  }
  return b;
}

function flatten(
  traces: Trace[],
  prefix: string,
  depth: number,
  inBranch: boolean,
  repetition: number | undefined,
  out: StepRecord[],
): void {
  for (const t of traces) {
    const rec = t.rec;
    rec.path = `${prefix}${t.pos}`;
    rec.depth = depth;
    rec.inBranch = inBranch;
    if (repetition !== undefined) rec.repetition = repetition;
    rec.index = out.length;
    out.push(rec);
    if (t.kind === 'residual') flatten(t.body, `${rec.path}.`, depth + 1, true, undefined, out);
    else if (t.kind === 'product') t.factors.forEach((f, k) => flatten(f, `${rec.path}.${k}.`, depth + 1, true, undefined, out));
    else if (t.kind === 'repeat') {
      flatten(t.first, `${rec.path}[0].`, depth + 1, inBranch, 0, out);
      if (t.last) flatten(t.last, `${rec.path}[${t.count - 1}].`, depth + 1, inBranch, t.count - 1, out);
    }
  }
}

/**
 * Propagates second moments forward and the gradient's squared norm backward through a chain.
 * Throws RangeError on an invalid step (non-positive fans, negative variances, a non-integer count).
 */
export function propagate(steps: ChainStep[], options: PropagationOptions = {}): PropagationResult {
  const mean0 = finite(options.input?.mean ?? 0, 'input mean');
  const second0 = positive(options.input?.secondMoment ?? 1, 'input secondMoment');
  if (mean0 * mean0 > second0 * (1 + 1e-12)) fail(`input mean^2 (${mean0 * mean0}) exceeds the second moment (${second0})`);
  const ctx: Ctx = { q0: second0, fluct: options.meanFluctuation ?? true, method: options.method ?? 'auto' };
  const f = forwardList(steps, { mean: mean0, second: second0 }, ctx);
  const b = listBackwardStats(f.traces);
  backwardList(f.traces, 1);
  const records: StepRecord[] = [];
  flatten(f.traces, '', 0, false, undefined, records);
  const forward = f.state.second / second0;
  return {
    steps: records,
    summary: {
      inputMean: mean0,
      inputSecondMoment: second0,
      outputMean: f.state.mean,
      outputSecondMoment: f.state.second,
      forward,
      backward: b.gain,
      forwardMin: nmin(1, f.fMin, forward),
      forwardMax: nmax(1, f.fMax, forward),
      backwardMin: nmin(1, b.min, b.gain),
      backwardMax: nmax(1, b.max, b.gain),
      layers: f.layers,
    },
  };
}

/** Convenience: the same dense step repeated `depth` times (unrolled), for tests and rules. */
export function denseChain(depth: number, step: Omit<DenseStep, 'type'>): DenseStep[] {
  if (!Number.isSafeInteger(depth) || depth < 0) fail(`denseChain depth must be a non-negative integer, got ${depth}`);
  const out: DenseStep[] = [];
  for (let i = 0; i < depth; i++) out.push({ type: 'dense', ...step });
  return out;
}

/** The steps with every dense step replaced by `fn(step)`, through residual, product and repeat bodies. */
export function mapDenseSteps(steps: ChainStep[], fn: (step: DenseStep) => DenseStep): ChainStep[] {
  return steps.map((step): ChainStep => {
    if (step.type === 'dense') return fn(step);
    if (step.type === 'residual' || step.type === 'repeat') return { ...step, body: mapDenseSteps(step.body, fn) };
    if (step.type === 'product') return { ...step, factors: [mapDenseSteps(step.factors[0], fn), mapDenseSteps(step.factors[1], fn)] };
    return step;
  });
}

/** Every dense step, through residual, product and repeat bodies, in order. */
export function* denseSteps(steps: ChainStep[]): Generator<DenseStep> {
  for (const step of steps) {
    if (step.type === 'dense') yield step;
    else if (step.type === 'residual' || step.type === 'repeat') yield* denseSteps(step.body);
    else if (step.type === 'product') for (const f of step.factors) yield* denseSteps(f);
  }
}
