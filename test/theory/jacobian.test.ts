// The Jacobian spectrum of deep chains (engine/theory/jacobian.ts) against seeded Monte-Carlo
// networks: the input-output Jacobian J = D_L W_L ... D_1 W_1 is built explicitly (width 192) at
// random inputs, and the mean and spread of the eigenvalues of J J^T are read from traces:
// m1 = tr(A)/n, spread = (tr(A^2)/n) / m1^2 - 1 with A = J J^T. Weights i.i.d. normal, or Haar
// orthogonal through Gram-Schmidt written here (not the probe's sampler).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { denseChain, derivativeSpread, jacobianSpectrum, nearIsometry, weightSpread, type ActivationSpec } from '../../engine/theory';
import { assertRel, normals, refActivations, Rng } from './helpers';

const WIDTH = 192;

/** A Haar orthogonal n x n matrix (row-major): Gram-Schmidt on the rows of a Gaussian matrix. */
function haar(n: number, rng: Rng): Float64Array {
  const a = normals(n * n, rng);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) {
      let dot = 0;
      for (let j = 0; j < n; j++) dot += a[i * n + j]! * a[k * n + j]!;
      for (let j = 0; j < n; j++) a[i * n + j]! -= dot * a[k * n + j]!;
    }
    let norm = 0;
    for (let j = 0; j < n; j++) norm += a[i * n + j]! ** 2;
    norm = Math.sqrt(norm);
    for (let j = 0; j < n; j++) a[i * n + j]! /= norm;
  }
  return a;
}

/** Mean over nets of m1 and of tr(A^2)/n, for L layers of weight variance sigma2/n and no biases. */
function measure(act: string, sigma2: number, depth: number, orthogonal: boolean, nets: number, seed: number): { m1: number; spread: number } {
  const rng = new Rng(seed);
  const n = WIDTH;
  const { phi, dphi } = refActivations[act]!;
  let t1 = 0;
  let t2 = 0;
  for (let k = 0; k < nets; k++) {
    let x = normals(n, rng);
    // J starts as the identity; each layer J <- D W J
    let J = new Float64Array(n * n);
    for (let i = 0; i < n; i++) J[i * n + i] = 1;
    for (let l = 0; l < depth; l++) {
      const W = orthogonal ? haar(n, rng).map((v) => v * Math.sqrt(sigma2)) : normals(n * n, rng).map((v) => v * Math.sqrt(sigma2 / n));
      const h = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += W[i * n + j]! * x[j]!;
        h[i] = s;
      }
      const next = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        const d = dphi(h[i]!);
        const row = next.subarray(i * n, (i + 1) * n);
        for (let j = 0; j < n; j++) {
          const w = W[i * n + j]!;
          if (w === 0) continue;
          const src = J.subarray(j * n, (j + 1) * n);
          for (let c = 0; c < n; c++) row[c]! += w * src[c]!;
        }
        for (let c = 0; c < n; c++) row[c]! *= d;
      }
      J = next;
      x = h.map(phi);
    }
    // A = J J^T: tr(A) = ||J||_F^2, tr(A^2) = ||J J^T||_F^2
    let tr = 0;
    for (let i = 0; i < n * n; i++) tr += J[i]! ** 2;
    let tr2 = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let c = 0; c < n; c++) s += J[i * n + c]! * J[j * n + c]!;
        tr2 += s * s;
      }
    }
    t1 += tr / n;
    t2 += tr2 / n;
  }
  const m1 = t1 / nets;
  return { m1, spread: t2 / nets / (m1 * m1) - 1 };
}

function predicted(act: string, sigma2: number, depth: number, orthogonal: boolean) {
  const activation = { kind: act } as ActivationSpec;
  const steps = denseChain(depth, { fanIn: WIDTH, fanOut: WIDTH, weightVar: sigma2 / WIDTH, activation, ...(orthogonal ? { weights: 'orthogonal' as const } : {}) });
  return jacobianSpectrum(steps)!;
}

describe('Jacobian spectrum: closed forms', () => {
  it('a linear chain of i.i.d. square layers spreads by exactly 1 per layer; orthogonal ones not at all', () => {
    const iid = predicted('identity', 1, 12, false);
    assertRel(iid.meanSquare, 1, 1e-12, 'm1');
    assertRel(iid.spread, 12, 1e-12, 'spread');
    const orth = predicted('identity', 1, 12, true);
    assert.equal(orth.spread, 0);
    assert.equal(orth.layers, 12);
    assert.ok(nearIsometry(orth));
    assert.ok(!nearIsometry(iid));
  });
  it('ReLU: phi\'^2 is 0 or 1 with probability 1/2, so each layer adds 1 to the spread (and orthogonal weights nothing more)', () => {
    assertRel(derivativeSpread({ kind: 'relu' }, 0, 1.7), 1, 1e-9, 'relu');
    assertRel(predicted('relu', 2, 10, false).spread, 20, 1e-9, 'iid relu');
    assertRel(predicted('relu', 2, 10, true).spread, 10, 1e-9, 'orthogonal relu');
  });
  it('Marchenko-Pastur for rectangular weights: out/in i.i.d., out/in - 1 orthogonal (0 when out <= in)', () => {
    assert.equal(weightSpread(100, 50, false), 0.5);
    assert.equal(weightSpread(100, 50, true), 0);
    assert.equal(weightSpread(50, 100, true), 1);
  });
  it('residual chains and weight means are outside the theory', () => {
    assert.equal(jacobianSpectrum([{ type: 'residual', body: denseChain(2, { fanIn: 8, fanOut: 8, weightVar: 1 / 8 }) }]), undefined);
    assert.equal(jacobianSpectrum(denseChain(2, { fanIn: 8, fanOut: 8, weightVar: 1 / 8, weightMean: 0.1 })), undefined);
  });
  it('a repeat is its body unrolled', () => {
    const body = denseChain(1, { fanIn: 64, fanOut: 64, weightVar: 1 / 64, activation: { kind: 'tanh' } });
    const r = jacobianSpectrum([{ type: 'repeat', count: 9, body }])!;
    const u = jacobianSpectrum(denseChain(9, { fanIn: 64, fanOut: 64, weightVar: 1 / 64, activation: { kind: 'tanh' } }))!;
    assertRel(r.spread, u.spread, 1e-12, 'spread');
    assertRel(r.meanSquare, u.meanSquare, 1e-12, 'm1');
  });
});

describe('Jacobian spectrum against Monte-Carlo networks (width 192)', () => {
  const cases: [string, number, number, boolean, number][] = [
    ['identity', 1, 6, false, 6],
    ['tanh', 1, 8, false, 6],
    ['tanh', 1, 8, true, 6],
    ['tanh', 25 / 9, 8, true, 6],
    ['relu', 2, 6, false, 10],
    ['relu', 2, 6, true, 10],
  ];
  for (const [act, s2, depth, orth, nets] of cases) {
    it(`${act}, sigma_w^2 ${s2.toFixed(3)}, ${depth} layers, ${orth ? 'orthogonal' : 'i.i.d. normal'}: m1 and spread within 12%`, () => {
      const p = predicted(act, s2, depth, orth);
      const m = measure(act, s2, depth, orth, nets, 1234 + depth);
      assertRel(m.m1, p.meanSquare, 0.12, 'mean squared singular value');
      // the spread of an orthogonal tanh chain is small: compare it in absolute terms
      if (p.spread < 1) assert.ok(Math.abs(m.spread - p.spread) < 0.12, `spread: got ${m.spread}, expected ${p.spread}`);
      else assertRel(m.spread, p.spread, 0.12, 'spread');
    });
  }
});
