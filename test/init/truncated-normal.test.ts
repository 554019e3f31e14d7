// erf/erfc accuracy and exact truncated-normal moments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erf, erfc, normCdf, STD_NORMAL_TRUNC2_VARIANCE, TRUNC2_STDDEV_CORRECTION, truncatedNormalMoments } from '../../engine/init';
import { close } from './helpers';

test('erf and erfc against reference values (CPython math.erf/erfc)', () => {
  const ref: [number, number, number][] = [
    [0.1, 0.1124629160182849, 0.8875370839817151],
    [0.5, 0.5204998778130465, 0.4795001221869535],
    [1, 0.8427007929497149, 0.15729920705028513],
    [2, 0.9953222650189527, 0.004677734981047266],
    [3, 0.9999779095030014, 2.209049699858544e-5],
    [5, 0.9999999999984626, 1.5374597944280349e-12],
    [10, 1, 2.088487583762545e-45],
  ];
  for (const [x, e, c] of ref) {
    close(erf(x), e, 3e-15, `erf(${x})`);
    close(erf(-x), -e, 3e-15, `erf(${-x})`);
    close(erfc(x), c, 1e-14, `erfc(${x})`);
    close(erfc(-x), 2 - c, 3e-15, `erfc(${-x})`);
  }
  assert.equal(erf(0), 0);
  assert.equal(erfc(0), 1);
  close(normCdf(1.959963984540054), 0.975, 1e-14, 'Phi(1.96)');
});

test('standard normal truncated at +-2: variance 0.7737413035499232, std 0.87962566103423978', () => {
  // 1 - 2*2*phi(2)/(2*Phi(2)-1)
  const phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
  const z = 2 * normCdf(2) - 1;
  close(STD_NORMAL_TRUNC2_VARIANCE, 1 - (4 * phi2) / z, 1e-14, 'formula');
  close(STD_NORMAL_TRUNC2_VARIANCE, 0.7737413035499232, 1e-14, 'value');
  close(Math.sqrt(STD_NORMAL_TRUNC2_VARIANCE), TRUNC2_STDDEV_CORRECTION, 1e-15, 'Keras/JAX constant');
});

test('truncated moments: asymmetric, one-sided, far tail, degenerate', () => {
  // N(1, 1) on [0, inf): alpha = -1, Z = 1 - Phi(-1)
  const m = truncatedNormalMoments(1, 1, 0, Infinity)!;
  const phi1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
  const z = 1 - normCdf(-1);
  close(m.mean, 1 + phi1 / z, 1e-14, 'mean');
  close(m.variance, 1 + (-1 * phi1) / z - (phi1 / z) ** 2, 1e-13, 'variance');
  // half normal: mean sqrt(2/pi), variance 1 - 2/pi
  const h = truncatedNormalMoments(0, 1, 0, Infinity)!;
  close(h.mean, Math.sqrt(2 / Math.PI), 1e-14, 'half-normal mean');
  close(h.variance, 1 - 2 / Math.PI, 1e-14, 'half-normal variance');
  // far tail [8, 9]: mean just above 8, computed without cancellation
  const t = truncatedNormalMoments(0, 1, 8, 9)!;
  assert.ok(t.mean > 8 && t.mean < 8.2, `tail mean ${t.mean}`);
  // std 0.02 with +-2 absolute bounds: untruncated
  const w = truncatedNormalMoments(0, 0.02, -2, 2)!;
  close(w.variance, 0.0004, 1e-14, 'wide');
  assert.equal(truncatedNormalMoments(0, 1, 2, 2), undefined);
  assert.equal(truncatedNormalMoments(0, 1, 3, -3), undefined);
  assert.deepEqual(truncatedNormalMoments(0.5, 0, -1, 1), { mean: 0.5, variance: 0 });
});
