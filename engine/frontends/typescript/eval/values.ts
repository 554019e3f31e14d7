// Abstract values of the JavaScript/TypeScript evaluator. A value is what the code provably
// computes: numbers, strings, arrays and objects it can follow, functions and classes, library
// names, and the objects a framework plug-in makes (`fw`: TF.js layers, models, tensors, ...),
// which the evaluator carries without looking inside. Anything else is `unknown`, never a guess.
import type { TS } from '../ts';

export interface Prop {
  value: Value;
  /** The `key: value` property (or shorthand) where it was written, when it was. */
  node?: TS.Node;
  /** The expression of its value, when written in an object literal. */
  valueNode?: TS.Expression;
}

export type Env = { vars: Map<string, Value>; parent: Env | undefined };

export interface FnValue {
  decl: TS.SignatureDeclaration & { body?: TS.Node | undefined };
  env: Env;
  name: string;
  thisValue?: Value;
  called: boolean;
}

export interface ObjValue {
  k: 'obj';
  props: Map<string, Prop>;
  /** Has spreads or keys the evaluator could not resolve: an absent key may be present. */
  partial: boolean;
  node?: TS.Node;
}

/** What a framework plug-in keeps in a value; `fw` names the plug-in that made it. */
export interface FrameworkObject {
  readonly fw: string;
}

/** A library name: 'tf', 'tf.layers', 'tf.layers.dense', 'Math.sqrt'. */
export interface LibValue {
  k: 'lib';
  q: string;
  text: string;
}

export type Value =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'undef' }
  /** `over`: a push went past the item limit, so `items` no longer tells what the array holds (only its first items). */
  | { k: 'arr'; items: Value[]; over?: true }
  | ObjValue
  | LibValue
  | { k: 'fn'; fn: FnValue }
  | { k: 'class'; decl: TS.ClassLikeDeclaration; env: Env; name: string }
  | { k: 'fw'; o: FrameworkObject }
  /** Unknown; `not`: known to differ from each of these primitives (the `else` of a factory's branches). */
  | { k: 'unknown'; not?: readonly Value[] };

export const UNKNOWN: Value = { k: 'unknown' };
export const UNDEF: Value = { k: 'undef' };
export const num = (v: number): Value => ({ k: 'num', v });
export const str = (v: string): Value => ({ k: 'str', v });
export const bool = (v: boolean): Value => ({ k: 'bool', v });
export const fw = (o: FrameworkObject): Value => ({ k: 'fw', o });

/** JavaScript truthiness, or undefined when it cannot be told. */
export function truthy(v: Value): boolean | undefined {
  switch (v.k) {
    case 'num':
      return v.v !== 0 && !Number.isNaN(v.v);
    case 'str':
      return v.v !== '';
    case 'bool':
      return v.v;
    case 'null':
    case 'undef':
      return false;
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

/** Same value for merging paths: identical objects, or equal primitives (framework objects: the plug-in's `same`). */
export function samePrimitive(a: Value, b: Value): boolean | undefined {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'num':
    case 'str':
    case 'bool':
      return a.v === (b as typeof a).v;
    case 'null':
    case 'undef':
      return true;
    case 'lib':
      return a.q === (b as typeof a).q;
    case 'fn':
      return a.fn === (b as typeof a).fn;
    case 'fw':
      return a.o === (b as typeof a).o ? true : undefined;
    default:
      return false;
  }
}

export function isPrimitive(v: Value): boolean {
  return v.k === 'num' || v.k === 'str' || v.k === 'bool' || v.k === 'null' || v.k === 'undef';
}
