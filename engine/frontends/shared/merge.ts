// Joining the variables of several possible paths (the branches of an undecidable `if`, a loop
// that may run or not), shared by the Python and the TypeScript evaluators: a variable keeps its
// value only where every path agrees on it; otherwise the evaluator's `join` decides (a tensor
// becomes the common history cut by an opaque step, anything else unknown).

export interface JoinOps<V> {
  /** The same value for merging paths. */
  equivalent(a: V, b: V): boolean;
  /**
   * The merged value of a variable the paths disagree on (`undefined` in `values` where a path
   * leaves it unset; `old` its value before the paths), or undefined to leave it as it was.
   */
  join(values: (V | undefined)[], old: V | undefined): V | undefined;
}

export function mergePaths<V>(target: Map<string, V>, outcomes: Map<string, V>[], ops: JoinOps<V>): void {
  const names = new Set<string>();
  for (const o of outcomes) for (const k of o.keys()) names.add(k);
  for (const name of names) {
    const values = outcomes.map((o) => o.get(name));
    const first = values[0];
    if (first !== undefined && values.every((v) => v !== undefined && ops.equivalent(v, first))) {
      target.set(name, first);
      continue;
    }
    const joined = ops.join(values, target.get(name));
    if (joined !== undefined) target.set(name, joined);
  }
}
