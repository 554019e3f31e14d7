// The seam between the Python evaluator (eval/) and the framework readers (torch/, keras/, flax/,
// tensorflow/, jax/, shaped/). The evaluator knows Python; everything it knows of a framework it
// learns by asking the plug-ins below, in a fixed order, through this file.
//
// Invariants:
// - eval/ imports no framework folder; it reaches them only through `createPlugins` here.
// - A plug-in is created only for a file that imports its framework (PyTorch files never build
//   the Keras, Flax, TensorFlow or JAX readers). The PyTorch plug-in is the exception: it is the
//   default, created for every file, because a module object without `framework` is a PyTorch
//   module and its tensor and module tables are the fallback the other readers relied on.
// - Every hook may decline (undefined / false): the evaluator then does what Python alone proves,
//   which for anything framework-specific is `unknown` or an opaque step.
import type { Framework, GraphNode, Model, SourceRange } from '../../model/graph';
import type { Ctx, Interpreter, RootModel } from './eval/interpreter';
import type { ClassValue, ModuleObj, Trace, Value } from './eval/values';
import type { SyntaxNode } from './syntax';
import { FlaxPlugin } from './flax/plugin';
import { JaxArrays } from './jax/arrays';
import { JaxPlugin } from './jax/plugin';
import { KerasPlugin } from './keras/plugin';
import { ShapedModels } from './shaped/models';
import { TensorFlowPlugin } from './tensorflow/plugin';
import { TorchPlugin } from './torch/plugin';

export type Tensor = Value & { k: 'tensor' };
export type Param = Value & { k: 'param' };

/** What a framework base class makes of a class of the file (`class Net(nn.Module)`). */
export interface ClassBase {
  /** Absent for PyTorch: a module class without a framework is a PyTorch module. */
  framework?: Framework;
  /** Flax linen modules: dataclasses built through setup() or an @nn.compact __call__. */
  linen?: boolean;
}

export interface FrameworkPlugin {
  /** For messages and debugging: 'torch', 'keras', ... */
  readonly name: string;
  /** The frameworks whose module objects this plug-in owns (a module's `framework`, 'pytorch' when absent). */
  readonly modules?: readonly Framework[];

