// Initializer objects passed to Keras layers: `keras.initializers.HeNormal()`,
// `tf.keras.initializers.RandomNormal(stddev=0.02)`, `initializers.get('he_normal')`, and
// TensorFlow's own classes (`tf.random_normal_initializer`, `tf.zeros_initializer()`, ...), all read
// with engine/init's Keras catalogue once their arguments are the ones TensorFlow would use.
//
// TensorFlow's classes are not always Keras' (checked in the TensorFlow source):
// - tensorflow/python/ops/init_ops_v2.py (TF 2's `tf.random_normal_initializer`,
//   `tf.random_uniform_initializer`, exported with v1=[]): RandomNormal(mean=0.0, stddev=0.05),
//   RandomUniform(minval=-0.05, maxval=0.05): Keras' defaults;
// - tensorflow/python/ops/init_ops.py (TF 1's, and TF 2's `tf.compat.v1.*`):
//   RandomNormal(mean=0.0, stddev=1.0), RandomUniform(minval=0, maxval=None: 1 for floats),
//   TruncatedNormal(mean=0.0, stddev=1.0) (`truncated_normal_initializer` is exported for v1 only);
//   zeros/ones/constant, glorot_*, orthogonal(gain=1.0), variance_scaling(1.0, 'fan_in',
//   'truncated_normal') have Keras' defaults in both.
// So `tf.random_normal_initializer()` means N(0, 1) under TF 1 and N(0, 0.05^2) under TF 2: an
// omitted mean/stddev (minval/maxval) is left unresolved unless the spelling proves the version
// (`tf.compat.v1.`, a v1-only name), and written arguments mean the same in both.
import type { ArgValue, SourceRange } from '../../../model/graph';
import { type InitValue, type Value, toArg } from '../eval/values';
import { kerasPath } from './layers';

/** TensorFlow's initializer classes by name, as Keras catalogue entries. */
const TF_INITIALIZERS: Record<string, string> = {
  random_normal_initializer: 'RandomNormal',
  random_uniform_initializer: 'RandomUniform',
  truncated_normal_initializer: 'TruncatedNormal',
  constant_initializer: 'Constant',
  zeros_initializer: 'Zeros',
  ones_initializer: 'Ones',
  glorot_uniform_initializer: 'GlorotUniform',
  glorot_normal_initializer: 'GlorotNormal',
  orthogonal_initializer: 'Orthogonal',
  variance_scaling_initializer: 'VarianceScaling',
};

/** The arguments whose defaults differ between TF 1 and TF 2: name, positional index, TF 1's default (TF 2's are Keras'). */
const VERSIONED: Record<string, { param: string; index: number; v1: ArgValue }[]> = {
  RandomNormal: [{ param: 'stddev', index: 1, v1: 1.0 }],
  TruncatedNormal: [{ param: 'stddev', index: 1, v1: 1.0 }],
  RandomUniform: [
    { param: 'minval', index: 0, v1: 0 },
    { param: 'maxval', index: 1, v1: 1.0 },
  ],
};

/** Names TensorFlow 2 does not export outside `tf.compat.v1`: writing them proves TF 1 semantics. */
const V1_ONLY = new Set(['truncated_normal_initializer', 'glorot_uniform_initializer', 'glorot_normal_initializer', 'orthogonal_initializer', 'variance_scaling_initializer']);

/** `tf.initializers.random_normal` and kin (lower case): TF 1's init_ops classes, TF 2's Keras ones. */
const TF_SNAKE: Record<string, string> = { random_normal: 'RandomNormal', random_uniform: 'RandomUniform', truncated_normal: 'TruncatedNormal' };

export function kerasInitializerCall(q: string, positional: Value[], keyword: Map<string, Value>, text: string, range: SourceRange): Value | undefined {
  const keras = kerasPath(q) ?? (/^tensorflow\.compat\.v[12]\.keras\./.test(q) ? q.replace(/^tensorflow\.compat\.v[12]\.keras\./, '') : undefined);
  const args = { positional: positional.map(toArg), keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, toArg(v)])) };
  const make = (name: string): InitValue => ({ k: 'init', framework: 'keras', name, args, text, range });
  if (keras !== undefined) {
    if (keras === 'initializers.get') {
      const v = positional[0] ?? keyword.get('identifier');
      if (v?.k === 'str') return { ...make(v.v), args: { positional: [], keyword: {} } };
      if (v?.k === 'init') return v;
      return { k: 'unknown' };
    }
    // Keras 3 and tf.keras 2 accept the same names (class names, their snake_case, and aliases).
    return /^initializers\.\w+$/.test(keras) ? make(keras.slice('initializers.'.length)) : undefined;
  }
  if (!q.startsWith('tensorflow.')) return undefined;
  let path = q.slice('tensorflow.'.length);
  const version: 1 | 2 | undefined = path.startsWith('compat.v1.') ? 1 : path.startsWith('compat.v2.') ? 2 : undefined;
  path = path.replace(/^compat\.v[12]\./, '');
  let name: string | undefined;
  let v: 1 | 2 | undefined = version;
  if (TF_INITIALIZERS[path]) {
    name = TF_INITIALIZERS[path]!;
    if (V1_ONLY.has(path)) v ??= 1;
  } else if (/^initializers\.\w+$/.test(path)) {
    const last = path.slice('initializers.'.length);
    name = TF_SNAKE[last] ?? last;
    // Class names there (`tf.initializers.RandomNormal`) are TF 2's Keras classes.
    if (/^[A-Z]/.test(last)) v ??= 2;
  }
  if (name === undefined) return undefined;
  return { ...make(name), args: withVersionDefaults(name, args, v) };
}

/** Fills the arguments TF 1 and TF 2 default differently: TF 1's values, or unresolved when the version is not known. */
function withVersionDefaults(name: string, args: InitValue['args'], version: 1 | 2 | undefined): InitValue['args'] {
  const differing = VERSIONED[name];
  if (!differing) return args;
  const keyword = { ...args.keyword };
  const positional = [...args.positional];
  for (const { param, index, v1 } of differing) {
    if (index < positional.length || param in keyword) {
      // maxval=None: tf.random.uniform's upper bound, 1 for float weights (both versions).
      if (param === 'maxval') {
        if (keyword[param] === null) keyword[param] = 1.0;
        else if (index < positional.length && positional[index] === null) positional[index] = 1.0;
      }
      continue;
    }
    if (version !== 2) keyword[param] = version === 1 ? v1 : undefined;
  }
  return { positional, keyword };
}
