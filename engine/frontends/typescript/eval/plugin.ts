// The seam between the JavaScript/TypeScript evaluator and a framework plug-in (TF.js today). The
// evaluator runs the language: statements, environments, functions, classes, built-ins. Whatever
// a library does is the plug-in's: which modules it exports, what its functions return, what its
// objects' methods do, and how its objects join when two paths disagree. The evaluator hands the
// plug-in its services (EvalHost): positions, the running statement, calls back into user code.
import type { SourceRange } from '../../../model/graph';
import type { Budget } from '../../shared/budget';
import type { TS } from '../ts';
import type { FnValue, FrameworkObject, LibValue, ObjValue, Value } from './values';

/** Where evaluation is: conditional depth, call depth, the function running, `this`. */
export interface Ctx {
  /** Undecidable conditions around this point: what happens here may not happen. */
  conditional: number;
  depth: number;
  fnName?: string;
  thisValue?: Value;
  /** Values returned inside branches the evaluator could not decide. */
  maybeReturns?: Value[];
}

/** An instance of a user class whose `extends` clause names a library class (`extends tf.layers.Layer`). */
export interface LibraryInstance extends ObjValue {
  base: LibValue;
  className: string;
}

/** What the evaluator offers a plug-in. */
export interface EvalHost {
  readonly ts: typeof TS;
  readonly sf: TS.SourceFile;
  readonly budget: Budget;
  /** The innermost statement running. */
  readonly statement: TS.Statement | undefined;
  /** The code running was reached by no call (a function run on its own, parameters unknown). */
  readonly standalone: boolean;
  rangeOf(node: TS.Node): SourceRange;
  textOf(node: TS.Node): string;
  /** Something a loop builds (a layer, a model, a tensor): loops that build nothing are not unrolled. */
  progress(): void;
  note(message: string, range?: SourceRange): void;
  /** Runs a user function on abstract arguments. */
  callFunction(fn: FnValue, args: Value[], ctx: Ctx, standalone?: boolean): Value;
  /** A property of a value, methods of user classes included. */
  member(value: Value, name: string): Value;
}

export interface TsFrameworkPlugin {
  /** The plug-in's tag, the `fw` of the objects it makes. */
  readonly name: string;
  /** What `import ... from spec` binds to `local`: `imported` is an export name, '*' (namespace) or 'default'; undefined: another module. */
  importValue(spec: string, imported: string, local: string): Value | undefined;
  /** `require(spec)` (`import local = require(spec)`); undefined: another module. */
  requireValue(spec: string, local?: string): Value | undefined;
  /** A name no declaration binds (the global `tf` of a <script> page); undefined: unknown. */
  freeName(name: string): Value | undefined;
  /** An unknown parameter by its name (`function build(tf)` run with no caller); undefined: unknown. */
  parameterValue(name: string): Value | undefined;
  /** The plug-in answers calls of this library name ('tf.layers.dense'). */
  ownsLibrary(q: string): boolean;
  /** A call of one of its library names; undefined: not modelled (callbacks passed to it may still run). */
  callLibrary(f: LibValue, node: TS.CallExpression | TS.NewExpression, args: Value[], ctx: Ctx): Value | undefined;
  /** A property of one of its objects. */
  member(o: FrameworkObject, name: string): Value;
  /** A method call on one of its objects, or on an instance of a user subclass of a library class; undefined: not handled. */
  callMethod(recv: FrameworkObject | LibraryInstance, name: string, args: Value[], node: TS.CallExpression, ctx: Ctx): Value | undefined;
  /** `super(...)` in the constructor of a subclass of a library class. */
  superCall(inst: LibraryInstance, args: Value[], ctx: Ctx): void;
  /** Two of its objects are the same for merging paths. */
  same(a: FrameworkObject, b: FrameworkObject): boolean;
  /**
   * A variable the paths of an undecidable branch disagree on (`values[i]` undefined where a path
   * leaves it unset, `old` its value before): the plug-in's join, or undefined for unknown.
   */
  join(values: (Value | undefined)[], old: Value | undefined, reason: string, ctx: Ctx): Value | undefined;
  /** One of its objects was bound to a name (`const model = ...`, `this.model = ...`). */
  bound(o: FrameworkObject, name: string, ctx: Ctx): void;
  /** The function builds what the plug-in reads, so it is worth running once per value of a parameter it branches on. */
  worthSplitting(decl: TS.Node): boolean;
  /** A run of a function once per parameter value starts; `end(discard)` drops what a run that threw registered. */
  beginVariant(label: string): void;
  endVariant(discard: boolean): void;
}
