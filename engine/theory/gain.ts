// Ideal initialization gains of an activation, computed numerically.
//
// With weight variance g^2 / fanIn, zero weight mean and zero bias, a dense layer maps the
// pre-activation variance q of the previous layer to q' = g^2 E[phi(h)^2], h ~ N(0, q), and
// multiplies the gradient's squared norm by chi = g^2 E[phi'(h)^2] (propagation.ts).
//
//   forward gain  g_f = sqrt(q / E[phi(h)^2])   makes q a fixed point: q' = q.     <- the "ideal" gain
//   backward gain g_b = 1 / sqrt(E[phi'(h)^2])  makes chi = 1 at q (gradient norm preserved).
//
// The forward gain is the one an initializer's `gain` argument stands for (PyTorch's
// calculate_gain is built that way: sqrt(2) for ReLU, sqrt(2/(1+s^2)) for leaky ReLU, 1 for
// identity); the backward gain is reported next to it because the two differ for saturating
// activations (tanh: the forward gain at q = 1 leaves chi < 1).
// For positively homogeneous activations (identity, ReLU, leaky ReLU) E[phi(h)^2] = c q and
// E[phi'(h)^2] = c' do not depend on the scale, so both gains are the same for every q; for the
// others they depend on q, and q = 1 (unit-variance pre-activations) is the reference point.

import { activationFunction, type ActivationSpec, ELEMENTWISE_ACTIVATIONS } from './activations';
import { activationMoments, type MomentMethod } from './moments';

export interface IdealGains {
  activation: ActivationSpec;
  /** The pre-activation variance the gains are computed at. */
  q: number;
  /** g with g^2 E[phi(h)^2] = q for h ~ N(0, q): keeps the forward second moment (the ideal gain). */
  forward: number;
  /** g with g^2 E[phi'(h)^2] = 1 for h ~ N(0, q): keeps the gradient's squared norm. */
  backward: number;
  /** True when both gains are independent of q (positively homogeneous activation). */
  homogeneous: boolean;
}

function checkQ(q: number): void {
  if (!(q > 0) || !Number.isFinite(q)) throw new RangeError(`gain: q must be finite and > 0, got ${q}`);
}

/** The forward-preserving ("ideal") gain: sqrt(q / E[phi(h)^2]), h ~ N(0, q). */
export function forwardGain(spec: ActivationSpec, q = 1, method: MomentMethod = 'auto'): number {
  checkQ(q);
  return Math.sqrt(q / activationMoments(spec, 0, q, method).second);
}

/** The gradient-preserving gain: 1 / sqrt(E[phi'(h)^2]), h ~ N(0, q). */
export function backwardGain(spec: ActivationSpec, q = 1, method: MomentMethod = 'auto'): number {
  checkQ(q);
  return 1 / Math.sqrt(activationMoments(spec, 0, q, method).dphi2);
}

/** Both gains of one activation at pre-activation variance q (default 1). */
export function idealGains(spec: ActivationSpec, q = 1, method: MomentMethod = 'auto'): IdealGains {
  checkQ(q);
  const m = activationMoments(spec, 0, q, method);
  return {
    activation: { ...spec },
    q,
    forward: Math.sqrt(q / m.second),
    backward: 1 / Math.sqrt(m.dphi2),
    homogeneous: activationFunction(spec).homogeneous,
  };
}

/** The gains of every elementwise activation with its default parameter, at q (default 1). */
export function gainTable(q = 1): IdealGains[] {
  return ELEMENTWISE_ACTIVATIONS.map((kind) => idealGains({ kind }, q));
}
