import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activationMoments,
  type ChainStep,
  denseChain,
  type DenseStep,
  type ElementwiseActivationKind,
  propagate,
  type PropagationOptions,
  type PropagationResult,
  type StepRecord,
} from '../../engine/theory';
import { assertAbs, assertRel } from './helpers';

const N = 512;

function dense(v: number, kind: ElementwiseActivationKind, extra: Partial<DenseStep> = {}): DenseStep {
  return { type: 'dense', fanIn: N, fanOut: N, weightVar: v, activation: { kind }, ...extra };
}

function trunkDense(r: PropagationResult): StepRecord[] {
  return r.steps.filter((s) => s.type === 'dense' && !s.inBranch);
}

describe('propagation through dense chains', () => {
  it('He/ReLU keeps the second moment and the gradient norm over 50 layers (1e-9)', () => {
    const r = propagate(denseChain(50, { fanIn: N, fanOut: N, weightVar: 2 / N, activation: { kind: 'relu' } }));
    assert.equal(r.steps.length, 50);
    for (const s of r.steps) {
      assertRel(s.qPost, 1, 1e-9, `q at ${s.path}`);
      assertRel(s.forward, 1, 1e-9, `forward at ${s.path}`);
      assertRel(s.backward, 1, 1e-9, `backward at ${s.path}`);
      assertRel(s.chi, 1, 1e-12, `chi at ${s.path}`);
      assertRel(s.qPre, 2, 1e-9, `qPre at ${s.path}`);
    }
    assertRel(r.summary.forward, 1, 1e-9, 'final forward');
    assertRel(r.summary.backward, 1, 1e-9, 'final backward');
    assert.equal(r.summary.layers, 50);
  });

  it('Xavier/ReLU with equal fans (variance 1/n) halves the second moment per layer: 2^-50', () => {
    const r = propagate(denseChain(50, { fanIn: N, fanOut: N, weightVar: 1 / N, activation: { kind: 'relu' } }));
    r.steps.forEach((s, l) => {
      assertRel(s.forward, 2 ** -(l + 1), 1e-9, `forward at layer ${l}`);
      // gradient norm at layer l's input: chi = 1/2 for each of the 50 - l layers above it
      assertRel(s.backward, 2 ** -(50 - l), 1e-9, `backward at layer ${l}`);
      assertRel(s.chi, 0.5, 1e-12, 'chi');
    });
    assertRel(r.summary.forward, 2 ** -50, 1e-9, 'final forward');
    assertRel(r.summary.backward, 2 ** -50, 1e-9, 'final backward');
    assertRel(r.summary.forwardMin, 2 ** -50, 1e-9, 'forwardMin');
    assert.equal(r.summary.forwardMax, 1);
  });

  it('SELU with LeCun normal (v = 1/n) stays at its fixed point (mean 0, q 1) over 50 layers', () => {
    const r = propagate(denseChain(50, { fanIn: N, fanOut: N, weightVar: 1 / N, activation: { kind: 'selu' } }));
    for (const s of r.steps) {
      assertRel(s.qPre, 1, 1e-6, `qPre ${s.path}`);
      assertRel(s.qPost, 1, 1e-6, `qPost ${s.path}`);
      assertAbs(s.meanPost, 0, 1e-6, `mean ${s.path}`);
    }
  });

  it('chi is the squared-norm gain fanIn v E[phi\'^2]; chiPerUnit uses fanOut', () => {
    const r = propagate([
      { type: 'dense', fanIn: 1024, fanOut: 256, weightVar: 2 / 1024, activation: { kind: 'relu' } },
      { type: 'dense', fanIn: 256, fanOut: 10, weightVar: 1 / 256 },
    ]);
    const [a, b] = r.steps;
    assertRel(a.chi, 1024 * (2 / 1024) * 0.5, 1e-12, 'chi layer 1');
    assertRel(a.chiPerUnit, 256 * (2 / 1024) * 0.5, 1e-12, 'chiPerUnit layer 1');
    assertRel(b.chi, 1, 1e-12, 'chi head');
    assertRel(b.chiPerUnit, 10 / 256, 1e-12, 'chiPerUnit head');
    // fan-in-scaled layers keep the norm across the narrowing head (DESIGN section 6)
    assertRel(r.summary.backward, 1, 1e-12, 'norm ratio');
    assertRel(b.backward, 1, 1e-12, 'backward at the head input');
  });

  it('biases: mu = fanIn m E[x] + E[b], q = fanIn v E[x^2] + var(b)', () => {
    const r = propagate(
      [
        { type: 'dense', fanIn: 100, fanOut: 100, weightVar: 0.03, biasMean: 0.2, biasVar: 0.5, activation: { kind: 'tanh' } },
        { type: 'dense', fanIn: 100, fanOut: 100, weightVar: 0.01, biasVar: 0.1 },
      ],
      { input: { secondMoment: 2 } },
    );
    const [a, b] = r.steps;
    assertRel(a.muPre, 0.2, 1e-15, 'mu');
    assertRel(a.qPre, 100 * 0.03 * 2 + 0.5, 1e-15, 'q');
    const m = activationMoments({ kind: 'tanh' }, 0.2, 6.5);
    assertRel(a.qPost, m.second, 1e-15, 'E[tanh^2]');
    assertRel(a.forward, m.second / 2, 1e-15, 'forward relative to the input second moment');
    assertRel(b.qPre, 100 * 0.01 * m.second + 0.1, 1e-15, 'second layer q');
  });

  it('a weight mean adds fanIn m E[x] to mu and fanIn m^2 Var(x) to q (option off: dropped)', () => {
    const step: DenseStep = { type: 'dense', fanIn: 50, fanOut: 40, weightMean: 0.1, weightVar: 0.02, activation: { kind: 'relu' } };
    const input = { mean: 0.5, secondMoment: 1.25 }; // Var(x) = 1
    const on = propagate([step], { input }).steps[0];
    assertRel(on.muPre, 50 * 0.1 * 0.5, 1e-15, 'mu');
    assertRel(on.qPre, 50 * 0.02 * 1.25 + 50 * 0.01 * 1, 1e-15, 'q with the fluctuation term');
    assertRel(on.chi, 50 * (0.02 + 0.01) * on.dphi2, 1e-15, 'chi with m^2');
    const off = propagate([step], { input, meanFluctuation: false }).steps[0];
    assertRel(off.qPre, 50 * 0.02 * 1.25, 1e-15, 'q without');
    assertRel(off.chi, 50 * 0.02 * off.dphi2, 1e-15, 'chi without');
  });

  it('a standalone activation acts on N(E[x], Var(x))', () => {
    const r = propagate([dense(1 / N, 'identity'), { type: 'activation', activation: { kind: 'relu' } }]);
    assertRel(r.steps[1].qPost, 0.5, 1e-14, 'relu of a unit Gaussian');
    assertRel(r.steps[1].chi, 0.5, 1e-14, 'its gain');
  });

  it('overflow does not throw: second moments become Infinity', () => {
    const r = propagate(denseChain(400, { fanIn: N, fanOut: N, weightVar: 1, activation: { kind: 'relu' } }));
    assert.equal(r.summary.forward, Infinity);
    assert.equal(r.summary.forwardMax, Infinity);
  });

  it('rejects invalid steps', () => {
    assert.throws(() => propagate([{ type: 'dense', fanIn: 0, fanOut: 1, weightVar: 1 }]), RangeError);
    assert.throws(() => propagate([{ type: 'dense', fanIn: 1, fanOut: 1, weightVar: -1 }]), RangeError);
    assert.throws(() => propagate([{ type: 'repeat', count: 1.5, body: [] }]), RangeError);
    assert.throws(() => propagate([], { input: { secondMoment: 0 } }), RangeError);
  });
});

