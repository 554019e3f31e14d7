// PyTorch torch.nn.init.calculate_gain, exactly, and the gain it recommends for an activation.
import type { ActivationKind } from '../model/graph';

export type GainResult = { gain: number; negativeSlope?: number } | { error: string };

const LINEAR_FNS = new Set(['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d']);

/**
 * calculate_gain(nonlinearity, param=None):
 *   linear, conv{1,2,3}d, conv_transpose{1,2,3}d, sigmoid -> 1
 *   tanh -> 5/3
 *   relu -> sqrt(2)
 *   leaky_relu -> sqrt(2 / (1 + negative_slope^2)), negative_slope = 0.01 when param is None,
 *                 param when it is an int/float (not bool), ValueError otherwise
 *   selu -> 3/4
 *   anything else (gelu, silu, ...) -> ValueError("Unsupported nonlinearity")
 * Note: kaiming_*_ pass their `a` (default 0) as param, so their default leaky_relu gain is
 * sqrt(2), while calculate_gain('leaky_relu') with no param uses 0.01.
 * `param` is a number, null (Python None) or absent; pass `'invalid'` for a bool or other type.
 */
export function calculateGain(nonlinearity: string, param?: number | null | 'invalid'): GainResult {
  if (LINEAR_FNS.has(nonlinearity) || nonlinearity === 'sigmoid') return { gain: 1 };
  if (nonlinearity === 'tanh') return { gain: 5.0 / 3 };
  if (nonlinearity === 'relu') return { gain: Math.sqrt(2.0) };
  if (nonlinearity === 'leaky_relu') {
    let slope: number;
    if (param === undefined || param === null) slope = 0.01;
    else if (typeof param === 'number') slope = param;
    else return { error: `negative_slope ${String(param)} not a valid number` };
    return { gain: Math.sqrt(2.0 / (1 + slope ** 2)), negativeSlope: slope };
  }
  if (nonlinearity === 'selu') return { gain: 3.0 / 4 };
  return { error: `Unsupported nonlinearity ${nonlinearity}` };
}

/** The gain value, or undefined where calculate_gain raises. */
export function gainValue(nonlinearity: string, param?: number | null): number | undefined {
  const r = calculateGain(nonlinearity, param);
  return 'gain' in r ? r.gain : undefined;
}

/**
 * The calculate_gain PyTorch recommends for an activation that follows a layer, or undefined when
 * PyTorch tabulates none (gelu, silu, mish, elu, softplus, ...). `param` is the leaky-ReLU slope
 * (the module default 0.01 when absent).
 */
export function recommendedGain(kind: ActivationKind, param?: number): number | undefined {
  switch (kind) {
    case 'identity':
      return gainValue('linear');
    case 'relu':
      return gainValue('relu');
    case 'leaky_relu':
      return gainValue('leaky_relu', param ?? 0.01);
    case 'tanh':
      return gainValue('tanh');
    case 'sigmoid':
      return gainValue('sigmoid');
    case 'selu':
      return gainValue('selu');
    default:
      return undefined;
  }
}
