// Mean and variance of the distributions initializers draw from, and of the deterministic fills
// (identity, dirac), as functions of their parameters. Shared by every framework catalogue.
import { fmt } from './format';
import type { InitInfo, Moments } from './types';
import { truncatedNormalMoments } from './truncated-normal';

/** An InitInfo before engine/init/index.ts stamps its source. */
export type Draft = Omit<InitInfo, 'source'>;

/** U(lo, hi): mean (lo+hi)/2, variance (hi-lo)^2/12. */
export function uniformMoments(lo: number, hi: number): Moments {
  return { mean: (lo + hi) / 2, variance: ((hi - lo) * (hi - lo)) / 12 };
}

/** N(mean, std^2). */
export function normalMoments(mean: number, std: number): Moments {
  return { mean, variance: std * std };
}

/** N(mu, sigma^2) truncated to [a, b], absolute cut-offs. */
export function truncMoments(mu: number, sigma: number, a: number, b: number): Moments | undefined {
  return truncatedNormalMoments(mu, sigma, a, b);
}

/**
 * A (semi-)orthogonal rows x cols matrix times gain: its rows (rows <= cols) or columns are
 * orthonormal, so the sum of squares is gain^2 * min(rows, cols) over rows*cols entries:
 *   mean 0 (Haar, sign-corrected QR), variance gain^2 / max(rows, cols).
 */
export function orthogonalMoments(rows: number, cols: number, gain: number): Moments {
  return { mean: 0, variance: (gain * gain) / Math.max(rows, cols) };
}

/**
 * `ones` entries equal to gain among `total`, the rest 0 (identity, dirac):
 *   p = ones/total, mean = gain p, variance = gain^2 p (1-p).
 */
export function indicatorMoments(ones: number, total: number, gain: number): Moments {
  const p = ones / total;
  return { mean: gain * p, variance: gain * gain * p * (1 - p) };
}

/**
 * torch.nn.init.sparse_(W (rows, cols), sparsity, std): N(0, std^2), then ceil(sparsity*rows)
 * entries of every column set to 0:
 *   mean 0, variance std^2 * (rows - ceil(sparsity*rows)) / rows.
 */
export function sparseMoments(rows: number, sparsity: number, std: number): Moments {
  const zeros = Math.min(rows, Math.ceil(sparsity * rows));
  return { mean: 0, variance: (std * std * (rows - zeros)) / rows };
}

/** " mean m, variance v" for formulas. */
export function describeMoments(m: Moments): string {
  return `mean ${fmt(m.mean)}, variance ${fmt(m.variance)}`;
}

/** A draft that cannot be completed (an argument unresolved, or the framework would raise): no moments, and why. */
export function fail(d: Draft, reason: string): Draft {
  return { ...d, moments: undefined, note: reason, formula: `${d.formula}${d.formula ? '; ' : ''}${reason}` };
}

/** Every entry `v` (constant_, Constant, constant): family zeros, ones or constant. */
export function constantValueDraft(v: number | undefined): Draft {
  const d: Draft = { family: 'constant', distribution: 'constant', formula: '' };
  if (v === undefined) return fail(d, 'value not resolved');
  const family = v === 0 ? 'zeros' : v === 1 ? 'ones' : 'constant';
  return { ...d, family, constant: v, moments: { mean: v, variance: 0 }, formula: `constant ${fmt(v)}` };
}

/** zeros / ones initializers: a draft of the constant 0 or 1. */
export const fillDraft = (v: 0 | 1) => (): Draft => ({ family: v === 0 ? 'zeros' : 'ones', distribution: 'constant', constant: v, moments: { mean: v, variance: 0 }, formula: `constant ${v}` });
