// The mean-field correlation map (engine/theory/correlation.ts) against closed forms and seeded
// Monte-Carlo networks: two inputs of correlation c0 at the length fixed point q*, pushed through L
// random layers h' = W phi(h) + b (width 1024, several networks), must keep the correlation the
// c-map predicts within 5%, and q* must be the measured fixed point within 5%.
// (Widths 1024, and 512 for the 40-layer runs.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correlationAfter, correlationMap, correlationStep, lengthFixedPoint, type LayerStatistics } from '../../engine/theory';
import { assertRel, mapArray, normals, refActivations, Rng } from './helpers';



/** Mean over `nets` networks of the correlation of two inputs after `depth` layers, and q after them. */
function monteCarlo(stats: LayerStatistics, c0: number, depth: number, nets: number, seed: number, WIDTH = 1024): { c: number; q: number } {
  const rng = new Rng(seed);
  const kind = stats.activation.kind as keyof typeof refActivations;
  const phi = refActivations[kind].phi;
  const qStar = lengthFixedPoint(stats)!;
  const sw = Math.sqrt(stats.weightGain / WIDTH);
  const sb = Math.sqrt(stats.biasVar ?? 0);
  let cSum = 0;
  let qSum = 0;
  for (let k = 0; k < nets; k++) {
    // two pre-activations of second moment q* and correlation c0
    const z1 = normals(WIDTH, rng);
    const z2 = normals(WIDTH, rng);
    let h1 = mapArray(z1, (z) => Math.sqrt(qStar) * z);
    let h2 = new Float64Array(WIDTH);
    for (let i = 0; i < WIDTH; i++) h2[i] = Math.sqrt(qStar) * (c0 * z1[i]! + Math.sqrt(1 - c0 * c0) * z2[i]!);
    for (let l = 0; l < depth; l++) {
      const a1 = mapArray(h1, phi);
      const a2 = mapArray(h2, phi);
      const n1 = new Float64Array(WIDTH);
      const n2 = new Float64Array(WIDTH);
      for (let j = 0; j < WIDTH; j++) {
        const w = normals(WIDTH, rng);
        const b = sb * normals(1, rng)[0]!;
        let s1 = 0;
        let s2 = 0;
        for (let i = 0; i < WIDTH; i++) {
          s1 += w[i]! * a1[i]!;
          s2 += w[i]! * a2[i]!;
        }
        n1[j] = sw * s1 + b;
        n2[j] = sw * s2 + b;
      }
      h1 = n1;
      h2 = n2;
    }
    let q11 = 0;
    let q22 = 0;
    let q12 = 0;
    for (let i = 0; i < WIDTH; i++) {
      q11 += h1[i]! * h1[i]!;
      q22 += h2[i]! * h2[i]!;
      q12 += h1[i]! * h2[i]!;
    }
    cSum += q12 / Math.sqrt(q11 * q22);
    qSum += (q11 + q22) / (2 * WIDTH);
  }
  return { c: cSum / nets, q: qSum / nets };
}

describe('mean-field correlation map', () => {
  it('ReLU at sigma_w^2 = 2: one step of the c-map is the arc-cosine kernel (1/pi)(sqrt(1-c^2) + (pi - arccos c) c)', () => {
    const stats: LayerStatistics = { activation: { kind: 'relu' }, weightGain: 2 };
    for (const c of [-0.9, -0.3, 0, 0.2, 0.5, 0.8, 0.99]) {
      const exact = (Math.sqrt(1 - c * c) + (Math.PI - Math.acos(c)) * c) / Math.PI;
      assertRel(correlationStep(stats, 1, c), exact, 1e-9, `c = ${c}`);
    }
    const m = correlationMap(stats)!;
    assert.equal(m.phase, 'edge');
    assert.equal(m.cStar, 1);
  });

  it('tanh at sigma_w^2 = 3 is chaotic: chi_1 > 1, c* = 0, and two close inputs decorrelate as the map predicts (Monte-Carlo within 5%)', () => {
    const stats: LayerStatistics = { activation: { kind: 'tanh' }, weightGain: 3 };
    const m = correlationMap(stats)!;
    assert.equal(m.phase, 'chaotic');
    assert.ok(m.chi1 > 1.2 && m.chi1 < 1.3, `chi_1 ${m.chi1}`);
    assert.ok(Math.abs(m.cStar) < 1e-9, `c* ${m.cStar}`);
    for (const depth of [1, 4, 8]) {
      const predicted = correlationAfter(stats, 0.95, depth)!;
      const mc = monteCarlo(stats, 0.95, depth, 3, 10 + depth);
      assertRel(mc.c, predicted, 0.05, `c after ${depth} layers`);
      assertRel(mc.q, m.qStar, 0.05, `q after ${depth} layers`);
    }
  });

  it('tanh at sigma_w^2 = 1.5 with bias variance 0.05 is ordered: inputs converge to c* = 1 as the map predicts', () => {
    const stats: LayerStatistics = { activation: { kind: 'tanh' }, weightGain: 1.5, biasVar: 0.05 };
    const m = correlationMap(stats)!;
    assert.equal(m.phase, 'ordered');
    assert.equal(m.cStar, 1);
    assert.ok(m.xiC > 5 && Number.isFinite(m.xiC), `xi_c ${m.xiC}`);
    for (const depth of [2, 6]) {
      const predicted = correlationAfter(stats, 0.2, depth)!;
      const mc = monteCarlo(stats, 0.2, depth, 3, 30 + depth);
      assertRel(mc.c, predicted, 0.05, `c after ${depth} layers`);
    }
  });

  it('a chaotic fixed point c* < 1 with a bias: reached by Monte-Carlo networks from either side', () => {
    // sigma_w^2 = 6, sigma_b^2 = 1: c* = 0.67 with the map's slope there 0.81, so 40 layers forget
    // the start (0.81^40 = 2e-4) while a finite network's c keeps a few percent of scatter
    const stats: LayerStatistics = { activation: { kind: 'tanh' }, weightGain: 6, biasVar: 1 };
    const m = correlationMap(stats)!;
    assert.equal(m.phase, 'chaotic');
    assert.ok(m.cStar > 0.6 && m.cStar < 0.75, `c* ${m.cStar}`);
    for (const [c0, seed] of [[0.98, 51], [0, 52]] as const) {
      const predicted = correlationAfter(stats, c0, 40)!;
      assertRel(predicted, m.cStar, 0.01, `the map from c0 = ${c0} after 40 layers`);
      assertRel(monteCarlo(stats, c0, 40, 6, seed, 512).c, predicted, 0.05, `Monte-Carlo from c0 = ${c0}`);
    }
  });

  it('no finite q*: the map makes no claim (tanh at sigma_w^2 = 1 without bias drifts to 0; ReLU at sigma_w^2 = 3 explodes)', () => {
    assert.equal(correlationMap({ activation: { kind: 'tanh' }, weightGain: 1 }), undefined);
    assert.equal(correlationMap({ activation: { kind: 'relu' }, weightGain: 3 }), undefined);
  });
});
