import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backwardGain, denseChain, forwardGain, gainTable, idealGains, propagate } from '../../engine/theory';
import { assertRel, refActivations, trapezoid } from './helpers';

describe('ideal gains', () => {
  it('ReLU sqrt(2), leaky ReLU sqrt(2/(1+s^2)), identity 1 — at every q (homogeneous)', () => {
    for (const q of [0.01, 1, 250]) {
      assertRel(forwardGain({ kind: 'relu' }, q), Math.SQRT2, 1e-13, `relu q=${q}`);
      assertRel(backwardGain({ kind: 'relu' }, q), Math.SQRT2, 1e-13, `relu backward q=${q}`);
      assertRel(forwardGain({ kind: 'leaky_relu', param: 0.2 }, q), Math.sqrt(2 / 1.04), 1e-13, `leaky 0.2 q=${q}`);
      assertRel(forwardGain({ kind: 'leaky_relu' }, q), Math.sqrt(2 / (1 + 1e-4)), 1e-13, `leaky default q=${q}`);
      assertRel(forwardGain({ kind: 'identity' }, q), 1, 1e-15, `identity q=${q}`);
    }
    assert.equal(idealGains({ kind: 'relu' }).homogeneous, true);
    assert.equal(idealGains({ kind: 'tanh' }).homogeneous, false);
  });

  it("tanh at q = 1: forward 1/sqrt(E[tanh^2]), backward 1/sqrt(E[tanh'^2]) (brute-force integrals)", () => {
    const e2 = trapezoid((h) => Math.tanh(h) ** 2, 0, 1);
    const d2 = trapezoid((h) => 1 / Math.cosh(h) ** 4, 0, 1);
    const g = idealGains({ kind: 'tanh' });
    assertRel(g.forward, 1 / Math.sqrt(e2), 1e-12, 'forward');
    assertRel(g.backward, 1 / Math.sqrt(d2), 1e-12, 'backward');
    // the two differ for a saturating activation, and PyTorch's 5/3 is neither
    assert.ok(g.forward > 1.59 && g.forward < 1.6 && g.backward > 1.46 && g.backward < 1.47);
  });

  it('GELU, SiLU, Mish, ELU, softplus, sigmoid against brute-force integrals', () => {
    for (const kind of ['gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus', 'sigmoid', 'hardtanh'] as const) {
      const ref = refActivations[kind];
      const e2 = trapezoid((h) => ref.phi(h) ** 2, 0, 1, 100000, ref.kinks ?? []);
      const d2 = trapezoid((h) => ref.dphi(h) ** 2, 0, 1, 100000, ref.kinks ?? []);
      const g = idealGains({ kind });
      assertRel(g.forward, 1 / Math.sqrt(e2), 1e-10, `${kind} forward`);
      assertRel(g.backward, 1 / Math.sqrt(d2), 1e-10, `${kind} backward`);
    }
  });

  it('at another q the gains solve g^2 E[phi(h)^2] = q and g^2 E[phi\'(h)^2] = 1 there', () => {
    for (const q of [0.04, 4]) {
      const g = idealGains({ kind: 'tanh' }, q);
      const e2 = trapezoid((h) => Math.tanh(h) ** 2, 0, q);
      const d2 = trapezoid((h) => 1 / Math.cosh(h) ** 4, 0, q);
      assertRel(g.forward, Math.sqrt(q / e2), 1e-12, `forward q=${q}`);
      assertRel(g.backward, 1 / Math.sqrt(d2), 1e-12, `backward q=${q}`);
      assertRel(forwardGain({ kind: 'tanh' }, q), g.forward, 1e-15, 'forwardGain');
    }
    // small q: tanh is nearly linear, both gains tend to 1
    assert.ok(Math.abs(idealGains({ kind: 'tanh' }, 1e-6).forward - 1) < 1e-5);
  });

  it('SELU: forward gain 1 (LeCun), since (0, 1) is its fixed point', () => {
    assertRel(forwardGain({ kind: 'selu' }), 1, 1e-12, 'selu');
  });

  it('with v = g_f^2 / n, q = 1 is a fixed point of the chain (20 layers, 1e-9)', () => {
    const n = 300;
    for (const kind of ['gelu', 'silu', 'mish', 'tanh', 'elu', 'softplus', 'gelu_tanh'] as const) {
      const g = forwardGain({ kind });
      const r = propagate(
        [
          // phi of a unit-variance pre-activation, then the chain
          { type: 'dense', fanIn: n, fanOut: n, weightVar: 1 / n },
          { type: 'activation', activation: { kind } },
          ...denseChain(20, { fanIn: n, fanOut: n, weightVar: (g * g) / n, activation: { kind } }),
        ],
      );
      assert.equal(r.steps.length, 22);
      for (const s of r.steps.slice(2)) assertRel(s.qPre, 1, 1e-9, `${kind} qPre at ${s.path}`);
    }
  });

  it('with v = g_b^2 / n at unit-variance pre-activations chi = 1', () => {
    const n = 300;
    for (const kind of ['gelu', 'tanh', 'silu'] as const) {
      const g = backwardGain({ kind });
      const r = propagate([
        { type: 'dense', fanIn: n, fanOut: n, weightVar: 1 / n, activation: { kind: 'identity' } },
        { type: 'activation', activation: { kind } },
        { type: 'dense', fanIn: n, fanOut: n, weightVar: (g * g) / n },
      ]);
      // chi of phi followed by the scaled layer: E[phi'^2] * g^2
      assertRel(r.steps[1].chi * r.steps[2].chi, 1, 1e-12, `${kind} chi`);
    }
  });

  it('gainTable covers every elementwise activation', () => {
    const t = gainTable();
    assert.equal(t.length, 14);
    for (const g of t) assert.ok(Number.isFinite(g.forward) && g.forward > 0, g.activation.kind);
  });
});
