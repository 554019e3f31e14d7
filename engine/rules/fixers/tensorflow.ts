// TensorFlow fixes (outside Keras), in TensorFlow's own idiom:
// - a tensor made by an op or an initializer called on a shape (`tf.Variable(tf.random_normal([n_in, n_out]))`,
//   `tf.zeros([5, 5, 32, 64])`, `init(shape)`) becomes a normal draw scaled to the layer's fan-in,
//   written with the code's own size expressions: `tf.random_normal([n_in, n_out], stddev=(2.0 / n_in) ** 0.5)`
//   (`tf.random.normal` unless the code used the TF1 op names); when the sizes are not written out (a helper's
//   `shape` parameter), a Keras initializer called on that shape, which computes the fans itself:
//   `tf.keras.initializers.he_normal()(shape)`;
// - an initializer object (`initializer=tf.random_normal_initializer()`, `kernel_initializer=...`) is
//   replaced by the Keras initializer for the activation (`tf.keras.initializers.he_normal()`: the
//   function spellings exist in TF 1.x and 2.x);
// - a default (tf.get_variable without initializer, tf.layers.dense) gets `initializer=` /
//   `kernel_initializer=` added;
// - an LSTM cell's `forget_bias=0.0` becomes 1.0.
import type { Fix, TextEdit } from '../../model/finding';
import type { Activation } from '../../model/graph';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import type { FrameworkFixer } from './index';
import { addArgumentEdit, choicesFor as kerasChoices, scanArgs } from './keras';

const RELU_LIKE = new Set(['relu', 'relu6', 'gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus']);
const TF1_OPS = new Set(['random_normal', 'truncated_normal', 'random_uniform', 'compat.v1.random_normal', 'compat.v1.truncated_normal', 'compat.v1.random_uniform']);

/** The weight variance times fan-in an activation wants, and how it is called. */
function scaleFor(activation: Activation | undefined): { g2: number; label: string } {
  const kind = activation?.kind ?? 'identity';
  if (kind === 'leaky_relu') {
    const a = activation?.param ?? 0.2;
    return { g2: Number((2 / (1 + a * a)).toPrecision(4)), label: `He normal for LeakyReLU(${a})` };
  }
  if (RELU_LIKE.has(kind)) return { g2: 2, label: 'He normal (ReLU)' };
  if (kind === 'selu') return { g2: 1, label: 'LeCun normal (for SELU)' };
  return { g2: 1, label: 'LeCun normal' };
}

/** How the file spells a TensorFlow path: through `tensorflow` or `tensorflow.compat.v1`, adding `import tensorflow as tf` only when neither is imported. */
function spellTf(source: SourceText, path: string): { text: string; importEdit?: TextEdit } {
  const root = source.spell(`tensorflow.${path}`);
  if (!root.importEdit) return root;
  const v1 = source.spell(`tensorflow.compat.v1.${path}`);
  return v1.importEdit ? root : v1;
}

const float = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));
const factor = (text: string): string => (/^[\w.]+$/.test(text) ? text : `(${text})`);

/** The fan-in expression of a layer in the code's own sizes: `n_in`, `5 * 5 * 32`; undefined when not written out. */
function fanText(facts: LayerFacts, sizes: string[] | undefined): string | undefined {
  if (!sizes) return undefined;
  const layer = facts.layer;
  if (layer.kind === 'Parameter' && sizes.length === 2) return sizes[layer.inAxis ?? 0];
  if (layer.kind === 'Conv' && sizes.length >= 3) return sizes.slice(0, -1).map(factor).join(' * ');
  return undefined;
}

/** The Keras initializer object for the activation, in the file's spelling of tf.keras.initializers. */
function kerasObject(source: SourceText, activation: Activation | undefined, modeFanOut: boolean): { text: string; label: string; importEdit?: TextEdit } | undefined {
  const choice = kerasChoices(activation, modeFanOut)[0];
  if (!choice) return undefined;
  const mod = spellTf(source, 'keras.initializers');
  const s = choice.scaling;
  const text = choice.preset ? `${mod.text}.${choice.preset}()` : s ? `${mod.text}.VarianceScaling(scale=${s.scale}, mode='${s.mode}', distribution='${s.distribution}')` : undefined;
  if (!text) return undefined;
  return { text, label: choice.label, ...(mod.importEdit ? { importEdit: mod.importEdit } : {}) };
}

