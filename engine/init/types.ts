// Result types of engine/init: what an initializer (explicit or a module default) does to one
// parameter, with the numbers a rule or the theory needs.
//
// Conventions:
// - `moments` are the mean and the variance of one entry of the initialized tensor, taken over
//   the random draw AND over the entries (so an identity matrix has mean p and variance p(1-p),
//   p = fraction of ones). For the random schemes both readings agree.
// - `moments` is undefined whenever a size or an argument the formula needs is unknown, or the
//   framework would raise an error for this shape/argument; never a guess.

/** Mean and (population) variance of one entry. */
export interface Moments {
  mean: number;
  variance: number;
}

export type FanMode = 'fan_in' | 'fan_out' | 'fan_avg' | 'fan_geo_avg';

export type InitFamily =
  | 'kaiming'
  | 'xavier'
  | 'lecun'
  | 'variance_scaling'
  | 'normal'
  | 'uniform'
  | 'trunc_normal'
  | 'orthogonal'
  | 'constant'
  | 'zeros'
  | 'ones'
  | 'identity'
  | 'sparse'
  /** A module default whose scheme initlint does not model (e.g. an unknown layer kind). */
  | 'default'
  /** torch.empty / uninitialized memory: no distribution at all. */
  | 'empty'
  /** A name initlint does not know: no moments, never a guess. */
  | 'unknown';

export type InitDistribution =
  | 'normal'
  | 'truncated_normal'
  | 'uniform'
  | 'orthogonal'
  | 'constant'
  | 'identity'
  | 'sparse';

/** A slice of a parameter that a default initializes differently (Keras unit_forget_bias). */
export interface InitSegment {
  /** Gate or part name ('f' for the LSTM forget gate). */
  label: string;
  /** Axis of the slice in the parameter's layout, and its [start, end) range; undefined when sizes are unknown. */
  axis: number;
  start: number | undefined;
  end: number | undefined;
  /** The constant the slice is filled with, when it is constant. */
  constant?: number;
  moments?: Moments;
}

export interface InitInfo {
  family: InitFamily;
  /** 'default' when nothing in the code sets the parameter and the framework's module default applies. */
  source: 'default' | 'explicit';
  /** The initializer's canonical name in its framework after alias resolution ('GlorotUniform' for 'glorot_uniform'). */
  canonical?: string;
  distribution?: InitDistribution;
  moments?: Moments;
  /** The fill value for constant/zeros/ones (times the multiplier). */
  constant?: number;
  /** The framework's own fans of the shape the initializer sees, when known. */
  fanIn?: number;
  fanOut?: number;
  mode?: FanMode;
  /** PyTorch nonlinearity argument (kaiming_*), or the activation a gain was computed for. */
  nonlinearity?: string;
  /**
   * Gain on the standard deviation relative to 1/sqrt(fan): the PyTorch `gain` (calculate_gain or the
   * argument), sqrt(scale) for Keras/TF.js/Flax variance-scaling schemes, the orthogonal/identity gain.
   */
  gain?: number;
  /** Leaky-ReLU slope that entered the gain (kaiming `a`). */
  negativeSlope?: number;
  /** Variance-scaling `scale` (Keras/TF.js/Flax). */
  scale?: number;
  /** Bounds of a uniform or truncation points of a truncated normal, absolute. */
  bounds?: [number, number];
  /** Standard deviation of the normal before truncation. */
  std?: number;
  /** Constant factor applied to the sampled values (nn.Parameter(torch.randn(n) * 0.1)). */
  multiplier?: number;
  /** Slices initialized differently (LSTM forget-gate bias). */
  segments?: InitSegment[];
  /** Human-readable derivation with numbers, e.g. "kaiming_normal_: std = gain/sqrt(fan_in) = ...". */
  formula: string;
  /** Why moments are missing, or a framework quirk worth telling the user. */
  note?: string;
}
