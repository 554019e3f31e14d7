// The gain an activation wants: the g for which weight variance g^2/fan_in keeps the second moment
// of the signal fixed, g^2 = q / E[phi(h)^2] for h ~ N(0, q) at q = 1 (sqrt(2) for ReLU).
import type { Activation } from '../model/graph';
import { activationMoments } from '../theory/moments';

const cache = new Map<string, number | undefined>();

export function idealGainOf(activation: Activation): number | undefined {
  if (activation.kind === 'softmax') return undefined;
  const key = `${activation.kind}:${activation.param ?? ''}`;
  if (!cache.has(key)) {
    const spec = { kind: activation.kind, ...(activation.param !== undefined ? { param: activation.param } : {}) };
    const second = activationMoments(spec, 0, 1).second;
    cache.set(key, second > 0 ? Math.sqrt(1 / second) : undefined);
  }
  return cache.get(key);
}
