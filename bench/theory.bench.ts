// Benchmarks of the mean-field theory (engine/theory): whole-chain propagation and single moments.
import {
  activationMoments,
  type ChainStep,
  denseChain,
  ELEMENTWISE_ACTIVATIONS,
  propagate,
} from '../engine/theory';
import type { Benchmark } from './harness';

const WIDTH = 1024;

/** 1,000 Linear(1024, 1024) + ReLU layers with He init (closed-form moments). */
const reluDense: Benchmark = {
  name: 'theory/relu-dense-1000',
  description: '1,000 dense ReLU layers, 1024 wide, He init, unrolled',
  setup() {
    const steps = denseChain(1000, { fanIn: WIDTH, fanOut: WIDTH, weightVar: 2 / WIDTH, activation: { kind: 'relu' } });
    return () => propagate(steps);
  },
  work: { count: 1000, unit: 'layers' },
};

/** 500 pre-norm GELU MLP blocks x + 1/sqrt(500) W2 gelu(W1 norm(x)), 1024 -> 4096 -> 1024: 1,000 dense layers. */
const geluResidual: Benchmark = {
  name: 'theory/gelu-residual-1000',
  description: '500 pre-norm residual GELU MLP blocks (1024-4096-1024), 1,000 dense layers, unrolled',
  setup() {
    const blocks = 500;
    const steps: ChainStep[] = [];
    for (let i = 0; i < blocks; i++) {
      steps.push({
        type: 'residual',
        branchScale: 1 / Math.sqrt(blocks),
        body: [
          { type: 'norm', eps: 1e-5 },
          { type: 'dense', fanIn: WIDTH, fanOut: 4 * WIDTH, weightVar: 2 / WIDTH, biasVar: 1e-4, activation: { kind: 'gelu' } },
          { type: 'dense', fanIn: 4 * WIDTH, fanOut: WIDTH, weightVar: 1 / (4 * WIDTH) },
        ],
      });
    }
    return () => propagate(steps);
  },
  work: { count: 1000, unit: 'layers' },
};

/** A tanh block repeated a million times: the fixed point stops the iteration early. */
const tanhRepeat: Benchmark = {
  name: 'theory/tanh-repeat-1e6',
  description: 'repeat(1e6) of a tanh dense layer with gain 5/3 (fixed-point shortcut)',
  setup() {
    const steps: ChainStep[] = [
      { type: 'repeat', count: 1_000_000, body: [{ type: 'dense', fanIn: WIDTH, fanOut: WIDTH, weightVar: 25 / 9 / WIDTH, activation: { kind: 'tanh' } }] },
    ];
    return () => propagate(steps);
  },
  work: { count: 1_000_000, unit: 'layers' },
};

/** E[phi], E[phi^2], E[phi'^2] for every activation at two scales (closed form, Hermite, piecewise). */
const moments: Benchmark = {
  name: 'theory/moments-all-activations',
  description: 'activationMoments for 14 activations at q = 1 and q = 9',
  setup() {
    return () => {
      let acc = 0;
      for (const kind of ELEMENTWISE_ACTIVATIONS) {
        acc += activationMoments({ kind }, 0.1, 1).second;
        acc += activationMoments({ kind }, 0.1, 9).second;
      }
      return acc;
    };
  },
  work: { count: 2 * ELEMENTWISE_ACTIVATIONS.length, unit: 'moments' },
};

export const theoryBenchmarks: Benchmark[] = [reluDense, geluResidual, tanhRepeat, moments];
