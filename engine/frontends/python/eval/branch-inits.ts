// The initializers a parameter may start from after an `if` the evaluator cannot decide. Each branch
// runs in turn on the same module objects, so the last branch's init statement overwrites the
// others'; this records, per parameter, what each branch set and what it was before, and leaves the
// parameter with its init marked conditional and every alternative listed (InitSpec.alternatives),
// so a rule can judge the paths: a weight zeroed in every branch is zeroed.
import type { InitSpec, ParamSpec } from '../../../model/graph';

export class BranchInits {
  /** The branch being run (an index into the statement's possible branches). */
  branch = 0;
  private readonly touched = new Map<ParamSpec, { before: InitSpec; byBranch: Map<number, InitSpec> }>();

  constructor(private readonly outer: BranchInits | undefined) {}

  /** An init statement of the running branch sets `spec` to `init` (call before it is assigned). */
  record(spec: ParamSpec, init: InitSpec): void {
    let t = this.touched.get(spec);
    if (!t) {
      t = { before: spec.init, byBranch: new Map() };
      this.touched.set(spec, t);
    }
    t.byBranch.set(this.branch, init);
  }

  /**
   * The statement is done: each parameter it touched gets every init a path may leave it with.
   * `complete`: some branch always runs (there is an `else`), out of `branches`.
   */
  finish(complete: boolean, branches: number): void {
    for (const [spec, t] of this.touched) {
      const paths = [...t.byBranch.values()];
      if (!complete || t.byBranch.size < branches) paths.unshift(t.before);
      const alternatives = paths.flatMap((a) => a.alternatives ?? [a]).map(({ alternatives: _drop, ...a }) => a);
      const init: InitSpec = { ...spec.init, conditional: true, alternatives };
      this.outer?.record(spec, init);
      spec.init = init;
    }
  }
}
