// The TF.js plug-in's objects, carried by the evaluator as `fw` values: layer objects made by
// tf.layers factories, initializer objects, symbolic tensors (as the chain of graph nodes that
// produced them), models, a model that is one of several (the branches of an `if`), and the
// weights a custom layer adds with `this.addWeight`.
import type { ArgValue, Dim, Layer, SourceRange } from '../../../model/graph';
import type { GraphNode } from '../../../model/graph';
import type { Trace } from '../../shared/trace';
import type { TS } from '../ts';
import type { FrameworkObject, ObjValue, Value } from '../eval/values';

/** A tensor's shape without the batch axis. `rankKnown: false`: only the last entry is meaningful. */
export interface Shape {
  dims: Dim[];
  rankKnown: boolean;
}

/** A layer object made by a tf.layers factory, before and after it is connected. */
export interface LayerObj {
  factory: string;
  /** The factory as written: 'tf.layers.dense', 'layers.dense', 'dense'. */
  ctorText: string;
  call: TS.CallExpression;
  config: ObjValue | undefined;
  /** Config present but not an object the reader can read. */
  configUnknown: boolean;
  /** The IR layer, once built (TF.js builds a layer on its first connection). */
  built?: Layer;
  /** The statement that made it. */
  statement?: TS.Node;
  /** Function the layer was made in, for messages. */
  fnName?: string;
}

export interface InitObj {
  /** Initializer name as called: 'heNormal', 'varianceScaling', or a class name from {className}. */
  name: string;
  keyword: Record<string, ArgValue>;
  range: SourceRange;
  text: string;
}

export interface ModelObj {
  kind: 'sequential' | 'functional';
  site: TS.Node;
  /** The variable (or `this.x`) it is bound to. */
  receiver?: string;
  configName?: string;
  fnName?: string;
  /** The parameter values of the factory run that built it ("kind = 'cnn'"). */
  variant?: string;
  nodes: GraphNode[];
  layers: Layer[];
  /** The same layers, for membership tests (a model of thousands of layers must not scan them per add). */
  layerSet: Set<Layer>;
  /** Sequential: number of layers added (TF.js model.layers index of the next one). */
  count: number;
  /** Sequential: current output shape; undefined when unknown. */
  shape: Shape | undefined;
  /** Sequential: an input shape is known (a first layer has been added). */
  started: boolean;
  /** Sequential: layers beyond the per-model limit were not read. */
  truncated?: boolean;
  /** Functional: the output tensor(s). */
  outputs?: TensorVal[];
  inputs?: TensorVal[];
  range: SourceRange;
  /** Conditional depth where it was made: adds deeper than this may not happen. */
  condDepth: number;
  /** Sequential: model.layers index of each added layer (for `model.layers[i]` in messages). */
  entries: { index: number; layer?: Layer }[];
}

export interface TensorVal {
  trace: Trace;
  shape: Shape | undefined;
  /** Layers of merged side branches (not on the trace) that feed this tensor. */
  side: Layer[];
  /** Conditional depth where its input was made. */
  cond: number;
}

/** A weight a custom layer made with `this.addWeight(name, shape, dtype, initializer)`. */
export interface WeightObj {
  /** The IR layer of kind 'Parameter' holding it. */
  layer: Layer;
}

export type TfjsObject = FrameworkObject & { readonly fw: 'tfjs' } & (
    | { kind: 'layer'; l: LayerObj }
    | { kind: 'init'; i: InitObj }
    | { kind: 'tensor'; t: TensorVal }
    | { kind: 'model'; m: ModelObj }
    /** One of these models, each built in its own branch of an undecidable condition. */
    | { kind: 'models'; options: ModelObj[] }
    | { kind: 'weight'; w: WeightObj }
  );

export function tfjs(o: FrameworkObject): TfjsObject | undefined {
  return o.fw === 'tfjs' ? (o as TfjsObject) : undefined;
}

type Of<K extends TfjsObject['kind']> = Extract<TfjsObject, { kind: K }>;

/** The TF.js object of a value when it is of `kind`. */
export function asKind<K extends TfjsObject['kind']>(v: Value | undefined, kind: K): Of<K> | undefined {
  if (v?.k !== 'fw') return undefined;
  const o = tfjs(v.o);
  return o?.kind === kind ? (o as Of<K>) : undefined;
}

export const tensorValue = (t: TensorVal): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'tensor', t } as TfjsObject });
export const modelValue = (m: ModelObj): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'model', m } as TfjsObject });
export const layerValue = (l: LayerObj): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'layer', l } as TfjsObject });
export const initValue = (i: InitObj): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'init', i } as TfjsObject });
export const weightValue = (w: WeightObj): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'weight', w } as TfjsObject });
export const modelsValue = (options: ModelObj[]): Value => ({ k: 'fw', o: { fw: 'tfjs', kind: 'models', options } as TfjsObject });
