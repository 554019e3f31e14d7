// The mean-field phase of a layer repeated in depth (engine/theory/correlation.ts): for hovers on
// layers of deep stacks and for IL005's message, in words.
import { correlationMap, type CorrelationMap } from '../theory';
import type { LayerFacts } from './index';

/** The correlation map of a stack of layers like this one (its activation, sigma_w^2 = fan_in Var(w), sigma_b^2 = Var(b)). */
export function phaseOf(f: LayerFacts): CorrelationMap | undefined {
  const a = f.activation;
  const w = f.weight?.info.moments;
  if (!a || a.kind === 'softmax' || a.kind === 'identity' || !w || f.fanIn === undefined || w.mean !== 0) return undefined;
  const b = f.bias ? f.bias.info.moments : { mean: 0, variance: 0 };
  if (!b) return undefined;
  const weightGain = f.fanIn * w.variance;
  if (!(weightGain > 0) || !Number.isFinite(weightGain)) return undefined;
  return correlationMap({ activation: { kind: a.kind, ...(a.param !== undefined ? { param: a.param } : {}) }, weightGain, biasVar: b.variance + b.mean * b.mean });
}

const n3 = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : '∞');

/** "chaotic (chi_1 1.24): two inputs decorrelate toward c* 0 within about 10.9 layers (xi_c)". */
export function describePhase(m: CorrelationMap): string {
  if (m.phase === 'edge') return `at the edge of chaos (χ₁ ${n3(m.chi1)}): correlations between inputs are kept over depth, the gradient neither explodes nor vanishes`;
  if (m.phase === 'ordered') return `ordered (χ₁ ${n3(m.chi1)}): every two inputs converge to the same representation (c* = 1) within about ${n3(m.xiC)} layers (ξ_c), and the gradient shrinks by χ₁ per layer`;
  const c = Math.abs(m.cStar) < 1e-9 ? 0 : m.cStar;
  return `chaotic (χ₁ ${n3(m.chi1)}): nearby inputs decorrelate toward c* = ${n3(c)} within about ${n3(m.xiC)} layers (ξ_c), and the gradient grows by χ₁ per layer`;
}
