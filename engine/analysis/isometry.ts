// Dynamical isometry of a model's plain stacks (engine/theory/jacobian.ts): the spectrum of the
// input-output Jacobian of a resolved segment as initialized, and as it would be with orthogonal
// weights, for the hover, the probe (predicted next to measured) and the report.
import { recommendedGain } from '../init';
import { jacobianSpectrum, mapDenseSteps, nearIsometry, type ChainStep, type JacobianSpectrum } from '../theory';
import type { ModelAnalysis } from './index';
import type { Segment } from './propagation';

export interface OrthogonalAlternative {
  /** Gain of every weight layer: 'activation' (calculate_gain of the activation that follows) or 1. */
  gain: 'activation' | 1;
  /** Gain per layer id. */
  gains: Map<string, number>;
  spectrum: JacobianSpectrum;
}

export interface SegmentSpectrum {
  current: JacobianSpectrum;
  /** Orthogonal weights instead, when every weight layer of the stack is a dense matrix. */
  orthogonal?: OrthogonalAlternative;
}

/** Weight layers a stack needs before its Jacobian is worth a line. */
export const SPECTRUM_MIN_LAYERS = 2;

/** The layers of the segment whose weights are 2-D matrices (Linear / Dense / raw matrices), or undefined when another weight layer is there. */
function denseMatrices(analysis: ModelAnalysis, seg: Segment): ModelAnalysis['layers'] | undefined {
  for (const id of seg.layers) {
    const f = analysis.layers.get(id);
    if (!f?.weight || (f.layer.kind !== 'Linear' && f.layer.kind !== 'Parameter') || f.weight.spec.shape.length !== 2) return undefined;
  }
  return analysis.layers;
}

/** The steps with every weight layer drawn orthogonal with its gain (variance gain^2 / max(fan_in, fan_out); biases unchanged). */
function withOrthogonal(steps: ChainStep[], gains: Map<string, number>): ChainStep[] {
  return mapDenseSteps(steps, (s) => {
    const g = s.label === undefined ? undefined : gains.get(s.label);
    if (g === undefined) return s;
    return { ...s, weightMean: 0, weightVar: (g * g) / Math.max(s.fanIn, s.fanOut), weights: 'orthogonal' };
  });
}

/**
 * How far a spectrum is from isometry: |ln m1| + spread (0 at isometry; a factor e off in the mean
 * square counts as much as a spread of 1).
 */
export function isometryDistance(s: JacobianSpectrum): number {
  return Math.abs(Math.log(s.meanSquare)) + s.spread;
}

/**
 * The Jacobian spectrum of a resolved segment and of its orthogonal alternative: of the two gains
 * (the activation's calculate_gain, and 1, the edge of chaos for tanh without biases) the one
 * nearer isometry (isometryDistance).
 */
export function segmentSpectrum(analysis: ModelAnalysis, seg: Segment): SegmentSpectrum | undefined {
  if (!seg.resolved || seg.layers.length < SPECTRUM_MIN_LAYERS) return undefined;
  const current = jacobianSpectrum(seg.steps);
  if (!current) return undefined;
  const out: SegmentSpectrum = { current };
  const layers = denseMatrices(analysis, seg);
  if (!layers) return out;
  let best: OrthogonalAlternative | undefined;
  for (const gain of ['activation', 1] as const) {
    const gains = new Map<string, number>();
    for (const id of seg.layers) {
      const a = layers.get(id)!.activation;
      gains.set(id, gain === 1 ? 1 : ((a && a.kind !== 'softmax' ? recommendedGain(a.kind, a.param) : 1) ?? 1));
    }
    const spectrum = jacobianSpectrum(withOrthogonal(seg.steps, gains));
    if (!spectrum) continue;
    if (!best || isometryDistance(spectrum) < isometryDistance(best.spectrum)) best = { gain, gains, spectrum };
  }
  if (best) out.orthogonal = best;
  return out;
}

const n3 = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : '∞');

/** The gain of an alternative in words: "gain 1", "the activation's gain". */
export function gainWords(alt: OrthogonalAlternative): string {
  const values = [...new Set(alt.gains.values())];
  if (alt.gain === 1 || (values.length === 1 && values[0] === 1)) return 'gain 1';
  return values.length === 1 ? `gain ${n3(values[0]!)}` : "each activation's gain";
}

/** "mean squared singular value 0.089 · spread 9.18: far from dynamical isometry; orthogonal weights (gain 1) would give ...". */
export function describeSpectrum(s: SegmentSpectrum): string {
  const near = nearIsometry(s.current);
  const head = `mean squared singular value ${n3(s.current.meanSquare)} · spread ${n3(s.current.spread)} (variance / mean² of the squared singular values; 0 at isometry): ${near ? 'near dynamical isometry' : 'far from dynamical isometry'}`;
  const alt = s.orthogonal;
  if (near || !alt || alt.spectrum.spread >= s.current.spread * 0.8) return head;
  return `${head}; orthogonal weights (${gainWords(alt)}) would give ${n3(alt.spectrum.meanSquare)} · spread ${n3(alt.spectrum.spread)}${nearIsometry(alt.spectrum) ? ' (near isometry)' : ''}`;
}