describe('normalization', () => {
  it('resets the scale to gamma^2 (1 by default) and the mean to beta, whatever came before', () => {
    const r = propagate([
      ...denseChain(10, { fanIn: N, fanOut: N, weightVar: 4 / N, activation: { kind: 'relu' } }),
      { type: 'norm' },
      dense(2 / N, 'relu'),
    ]);
    assertRel(r.steps[9].forward, 2 ** 10, 1e-12, 'grown by 2 per layer');
    const norm = r.steps[10];
    assertRel(norm.qPost, 1, 1e-14, 'q after the norm');
    assertAbs(norm.meanPost, 0, 0, 'mean after the norm');
    assertRel(r.steps[11].qPost, 1, 1e-12, 'He layer after the norm');
    // backward: the norm divides the gradient norm by the variance it removed
    const x = r.steps[9];
    const varIn = x.qPost - x.meanPost ** 2;
    assertRel(norm.chi, 1 / varIn, 1e-14, 'norm backward gain');
    assertRel(r.summary.backward, 2 ** 10 / varIn, 1e-12, 'net backward');
  });

  it('Linear -> norm -> ReLU: the norm resets the pre-activation', () => {
    const r = propagate([dense(10 / N, 'identity'), { type: 'norm', activation: { kind: 'relu' } }]);
    assertRel(r.steps[1].qPre, 1, 1e-14, 'pre-activation variance');
    assertRel(r.steps[1].qPost, 0.5, 1e-14, 'E[relu^2]');
  });

  it('affine gamma, beta and eps', () => {
    const r = propagate([{ type: 'norm', gamma: 2, beta: 0.5, eps: 1 }], { input: { secondMoment: 3 } });
    const s = r.steps[0];
    assertRel(s.qPre, (4 * 3) / (3 + 1), 1e-15, 'q = gamma^2 Var/(Var+eps)');
    assertRel(s.qPost, 3 + 0.25, 1e-15, 'E[y^2] = q + beta^2');
    assertRel(s.chi, 4 / 4, 1e-15, 'gain gamma^2/(Var+eps)');
  });
});

