// Forward and backward second-moment recurrences over a chain of steps (DESIGN section 6), on top
// of the theory's Gaussian expectations. Per dense layer with weight mean m, variance v, input
// second moment s and mean mx (per unit):
//   pre-activation h ~ N(mu, q),  mu = fan_in m mx + E[b],  q = fan_in v s + Var(b)
//   output second moment s' = E[phi(h)^2], mean mx' = E[phi(h)]
//   gradient squared-norm ratio (input / output) chi = fan_in (v + m^2) E[phi'(h)^2]
// Norm layers reset s to 1 (mean 0) and divide the gradient norm by the incoming s; scales multiply
// both by factor^2; residual adds sum the branch's second moment and gradient onto the identity's.
import { activationMoments } from '../theory/moments';
import type { ActivationSpec } from '../theory/activations';

export type ChainStep =
  | {
      kind: 'dense';
      id: string;
      fanIn: number;
      fanOut: number;
      weightMean: number;
      weightVar: number;
      biasMean: number;
      biasVar: number;
      activation?: ActivationSpec;
    }
  | { kind: 'activation'; activation: ActivationSpec }
  | { kind: 'scale'; factor: number }
  | { kind: 'norm' }
  | { kind: 'residual'; body: ChainStep[] }
  | { kind: 'repeat'; count: number; body: ChainStep[] };

export interface StepResult {
  id: string;
  /** Output second moment / chain input second moment. */
  forward: number;
  /** Gradient squared norm at this layer's input / at the chain's output. */
  backward: number;
  chi: number;
  qPre: number;
}

export interface ChainResult {
  forward: number;
  backward: number;
  layers: StepResult[];
}

interface State {
  s: number;
  mx: number;
}

interface Walk {
  state: State;
  /** Log of the gradient-norm factor from the chain's start up to here (applied in reverse later). */
  factors: { id?: string; chi: number; qPre: number; forward: number }[];
}

const IDENTITY: ActivationSpec = { kind: 'identity' };

function run(steps: ChainStep[], state: State, s0: number, out: Walk['factors']): State {
  let { s, mx } = state;
  for (const step of steps) {
    switch (step.kind) {
      case 'dense': {
        const mu = step.fanIn * step.weightMean * mx + step.biasMean;
        const q = Math.max(0, step.fanIn * step.weightVar * s + step.biasVar);
        const m = activationMoments(step.activation ?? IDENTITY, mu, q);
        s = m.second;
        mx = m.mean;
        out.push({ id: step.id, chi: step.fanIn * (step.weightVar + step.weightMean ** 2) * m.dphi2, qPre: (q + mu * mu) / s0, forward: s / s0 });
        break;
      }
      case 'activation': {
        const m = activationMoments(step.activation, mx, Math.max(0, s - mx * mx));
        out.push({ chi: m.dphi2, qPre: s / s0, forward: m.second / s0 });
        s = m.second;
        mx = m.mean;
        break;
      }
      case 'scale':
        s *= step.factor ** 2;
        mx *= step.factor;
        out.push({ chi: step.factor ** 2, qPre: s / s0, forward: s / s0 });
        break;
      case 'norm':
        out.push({ chi: s > 0 ? 1 / s : Infinity, qPre: s / s0, forward: 1 / s0 });
        s = 1;
        mx = 0;
        break;
      case 'residual': {
        const branch: Walk['factors'] = [];
        const after = run(step.body, { s, mx }, s0, branch);
        const gain = branch.reduce((g, f) => g * f.chi, 1);
        out.push(...branch);
        // x + f(x) with f(x) independent of x: second moments add (cross term from the means).
        s = s + after.s + 2 * mx * after.mx;
        mx = mx + after.mx;
        out.push({ chi: 1 + gain, qPre: s / s0, forward: s / s0, residualJoin: branch.length } as Walk['factors'][number]);
        break;
      }
      case 'repeat':
        for (let i = 0; i < step.count; i++) ({ s, mx } = run(step.body, { s, mx }, s0, out));
        break;
    }
  }
  return { s, mx };
}

/** Propagates a chain from an input of second moment 1 and mean 0. */
export function propagateChain(steps: ChainStep[]): ChainResult {
  const factors: Walk['factors'] = [];
  const end = run(steps, { s: 1, mx: 0 }, 1, factors);
  // Backward: the gradient norm at a step's input is the product of the chi of every later step,
  // where a residual join's chi (1 + branch gain) stands for its whole branch.
  const layers: StepResult[] = [];
  let g = 1;
  for (let i = factors.length - 1; i >= 0; i--) {
    const f = factors[i] as Walk['factors'][number] & { residualJoin?: number };
    if (f.residualJoin !== undefined) {
      // Inside the branch the gradient arrives through the join's output, then through later branch steps.
      let inner = g;
      for (let j = i - 1; j >= i - f.residualJoin; j--) {
        const b = factors[j]!;
        inner *= b.chi;
        if (b.id !== undefined) layers.push({ id: b.id, forward: b.forward, backward: inner, chi: b.chi, qPre: b.qPre });
      }
      g *= f.chi;
      i -= f.residualJoin;
      continue;
    }
    g *= f.chi;
    if (f.id !== undefined) layers.push({ id: f.id, forward: f.forward, backward: g, chi: f.chi, qPre: f.qPre });
  }
  layers.reverse();
  return { forward: end.s, backward: g, layers };
}
