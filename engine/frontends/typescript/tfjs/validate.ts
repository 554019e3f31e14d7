// Numbers TF.js never accepts stop here, where a config is read: a layer width that is not a
// positive integer (tfjs-layers' assertPositiveInteger on units, filters, kernelSize), an input
// shape with an empty axis, a non-finite number anywhere in a layer's or an initializer's config
// (`scale: 1e400` is Infinity), or an activation slope whose square overflows. Each such property
// reads as unresolved, and a note says why, so that nothing downstream (engine/init, the theory)
// ever sees a size or a scale it would have to reject.
import type { ObjValue, Value } from '../eval/values';

/** Sizes TF.js asserts to be positive integers, per factory. */
const POSITIVE_INTEGERS: Readonly<Record<string, readonly string[]>> = {
  dense: ['units'],
  lstm: ['units'],
  gru: ['units'],
  simpleRNN: ['units'],
  conv1d: ['filters', 'kernelSize'],
  conv2d: ['filters', 'kernelSize'],
  conv3d: ['filters', 'kernelSize'],
  conv2dTranspose: ['filters', 'kernelSize'],
  conv3dTranspose: ['filters', 'kernelSize'],
  separableConv2d: ['filters', 'kernelSize'],
  depthwiseConv2d: ['kernelSize'],
  embedding: ['inputDim', 'outputDim'],
};

/** Shapes whose every entry must be a positive size when resolved (null stays: an unknown axis). */
const SHAPES = ['inputShape', 'batchInputShape', 'batchShape', 'shape'];

/** Activation parameters the theory squares. */
const SLOPES = new Set(['alpha', 'theta', 'maxValue']);

export interface Validation {
  invalid: Set<string>;
  problems: string[];
}

const positiveInteger = (v: Value): boolean => v.k === 'num' && Number.isInteger(v.v) && v.v > 0;

function finiteEverywhere(v: Value, depth = 0): boolean {
  if (v.k === 'num') return Number.isFinite(v.v);
  if (v.k === 'arr' && depth < 4) return v.items.every((x) => finiteEverywhere(x, depth + 1));
  return true;
}

function render(v: Value): string {
  if (v.k === 'num') return String(v.v);
  if (v.k === 'arr') return `[${v.items.map(render).join(', ')}]`;
  return v.k;
}

/** The properties of a layer's (or tf.input's) config that TF.js would reject, and why. */
export function validateConfig(factory: string, obj: ObjValue | undefined): Validation {
  const out: Validation = { invalid: new Set(), problems: [] };
  if (!obj) return out;
  const sizes = POSITIVE_INTEGERS[factory] ?? [];
  for (const [key, p] of obj.props) {
    const v = p.value;
    if (!finiteEverywhere(v)) {
      out.invalid.add(key);
      out.problems.push(`${key}: ${render(v)} is not a finite number`);
      continue;
    }
    if (sizes.includes(key) && (v.k === 'num' || v.k === 'arr')) {
      const ok = v.k === 'num' ? positiveInteger(v) : v.items.every((x) => x.k !== 'num' || positiveInteger(x));
      if (!ok) {
        out.invalid.add(key);
        out.problems.push(`${key}: ${render(v)} is not a positive integer (TF.js rejects it)`);
      }
      continue;
    }
    if (SHAPES.includes(key) && v.k === 'arr') {
      // batchInputShape's first entry is the batch size (null, or a number).
      const entries = key === 'batchInputShape' || key === 'batchShape' ? v.items.slice(1) : v.items;
      if (entries.some((x) => x.k === 'num' && !positiveInteger(x))) {
        out.invalid.add(key);
        out.problems.push(`${key}: ${render(v)} has an axis that is not a positive integer`);
      }
      continue;
    }
    if (SLOPES.has(key) && v.k === 'num' && !Number.isFinite(v.v * v.v)) {
      out.invalid.add(key);
      out.problems.push(`${key}: ${render(v)} is too large for the variance theory`);
    }
  }
  return out;
}

/** The keys of an initializer's config holding non-finite numbers (they read as unresolved). */
export function nonFiniteKeys(config: Value | undefined): string[] {
  if (config?.k !== 'obj') return [];
  return [...config.props].filter(([, p]) => !finiteEverywhere(p.value)).map(([k]) => k);
}
