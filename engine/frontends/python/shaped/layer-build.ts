// Shared by the Keras and Flax catalogues: a layer call as the interpreter saw it, the IR layer it
// makes (parameters planned by engine/init's default tables, explicit initializers from the
// constructor's *_initializer / *_init arguments), and the late build of parameter shapes once the
// layer meets its first input (both frameworks infer the input width from the tensor).
import type { Activation, ActivationKind, CallArgs, Dim, Framework, InitSpec, Layer, LayerKind, ParamSpec, SourceRange } from '../../../model/graph';
import { initializerKey, resolveInitializer } from '../../../init';
import type { ParamPlan } from '../../../init/defaults/layer';
import { type ArgSite, newModule, type ModuleObj, type TensorShape, type Value, toArg } from '../eval/values';

export type { ArgSite } from '../eval/values';

/** A constructor call of a framework layer, with what the fixers and messages need. */
export interface LayerCall {
  /** Qualified name as imported ('tensorflow.keras.layers.Dense', 'flax.linen.Dense'). */
  qualified: string;
  /** The class name ('Dense'). */
  name: string;
  positional: Value[];
  keyword: Map<string, Value>;
  range: SourceRange;
  text: string;
  statementRange: SourceRange;
  /** The value node of a keyword argument written in the call. */
  argSite(keyword: string): ArgSite | undefined;
  /** Under a condition the interpreter could not decide. */
  conditional: boolean;
}

export function callArgs(call: LayerCall): CallArgs {
  return { positional: call.positional.map(toArg), keyword: Object.fromEntries([...call.keyword].map(([k, v]) => [k, toArg(v)])) };
}

const defaultInit = (framework: Framework): InitSpec => ({ source: 'default', framework, name: '', args: { positional: [], keyword: {} } });

/** Flax/JAX initializer functions that are passed uncalled (`kernel_init=nn.initializers.zeros`). */
const FLAX_DIRECT: Record<string, string> = { zeros: 'zeros', ones: 'ones', default_kernel_init: 'lecun_normal' };

/**
 * Keras layers take TensorFlow's initializer objects (tf.zeros_initializer()), and tf.layers (Keras
 * layers underneath) take Keras's: the spec keeps the initializer's own framework, whose catalogue
 * describes it.
 */
const kerasFamily = (f: Framework): boolean => f === 'keras' || f === 'tensorflow';

/**
 * The initializer an argument value stands for: a Keras string or initializer object (or class), a
 * Flax/JAX init function. `undefined` for None (Keras falls back to the default); an unknown value
 * gives an explicit spec with no known name (no moments: never a guess).
 */
export function initSpecFrom(framework: Framework, v: Value, site: ArgSite | undefined, call: LayerCall): InitSpec | undefined {
  let name = '?';
  let args: CallArgs = { positional: [], keyword: {} };
  let text = site?.text ?? '';
  let specFramework = framework;
  if (v.k === 'none') {
    if (kerasFamily(framework)) return undefined;
  } else if (v.k === 'init' && (v.framework === framework || (kerasFamily(framework) && kerasFamily(v.framework)))) {
    name = v.name;
    args = v.args;
    text = v.text;
    specFramework = v.framework;
  } else if (kerasFamily(framework) && v.k === 'str') {
    name = v.v;
    specFramework = 'keras';
  } else if (v.k === 'lib') {
    const key = initializerKey(v.name);
    if (framework === 'flax' && /(^|\.)(initializers|linear)\./.test(v.name) && FLAX_DIRECT[key]) name = FLAX_DIRECT[key]!;
    else if (framework === 'keras' && /(^|\.)initializers\./.test(v.name) && /^[A-Z]/.test(key) && resolveInitializer('keras', key)) name = key;
  }
  const spec: InitSpec = { source: 'explicit', framework: specFramework, name, args, statementRange: call.statementRange, text };
  if (site) spec.callRange = site.range;
  // Not conditional even when the layer is built under an undecidable condition (a loop of unknown
  // count, an `if`): an initializer written in the constructor comes with the layer, so wherever the
  // layer exists it starts from it. Whether the layer exists is the condition's business.
  return spec;
}

/**
 * A layer whose parameters follow `plan` (engine/init's table for the framework). `initArgs` maps a
 * parameter's init argument ('kernel_initializer') to the keyword written for it, when it differs.
 */
