// The input-output Jacobian of a probed segment, measured with random projections: at a few
// random inputs x, K rows of J(x) chosen at random among the output's m units (one-hot output
// directions, all m of them when m <= K) are read by one backward pass of the segment on a batch
// of the inputs each repeated K times; their Gram matrix M = J_S J_S^T (K x K, on the device) gives
//   m1 = tr(J J^T) / m      estimated by (1/K) sum_i M_ii                       (unbiased)
//   m2 = tr((J J^T)^2) / m  estimated by (1/K) sum_i M_ii^2 + (m-1)/(K(K-1)) sum_{i!=j} M_ij^2
//                           (unbiased for rows drawn without replacement; exact when K = m)
//   spread = m2 / m1^2 - 1, as engine/theory/jacobian.ts predicts it,
// and M's eigenvalues are the squared singular values of J_S: the exact spectrum of J when K = m,
// a random compression of it otherwise (its extremes pulled toward the middle; isometry stays exact).
import type { Tensor } from '@tensorflow/tfjs-core';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Tf } from './tf-loader';
import type { Rng } from './rng';
import type { MeasuredSpectrum } from './types';

export interface JacobianSampling {
  /** Random inputs. */
  points: number;
  /** Rows of J read per input. */
  rows: number;
  /** Output units per sample (m). */
  outputs: number;
}

/** Rows of J per input: all of them up to this many. */
export const MAX_JACOBIAN_ROWS = 128;

/** How many inputs and rows fit in `budget` samples (the main batch: the plan's memory holds it); at least 2 inputs. */
export function jacobianSampling(outputs: number, budget: number): JacobianSampling | undefined {
  const rows = Math.min(outputs, MAX_JACOBIAN_ROWS, Math.floor(budget / 2));
  if (rows < 2) return undefined;
  return { points: Math.max(2, Math.floor(budget / rows)), rows, outputs };
}

/** The moments and spectrum from the Gram matrices of the sampled rows ([points, K, K], row-major). */
export function spectrumFromGrams(gram: Float32Array | Float64Array, s: JacobianSampling): MeasuredSpectrum {
  const { points: P, rows: K, outputs: m } = s;
  let t1 = 0;
  let t2 = 0;
  const values: number[] = [];
  for (let p = 0; p < P; p++) {
    const base = p * K * K;
    let diag = 0;
    let diag2 = 0;
    let off2 = 0;
    const rows: number[][] = [];
    for (let i = 0; i < K; i++) {
      const row: number[] = [];
      for (let j = 0; j < K; j++) {
        // symmetrise what float32 rounding left apart
        const v = 0.5 * (gram[base + i * K + j]! + gram[base + j * K + i]!);
        row.push(v);
        if (i === j) {
          diag += v;
          diag2 += v * v;
        } else off2 += v * v;
      }
      rows.push(row);
    }
    t1 += diag / K;
    t2 += diag2 / K + (K > 1 ? ((m - 1) / (K * (K - 1))) * off2 : 0);
    const eig = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true }).realEigenvalues;
    for (const e of eig) values.push(Math.max(0, e));
  }
  const m1 = t1 / P;
  const m2 = t2 / P;
  values.sort((a, b) => a - b);
  return { meanSquare: m1, spread: m1 > 0 ? Math.max(0, m2 / (m1 * m1) - 1) : NaN, values, points: P, rows: K, outputs: m };
}

/**
 * Measures the Jacobian of `run` (the segment's forward pass on the tensors already built) at
 * s.points Gaussian inputs of `inputShape` (without the batch axis).
 */
export async function measureJacobian(tf: Tf, run: (x: Tensor) => Tensor, inputShape: readonly number[], s: JacobianSampling, rng: Rng): Promise<MeasuredSpectrum> {
  const { points: P, rows: K, outputs: m } = s;
  const n = inputShape.reduce((a, b) => a * b, 1);
  const xs = new Float32Array(P * n);
  rng.fillNormal(xs, 0, 1);
  // K distinct output units per input
  const sel = new Int32Array(P * K);
  const perm = new Int32Array(m);
  for (let p = 0; p < P; p++) {
    rng.choose(perm, K);
    sel.set(perm.subarray(0, K), p * K);
  }
  // The Gram matrix in float64 here while that is cheap: in float32 the squared singular values
  // below about 1e-7 of the largest are lost to rounding (deep tanh stacks have many).
  const inJs = P * K * K * n <= JS_GRAM_BUDGET;
  const out = tf.tidy(() => {
    const x = tf.tensor(xs, [P, 1, ...inputShape]);
    const reps = tf.reshape(tf.tile(x, [1, K, ...inputShape.map(() => 1)]), [P * K, ...inputShape]);
    const directions = tf.cast(tf.oneHot(tf.tensor1d(sel, 'int32') as never, m), 'float32');
    const g = tf.grad((a: Tensor) => tf.sum(tf.mul(tf.reshape(run(a), [P * K, m]), directions)))(reps);
    const G = tf.reshape(g, [P, K, n]);
    return inJs ? G : (tf.matMul(G as never, G as never, false, true) as Tensor);
  });
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return spectrumFromGrams(inJs ? gramsOf(values, P, K, n) : values, s);
}

/** Multiply-adds of the Gram matrices computed in JS (float64) rather than on the device. */
const JS_GRAM_BUDGET = 2e8;

/** G G^T per point for G [points, K, n] (row-major), in float64. */
export function gramsOf(g: Float32Array, P: number, K: number, n: number): Float64Array {
  const out = new Float64Array(P * K * K);
  const row = new Float64Array(n);
  for (let p = 0; p < P; p++) {
    for (let i = 0; i < K; i++) {
      const a = (p * K + i) * n;
      for (let c = 0; c < n; c++) row[c] = g[a + c]!;
      for (let j = 0; j <= i; j++) {
        const b = (p * K + j) * n;
        let acc = 0;
        for (let c = 0; c < n; c++) acc += row[c]! * g[b + c]!;
        out[(p * K + i) * K + j] = acc;
        out[(p * K + j) * K + i] = acc;
      }
    }
  }
  return out;
}

/** The q-quantile (0..1) of ascending values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const x = q * (sorted.length - 1);
  const i = Math.floor(x);
  const j = Math.min(sorted.length - 1, i + 1);
  return sorted[i]! + (x - i) * (sorted[j]! - sorted[i]!);
}

