// Shared by the probe tests: models from Python source, i.i.d. chains, a backend for CI (wasm, else cpu).
import { analyzeText, ready, type FileAnalysis } from '../../engine/analyze';
import type { BackendChoice } from '../../engine/probe';
import { cpuAdapter, wasmAdapter, type BackendAdapter } from '../../engine/probe';

export async function analyze(source: string, path = 'model.py'): Promise<FileAnalysis> {
  await ready();
  return analyzeText(path, source);
}

export interface ChainSpec {
  /** Python statements initialising `linear` (indented by 8 spaces in the loop). */
  init: string[];
  /** The activation module, e.g. 'nn.ReLU()'. */
  activation: string;
}

export const CHAINS: Record<string, ChainSpec> = {
  'He/ReLU': { init: ["nn.init.kaiming_normal_(linear.weight, nonlinearity='relu')", 'nn.init.zeros_(linear.bias)'], activation: 'nn.ReLU()' },
  'Xavier/tanh': { init: ['nn.init.xavier_uniform_(linear.weight, gain=5 / 3)', 'nn.init.zeros_(linear.bias)'], activation: 'nn.Tanh()' },
  'PyTorch default Linear/ReLU': { init: [], activation: 'nn.ReLU()' },
  'LeCun/SELU': { init: ["nn.init.kaiming_normal_(linear.weight, nonlinearity='linear')", 'nn.init.zeros_(linear.bias)'], activation: 'nn.SELU()' },
};

/** An i.i.d. chain: `depth` x (Linear(width, width), activation), as nn.Sequential. */
export function chainSource(spec: ChainSpec, depth: number, width: number): string {
  return [
    'import torch.nn as nn',
    '',
    '',
    `def make(width=${width}, depth=${depth}):`,
    '    layers = []',
    '    for _ in range(depth):',
    '        linear = nn.Linear(width, width)',
    ...spec.init.map((s) => `        ${s}`),
    `        layers += [linear, ${spec.activation}]`,
    '    return nn.Sequential(*layers)',
    '',
    '',
    'model = make()',
    '',
  ].join('\n');
}

/** The backend tests run on: wasm, falling back to cpu (both run everywhere). */
export const TEST_BACKEND: BackendChoice = 'wasm';
export function testAdapters(): BackendAdapter[] {
  return [wasmAdapter(), cpuAdapter()];
}
