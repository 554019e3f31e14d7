// Binding of a call's arguments (IR `CallArgs`) to a function signature, with typed readers that
// keep three states apart: argument absent (the default applies), present and resolved, and present
// but unresolved (ArgValue `undefined`), which must leave the result unknown.
import type { ArgValue, CallArgs } from '../model/graph';

/** Marks a parameter without a default (calling without it is an error in the framework). */
export const REQUIRED: unique symbol = Symbol('required');

export interface ParamDecl {
  name: string;
  /** Other keyword spellings of the same parameter (tensor.uniform_(from, to) vs init.uniform_(a, b)). */
  aliases?: readonly string[];
  default: ArgValue | typeof REQUIRED;
  /** Keyword-only: never bound from a positional argument. */
  keywordOnly?: boolean;
}

export type Signature = readonly ParamDecl[];

/** Shorthand for a parameter declaration. */
export function p(name: string, def: ArgValue | typeof REQUIRED, aliases?: readonly string[]): ParamDecl {
  return aliases ? { name, default: def, aliases } : { name, default: def };
}

export const NO_ARGS: CallArgs = { positional: [], keyword: {} };

type Slot = { given: true; value: ArgValue } | { given: false };

/**
 * Arguments bound to a signature. Readers return `undefined` for a value that is unresolved, of the
 * wrong type, or missing without a default, and record why in `problems`.
 */
export class BoundArgs {
  private readonly slots = new Map<string, Slot>();
  readonly problems: string[] = [];

  constructor(
    private readonly signature: Signature,
    args: CallArgs | undefined,
  ) {
    const a = args ?? NO_ARGS;
    let i = 0;
    for (const decl of signature) {
      if (decl.keywordOnly) continue;
      if (i < a.positional.length) this.slots.set(decl.name, { given: true, value: a.positional[i] });
      i++;
    }
    for (const decl of signature) {
      for (const key of [decl.name, ...(decl.aliases ?? [])]) {
        if (Object.prototype.hasOwnProperty.call(a.keyword, key)) this.slots.set(decl.name, { given: true, value: a.keyword[key] });
      }
    }
  }

  private decl(name: string): ParamDecl {
    const d = this.signature.find((x) => x.name === name);
    if (!d) throw new Error(`engine/init: no parameter '${name}' in signature`);
    return d;
  }

  /** True when the call writes this argument (resolved or not). */
  given(name: string): boolean {
    return this.slots.get(name)?.given === true;
  }

  /** The argument as written, or its default; `undefined` when unresolved or required and missing. */
  raw(name: string): ArgValue {
    const slot = this.slots.get(name);
    if (slot?.given) {
      if (slot.value === undefined) this.problems.push(`argument '${name}' is not resolved`);
      return slot.value;
    }
    const d = this.decl(name);
    if (d.default === REQUIRED) {
      this.problems.push(`required argument '${name}' is missing`);
      return undefined;
    }
    return d.default;
  }

  /** A number; booleans and strings are type errors. */
  num(name: string): number | undefined {
    const v = this.raw(name);
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v !== undefined) this.problems.push(`argument '${name}' is not a number`);
    return undefined;
  }

  /** A number or Python None (null); `undefined` when unresolved or of another type. */
  numOrNull(name: string): number | null | undefined {
    const v = this.raw(name);
    if (v === null) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v !== undefined) this.problems.push(`argument '${name}' is not a number`);
    return undefined;
  }

  str(name: string): string | undefined {
    const v = this.raw(name);
    if (typeof v === 'string') return v;
    if (v !== undefined) this.problems.push(`argument '${name}' is not a string`);
    return undefined;
  }

  bool(name: string): boolean | undefined {
    const v = this.raw(name);
    if (typeof v === 'boolean') return v;
    if (v === null) return false;
    if (typeof v === 'number') return v !== 0;
    if (v !== undefined) this.problems.push(`argument '${name}' is not a boolean`);
    return undefined;
  }

  /** An int or a sequence of ints (JAX in_axis/out_axis/batch_axis). */
  axes(name: string): number | number[] | undefined {
    const v = this.raw(name);
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))) return v as number[];
    if (v !== undefined) this.problems.push(`argument '${name}' is not an axis or a sequence of axes`);
    return undefined;
  }

  /**
   * A size: a positive integer a double holds exactly. Zero (Dense(0), units: 0) builds a weight
   * with no fan the theory can propagate through, and Keras and TF.js reject it themselves.
   */
  dim(name: string): number | undefined {
    const v = this.raw(name);
    if (isSize(v)) return v;
    if (v !== undefined && v !== null) this.problems.push(`argument '${name}' is not a size`);
    return undefined;
  }

  /** A size or a tuple of sizes, expanded to n entries (kernel_size=3 -> [3, 3]). */
  dims(name: string, n: number): (number | undefined)[] {
    const v = this.raw(name);
    const one = (x: ArgValue): number | undefined => (isSize(x) ? x : undefined);
    if (typeof v === 'number') return Array<number | undefined>(n).fill(one(v));
    if (Array.isArray(v)) return Array.from({ length: n }, (_, i) => (i < v.length ? one(v[i]) : undefined));
    return Array<number | undefined>(n).fill(undefined);
  }
}

function isSize(v: ArgValue): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
}

export function bindArgs(signature: Signature, args: CallArgs | undefined): BoundArgs {
  return new BoundArgs(signature, args);
}
