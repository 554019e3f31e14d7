// Which TensorFlow a file runs under, as far as the file proves it. A few root names mean different
// initializers in TF1 and TF2 (tf.random_normal_initializer: stddev 1.0 in init_ops.py, 0.05 in
// init_ops_v2.py; tf.initializers.* are init_ops' in TF1 and Keras's in TF2), so the reader needs it:
// - 'v1': the file uses a root name TF2 no longer has (tf.placeholder, tf.Session, tf.get_variable,
//   tf.random_normal, tf.contrib, tf.layers, ...) or imports tensorflow.contrib: it cannot run under
//   TF2's root API. (Names reached through tensorflow.compat.v1 are qualified as such and need no
//   version; tf.compat.v1.disable_v2_behavior() changes behaviour, not what the root names are.)
// - undefined otherwise: what TF2 added (tf.function, tf.GradientTape, tf.Module, tf.compat.v2) is
//   also in TF 1.14/1.15, so no name proves TF2; tf.compat.v1.* names prove nothing either.
import type { ImportTable } from '../imports';

export type TfVersion = 'v1';

/** Root names that exist in TF1 only (removed from the TF2 root API; still under tf.compat.v1). */
const V1_ONLY = [
  'placeholder', 'placeholder_with_default', 'Session', 'InteractiveSession', 'get_variable', 'variable_scope', 'get_variable_scope',
  'random_normal', 'truncated_normal', 'random_uniform', 'contrib', 'layers', 'global_variables_initializer',
  'initialize_all_variables', 'local_variables_initializer', 'set_random_seed', 'to_float', 'to_int32', 'log', 'div',
  'truncated_normal_initializer', 'glorot_uniform_initializer', 'glorot_normal_initializer', 'variance_scaling_initializer',
  'orthogonal_initializer', 'uniform_unit_scaling_initializer',
  'summary.FileWriter', 'train.GradientDescentOptimizer', 'train.AdamOptimizer', 'train.RMSPropOptimizer',
  'train.MomentumOptimizer', 'train.AdagradOptimizer', 'train.Saver', 'nn.rnn_cell', 'nn.static_rnn', 'nn.dynamic_rnn',
  'nn.softmax_cross_entropy_with_logits_v2', 'reset_default_graph', 'app.run', 'logging.set_verbosity',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The TensorFlow version `text` proves, reading its import aliases. */
export function tfVersionOf(text: string, imports: ImportTable): TfVersion | undefined {
  const aliases: string[] = [];
  let v1 = false;
  for (const [local, target] of imports.names) {
    if (target === 'tensorflow') aliases.push(local);
    if (target.startsWith('tensorflow.contrib') || target.startsWith('tensorflow.examples.tutorials')) v1 = true;
  }
  if (aliases.length > 0) {
    const head = `(?:^|[^\\w.])(?:${aliases.map(escape).join('|')})\\.`;
    if (!v1) v1 = new RegExp(`${head}(?:${V1_ONLY.map(escape).join('|')})\\b`, 'm').test(text);
  }
  return v1 ? 'v1' : undefined;
}