export function frameworkLayer(framework: Framework, kind: LayerKind, ctor: string, call: LayerCall, plan: (layer: BuiltLayer) => ParamPlan[]): { layer: BuiltLayer; refresh: () => void } {
  const layer: BuiltLayer = { id: '', name: call.text, kind, ctor, framework, range: call.range, statementRange: call.statementRange, params: [], args: callArgs(call) };
  const explicit = new Map<string, InitSpec | undefined>();
  const initFor = (arg: string | undefined): InitSpec => {
    if (!arg || !call.keyword.has(arg)) return defaultInit(framework);
    if (!explicit.has(arg)) explicit.set(arg, initSpecFrom(framework, call.keyword.get(arg)!, call.argSite(arg), call));
    return explicit.get(arg) ?? defaultInit(framework);
  };
  const refresh = (): void => {
    const planned = plan(layer);
    const old = new Map(layer.params.map((p) => [p.name, p]));
    layer.params = planned.map((pl): ParamSpec => {
      const prev = old.get(pl.name);
      if (prev) {
        prev.shape = pl.shape;
        return prev;
      }
      return { name: pl.name, role: pl.role, shape: pl.shape, init: initFor(pl.initArg) };
    });
  };
  refresh();
  return { layer, refresh };
}

/** An IR layer that also carries the input width its framework infers (engine/init's LayerDescription.inputDim). */
export type BuiltLayer = Layer & { inputDim?: Dim };

/** Records the input width a layer first sees and rebuilds its parameter shapes; later widths are ignored. */
export function seeInput(layer: BuiltLayer, width: Dim, refresh: () => void): void {
  if (width === undefined || layer.inputDim !== undefined) return;
  layer.inputDim = width;
  if (layer.inFeatures === undefined) layer.inFeatures = width;
  refresh();
}

export function layerModule(framework: Framework, qualified: string, text: string, layer: Layer, shapeFn: (input: TensorShape) => TensorShape): ModuleObj {
  const m = newModule('layer', qualified, text);
  m.framework = framework;
  m.layer = layer;
  m.shapeFn = shapeFn;
  return m;
}

export function activationModule(framework: Framework, qualified: string, text: string, activation: Activation | { opaque: string }): ModuleObj {
  const m = newModule('opaque' in activation ? 'other' : 'activation', qualified, text);
  m.framework = framework;
  if (!('opaque' in activation)) m.activation = activation;
  return m;
}

export function passthroughModule(framework: Framework, qualified: string, text: string, shapeFn?: (input: TensorShape) => TensorShape): ModuleObj {
  const m = newModule('passthrough', qualified, text);
  m.framework = framework;
  if (shapeFn) m.shapeFn = shapeFn;
  return m;
}

export function otherModule(framework: Framework, qualified: string, text: string): ModuleObj {
  const m = newModule('other', qualified, text);
  m.framework = framework;
  return m;
}

/** Activation functions by name, shared by Keras strings, tf.nn/keras.ops functions and JAX/Flax functions. */
export const ACTIVATION_NAMES: Record<string, { kind: ActivationKind; param?: number } | null> = {
  relu: { kind: 'relu' },
  relu6: { kind: 'relu6' },
  elu: { kind: 'elu', param: 1 },
  celu: { kind: 'elu', param: 1 },
  selu: { kind: 'selu' },
  gelu: { kind: 'gelu' },
  silu: { kind: 'silu' },
  swish: { kind: 'silu' },
  mish: { kind: 'mish' },
  tanh: { kind: 'tanh' },
  sigmoid: { kind: 'sigmoid' },
  softplus: { kind: 'softplus', param: 1 },
  softmax: { kind: 'softmax' },
  log_softmax: { kind: 'softmax' },
  hard_tanh: { kind: 'hardtanh' },
  linear: { kind: 'identity' },
  identity: { kind: 'identity' },
  // Activations the theory does not model: the chain is cut there.
  exponential: null,
  hard_sigmoid: null,
  hard_silu: null,
  hard_swish: null,
  softsign: null,
  tanh_shrink: null,
  squareplus: null,
  sparse_plus: null,
  glu: null,
  sparsemax: null,
  log_sigmoid: null,
};