describe('residual blocks', () => {
  it('x + f(x) with an identity-like unit-gain branch doubles q; backward gain 1 + 1', () => {
    const r = propagate([{ type: 'residual', body: [dense(1 / N, 'identity')] }]);
    const s = r.steps[0];
    assert.equal(s.type, 'residual');
    assertRel(s.qPost, 2, 1e-15, 'q doubles');
    assertRel(s.chi, 2, 1e-15, 'backward gain');
    assert.equal(r.steps[1].inBranch, true);
    assert.equal(r.steps[1].path, '0.0');
    assertRel(r.steps[1].backward, 1, 1e-15, 'gradient entering the branch');
  });

  it('N unscaled blocks grow q as 2^N; a/sqrt(N)-scaled ones stay near e', () => {
    const block = (a: number): ChainStep => ({ type: 'residual', branchScale: a, body: [dense(1 / N, 'identity')] });
    const n = 12;
    const grow = propagate(Array.from({ length: n }, () => block(1)));
    assertRel(grow.summary.forward, 2 ** n, 1e-13, 'unscaled');
    assertRel(grow.summary.backward, 2 ** n, 1e-13, 'unscaled backward');
    const scaled = propagate(Array.from({ length: n }, () => block(1 / Math.sqrt(n))));
    assertRel(scaled.summary.forward, (1 + 1 / n) ** n, 1e-13, 'scaled');
  });

  it('means add with the cross term: E[y^2] = E[x^2] + a^2 E[f^2] + 2 a E[x] E[f]', () => {
    const a = 0.7;
    const r = propagate([
      dense(2 / N, 'relu'),
      { type: 'residual', branchScale: a, body: [dense(2 / N, 'relu')] },
    ]);
    const x = r.steps[0];
    const f = r.steps[2];
    const y = r.steps[1];
    assertRel(y.qPost, x.qPost + a * a * f.qPost + 2 * a * x.meanPost * f.meanPost, 1e-15, 'second moment');
    assertRel(y.meanPost, x.meanPost + a * f.meanPost, 1e-15, 'mean');
    assertRel(y.chi, 1 + a * a * f.chi, 1e-15, 'backward gain');
    assertRel(f.backward, a * a, 1e-15, 'branch gradient scaled by a^2');
  });

  it('an empty branch is the identity: y = (1 + a) x', () => {
    const r = propagate([{ type: 'residual', branchScale: 0.5, body: [] }], { input: { mean: 0.5, secondMoment: 2 } });
    assertRel(r.steps[0].qPost, 2.25 * 2, 1e-15, 'q');
    assertRel(r.steps[0].chi, 2.25, 1e-15, 'gain');
  });

  it('branch records are excluded from the summary extremes (zero-init branch)', () => {
    const r = propagate([dense(2 / N, 'relu'), { type: 'residual', body: [dense(0, 'identity')] }]);
    assert.equal(r.steps[2].qPost, 0);
    assertRel(r.summary.forwardMin, 1, 1e-12, 'trunk only');
  });
});

