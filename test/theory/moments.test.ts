import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activationFunction,
  activationMoments,
  closedFormMoments,
  ELEMENTWISE_ACTIVATIONS,
  type ElementwiseActivationKind,
  SELU_ALPHA,
  SELU_SCALE,
} from '../../engine/theory';
import { assertAbs, assertRel, refActivations, refPdf, refPhi, trapezoid } from './helpers';

const QS = [1e-4, 0.01, 0.3, 1, 4, 100, 1e4];

describe('activation definitions', () => {
  it("phi' is the derivative of phi (central differences away from kinks)", () => {
    for (const kind of ELEMENTWISE_ACTIVATIONS) {
      const fn = activationFunction({ kind });
      for (const h of [-7.3, -2.2, -0.93, -0.31, 0.17, 0.58, 1.41, 3.3, 8.1]) {
        if (fn.kinks.some((k) => Math.abs(k - h) < 1e-3)) continue;
        const e = 1e-5;
        const fd = (fn.phi(h + e) - fn.phi(h - e)) / (2 * e);
        assertAbs(fn.dphi(h), fd, 1e-8 * Math.max(1, Math.abs(fd)), `${kind}'(${h})`);
      }
    }
  });

  it('phi matches the independent reference definitions', () => {
    for (const kind of ELEMENTWISE_ACTIVATIONS) {
      const fn = activationFunction({ kind });
      const ref = refActivations[kind];
      for (const h of [-9, -3.1, -1, -0.4, 0, 0.25, 0.999, 1.7, 5.5, 6.5, 12]) {
        assertAbs(fn.phi(h), ref.phi(h), 1e-13 * Math.max(1, Math.abs(ref.phi(h))), `${kind}(${h})`);
        assertAbs(fn.dphi(h), ref.dphi(h), 1e-12, `${kind}'(${h})`);
      }
    }
  });

  it('parameters: leaky slope, elu alpha, softplus beta; SELU uses the PyTorch constants', () => {
    assert.equal(activationFunction({ kind: 'leaky_relu' }).phi(-2), -0.02);
    assert.equal(activationFunction({ kind: 'leaky_relu', param: 0.2 }).phi(-2), -0.4);
    assertRel(activationFunction({ kind: 'elu', param: 0.5 }).phi(-1), 0.5 * (Math.exp(-1) - 1), 1e-15, 'elu');
    assertRel(activationFunction({ kind: 'softplus', param: 2 }).phi(1), Math.log(1 + Math.exp(2)) / 2, 1e-15, 'sp');
    assert.equal(SELU_ALPHA, 1.6732632423543772);
    assert.equal(SELU_SCALE, 1.0507009873554805);
    assert.throws(() => activationFunction({ kind: 'softplus', param: 0 }), RangeError);
  });
});

