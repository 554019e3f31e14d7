// Wording shared by the rules' messages: how a layer, its fans and its numbers are named.
import { fmt } from '../init/format';
import type { LayerFacts, ParamFacts } from '../analysis';
import type { InitInfo } from '../init/types';
import type { Activation } from '../model/graph';

export { fmt };

/** Three significant digits, for estimates (growth factors, predicted standard deviations): 3.44e30, 2.67. */
export function approx(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  return Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(2).replace('e+', 'e') : String(Number(x.toPrecision(3)));
}

/** "self.fc1 (nn.Linear, fan_in 256, fan_out 128)". */
export function layerLabel(f: LayerFacts): string {
  const name = f.layer.access ?? f.layer.name;
  const ctor = f.layer.ctor.replace(/^torch\.nn\./, 'nn.');
  const fans = [f.fanIn !== undefined ? `fan_in ${f.fanIn}` : '', f.fanOut !== undefined ? `fan_out ${f.fanOut}` : ''].filter(Boolean).join(', ');
  return `${name} (${ctor}${fans ? `, ${fans}` : ''})`;
}

/** "ReLU", "LeakyReLU(0.2)", "tanh". */
export function activationLabel(a: Activation | undefined): string {
  if (!a) return 'no activation';
  switch (a.kind) {
    case 'relu': return 'ReLU';
    case 'leaky_relu': return `LeakyReLU(${a.param ?? 0.01})`;
    case 'elu': return 'ELU';
    case 'gelu': return 'GELU';
    case 'gelu_tanh': return 'GELU (tanh)';
    case 'silu': return 'SiLU';
    case 'selu': return 'SELU';
    case 'identity': return 'no activation';
    default: return a.kind;
  }
}

/** Several layers sharing one init statement: "self.fc1 and 3 more layers". */
export function layersLabel(items: LayerFacts[]): string {
  const first = layerLabel(items[0]!);
  return items.length === 1 ? first : `${first} and ${items.length - 1} more layer${items.length > 2 ? 's' : ''}`;
}

/** Parameter is a weight matrix or kernel (rank >= 2) of a layer kind whose scale matters. */
export function isWeightMatrix(f: LayerFacts): boolean {
  const w = f.weight;
  if (!w || w.spec.role !== 'weight' || w.spec.shape.length < 2) return false;
  const kind = f.layer.kind;
  if (kind === 'Parameter') return f.inChain;
  return kind === 'Linear' || kind === 'Conv' || kind === 'ConvTranspose' || kind === 'RNN' || kind === 'LSTM' || kind === 'GRU' || kind === 'MultiheadAttention';
}

/**
 * Whether what `test` asks of an explicit initializer holds on every path: `'always'` for an
 * unconditional init, `'every-path'` for one under a condition initlint cannot decide whose every
 * path's initializer is known and passes (a weight zeroed in both branches of an `if` is zeroed),
 * undefined otherwise. Precision first: one unknown or passing path keeps the rule silent.
 */
export function onEveryPath(param: ParamFacts, test: (info: InitInfo) => boolean): 'always' | 'every-path' | undefined {
  if (param.spec.init.source !== 'explicit') return undefined;
  if (!param.spec.init.conditional) return test(param.info) ? 'always' : undefined;
  const paths = param.alternatives;
  return paths && paths.length > 1 && paths.every((p) => p.source === 'explicit' && test(p)) ? 'every-path' : undefined;
}