describe('repeat blocks equal the unrolled chain', () => {
  function unroll(steps: ChainStep[]): ChainStep[] {
    const out: ChainStep[] = [];
    for (const s of steps) {
      if (s.type === 'repeat') for (let i = 0; i < s.count; i++) out.push(...unroll(s.body));
      else if (s.type === 'residual') out.push({ ...s, body: unroll(s.body) });
      else out.push(s);
    }
    return out;
  }

  function checkSame(steps: ChainStep[], tol: number, options: PropagationOptions = {}): PropagationResult {
    const rep = propagate(steps, options);
    const flat = propagate(unroll(steps), options);
    for (const k of ['forward', 'backward', 'forwardMin', 'forwardMax', 'backwardMin', 'backwardMax', 'outputSecondMoment'] as const) {
      assertRel(rep.summary[k], flat.summary[k], tol, `summary.${k}`);
    }
    assertAbs(rep.summary.outputMean, flat.summary.outputMean, tol * Math.sqrt(flat.summary.outputSecondMoment), 'outputMean');
    assert.equal(rep.summary.layers, flat.summary.layers);
    // the first and last repetitions' trunk dense records match their unrolled counterparts
    const repDense = trunkDense(rep);
    const flatDense = trunkDense(flat);
    const top = steps.find((s) => s.type === 'repeat');
    if (top && top.type === 'repeat' && top.body.every((b) => b.type === 'dense')) {
      const per = top.body.length;
      const offset = steps.indexOf(top); // dense steps before the repeat (tests put only dense there)
      const pairs: [StepRecord, StepRecord][] = [];
      for (let i = 0; i < per; i++) pairs.push([repDense[offset + i], flatDense[offset + i]]);
      if (top.count > 1) {
        for (let i = 0; i < per; i++) {
          pairs.push([repDense[offset + per + i], flatDense[offset + (top.count - 1) * per + i]]);
        }
      }
      for (const [a, b] of pairs) {
        for (const k of ['qPre', 'qPost', 'forward', 'backward', 'chi'] as const) {
          assertRel(a[k], b[k], tol, `${a.path} vs ${b.path} ${k}`);
        }
      }
    }
    return rep;
  }

  it('He/ReLU (fixed point after one repetition)', () => {
    const r = checkSame([{ type: 'repeat', count: 40, body: [dense(2 / N, 'relu'), dense(2 / N, 'relu')] }], 1e-12);
    assert.equal(r.steps[0].repeat?.regime, 'fixed-point');
  });

  it('Xavier/ReLU (geometric: a scaled copy every repetition)', () => {
    const r = checkSame([{ type: 'repeat', count: 300, body: [dense(1 / N, 'relu')] }], 1e-12);
    assert.equal(r.steps[0].repeat?.regime, 'geometric');
    assertRel(r.summary.forward, 2 ** -300, 1e-12, '2^-300');
  });

  it('tanh with gain 5/3 (converges to its fixed point q* ~ 0.42)', () => {
    const r = checkSame([{ type: 'repeat', count: 500, body: [dense(25 / 9 / N, 'tanh')] }], 1e-9);
    assert.equal(r.steps[0].repeat?.regime, 'fixed-point');
    assert.ok((r.steps[0].repeat?.computed ?? 0) < 100, 'stopped iterating once converged');
  });

  it('tanh from a saturated start: the gradient shrinks through the first repetitions, grows through the rest', () => {
    const r = checkSame([{ type: 'repeat', count: 200, body: [dense(25 / 9 / N, 'tanh')] }], 1e-9, {
      input: { secondMoment: 400 },
    });
    assert.equal(r.steps[0].repeat?.regime, 'fixed-point');
    // the largest gradient norm lies inside the block, not at either end
    assert.ok(r.summary.backwardMax > Math.max(1, r.summary.backward) * 10);
  });

  it('GELU with biases and a norm', () => {
    checkSame(
      [
        dense(1 / N, 'identity'),
        {
          type: 'repeat',
          count: 30,
          body: [dense(2 / N, 'gelu', { biasVar: 0.05 }), { type: 'norm', eps: 1e-5 }, dense(1.5 / N, 'silu')],
        },
      ],
      1e-10,
    );
  });

  it('GELU residual blocks (q grows every block: iterated explicitly)', () => {
    const r = checkSame(
      [{ type: 'repeat', count: 60, body: [{ type: 'residual', branchScale: 0.5, body: [dense(2 / N, 'gelu'), dense(1 / N, 'identity')] }] }],
      1e-12,
    );
    assert.equal(r.steps[0].repeat?.regime, 'explicit');
    assert.equal(r.steps[0].repeat?.computed, 60);
  });

  it('nested repeats and residuals inside repeats', () => {
    checkSame(
      [
        {
          type: 'repeat',
          count: 7,
          body: [
            { type: 'repeat', count: 3, body: [dense(1.7 / N, 'tanh')] },
            { type: 'residual', body: [dense(1 / N, 'relu')] },
          ],
        },
      ],
      1e-12,
    );
  });

  it('count 0 is the identity and count 1 a single pass', () => {
    const zero = propagate([{ type: 'repeat', count: 0, body: [dense(2 / N, 'relu')] }]);
    assert.equal(zero.summary.forward, 1);
    assert.equal(zero.summary.backward, 1);
    assert.equal(zero.summary.layers, 0);
    checkSame([{ type: 'repeat', count: 1, body: [dense(1 / N, 'tanh')] }], 1e-15);
  });

  it('a million repetitions of a homogeneous body cost one repetition', () => {
    const t0 = performance.now();
    const r = propagate([{ type: 'repeat', count: 1_000_000, body: [dense(1 / N, 'relu')] }]);
    assert.ok(performance.now() - t0 < 500, 'fast');
    assert.equal(r.summary.forward, 0); // 2^-1e6 underflows
    assert.equal(r.summary.layers, 1_000_000);
    assert.equal(r.steps[0].repeat?.regime, 'geometric');
    const paths = r.steps.map((s) => s.path);
    assert.deepEqual(paths, ['0', '0[0].0', '0[999999].0']);
    assert.equal(r.steps[2].repetition, 999_999);
  });
});
