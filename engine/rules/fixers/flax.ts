// Flax fixes: `kernel_init=nn.initializers.he_normal()` in the file's own spelling of
// flax.linen.initializers / flax.nnx.initializers / jax.nn.initializers (an explicit initializer
// keeps the module prefix it was written with; an orthogonal one is `orthogonal(scale=1.0)`).
// Nothing is imported: without an import that reaches an initializers module there is no fix. Layers on their default get the argument added. Weight
// arrays of raw JAX models and module parameters (`self.param`, nnx arrays) get the initializer
// called on the same key and shape, with the axes their use needs, or an N(0, 1) draw rescaled to
// the fan-in (see arrayFixes).
import type { Fix } from '../../model/finding';
import type { Activation } from '../../model/graph';
import { jaxFans } from '../../init';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import type { FrameworkFixer } from './index';
import { addArgumentEdit, type Choice, choicesFor, initArgOf, quoteOf, scanArgs, spellImported } from './keras';

const FLAX_INIT_MODULES = ['flax.linen.initializers', 'flax.nnx.initializers', 'jax.nn.initializers'];

function flaxText(choice: Choice, prefix: string, quote: string): string {
  if (choice.orthogonal) return `${prefix}orthogonal(scale=${choice.orthogonal.python})`;
  if (choice.preset) return `${prefix}${choice.preset}()`;
  const s = choice.scaling!;
  return `${prefix}variance_scaling(${s.scale}, ${quote}${s.mode}${quote}, ${quote}${s.distribution}${quote})`;
}

/** The initializers module this file reaches: nnx files prefer nnx.initializers, then linen's, then JAX's. */
function modulePrefix(source: SourceText, ctor: string): string | undefined {
  const order = /(^|\.)nnx\./.test(ctor) ? ['flax.nnx.initializers', 'flax.linen.initializers', 'jax.nn.initializers'] : FLAX_INIT_MODULES;
  for (const q of order) {
    const s = spellImported(source, [q]);
    if (s !== undefined) return `${s}.`;
  }
  return undefined;
}

/**
 * The arguments of the call a text ends with (its last top-level parenthesised group), split at
 * top-level commas, strings and brackets aware: `lecun_normal()(k, (m, n))` -> ['k', '(m, n)'].
 */
export function trailingCallArgs(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.endsWith(')')) return undefined;
  let depth = 0;
  let open = -1;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i]!;
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    } else if (c === '"' || c === "'") return undefined; // strings in a shape or key: not rewritten
  }
  if (open <= 0) return undefined;
  const inner = t.slice(open + 1, -1);
  const out: string[] = [];
  let start = 0;
  depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Where the key and the shape are in a sampler's arguments (jax.random signatures). */
const KEY_AND_SHAPE: Record<string, { shape: number }> = { random_normal: { shape: 1 }, random_uniform: { shape: 1 }, random_truncated_normal: { shape: 3 } };

/** gain^2 of the activation, as torch.nn.init.calculate_gain gives it (the scale a fan-in rescale needs). */
function gainSquared(activation: Activation | undefined): number {
  const kind = activation?.kind ?? 'identity';
  if (kind === 'leaky_relu') return 2 / (1 + (activation?.param ?? 0.01) ** 2);
  if (['relu', 'relu6', 'gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus'].includes(kind)) return 2;
  if (kind === 'tanh' || kind === 'hardtanh') return 25 / 9;
  return 1;
}

/**
 * The in_axis/out_axis arguments that make a JAX initializer compute the fans the forward pass
 * uses (defaults for (in, out) matrices and HWIO kernels, swapped for (out, in) matrices used as
 * `W @ x`, (1, 0) for OIHW kernels); undefined when none does.
 */