describe('Gaussian moments: closed forms', () => {
  it('ReLU at mu = 0: E[phi^2] = q/2, E[phi\'^2] = 1/2, E[phi] = sqrt(q/(2 pi)) — by every exact method', () => {
    for (const q of QS) {
      for (const method of ['auto', 'closed', 'piecewise'] as const) {
        const m = activationMoments({ kind: 'relu' }, 0, q, method);
        assertRel(m.second, q / 2, 1e-13, `relu E[phi^2] q=${q} ${method}`);
        assertRel(m.dphi2, 0.5, 1e-13, `relu E[phi'^2] q=${q} ${method}`);
        assertRel(m.mean, Math.sqrt(q / (2 * Math.PI)), 1e-13, `relu E[phi] q=${q} ${method}`);
      }
    }
  });

  it('ReLU with a mean: E[phi] = mu Phi(a) + s pdf(a), E[phi^2] = (mu^2+q) Phi(a) + mu s pdf(a), E[phi\'^2] = Phi(a), a = mu/s', () => {
    for (const mu of [-2.7, -1.3, -0.2, 0.4, 1, 2.5]) {
      for (const q of [0.3, 1, 4]) {
        const s = Math.sqrt(q);
        const a = mu / s;
        if (a < -3) continue; // the reference Phi = (1 + erf)/2 loses digits there (see the dead-tail test)
        const mean = mu * refPhi(a) + s * refPdf(a);
        const second = (mu * mu + q) * refPhi(a) + mu * s * refPdf(a);
        const dphi2 = refPhi(a);
        for (const method of ['closed', 'piecewise'] as const) {
          const m = activationMoments({ kind: 'relu' }, mu, q, method);
          assertRel(m.mean, mean, 1e-12, `relu mean mu=${mu} q=${q} ${method}`);
          assertRel(m.second, second, 1e-12, `relu second mu=${mu} q=${q} ${method}`);
          assertRel(m.dphi2, dphi2, 1e-12, `relu dphi2 mu=${mu} q=${q} ${method}`);
        }
      }
    }
  });

  it('ReLU far in the dead tail keeps its relative accuracy (mu = -20 sqrt(q))', () => {
    // E[phi'^2] = Phi(-20) = 2.7536241186062337e-89; E[phi] and E[phi^2] from 40-digit arithmetic
    const m = activationMoments({ kind: 'relu' }, -20, 1);
    assertRel(m.dphi2, 2.7536241186062337e-89, 1e-13, 'Phi(-20)');
    // (the textbook forms cancel here: (mu^2+1) Phi(a) + mu pdf(a) loses 4 digits)
    assertRel(m.second, 1.3599129147073809e-91, 1e-12, "E[relu^2]");
    assertRel(m.mean, 1.3700124947295799e-90, 1e-12, "E[relu]");
  });

  it('leaky ReLU: E[phi^2] = q (1 + s^2)/2 and E[phi\'^2] = (1 + s^2)/2 at mu = 0', () => {
    for (const s of [0.01, 0.2, 1, -0.5]) {
      for (const q of QS) {
        const m = activationMoments({ kind: 'leaky_relu', param: s }, 0, q);
        assertRel(m.second, (q * (1 + s * s)) / 2, 1e-13, `leaky ${s} second`);
        assertRel(m.dphi2, (1 + s * s) / 2, 1e-13, `leaky ${s} dphi2`);
      }
    }
  });

  it('identity: E[h] = mu, E[h^2] = mu^2 + q, E[1] = 1', () => {
    const m = activationMoments({ kind: 'identity' }, 0.7, 2.5);
    assertRel(m.mean, 0.7, 1e-15, 'mean');
    assertRel(m.second, 0.49 + 2.5, 1e-15, 'second');
    assert.equal(m.dphi2, 1);
  });

  it('closed forms of hardtanh, relu6, elu and selu agree with the split quadrature', () => {
    for (const kind of ['hardtanh', 'relu6', 'elu', 'selu', 'leaky_relu'] as const) {
      for (const [mu, q] of [
        [0, 1],
        [0.5, 0.3],
        [-1, 2],
        [2, 4],
        [5.5, 0.8],
        [-3, 25],
        [1, 1e4],
      ]) {
        const c = closedFormMoments({ kind }, mu, q);
        assert.ok(c, `${kind} has a closed form`);
        const p = activationMoments({ kind }, mu, q, 'piecewise');
        const scale = Math.sqrt(p.second);
        assertAbs(c.mean, p.mean, 1e-12 * scale, `${kind} mean mu=${mu} q=${q}`);
        assertRel(c.second, p.second, 1e-12, `${kind} second mu=${mu} q=${q}`);
        assertRel(c.dphi2, p.dphi2, 1e-12, `${kind} dphi2 mu=${mu} q=${q}`);
      }
    }
  });

  it('SELU has the fixed point (mean 0, second moment 1) at N(0, 1)', () => {
    const m = activationMoments({ kind: 'selu' }, 0, 1);
    assertAbs(m.mean, 0, 1e-14, 'E[selu]');
    assertRel(m.second, 1, 1e-14, 'E[selu^2]');
  });

  it('q = 0 gives the values at h = mu', () => {
    const m = activationMoments({ kind: 'tanh' }, 0.5, 0);
    assert.equal(m.mean, Math.tanh(0.5));
    assertRel(m.dphi2, (1 - Math.tanh(0.5) ** 2) ** 2, 1e-15, 'dphi2');
  });
});

describe('Gaussian moments against a brute-force trapezoid integral (independent definitions)', () => {
  const cases: [number, number][] = [
    [0, 1],
    [0.3, 0.05],
    [-1.2, 2],
    [2, 4],
    [0, 9],
    [-0.5, 400],
    [1, 1e4],
  ];
  for (const kind of ELEMENTWISE_ACTIVATIONS) {
    it(kind, () => {
      const ref = refActivations[kind as ElementwiseActivationKind];
      // split at the kinks the trapezoid rule is O(dz^2) there; smooth integrands converge spectrally
      const kinks = ref.kinks ?? [];
      const tol = 1e-10;
      const n = kinks.length ? 200000 : 40000;
      for (const [mu, q] of cases) {
        const m = activationMoments({ kind }, mu, q);
        const e1 = trapezoid(ref.phi, mu, q, n, kinks);
        const e2 = trapezoid((h) => ref.phi(h) ** 2, mu, q, n, kinks);
        const d2 = trapezoid((h) => ref.dphi(h) ** 2, mu, q, n, kinks);
        assertAbs(m.mean, e1, tol * Math.sqrt(e2), `${kind} E[phi] mu=${mu} q=${q}`);
        assertRel(m.second, e2, tol, `${kind} E[phi^2] mu=${mu} q=${q}`);
        assertRel(m.dphi2, d2, tol, `${kind} E[phi'^2] mu=${mu} q=${q}`);
      }
    });
  }

  it('tanh and GELU: Gauss-Hermite and the piecewise rule agree where Hermite is used', () => {
    for (const kind of ['tanh', 'gelu', 'silu', 'mish', 'sigmoid', 'softplus', 'gelu_tanh'] as const) {
      for (const mu of [-1, 0, 0.4]) {
        for (const q of [0.01, 0.1, 0.25]) {
          const a = activationMoments({ kind }, mu, q, 'hermite');
          const b = activationMoments({ kind }, mu, q, 'piecewise');
          assertRel(a.second, b.second, 1e-13, `${kind} second`);
          assertRel(a.dphi2, b.dphi2, 1e-13, `${kind} dphi2`);
        }
      }
    }
  });
});