  // ---- names
  /** A class base by qualified name ('torch.nn.Module', 'keras.Model', 'flax.linen.Module'). */
  classBase?(qualified: string): ClassBase | undefined;
  /** Whether a qualified library name is this plug-in's to call ('torch.nn.Linear', 'keras.layers.Dense'). */
  ownsName?(qualified: string): boolean;
  /** A call of an owned library name; undefined: not modelled (the evaluator makes it an unknown call). */
  callLib?(qualified: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined;

  // ---- module objects this plug-in owns (see `modules`)
  /** Builds an instance of a model class of the file whose base is this framework's. */
  instantiate?(cls: ClassValue, m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx): ModuleObj;
  /** The method a call of the module runs: 'forward', 'call', '__call__'. */
  forwardMethod?(m: ModuleObj): string;
  /** A module of the file's own class was built (its __init__ has run): the plug-in may say what it is. */
  afterInstantiate?(m: ModuleObj): void;
  /** `m(x, ...)`. */
  callModule?(m: ModuleObj, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value;
  /** `m.attr` for an attribute the evaluator does not hold (not a child, parameter or stored attribute). */
  moduleAttr?(m: ModuleObj, attr: string): Value | undefined;
  /** Whether `m.name` is a framework method of the module (`modules`, `apply`, `add`, `init`). */
  hasModuleMethod?(m: ModuleObj, name: string): boolean;
  /** `m.name(...)` for a method `hasModuleMethod` accepted. */
  moduleMethod?(m: ModuleObj, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value;
  /** The forward trace of a model found in the file; undefined when its forward pass cannot be read. */
  rootTrace?(m: ModuleObj): Trace | undefined;
  /** Pieces of forward order a model's modules prove on their own (a layer's own activation, a Sequential's order), for Model.fragments. */
  rootFragments?(m: ModuleObj): GraphNode[][];
  /** Where a fix inserts init statements for a model (absent: the framework's fixes edit constructor arguments). */
  buildSite?(root: RootModel, indentAt: (line: number) => string): Model['buildSite'];

  // ---- any plug-in (asked in order; the first answer wins)
  /** `self.attr = value` on a module; true when the plug-in consumed the value (a new parameter). */
  onModuleAttr?(m: ModuleObj, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): boolean;
  /** A module-level assignment (models a later assignment replaces are still models). */
  onGlobal?(name: string, value: Value, range: SourceRange): void;
  /** A function of the file is being called. */
  onFunctionCall?(def: SyntaxNode): void;
  /** Calling a framework value the evaluator cannot call itself (an initializer object on a shape: `lecun_normal()(key, shape)`, `tf.keras.initializers.HeNormal()(shape=[784, 256])`). */
  callValue?(fn: Value, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined;
  /** Binary operators on framework values (`torch.randn(n, m) * 0.1`, `x @ self.w`), before the evaluator's tensor rules. */
  binary?(op: string, a: Value, b: Value, node: SyntaxNode): Value | undefined;
  /** A framework value of the plug-in unpacked into `count` targets (`B, T, C = x.size()`); undefined when it cannot say. */
  unpack?(value: Value, count: number): Value[] | undefined;
  /** `t.shape`, `t.ndim` of a forward-pass tensor. */
  tensorAttr?(t: Tensor, attr: string): Value | undefined;
  /** `t.name(...)` of a forward-pass tensor. */
  tensorMethod?(t: Tensor, name: string, positional: Value[], keyword: Map<string, Value>, node: SyntaxNode): Value | undefined;
  /** `p.attr` of a parameter (`p.data`, `p.shape`). */
  paramAttr?(p: Param, attr: string): Value | undefined;
  /** `p.name(...)` of a parameter (`p.normal_(0, 0.02)`, `p.data.zero_()`). */
  paramMethod?(p: Param, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined;
  /** `p.attr = value` on a parameter (`w.data = torch.randn(n, m)`); true when handled. */
  assignParamAttr?(p: Param, attr: string, value: Value, ctx: Ctx, stmt: SyntaxNode): boolean;
  /** `p *= s` on a parameter; true when handled. */
  paramInPlace?(p: Param, op: string, rhs: Value): boolean;
  /**
   * `v.attr` of a plug-in's own value or of a value the evaluator knows no attributes of (a
   * factory tensor before it is a parameter, a JAX array: `w.value`, `w.T`): the attribute, or a
   * `method` value for `valueMethod`; undefined: not one of the plug-in's values.
   */
  valueAttr?(v: Value, attr: string): Value | undefined;
  /** `v.name(...)` of a plug-in's own value (`t.normal_(0, 0.02)`, `t.requires_grad_()`). */
  valueMethod?(v: Value, name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined;
  /** `obj[key]` on a plug-in's value (`C[X]`: a raw embedding table looked up); undefined: not handled. */
  subscript?(obj: Value, key: Value, node: SyntaxNode): Value | undefined;
  /** `isinstance(m, cls)` for a library class the module's own class name is not. */
  isInstance?(m: ModuleObj, qualifiedClass: string): boolean | undefined;
  /** Models beyond the file's final globals, once the file has run (uncalled builders, presets). */
  runModelBuilders?(seen: Set<ModuleObj>): void;
  /** After every builder ran: the plug-in's modules built inside functions that no model holds (see Interpreter.rootUnheldInstances). */
  rootInstances?(seen: Set<ModuleObj>): void;
}

/** The plug-ins of one file, in the order the evaluator asks them. */
export class Plugins {
  private readonly owners = new Map<Framework, FrameworkPlugin>();

  constructor(readonly all: readonly FrameworkPlugin[]) {
    for (const p of all) for (const f of p.modules ?? []) if (!this.owners.has(f)) this.owners.set(f, p);
  }

  /** The plug-in that owns module objects of a framework ('pytorch' when absent). */
  owner(framework: Framework | undefined): FrameworkPlugin | undefined {
    return this.owners.get(framework ?? 'pytorch');
  }

  /** The plug-in a qualified library name belongs to. */
  nameOwner(qualified: string): FrameworkPlugin | undefined {
    for (const p of this.all) if (p.ownsName?.(qualified)) return p;
    return undefined;
  }
}

/**
 * The plug-ins for a file importing `frameworks` ('keras' also stands for TensorFlow). The order is
 * the order of the questions: the shape-inferring readers first, PyTorch, the default, last.
 */
export function createPlugins(interp: Interpreter, frameworks: ReadonlySet<Framework>): Plugins {
  const all: FrameworkPlugin[] = [];
  if (frameworks.has('keras') || frameworks.has('flax')) {
    const shaped = new ShapedModels(interp);
    const arrays = new JaxArrays();
    all.push(shaped, new KerasPlugin(shaped), new TensorFlowPlugin(interp), new FlaxPlugin(shaped, arrays, interp), new JaxPlugin(interp, arrays, shaped));
  }
  all.push(new TorchPlugin(interp));
  return new Plugins(all);
}
