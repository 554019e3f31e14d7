// Flax modules: linen (`nn.Dense(features)`, input width inferred from the first input) and nnx
// (`nnx.Linear(in, out, rngs=...)`, input width given): the layer each makes (parameters planned by
// engine/init's Flax table, explicit kernel_init/bias_init/embedding_init), its output shape, and
// the JAX/Flax initializer and activation functions.
import type { Activation, Layer, SourceRange } from '../../../model/graph';
import { planFlax } from '../../../init/defaults/flax';
import { ACTIVATION_NAMES, frameworkLayer, type LayerCall, layerModule, otherModule, passthroughModule, seeInput } from '../shaped/layer-build';
import { convShape, dimOf, dimsOf, paddingOf, poolShape, withWidth } from '../shaped/shapes';
import { type InitValue, type ModuleObj, type TensorShape, type Value, toArg } from '../eval/values';

/** 'flax.linen.Dense' -> ['linen', 'Dense']; 'flax.nnx.Linear' -> ['nnx', 'Linear']. */
export function flaxPath(q: string): { flavor: 'linen' | 'nnx'; rest: string } | undefined {
  if (q.startsWith('flax.linen.')) return { flavor: 'linen', rest: q.slice(11) };
  if (q.startsWith('flax.nnx.')) return { flavor: 'nnx', rest: q.slice(9).replace(/^nn\.\w+\./, '') };
  if (q.startsWith('flax.experimental.nnx.')) return { flavor: 'nnx', rest: q.slice(22) };
  return undefined;
}

/** Base classes of Flax models. */
export function flaxBase(q: string): 'linen' | 'nnx' | undefined {
  if (q === 'flax.linen.Module' || q === 'flax.linen.module.Module') return 'linen';
  if (q === 'flax.nnx.Module' || q === 'flax.experimental.nnx.Module') return 'nnx';
  return undefined;
}

/** Initializer modules: flax.linen.initializers, flax.nnx.initializers, jax.nn.initializers. */
const INIT_MODULE = /^(flax\.linen|flax\.nnx|jax\.nn|flax)\.initializers\.(\w+)$/;

/** `nn.initializers.normal(stddev=1.0)`: the init function it returns. */
export function flaxInitializerCall(q: string, positional: Value[], keyword: Map<string, Value>, text: string, range: SourceRange): InitValue | undefined {
  const m = INIT_MODULE.exec(q);
  if (!m) return undefined;
  return { k: 'init', framework: 'flax', name: m[2]!, args: { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) }, text, range };
}

/** Activation functions of flax.linen / flax.nnx / jax.nn / jax.numpy; undefined for other names. */
export function flaxActivation(q: string, keyword: Map<string, Value>, positional: Value[], range: SourceRange, text: string): Activation | { opaque: string } | undefined {
  const m = /^(flax\.linen|flax\.linen\.activation|flax\.nnx|jax\.nn|jax\.numpy)\.(\w+)$/.exec(q);
  if (!m) return undefined;
  const name = m[2]!;
  if (m[1] === 'jax.numpy' && name !== 'tanh') return undefined;
  if (name === 'gelu') {
    // jax.nn.gelu(x, approximate=True): the tanh approximation by default.
    const approx = positional[1] ?? keyword.get('approximate');
    if (approx === undefined || (approx.k === 'bool' && approx.v)) return { kind: 'gelu_tanh', range, text };
    if (approx.k === 'bool' && !approx.v) return { kind: 'gelu', range, text };
    return { opaque: text };
  }
  if (name === 'leaky_relu') {
    const s = positional[1] ?? keyword.get('negative_slope');
    if (s === undefined) return { kind: 'leaky_relu', param: 0.01, range, text };
    return s.k === 'num' ? { kind: 'leaky_relu', param: s.v, range, text } : { opaque: text };
  }
  if (name === 'elu' || name === 'celu') {
    const a = positional[1] ?? keyword.get('alpha');
    if (a !== undefined && a.k !== 'num') return { opaque: text };
    return { kind: 'elu', param: a?.k === 'num' ? a.v : 1, range, text };
  }
  if (!(name in ACTIVATION_NAMES)) return undefined;
  const a = ACTIVATION_NAMES[name];
  if (!a) return { opaque: text };
  return { kind: a.kind, ...(a.param !== undefined ? { param: a.param } : {}), range, text };
}

/** Pooling functions: `nn.max_pool(x, window_shape, strides=None, padding='VALID')`. */
export function flaxPool(q: string): boolean {
  return /^flax\.(linen|nnx)\.(max_pool|avg_pool|min_pool|pooling\.\w+)$/.test(q);
}

export function flaxPoolShape(input: TensorShape, positional: Value[], keyword: Map<string, Value>): TensorShape {
  const win = positional[1] ?? keyword.get('window_shape');
  if (win?.k !== 'seq') return { width: input.width };
  const nd = win.items.length;
  const window = dimsOf(win, nd);
  const st = positional[2] ?? keyword.get('strides');
  const strides = st === undefined || st.k === 'none' ? Array(nd).fill(1) : dimsOf(st, nd);
  const pad = paddingOf(positional[3] ?? keyword.get('padding'), nd, 'valid');
  return poolShape(input, nd, window, strides, pad);
}

