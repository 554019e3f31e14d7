// Elementwise activations: phi(h) and its derivative phi'(h), stated in code, plus the facts the
// quadrature needs (kinks, smoothness) and the propagation needs (positive homogeneity).

import type { ActivationKind } from '../model/graph';
import { normalCdf, normalPdf } from './special';

/** Every ActivationKind except softmax, which is not elementwise. */
export type ElementwiseActivationKind = Exclude<ActivationKind, 'softmax'>;

/** An activation as the theory takes it: kind and its one parameter where it has one. */
export interface ActivationSpec {
  kind: ElementwiseActivationKind;
  /**
   * leaky_relu negative slope (default 0.01, PyTorch's; Keras uses 0.3 and TF.js 0.2, so frontends
   * pass theirs), elu alpha (default 1), softplus beta (default 1). Other kinds ignore it.
   */
  param?: number;
}

export interface ActivationFunction {
  readonly kind: ElementwiseActivationKind;
  /** The parameter in effect (default applied), or undefined for kinds without one. */
  readonly param: number | undefined;
  phi(h: number): number;
  /** phi'(h); at a kink the one-sided value used is stated per activation (measure zero). */
  dphi(h: number): number;
  /** Writes phi(h) to out[0] and phi'(h) to out[1], sharing the work. */
  both(h: number, out: Float64Array): void;
  /** Points where phi or phi' is not smooth (the piecewise quadrature splits there). */
  readonly kinks: readonly number[];
  /** Centres of smooth but sharp transitions (the piecewise quadrature grades its mesh there). */
  readonly features: readonly number[];
  /** phi is analytic on the real line (Gauss-Hermite converges geometrically). */
  readonly smooth: boolean;
  /** phi(c h) = c phi(h) for c > 0: moments scale with q and gains do not depend on q. */
  readonly homogeneous: boolean;
}

/** All elementwise activation kinds, in the order of the IR's ActivationKind. */
export const ELEMENTWISE_ACTIVATIONS: readonly ElementwiseActivationKind[] = [
  'identity',
  'relu',
  'leaky_relu',
  'elu',
  'gelu',
  'gelu_tanh',
  'silu',
  'mish',
  'tanh',
  'sigmoid',
  'hardtanh',
  'softplus',
  'selu',
  'relu6',
];

/** PyTorch's SELU constants (torch.nn.SELU). */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;
/** PyTorch's default LeakyReLU slope. */
export const LEAKY_RELU_DEFAULT_SLOPE = 0.01;
/** sqrt(2/pi) and the cubic coefficient of the tanh approximation of GELU. */
const GELU_TANH_C = Math.sqrt(2 / Math.PI);
const GELU_TANH_A = 0.044715;

export function isElementwise(kind: ActivationKind): kind is ElementwiseActivationKind {
  return kind !== 'softmax';
}

/** Logistic sigmoid 1/(1+e^-h), stable for large |h|. */
export function sigmoid(h: number): number {
  if (h >= 0) return 1 / (1 + Math.exp(-h));
  const e = Math.exp(h);
  return e / (1 + e);
}

