// jax.example_libraries.stax, the small layer library of JAX's own examples: every layer is a pair
// (init_fun, apply_fun), `stax.serial(...)` chains them, and `init_fun(rng, input_shape)` builds
// the parameters for an input shape (jax/example_libraries/stax.py). Read as a Flax-framework
// Sequential of layers whose defaults are stax's (engine/init/defaults/flax.ts): a model is the
// serial a global holds; the input width comes from the `init_fun(rng, (-1, 784))` call.
import type { Ctx } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { type ModuleObj, NO_SHAPE, UNKNOWN, type Value } from '../eval/values';
import { planFlax } from '../../../init/defaults/flax';
import { activationModule, frameworkLayer, layerModule, otherModule, passthroughModule, seeInput } from '../shaped/layer-build';
import type { ShapedModels } from '../shaped/models';
import { convShape, dimOf, dimsOf, flattenShape, paddingOf, poolShape, shapeArg, withWidth } from '../shaped/shapes';
import { compact } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';

const STAX = 'jax.example_libraries.stax.';

/** stax's elementwise layers (`stax.Relu` is a layer, not a call) and the activation each applies. */
const ELEMENTWISE: Record<string, Parameters<typeof activationModule>[3]> = {
  Relu: { kind: 'relu' },
  Tanh: { kind: 'tanh' },
  Sigmoid: { kind: 'sigmoid' },
  Elu: { kind: 'elu', param: 1 },
  LeakyRelu: { kind: 'leaky_relu', param: 0.01 },
  Selu: { kind: 'selu' },
  // jax.nn.gelu's default approximate=True
  Gelu: { kind: 'gelu_tanh' },
  Softplus: { kind: 'softplus', param: 1 },
  LogSoftmax: { kind: 'softmax' },
  Softmax: { kind: 'softmax' },
  Exp: { opaque: 'stax.Exp' },
};

export function isStaxName(q: string): boolean {
  return q.startsWith(STAX);
}

export class StaxReader {
  /** The models whose init_fun each `jax.example_libraries.stax.init_fun.N` name stands for. */
  private readonly inits: ModuleObj[] = [];

  constructor(private readonly shaped: ShapedModels) {}

  /** A stax layer used as a value (`stax.Relu`, `stax.Flatten`) or a stax call; undefined: not stax's. */
  call(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const name = q.slice(STAX.length);
    const init = /^init_fun\.(\d+)$/.exec(name);
    if (init) {
      // init_fun(rng, input_shape): the shape the model is built for, batch axis first.
      const m = this.inits[Number(init[1])];
      const dims = shapeArg(positional[1] ?? keyword.get('input_shape'));
      if (m && dims && dims.length >= 2 && !m.inputShape) m.inputShape = dims.slice(1);
      return UNKNOWN;
    }
    if (name === 'serial') {
      const m = this.shaped.sequential('flax', { k: 'seq', items: positional.map((v) => this.layerOf(v, node)), tuple: true }, node, keyword, 'linen');
      if (m.k === 'module') m.m.className = `${STAX}serial`;
      return this.pair(m);
    }
    const made = this.layer(name, positional, keyword, ctx, node);
    return made ? this.pair({ k: 'module', m: made }) : undefined;
  }

  /** (init_fun, apply_fun): the apply function is the model; the init function records its input shape. */
  private pair(m: Value): Value {
    if (m.k !== 'module') return UNKNOWN;
    this.inits.push(m.m);
    return { k: 'seq', items: [{ k: 'lib', name: `${STAX}init_fun.${this.inits.length - 1}` }, m], tuple: true };
  }

  /** An element of serial(...): a (init, apply) pair, or a layer named without a call (`stax.Relu`). */
  private layerOf(v: Value, node: SyntaxNode): Value {
    if (v.k === 'seq' && v.items.length === 2 && v.items[1]!.k === 'module') return v.items[1]!;
    if (v.k === 'lib' && isStaxName(v.name)) {
      const made = this.layer(v.name.slice(STAX.length), [], new Map(), { conditional: 0, depth: 0 }, node, true);
      if (made) return { k: 'module', m: made };
    }
    return { k: 'module', m: otherModule('flax', 'unknown', compact(node.text).slice(0, 40)) };
  }

  private layer(name: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode, bare = false): ModuleObj | undefined {
    const q = `${STAX}${name}`;
    const act = ELEMENTWISE[name];
    if (act) return bare ? activationModule('flax', q, `stax.${name}`, 'opaque' in act ? act : { ...act, range: rangeOf(node) }) : undefined;
    if (name === 'Flatten') return passthroughModule('flax', q, 'stax.Flatten', flattenShape);
    if (name === 'Identity') return passthroughModule('flax', q, 'stax.Identity');
    if (bare) return undefined;
    const call = this.shaped.layerCall(q, name, positional, keyword, ctx, node);
    const arg = (i: number, kw: string): Value | undefined => keyword.get(kw) ?? positional[i];
    if (name === 'Dense') {
      const f = dimOf(arg(0, 'out_dim'));
      const { layer, refresh } = frameworkLayer('flax', 'Linear', q, call, planFlax);
      layer.outFeatures = f;
      return layerModule('flax', q, call.text, layer, (input) => {
        seeInput(layer, input.width, refresh);
        return withWidth(input, f);
      });
    }
    if (name === 'Conv') {
      const f = dimOf(arg(0, 'out_chan'));
      const fs = arg(1, 'filter_shape');
      const nd = fs?.k === 'seq' ? fs.items.length : undefined;
      const { layer, refresh } = frameworkLayer('flax', 'Conv', q, call, planFlax);
      layer.outFeatures = f;
      if (nd !== undefined) layer.kernelSize = dimsOf(fs, nd);
      const st = arg(2, 'strides');
      const pad = nd === undefined ? undefined : paddingOf(arg(3, 'padding'), nd, 'valid');
      return layerModule('flax', q, call.text, layer, (input) => {
        seeInput(layer, input.width, refresh);
        if (nd === undefined) return { width: f };
        const strides = st === undefined || st.k === 'none' ? Array(nd).fill(1) : dimsOf(st, nd);
        return convShape(input, nd, dimsOf(fs, nd), strides, Array(nd).fill(1), pad, f);
      });
    }
    if (name === 'MaxPool' || name === 'AvgPool' || name === 'SumPool') {
      const win = arg(0, 'window_shape');
      const nd = win?.k === 'seq' ? win.items.length : undefined;
      const st = arg(1, 'strides');
      return passthroughModule('flax', q, call.text, (input) => {
        if (nd === undefined) return { width: input.width };
        const strides = st === undefined || st.k === 'none' ? Array(nd).fill(1) : dimsOf(st, nd);
        return poolShape(input, nd, dimsOf(win, nd), strides, paddingOf(arg(2, 'padding'), nd, 'valid'));
      });
    }
    if (name === 'Dropout') return passthroughModule('flax', q, call.text);
    if (name === 'BatchNorm') {
      const { layer } = frameworkLayer('flax', 'Norm', q, call, planFlax);
      layer.normKind = 'batch';
      return layerModule('flax', q, call.text, layer, (input) => input ?? NO_SHAPE);
    }
    // FanOut, parallel, FanInSum, FanInConcat, GeneralConv, shape_dependent: not modelled (a cut).
    if (/^[A-Z]|^(parallel|shape_dependent)$/.test(name)) return otherModule('flax', q, call.text);
    return undefined;
  }
}