function bound(call: LayerCall, names: string[]): (name: string) => Value | undefined {
  return (name) => {
    if (call.keyword.has(name)) return call.keyword.get(name);
    const i = names.indexOf(name);
    return i >= 0 ? call.positional[i] : undefined;
  };
}

/** Builds the module a Flax layer class makes, or undefined for a name that is not one initlint models. */
export function flaxModule(call: LayerCall, flavor: 'linen' | 'nnx', name: string): ModuleObj | undefined {
  const q = `flax.${flavor}.${name}`;
  const text = call.text;
  const nnx = flavor === 'nnx';
  const layerWith = (kind: Parameters<typeof frameworkLayer>[1], shape: (input: TensorShape, see: (w: number | undefined) => void, layer: Layer) => TensorShape): ModuleObj => {
    const { layer, refresh } = frameworkLayer('flax', kind, q, { ...call, name }, planFlax);
    const see = (w: number | undefined): void => {
      if (!nnx) seeInput(layer, w, refresh);
    };
    return layerModule('flax', q, text, layer, (input) => shape(input, see, layer));
  };
  if ((!nnx && name === 'Dense') || (nnx && name === 'Linear')) {
    const arg = bound(call, nnx ? ['in_features', 'out_features'] : ['features']);
    const features = dimOf(arg(nnx ? 'out_features' : 'features'));
    const m = layerWith('Linear', (input, see) => {
      see(input.width);
      return withWidth(input, features);
    });
    if (nnx) m.layer!.inFeatures = dimOf(arg('in_features'));
    m.layer!.outFeatures = features;
    return m;
  }
  if (name === 'Conv' || name === 'ConvTranspose') {
    const transposed = name === 'ConvTranspose';
    const names = nnx ? ['in_features', 'out_features', 'kernel_size', 'strides'] : ['features', 'kernel_size', 'strides', 'padding', 'input_dilation', 'kernel_dilation', 'feature_group_count'];
    const arg = bound(call, names);
    const features = dimOf(arg(nnx ? 'out_features' : 'features'));
    const ks = arg('kernel_size');
    const nd = ks?.k === 'seq' ? ks.items.length : ks?.k === 'num' ? 1 : undefined;
    const k = nd === undefined ? [] : dimsOf(ks, nd);
    const st = arg('strides');
    const strides = nd === undefined ? [] : st === undefined || st.k === 'none' ? Array(nd).fill(1) : dimsOf(st, nd);
    const kd = arg('kernel_dilation');
    const dil = nd === undefined ? [] : kd === undefined || kd.k === 'none' ? Array(nd).fill(1) : dimsOf(kd, nd);
    const inputDilation = arg('input_dilation');
    const pad = nd === undefined ? undefined : paddingOf(arg('padding'), nd, 'same');
    const m = layerWith(transposed ? 'ConvTranspose' : 'Conv', (input, see) => {
      see(input.width);
      if (nd === undefined || (inputDilation !== undefined && !(inputDilation.k === 'num' && inputDilation.v === 1))) return { width: features };
      return convShape(input, nd, k, strides, dil, pad, features, transposed);
    });
    if (nd !== undefined) m.layer!.kernelSize = k;
    if (nnx) m.layer!.inFeatures = dimOf(arg('in_features'));
    m.layer!.outFeatures = features;
    const groups = dimOf(arg('feature_group_count'));
    if (groups !== undefined) m.layer!.groups = groups;
    return m;
  }
  if (name === 'Embed') {
    const arg = bound(call, ['num_embeddings', 'features']);
    const features = dimOf(arg('features'));
    const m = layerWith('Embedding', (input) => (input.dims ? { dims: [...input.dims, features], width: features } : { width: features }));
    m.layer!.inFeatures = dimOf(arg('num_embeddings'));
    m.layer!.outFeatures = features;
    return m;
  }
  if (name === 'LayerNorm' || name === 'BatchNorm' || name === 'GroupNorm' || name === 'RMSNorm' || name === 'InstanceNorm') {
    const axis = call.keyword.get('axis');
    const lastAxis = axis === undefined || (axis.k === 'num' && axis.v === -1);
    const m = layerWith('Norm', (input, see) => {
      if (lastAxis) see(input.width);
      return input;
    });
    m.layer!.normKind = name === 'BatchNorm' ? 'batch' : name === 'GroupNorm' ? 'group' : name === 'RMSNorm' ? 'rms' : name === 'InstanceNorm' ? 'instance' : 'layer';
    return m;
  }
  if (!nnx && (name === 'MultiHeadDotProductAttention' || name === 'SelfAttention' || name === 'MultiHeadAttention')) {
    const outF = call.keyword.get('out_features');
    const out = outF === undefined || outF.k === 'none' ? undefined : dimOf(outF);
    const fixedOut = outF !== undefined && outF.k !== 'none';
    return layerWith('MultiheadAttention', (input, see) => {
      see(input.width);
      return withWidth(input, fixedOut ? out : input.width);
    });
  }
  if (name === 'Dropout') return passthroughModule('flax', q, text);
  if (name === 'Sequential') return undefined; // a container: the interpreter builds it
  if (/^[A-Z]/.test(name)) return otherModule('flax', q, text);
  return undefined;
}
