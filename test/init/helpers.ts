// Shared helpers for the engine/init tests.
import assert from 'node:assert/strict';
import type { ArgValue, CallArgs, Dim, Framework, InitSpec } from '../../engine/model/graph';
import { describeInit, type InitInfo } from '../../engine/init';

/** |actual - expected| <= rel * |expected| (or <= rel when expected is 0). */
export function close(actual: number | undefined, expected: number, rel = 1e-12, what = ''): void {
  assert.ok(actual !== undefined && Number.isFinite(actual), `${what}: expected ${expected}, got ${actual}`);
  const tol = expected === 0 ? rel : rel * Math.abs(expected);
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected}, got ${actual} (diff ${actual - expected})`);
}

export function args(positional: ArgValue[] = [], keyword: Record<string, ArgValue> = {}): CallArgs {
  return { positional, keyword };
}

export function spec(framework: Framework, name: string, a: CallArgs = args(), multiplier?: number): InitSpec {
  return { source: 'explicit', framework, name, args: a, ...(multiplier !== undefined ? { multiplier } : {}) };
}

export function explicit(framework: Framework, name: string, shape: Dim[], a: CallArgs = args(), multiplier?: number): InitInfo {
  return describeInit(spec(framework, name, a, multiplier), shape);
}

/** Asserts mean and variance of an InitInfo. */
export function moments(info: InitInfo, mean: number, variance: number, rel = 1e-12): void {
  assert.ok(info.moments, `no moments: ${info.formula}`);
  close(info.moments.mean, mean, rel, `mean (${info.formula})`);
  close(info.moments.variance, variance, rel, `variance (${info.formula})`);
}
