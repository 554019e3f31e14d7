// Flax modules: linen (`nn.Dense(features)`, input width inferred from the first input) and nnx
// (`nnx.Linear(in, out, rngs=...)`, input width given): the layer each makes (parameters planned by
// engine/init's Flax table, explicit kernel_init/bias_init/embedding_init), its output shape, and
// the JAX/Flax initializer and activation functions.
import type { Activation, Layer, SourceRange } from '../../../model/graph';
import { JAX_SAMPLER_NAMES } from '../../../init/catalogue/flax';
import { planFlax } from '../../../init/defaults/flax';
import { ACTIVATION_NAMES, frameworkLayer, type LayerCall, layerModule, otherModule, passthroughModule, seeInput } from '../shaped/layer-build';
import { convShape, dimOf, dimsOf, paddingOf, poolShape, prod, withWidth } from '../shaped/shapes';
import { jaxFans } from '../../../init';
import { einsumFans } from '../jax/products';
import { type InitValue, type ModuleObj, type TensorShape, type Value, shapeOf, toArg } from '../eval/values';

/** 'flax.linen.Dense' -> ['linen', 'Dense']; 'flax.nnx.Linear' -> ['nnx', 'Linear']. */
export function flaxPath(q: string): { flavor: 'linen' | 'nnx'; rest: string } | undefined {
  if (q.startsWith('flax.linen.')) return { flavor: 'linen', rest: q.slice(11) };
  if (q.startsWith('flax.nnx.')) return { flavor: 'nnx', rest: q.slice(9).replace(/^nn\.\w+\./, '') };
  if (q.startsWith('flax.experimental.nnx.')) return { flavor: 'nnx', rest: q.slice(22) };
  return undefined;
}

/**
 * The attribute a module class lifted by `nn.scan(..., length=n)` is instantiated with: its call is
 * one step of a repeat node of n steps (shaped/models.ts reads it).
 */
export const SCAN_LENGTH_ATTR = '__flax_scan_length__';

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
  // The catalogue's sampler entries (random_normal, ...) are no jax.nn.initializers attribute.
  const name = JAX_SAMPLER_NAMES.has(m[2]!) ? '?' : m[2]!;
  return { k: 'init', framework: 'flax', name, args: { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) }, text, range };
}

/**
 * Init functions that are used as they are, not built by a call (jax/_src/nn/initializers.py:
 * `zeros(key, shape, dtype)` and `ones(...)`; flax.linen.linear.default_kernel_init is
 * `lecun_normal()`): the init function a name stands for, as an InitValue written at `range`.
 */
export function directInit(q: string, range: SourceRange, text: string): InitValue | undefined {
  const m = INIT_MODULE.exec(q);
  const name = m && (m[2] === 'zeros' || m[2] === 'ones') ? m[2] : /^flax\.(linen|nnx)(\.nn)?\.linear\.default_kernel_init$/.test(q) ? 'lecun_normal' : undefined;
  return name ? { k: 'init', framework: 'flax', name, args: { positional: [], keyword: {} }, text, range } : undefined;
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
  if (!nnx && (name === 'LSTMCell' || name === 'OptimizedLSTMCell' || name === 'GRUCell' || name === 'SimpleCell')) {
    // One step of the recurrence, `cell(carry, x) -> (carry, y)`: input kernels (in, H) by
    // kernel_init, hidden kernels (H, H) by recurrent_kernel_init (engine/init plans them).
    const features = dimOf(bound(call, ['features'])('features'));
    const m = layerWith(name === 'GRUCell' ? 'GRU' : name === 'SimpleCell' ? 'RNN' : 'LSTM', (input, see) => {
      see(input.width);
      return withWidth(input, features);
    });
    m.layer!.outFeatures = features;
    m.carry = 'in-and-out';
    return m;
  }
  if (!nnx && name === 'RNN') {
    // nn.RNN(cell): the cell scanned over the time axis, applied to the whole sequence.
    const cell = call.positional[0] ?? call.keyword.get('cell');
    if (cell?.k !== 'module' || cell.m.carry !== 'in-and-out' || !cell.m.layer) return otherModule('flax', q, text);
    const m = layerModule('flax', q, text, cell.m.layer, cell.m.shapeFn ?? (() => ({})));
    // Named as Flax names the RNN module (`RNN_0`) when the cell itself has no name yet.
    if (cell.m.layer.name === cell.m.display) cell.m.layer.name = text;
    const returnCarry = call.keyword.get('return_carry');
    if (returnCarry?.k === 'bool' && returnCarry.v) m.carry = 'out';
    else if (returnCarry !== undefined && returnCarry.k !== 'bool') return otherModule('flax', q, text);
    return m;
  }
  if (!nnx && name === 'DenseGeneral') return denseGeneral(call, q, layerWith);
  if (!nnx && name === 'Einsum') return einsumModule(call, layerWith);
  if (name === 'Dropout') return passthroughModule('flax', q, text);
  if (name === 'Sequential') return undefined; // a container: the interpreter builds it
  if (/^[A-Z]/.test(name)) return otherModule('flax', q, text);
  return undefined;
}

