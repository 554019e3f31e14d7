// Measured against predicted second moments for i.i.d. chains (He/ReLU, Xavier/tanh, PyTorch's
// default Linear/ReLU, LeCun/SELU) at depth 10 and 30, width 256, batch 256, 4 seeds.
//
// Tolerance, per layer, on the mean over seeds of d = log(measured / predicted):
//   |mean d| <= 4.5 * sqrt(k s^2 / S) + k / n
// - k: layers the quantity has passed (forward: the layer's depth; backward: the layers from it to
//   the output). At finite width n each layer multiplies the second moment by a random factor
//   1 + O(1/sqrt(n)) (the realised weights and batch), so d is a random walk: Var d = k s^2. s^2 is
//   estimated from the spread between the S seeds, pooled over the chain's layers ((S-1) x depth
//   degrees of freedom), so the bound adapts to each activation (about 1.2/n per layer for ReLU,
//   below 0.1/n for tanh). 4.5 standard errors: a false failure about once in 1e5 per layer.
// - k / n: the theory is the infinite-width limit; its error is O(1/n) per layer (non-Gaussian
//   pre-activations, the gradient-independence assumption), seen as a bias of up to ~0.08 after 30
//   tanh or SELU layers at width 256.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runProbeInProcess } from '../../engine/probe';
import { analyze, chainSource, CHAINS, TEST_BACKEND, testAdapters } from './helpers';

const WIDTH = 256;
const BATCH = 256;
const SEEDS = 4;

function check(name: string, dev: number[][], passed: (i: number) => number): { worst: number; worstZ: number } {
  const S = dev.length;
  const n = dev[0]!.length;
  const mean = Array.from({ length: n }, (_, i) => dev.reduce((a, d) => a + d[i]!, 0) / S);
  let ss = 0;
  for (let i = 0; i < n; i++) for (const d of dev) ss += (d[i]! - mean[i]!) ** 2 / passed(i);
  const s2 = ss / ((S - 1) * n);
  let worst = 0;
  let worstZ = 0;
  for (let i = 0; i < n; i++) {
    const k = passed(i);
    const se = Math.sqrt((k * s2) / S);
    const tol = 4.5 * se + k / WIDTH;
    const m = mean[i]!;
    assert.ok(Number.isFinite(m) && Math.abs(m) <= tol, `${name}: layer ${i + 1}: mean log(measured/predicted) ${m.toFixed(4)} beyond ${tol.toFixed(4)} (s^2 ${s2.toExponential(2)})`);
    worst = Math.max(worst, Math.abs(m));
    worstZ = Math.max(worstZ, Math.abs(m) / se);
  }
  return { worst, worstZ };
}

for (const [name, spec] of Object.entries(CHAINS)) {
  for (const depth of [10, 30]) {
    test(`${name}, depth ${depth}: measured forward and backward second moments match the theory`, async (t) => {
      const a = await analyze(chainSource(spec, depth, WIDTH));
      assert.equal(a.models.length, 1);
      const fwd: number[][] = [];
      const bwd: number[][] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        const r = await runProbeInProcess({ path: 'chain.py', models: a.graph.models, options: { backend: TEST_BACKEND, batch: BATCH, seed } }, { adapters: testAdapters() });
        assert.equal(r.status, 'ok', r.error);
        const layers = r.models[0]!.layers;
        assert.equal(layers.length, depth);
        for (const l of layers) {
          assert.ok(l.predicted && l.measured, `${l.name} has predicted and measured values`);
        }
        fwd.push(layers.map((l) => Math.log(l.measured!.forward / l.predicted!.forward)));
        bwd.push(layers.map((l) => Math.log(l.measured!.backward! / l.predicted!.backward)));
      }
      const f = check(`${name} forward`, fwd, (i) => i + 1);
      const b = check(`${name} backward`, bwd, (i) => depth - i);
      t.diagnostic(`forward: worst |mean log ratio| ${f.worst.toFixed(3)} (${f.worstZ.toFixed(1)} SE); backward: ${b.worst.toFixed(3)} (${b.worstZ.toFixed(1)} SE)`);
    });
  }
}
