// What the module-default tables need to know about a layer, and the parameter list they return.
import type { CallArgs, Dim, Framework, Layer, LayerKind, ParamRole, ParamSpec } from '../../model/graph';
import { bindArgs, type BoundArgs, type Signature } from '../args';
import type { Draft } from '../distributions';
import type { InitInfo } from '../types';

/**
 * A layer as the default tables read it. An IR `Layer` is one. Sizes come from the constructor
 * arguments (`args`, bound to the constructor's signature by its last dotted name) and, for the
 * sizes a framework infers from the input at build time (Keras/TF.js/Flax Dense input width, conv
 * input channels, RNN input width), from `inputDim`, falling back to `inFeatures` for the
 * non-convolutional kinds. `params`, when present, give the exact shapes (PyTorch bias bounds use the
 * weight's fan_in).
 */
export interface LayerDescription {
  framework: Framework;
  kind: LayerKind;
  /** Constructor as written: 'nn.Linear', 'torch.nn.Conv2d', 'layers.Dense', 'tf.layers.lstm', 'nn.Dense', 'nnx.Linear'. */
  ctor?: string;
  args?: CallArgs;
  /** Size of the input's last axis (features or channels), where the framework takes it from the input. */
  inputDim?: Dim;
  inFeatures?: Dim;
  outFeatures?: Dim;
  kernelSize?: Dim[];
  groups?: Dim;
  normKind?: Layer['normKind'];
  params?: readonly ParamSpec[];
}

/** One parameter a layer creates, in the framework's layout, with its default initialization. */
export interface DefaultParam {
  /** As the framework names it: 'weight', 'weight_ih_l0', 'out_proj.weight', 'kernel', 'query/kernel' (Keras), 'query.kernel' (Flax). */
  name: string;
  role: ParamRole;
  shape: Dim[];
  init: InitInfo;
  /** Gate blocks along an axis, in the framework's order (PyTorch LSTM i,f,g,o along axis 0). */
  gates?: { axis: number; labels: string[] };
  /** The constructor argument that replaces this default ('kernel_initializer', 'kernelInitializer', 'kernel_init'). */
  initArg?: string;
  /** The shape the initializer function is called with, when it differs (Flax DenseGeneral flattens to 2-D). */
  initShape?: Dim[];
}

/** A planned parameter: its description is computed from its (possibly refined) shape. */
export interface ParamPlan {
  name: string;
  role: ParamRole;
  shape: Dim[];
  gates?: { axis: number; labels: string[] };
  initArg?: string;
}

/** The constructor's own name: 'torch.nn.Conv2d' -> 'Conv2d', 'tf.layers.dense' -> 'dense'. */
export function ctorName(layer: LayerDescription): string {
  const c = layer.ctor ?? '';
  const i = c.lastIndexOf('.');
  return i >= 0 ? c.slice(i + 1) : c;
}

/** Parameter names split at the last '.' or '/': 'out_proj.weight' -> ['out_proj', 'weight']. */
export function splitParamName(name: string): { prefix: string; leaf: string } {
  const i = Math.max(name.lastIndexOf('.'), name.lastIndexOf('/'));
  return i >= 0 ? { prefix: name.slice(0, i), leaf: name.slice(i + 1) } : { prefix: '', leaf: name };
}

export function bindCtor(layer: LayerDescription, signature: Signature): BoundArgs {
  return bindArgs(signature, layer.args);
}

export const mulDim = (a: Dim, b: Dim): Dim => (a === undefined || b === undefined ? undefined : a * b);
export const divDim = (a: Dim, b: Dim): Dim => (a === undefined || b === undefined || b === 0 || a % b !== 0 ? undefined : a / b);

/** The exact shape of a parameter the layer already lists, when it does. */
export function listedShape(layer: LayerDescription, name: string): Dim[] | undefined {
  return layer.params?.find((p) => p.name === name)?.shape;
}

/** The input width for frameworks that infer it: inputDim, else inFeatures for non-conv kinds. */
export function inputWidth(layer: LayerDescription): Dim {
  if (layer.inputDim !== undefined) return layer.inputDim;
  if (layer.kind === 'Conv' || layer.kind === 'ConvTranspose') return undefined;
  return layer.inFeatures;
}

/** A default initlint does not model: no moments. */
export function unmodelled(what: string): Draft {
  return { family: 'default', formula: `${what}: default initialization not modelled`, note: 'unknown default' };
}

/** Constant fill as a draft (norm gammas and betas, zero biases). */
export function constantDraft(value: number, canonical: string, why: string): Draft {
  return {
    family: value === 0 ? 'zeros' : value === 1 ? 'ones' : 'constant',
    canonical,
    distribution: 'constant',
    constant: value,
    moments: { mean: value, variance: 0 },
    formula: `${why}: constant ${value}`,
  };
}