type LayerWith = (kind: Parameters<typeof frameworkLayer>[1], shape: (input: TensorShape, see: (w: number | undefined) => void, layer: Layer) => TensorShape) => ModuleObj;

/** Axes written as an int or a tuple of ints; undefined for anything else. */
function axesOf(v: Value | undefined, def: number[]): number[] | undefined {
  if (v === undefined) return def;
  if (v.k === 'num' && Number.isInteger(v.v)) return [v.v];
  if (v.k === 'seq' && v.items.every((x) => x.k === 'num' && Number.isInteger(x.v))) return v.items.map((x) => (x as { v: number }).v);
  return undefined;
}

/**
 * linen DenseGeneral(features, axis=-1): a kernel (*input axes, *features) contracting the input's
 * `axis`. One input axis and one feature axis is a Dense; otherwise the kernel is no matrix, so it
 * is a 'Parameter' layer whose fans are set here: fan_in = prod(input axes), fan_out = prod(features).
 */
function denseGeneral(call: LayerCall, q: string, layerWith: LayerWith): ModuleObj {
  const arg = bound(call, ['features', 'axis', 'batch_dims']);
  const fv = arg('features');
  const features = fv?.k === 'seq' ? fv.items.map(dimOf) : [dimOf(fv)];
  const axes = axesOf(arg('axis'), [-1]);
  const batch = arg('batch_dims');
  if (!axes || (batch !== undefined && !(batch.k === 'seq' && batch.items.length === 0))) return otherModule('flax', q, call.text);
  const lastOnly = axes.length === 1 && axes[0] === -1;
  const fanOut = prod(features);
  const m = layerWith(lastOnly && features.length === 1 ? 'Linear' : 'Parameter', (input, see, layer) => {
    if (lastOnly) {
      see(input.width);
      if (layer.inFeatures === undefined && input.width !== undefined) layer.inFeatures = input.width;
      return input.dims ? shapeOf([...input.dims.slice(0, -1), ...features]) : features.length === 1 ? { width: features[0] } : { width: features.at(-1) };
    }
    const dims = input.dims;
    if (!dims) return features.length ? { width: features.at(-1) } : {};
    // Axes count the batch axis; per-example dims do not.
    const rank = dims.length + 1;
    const at = axes.map((a) => (a < 0 ? rank + a : a) - 1);
    if (at.some((i) => i < 0 || i >= dims.length)) return {};
    const inDims = at.map((i) => dims[i]);
    const kernel = layer.params.find((p) => p.name === 'kernel');
    if (kernel) kernel.shape = [...inDims, ...features];
    if (layer.inFeatures === undefined) layer.inFeatures = prod(inDims);
    return shapeOf([...dims.filter((_, i) => !at.includes(i)), ...features]);
  });
  m.layer!.outFeatures = fanOut;
  return m;
}

/**
 * linen Einsum(shape, einsum_str): the kernel `shape` contracted with the input as the equation
 * says (flax/linen/linear.py); fan_in is the product of the kernel axes summed over, fan_out of
 * those kept. Kernels whose JAX fans (in_axis -2, out_axis -1) are those fans are a Dense.
 */
function einsumModule(call: LayerCall, layerWith: LayerWith): ModuleObj {
  const arg = bound(call, ['shape', 'einsum_str']);
  const sv = arg('shape');
  const shape = sv?.k === 'seq' ? sv.items.map(dimOf) : undefined;
  const eq = arg('einsum_str');
  const fans = shape && eq?.k === 'str' ? einsumFans(eq.v, 1, shape) : undefined;
  const jax = shape ? jaxFans(shape) : undefined;
  const dense = fans !== undefined && jax !== undefined && shape!.length === 2 && fans.fanIn === jax.fanIn && fans.fanOut === jax.fanOut;
  const m = layerWith(dense ? 'Linear' : 'Parameter', (input) => (fans?.width !== undefined ? withWidth(input, fans.width) : {}));
  if (fans) {
    m.layer!.inFeatures = fans.fanIn;
    m.layer!.outFeatures = fans.fanOut;
  }
  return m;
}
