// The gain an activation wants, from the theory: the forward-preserving g for which weight variance
// g^2/fan_in keeps the second moment at q = 1 (sqrt(2) for ReLU), cached per activation.
import type { Activation } from '../model/graph';
import { forwardGain } from '../theory';

const cache = new Map<string, number | undefined>();

export function idealGainOf(activation: Activation): number | undefined {
  if (activation.kind === 'softmax') return undefined;
  const key = `${activation.kind}:${activation.param ?? ''}`;
  if (!cache.has(key)) {
    const g = forwardGain({ kind: activation.kind, ...(activation.param !== undefined ? { param: activation.param } : {}) });
    cache.set(key, Number.isFinite(g) && g > 0 ? g : undefined);
  }
  return cache.get(key);
}