/** 1 - tanh(h)^2 = sech(h)^2 = 4 e^(-2|h|) / (1 + e^(-2|h|))^2, without the cancellation of 1 - t^2. */
export function sech2(h: number): number {
  const e = Math.exp(-2 * Math.abs(h));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** softplus(h) = log(1 + e^h) = max(h, 0) + log1p(e^-|h|), stable for large |h|. */
export function softplusUnit(h: number): number {
  return Math.max(h, 0) + Math.log1p(Math.exp(-Math.abs(h)));
}

type Both = (h: number, out: Float64Array) => void;

function make(
  kind: ElementwiseActivationKind,
  param: number | undefined,
  both: Both,
  props: { kinks?: number[]; features?: number[]; smooth: boolean; homogeneous?: boolean },
): ActivationFunction {
  const tmp = new Float64Array(2);
  return {
    kind,
    param,
    phi(h: number): number {
      both(h, tmp);
      return tmp[0];
    },
    dphi(h: number): number {
      both(h, tmp);
      return tmp[1];
    },
    both,
    kinks: props.kinks ?? [],
    features: props.features ?? [],
    smooth: props.smooth,
    homogeneous: props.homogeneous ?? false,
  };
}

const cache = new Map<string, ActivationFunction>();

/** The activation function for a spec (cached per kind and parameter). */
export function activationFunction(spec: ActivationSpec): ActivationFunction {
  const key = `${spec.kind}:${spec.param ?? ''}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = build(spec);
    cache.set(key, fn);
  }
  return fn;
}

function build(spec: ActivationSpec): ActivationFunction {
  const kind = spec.kind;
  if (spec.param !== undefined && !Number.isFinite(spec.param)) {
    throw new RangeError(`activation ${kind}: parameter must be finite, got ${spec.param}`);
  }
  switch (kind) {
    case 'identity':
      // phi(h) = h; phi'(h) = 1
      return make(kind, undefined, (h, o) => {
        o[0] = h;
        o[1] = 1;
      }, { smooth: true, homogeneous: true });
    case 'relu':
      // phi(h) = max(h, 0); phi'(h) = 1 for h > 0, 0 for h <= 0
      return make(kind, undefined, (h, o) => {
        o[0] = h > 0 ? h : 0;
        o[1] = h > 0 ? 1 : 0;
      }, { kinks: [0], smooth: false, homogeneous: true });
    case 'leaky_relu': {
      // phi(h) = h for h > 0, s h otherwise; phi'(h) = 1 or s
      const s = spec.param ?? LEAKY_RELU_DEFAULT_SLOPE;
      return make(kind, s, (h, o) => {
        o[0] = h > 0 ? h : s * h;
        o[1] = h > 0 ? 1 : s;
      }, { kinks: [0], smooth: s === 1, homogeneous: true });
    }
    case 'elu': {
      // phi(h) = h for h > 0, alpha (e^h - 1) otherwise; phi'(h) = 1 or alpha e^h
      const alpha = spec.param ?? 1;
      return make(kind, alpha, (h, o) => {
        if (h > 0) {
          o[0] = h;
          o[1] = 1;
        } else {
          o[0] = alpha * Math.expm1(h);
          o[1] = alpha * Math.exp(h);
        }
      }, { kinks: [0], smooth: false });
    }
    case 'selu':
      // phi(h) = scale * (h for h > 0, alpha (e^h - 1) otherwise); phi'(h) = scale * (1 or alpha e^h)
      return make(kind, undefined, (h, o) => {
        if (h > 0) {
          o[0] = SELU_SCALE * h;
          o[1] = SELU_SCALE;
        } else {
          o[0] = SELU_SCALE * SELU_ALPHA * Math.expm1(h);
          o[1] = SELU_SCALE * SELU_ALPHA * Math.exp(h);
        }
      }, { kinks: [0], smooth: false });
    case 'gelu':
      // phi(h) = h Phi(h), Phi(h) = (1 + erf(h/sqrt 2))/2 = erfc(-h/sqrt 2)/2; phi'(h) = Phi(h) + h pdf(h)
      return make(kind, undefined, (h, o) => {
        const cdf = normalCdf(h);
        o[0] = h * cdf;
        o[1] = cdf + h * normalPdf(h);
      }, { features: [0], smooth: true });
    case 'gelu_tanh':
      // phi(h) = h/2 (1 + tanh(u)), u = sqrt(2/pi) (h + 0.044715 h^3);
      // phi'(h) = (1 + tanh u)/2 + h/2 (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 h^2).
      // Evaluated as (1 + tanh u)/2 = sigmoid(2u) and (1 - tanh^2 u) = 4 sigmoid(2u) sigmoid(-2u),
      // which keeps relative accuracy for very negative h.
      return make(kind, undefined, (h, o) => {
        const u2 = 2 * GELU_TANH_C * (h + GELU_TANH_A * h * h * h);
        const sp = sigmoid(u2);
        const sm = sigmoid(-u2);
        o[0] = h * sp;
        o[1] = sp + 2 * h * sp * sm * GELU_TANH_C * (1 + 3 * GELU_TANH_A * h * h);
      }, { features: [0], smooth: true });
    case 'silu':
      // phi(h) = h sigmoid(h); phi'(h) = sigmoid(h) (1 + h (1 - sigmoid(h))), 1 - sigmoid(h) = sigmoid(-h)
      return make(kind, undefined, (h, o) => {
        const sg = sigmoid(h);
        o[0] = h * sg;
        o[1] = sg * (1 + h * sigmoid(-h));
      }, { features: [0], smooth: true });
    case 'mish':
      // phi(h) = h tanh(softplus(h)); phi'(h) = tanh(sp) + h (1 - tanh^2(sp)) sigmoid(h)
      return make(kind, undefined, (h, o) => {
        const sp = softplusUnit(h);
        const t = Math.tanh(sp);
        o[0] = h * t;
        o[1] = t + h * sech2(sp) * sigmoid(h);
      }, { features: [0], smooth: true });
    case 'tanh':
      // phi(h) = tanh(h); phi'(h) = 1 - tanh^2(h) = sech^2(h)
      return make(kind, undefined, (h, o) => {
        o[0] = Math.tanh(h);
        o[1] = sech2(h);
      }, { features: [0], smooth: true });
    case 'sigmoid':
      // phi(h) = 1/(1 + e^-h); phi'(h) = phi(h) (1 - phi(h)) = sigmoid(h) sigmoid(-h)
      return make(kind, undefined, (h, o) => {
        const sg = sigmoid(h);
        o[0] = sg;
        o[1] = sg * sigmoid(-h);
      }, { features: [0], smooth: true });
    case 'hardtanh':
      // phi(h) = clamp(h, -1, 1); phi'(h) = 1 for -1 < h < 1, 0 outside
      return make(kind, undefined, (h, o) => {
        o[0] = h < -1 ? -1 : h > 1 ? 1 : h;
        o[1] = h > -1 && h < 1 ? 1 : 0;
      }, { kinks: [-1, 1], smooth: false });
    case 'softplus': {
      // phi(h) = log(1 + e^(beta h)) / beta; phi'(h) = sigmoid(beta h)
      // (PyTorch switches to the identity above beta h = 20, a difference below 2.1e-9/beta.)
      const beta = spec.param ?? 1;
      if (!(beta > 0) || !Number.isFinite(beta)) throw new RangeError(`softplus beta must be positive, got ${beta}`);
      return make(kind, beta, (h, o) => {
        o[0] = softplusUnit(beta * h) / beta;
        o[1] = sigmoid(beta * h);
      }, { features: [0], smooth: true });
    }
    case 'relu6':
      // phi(h) = min(max(h, 0), 6); phi'(h) = 1 for 0 < h < 6, 0 outside
      return make(kind, undefined, (h, o) => {
        o[0] = h <= 0 ? 0 : h >= 6 ? 6 : h;
        o[1] = h > 0 && h < 6 ? 1 : 0;
      }, { kinks: [0, 6], smooth: false });
    default: {
      const never: never = kind;
      throw new RangeError(`unknown activation ${String(never)}`);
    }
  }
}