function withImport(edits: TextEdit[], importEdit: TextEdit | undefined): TextEdit[] {
  return importEdit ? [importEdit, ...edits] : edits;
}

/** The constructor argument that takes an initializer object for the layer's kernel. */
function initializerArg(facts: LayerFacts): string | undefined {
  const ctor = facts.layer.ctor.slice(facts.layer.ctor.lastIndexOf('.') + 1);
  if (ctor === 'get_variable' || ctor === 'LSTMCell') return 'initializer';
  if (ctor === 'dense' || /^conv[123]d$/.test(ctor)) return 'kernel_initializer';
  return undefined;
}

export const TENSORFLOW_FIXER: FrameworkFixer = {
  initFixes(source, facts: LayerFacts, param: ParamFacts, activation, modeFanOut): Fix[] {
    const init = param.spec.init;
    if (init.source === 'default') {
      const arg = initializerArg(facts);
      const obj = kerasObject(source, activation, modeFanOut);
      const args = scanArgs(source, facts.layer.range);
      if (!arg || !obj || !args || args.splat) return [];
      return [{ title: `Initialize with ${obj.label}: add ${arg}=${obj.text}`, edits: withImport([addArgumentEdit(source, args, arg, obj.text)], obj.importEdit), preferred: true }];
    }
    if (!init.callRange) return [];
    const old = source.slice(init.callRange);
    if (init.shapeText !== undefined) {
      // A tensor: a normal draw scaled to the fan-in, or a Keras initializer called on the shape.
      const fan = fanText(facts, init.sizeTexts);
      if (fan !== undefined) {
        const { g2, label } = scaleFor(activation);
        const op = spellTf(source, TF1_OPS.has(init.name) ? 'random_normal' : 'random.normal');
        const dtype = /\bdtype\s*=\s*([\w.]+)/.exec(old)?.[1];
        const text = `${op.text}(${init.shapeText}, stddev=(${float(g2)} / ${factor(fan)}) ** 0.5${dtype ? `, dtype=${dtype}` : ''})`;
        if (text === old) return [];
        return [{ title: `Scale to fan-in (${label}): ${text}`, edits: withImport([{ range: init.callRange, newText: text }], op.importEdit), preferred: true }];
      }
      const obj = kerasObject(source, activation, modeFanOut);
      if (!obj) return [];
      const text = `${obj.text}(${init.shapeText})`;
      return [{ title: `Initialize with ${obj.label}: ${text}`, edits: withImport([{ range: init.callRange, newText: text }], obj.importEdit), preferred: true }];
    }
    // An initializer object.
    const obj = kerasObject(source, activation, modeFanOut);
    if (!obj || obj.text === old) return [];
    return [{ title: `Initialize with ${obj.label}: ${obj.text}`, edits: withImport([{ range: init.callRange, newText: obj.text }], obj.importEdit), preferred: true }];
  },

  forgetBiasFix(source: SourceText, facts: LayerFacts): Fix | undefined {
    const range = facts.layer.range;
    const call = source.slice(range);
    const m = /\bforget_bias\s*=\s*([-+\d.eE]+)/.exec(call);
    if (!m) return undefined;
    const offset = m.index + m[0].length - m[1]!.length;
    const before = call.slice(0, offset);
    const line = range.start.line + (before.match(/\n/g)?.length ?? 0);
    const character = before.includes('\n') ? offset - before.lastIndexOf('\n') - 1 : range.start.character + offset;
    const edit: TextEdit = { range: { start: { line, character }, end: { line, character: character + m[1]!.length } }, newText: '1.0' };
    return { title: `Start the forget gate of ${facts.layer.name} open: forget_bias=1.0`, edits: [edit], preferred: true };
  },
};
