import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  erf,
  erfc,
  erfcx,
  gaussHermite,
  gaussLegendre,
  normalCdf,
  normalExpectation,
  normalSf,
  HERMITE_POINTS,
} from '../../engine/theory';
import { assertAbs, assertRel, refErf } from './helpers';

describe('special functions', () => {
  // reference values computed with mpmath at 30 digits
  const erfRef: [number, number][] = [
    [0.1, 0.1124629160182848922],
    [0.5, 0.52049987781304653768],
    [1, 0.84270079294971486934],
    [2, 0.99532226501895273416],
    [3.5, 0.99999925690162765859],
    [-0.3, -0.32862675945912742764],
    [-2.5, -0.99959304798255504106],
  ];
  const erfcRef: [number, number][] = [
    [0.2, 0.77729741078952154586],
    [1.5, 0.033894853524689272933],
    [5, 1.5374597944280348502e-12],
    [10, 2.088487583762544757e-45],
    [26, 5.6631924088561428465e-296],
    [-1, 1.8427007929497148693],
  ];
  const erfcxRef: [number, number][] = [
    [0.3, 0.73459933456765514229],
    [3, 0.17900115118138995042],
    [30, 0.018795888861416751497],
    [1000, 0.0005641893014533876542],
    [-2, 108.94090438997797241],
  ];

  it('erf, erfc and erfcx match 30-digit references to ~1e-15 relative', () => {
    for (const [x, v] of erfRef) assertRel(erf(x), v, 1e-15, `erf(${x})`);
    for (const [x, v] of erfcRef) assertRel(erfc(x), v, 2e-15, `erfc(${x})`);
    for (const [x, v] of erfcxRef) assertRel(erfcx(x), v, 2e-15, `erfcx(${x})`);
  });

  it('erf agrees with an independent series on a grid, and is odd', () => {
    for (let x = -5.5; x <= 5.5; x += 0.137) {
      assertRel(erf(x), refErf(x), 3e-15, `erf(${x})`);
      assert.equal(erf(-x), -erf(x));
    }
    assert.equal(erf(0), 0);
  });

  it('normal tails stay accurate (Phi(-x) = 1 - Phi(x) without cancellation)', () => {
    assertRel(normalCdf(-10), 7.619853024160526e-24, 1e-14, 'Phi(-10)');
    assertRel(normalSf(10), 7.619853024160526e-24, 1e-14, 'Q(10)');
    assertRel(normalCdf(0), 0.5, 1e-16, 'Phi(0)');
  });
});

describe('Gauss-Hermite and Gauss-Legendre rules', () => {
  it('Gauss-Hermite integrates exp(-x^2) x^2k exactly for 2k < 2n', () => {
    const { nodes, weights } = gaussHermite(HERMITE_POINTS);
    assert.equal(nodes.length, HERMITE_POINTS);
    // int exp(-x^2) x^(2k) dx = Gamma(k + 1/2)
    let gamma = Math.sqrt(Math.PI); // Gamma(1/2)
    for (let k = 0; k <= 30; k++) {
      let acc = 0;
      for (let i = 0; i < nodes.length; i++) acc += weights[i] * nodes[i] ** (2 * k);
      assertRel(acc, gamma, 1e-12, `moment ${2 * k}`);
      gamma *= k + 0.5;
    }
    for (let i = 0; i < nodes.length; i++) {
      assertRel(nodes[i], -nodes[nodes.length - 1 - i], 1e-14, 'symmetric nodes');
      if (i > 0) assert.ok(nodes[i] > nodes[i - 1], 'ascending nodes');
    }
  });

  it('small Gauss-Hermite rules have the textbook nodes', () => {
    const r2 = gaussHermite(2);
    assertRel(r2.nodes[1], Math.SQRT1_2, 1e-15, 'n=2 node');
    assertRel(r2.weights[0], Math.sqrt(Math.PI) / 2, 1e-15, 'n=2 weight');
    const r3 = gaussHermite(3);
    assert.equal(r3.nodes[1], 0);
    assertRel(r3.nodes[2], Math.sqrt(1.5), 1e-15, 'n=3 node');
    assertRel(r3.weights[1], (2 * Math.sqrt(Math.PI)) / 3, 1e-15, 'n=3 centre weight');
  });

  it('Gauss-Legendre integrates polynomials of degree < 2n exactly', () => {
    const { nodes, weights } = gaussLegendre(20);
    for (let d = 0; d < 40; d += 2) {
      let acc = 0;
      for (let i = 0; i < nodes.length; i++) acc += weights[i] * nodes[i] ** d;
      assertRel(acc, 2 / (d + 1), 1e-14, `degree ${d}`);
    }
  });

  it('normalExpectation: moments of N(mu, q) by both rules', () => {
    for (const method of ['hermite', 'piecewise'] as const) {
      for (const [mu, q] of [
        [0, 1],
        [1.5, 0.2],
        [-3, 50],
      ]) {
        assertRel(normalExpectation(() => 1, mu, q, { method }), 1, 1e-14, `${method} mass`);
        assertAbs(normalExpectation((h) => h, mu, q, { method }), mu, 1e-13 * Math.sqrt(mu * mu + q), `${method} mean`);
        assertRel(normalExpectation((h) => (h - mu) ** 4, mu, q, { method }), 3 * q * q, 1e-13, `${method} 4th`);
      }
    }
    assert.equal(normalExpectation((h) => h * h, 2, 0), 4);
  });

  it('the piecewise rule split at a kink integrates |h| exactly; Gauss-Hermite does not', () => {
    // E|h| = sqrt(2q/pi) for h ~ N(0, q)
    const exact = Math.sqrt(2 / Math.PI);
    const pw = normalExpectation(Math.abs, 0, 1, { method: 'piecewise', kinks: [0] });
    assertRel(pw, exact, 1e-14, 'piecewise E|h|');
    const gh = normalExpectation(Math.abs, 0, 1, { method: 'hermite' });
    assert.ok(Math.abs(gh - exact) / exact > 1e-6, 'a kink limits Gauss-Hermite (why the split exists)');
  });
});