function axesArgs(shape: readonly (number | undefined)[], fanIn: number | undefined, fanOut: number | undefined, inAxis: 0 | 1 | undefined): string | undefined {
  // A matrix's layout follows from the product that uses it, whatever its sizes.
  if (shape.length === 2 && inAxis !== undefined) return inAxis === 0 ? '' : 'in_axis=-1, out_axis=-2';
  if (fanIn === undefined || fanOut === undefined) return undefined;
  const candidates: [number, number, string][] = [[-2, -1, ''], [-1, -2, 'in_axis=-1, out_axis=-2']];
  if (shape.length >= 3) candidates.push([1, 0, 'in_axis=1, out_axis=0']);
  for (const [i, o, text] of candidates) {
    const f = jaxFans(shape, i, o);
    if (f.fanIn === fanIn && f.fanOut === fanOut) return text;
  }
  // One contracted axis, every other one kept (an einsum weight such as 'bd,dhk->bhk').
  for (let i = 0; i < shape.length && shape.length >= 3; i++) {
    const others = shape.map((_, j) => j).filter((j) => j !== i);
    const f = jaxFans(shape, i, others);
    if (f.fanIn === fanIn && f.fanOut === fanOut) return `in_axis=${i}, out_axis=(${others.join(', ')})`;
  }
  return undefined;
}

/**
 * Fixes for a weight array of a raw JAX model or a module parameter ('Parameter' layers): an
 * initializer constructor written in the code (`self.param('w', nn.initializers.normal(1.0), s)`,
 * `lecun_normal()(k, s)`) is replaced by the suitable one; a sampler with a key
 * (`jax.random.normal(k, (m, n)) * s`) becomes `jax.nn.initializers.he_normal()(k, (m, n))` when
 * the file reaches an initializers module; an N(0, 1) sampler is rescaled to the fan-in in plain
 * Python (`* (2 / m) ** 0.5`), with the fan-in written as the code writes that size.
 */
function arrayFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, choices: Choice[], activation: Activation | undefined, quote: string): Fix[] {
  const init = param.spec.init;
  if (init.source !== 'explicit' || !init.callRange) return [];
  const shape = param.spec.shape;
  const axes = axesArgs(shape, facts.fanIn, facts.fanOut, facts.layer.inAxis);
  const withAxes = (text: string): string => (!axes ? text : text.endsWith('()') ? `${text.slice(0, -1)}${axes})` : `${text.slice(0, -1)}, ${axes})`);
  const fixes: Fix[] = [];
  const push = (title: string, newText: string): void => {
    fixes.push({ title, edits: [{ range: init.callRange!, newText }], ...(fixes.length === 0 ? { preferred: true } : {}) });
  };
  const old = source.slice(init.callRange);
  const written = /^([\w.]*\binitializers\.)\w+/.exec(old)?.[1];
  if (written !== undefined) {
    if (axes === undefined) return [];
    for (const choice of choices) {
      const text = withAxes(flaxText(choice, written, quote));
      if (text !== old) push(`Initialize with ${choice.label}: ${text}`, text);
    }
    return fixes;
  }
  const sampler = init.text ?? '';
  const args = trailingCallArgs(sampler);
  const at = KEY_AND_SHAPE[init.name];
  // The key: the sampler's first argument, or for an nnx stream's keyless draw
  // (`rngs.params.uniform(shape)`) a key from that stream (`rngs.params()`).
  const stream = /^flax\.nnx\.Rngs\./.test(facts.layer.ctor) ? /^\s*([\w.]+)\.\w+\s*\(/.exec(sampler)?.[1] : undefined;
  const keyed = facts.layer.ctor.startsWith('jax.random.');
  const shapeAt = at ? (stream ? at.shape - 1 : at.shape) : -1;
  const prefix = modulePrefix(source, facts.layer.ctor);
  if (args && at && (keyed || stream) && prefix !== undefined && axes !== undefined && args.length > shapeAt && (stream || !/=/.test(args[0]!))) {
    const key = stream ? `${stream}()` : args[0]!;
    const shapeText = args.find((a) => /^shape\s*=/.test(a))?.replace(/^shape\s*=\s*/, '') ?? args[shapeAt]!;
    if (!/=/.test(shapeText)) {
      for (const choice of choices) {
        const text = `${withAxes(flaxText(choice, prefix, quote))}(${key}, ${shapeText})`;
        push(`Initialize with ${choice.label}: ${text}`, text);
      }
    }
  }
  // N(0, 1) drawn as it is: scaled to the fan-in by the size the forward pass contracts.
  const plain = init.name === 'random_normal' && Object.keys(init.args.keyword).length === 0;
  const inAxis = facts.layer.inAxis ?? 0;
  const fanText = shape.length === 2 ? init.sizeTexts?.[inAxis] : facts.fanIn !== undefined ? String(facts.fanIn) : undefined;
  if (plain && fanText && facts.fanIn !== undefined && /^\s*[\w.]+\s*\(/.test(sampler)) {
    const g2 = Number(gainSquared(activation).toPrecision(4));
    const fan = /^[\w.]+$/.test(fanText) ? fanText : `(${fanText})`;
    const text = `${sampler} * (${g2} / ${fan}) ** 0.5`;
    push(`Scale to fan-in (variance ${g2}/fan_in): ${text}`, text);
  }
  return fixes;
}

export const FLAX_FIXER: FrameworkFixer = {
  initFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, activation, modeFanOut): Fix[] {
    const layer = facts.layer;
    if (layer.kind === 'Parameter' && layer.ctor !== 'flax.linen.DenseGeneral' && layer.ctor !== 'flax.linen.Einsum') {
      return arrayFixes(source, facts, param, choicesFor(activation, modeFanOut), activation, quoteOf(source, source.slice(layer.range)));
    }
    return flaxFixes(source, facts, param, choicesFor(activation, modeFanOut));
  },
  zeroInitFixes(source: SourceText, facts: LayerFacts, param: ParamFacts): Fix[] {
    if (facts.layer.kind === 'Parameter') return [];
    return flaxFixes(source, facts, param, [{ preset: 'zeros_init', label: 'zeros' }]);
  },
  orthogonalFix(source: SourceText, facts: LayerFacts, param: ParamFacts, gain): Fix | undefined {
    if (facts.layer.kind === 'Parameter') return undefined;
    return flaxFixes(source, facts, param, [{ orthogonal: gain, label: gain.label }])[0];
  },
};

/** The fixes that give a Flax module's `param` each of `choices` through its `*_init` argument. */
function flaxFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, choices: Choice[]): Fix[] {
  const layer = facts.layer;
  const arg = initArgOf(layer, param);
  if (!arg) return [];
  const init = param.spec.init;
  const quote = quoteOf(source, source.slice(layer.range));
  const fixes: Fix[] = [];
  if (init.source === 'explicit') {
    if (!init.callRange) return [];
    const old = source.slice(init.callRange);
    // `nn.initializers.normal(1.0)` -> `nn.initializers.he_normal()`: the same module as written.
    const written = /^([\w.]*\binitializers\.)\w+/.exec(old)?.[1];
    const prefix = written ?? modulePrefix(source, layer.ctor);
    if (prefix === undefined) return [];
    for (const choice of choices) {
      const text = flaxText(choice, prefix, quote);
      if (text === old) continue;
      fixes.push({ title: `Initialize with ${choice.label}: ${arg}=${text}`, edits: [{ range: init.callRange, newText: text }], ...(fixes.length === 0 ? { preferred: true } : {}) });
    }
    return fixes;
  }
  const prefix = modulePrefix(source, layer.ctor);
  const args = scanArgs(source, layer.range);
  // Flax Dense takes (features, use_bias, dtype, param_dtype, precision, kernel_init): keyword-only in practice.
  if (prefix === undefined || !args || args.positional > 4) return [];
  for (const choice of choices) {
    const text = flaxText(choice, prefix, quote);
    fixes.push({ title: `Initialize with ${choice.label}: add ${arg}=${text}`, edits: [addArgumentEdit(source, args, arg, text)], ...(fixes.length === 0 ? { preferred: true } : {}) });
  }
  return fixes;
}
