// Keras fault sites (keras 3, tf.keras, standalone keras 2): the initializer keyword of a Dense /
// Conv layer set or replaced on one line, an activation switched to tanh on a He-initialised
// layer, `unit_forget_bias=False` on an LSTM, and the stddev of an explicit RandomNormal /
// TruncatedNormal kernel initializer.
import type { Call, Source } from '../source';
import type { FaultKind, Site } from '../mutant';
import {
  OUTPUT_ACTIVATION,
  OUTPUT_NAME,
  OUTPUT_UNITS,
  assignedName,
  calleeBefore,
  callSpan,
  groupKey,
  hasRootScale,
  literalSize,
  markHidden,
  normFollows,
  numeric,
  positional,
  replaceRange,
  SCALE_KINDS,
  setKeyword,
  unquote,
} from './common';

const LAYER_RE = /(?<![\w.])((?:[A-Za-z_]\w*\.)*)(Dense|Conv1D|Conv2D|Conv3D|Conv1DTranspose|Conv2DTranspose|Conv3DTranspose|SeparableConv1D|SeparableConv2D|LSTM|GRU|SimpleRNN|LSTMCell)\s*\(/g;
const HE = /he_normal|he_uniform|HeNormal|HeUniform|variance_scaling_initializer\(\s*(scale\s*=\s*)?2/;

export function usesKeras(text: string): boolean {
  return /^\s*(import\s+keras\b|from\s+keras\b|from\s+tensorflow\s+import\s+keras\b|from\s+tensorflow\.keras\b|import\s+tensorflow\.keras\b|from\s+tensorflow\.python\.keras\b)/m.test(text) || /\btf\.keras\./.test(text);
}

/** How this file can spell `keras.initializers`, or undefined. */
export function initializersAlias(text: string): string | undefined {
  if (/^\s*from\s+(?:tensorflow\.)?keras\s+import\s+[^\n]*\binitializers\b/m.test(text)) return 'initializers';
  if (/^\s*(import\s+keras\b(?!\.)|from\s+tensorflow\s+import\s+[^\n]*\bkeras\b|import\s+tensorflow\.keras\s+as\s+keras\b)/m.test(text)) return 'keras.initializers';
  const tf = /^\s*import\s+tensorflow\s+as\s+(\w+)/m.exec(text);
  if (tf) return `${tf[1]}.keras.initializers`;
  return undefined;
}

function layerModuleAliases(text: string): Set<string> {
  const out = new Set(['layers.', 'keras.layers.', 'tf.keras.layers.']);
  for (const m of text.matchAll(/^\s*import\s+(?:tensorflow\.)?keras\.layers\s+as\s+(\w+)/gm)) out.add(`${m[1]}.`);
  for (const m of text.matchAll(/^\s*from\s+(?:tensorflow\.)?keras\s+import\s+[^\n]*\blayers\s+as\s+(\w+)/gm)) out.add(`${m[1]}.`);
  return out;
}

function bareImported(text: string, name: string): boolean {
  const re = new RegExp(`^\\s*from\\s+(?:tensorflow\\.(?:python\\.)?)?keras(?:\\.src)?\\.layers(?:\\.\\w+)?\\s+import\\s+(\\*|[^\\n]*\\b${name}\\b|\\([^)]*\\b${name}\\b[^)]*\\))`, 'm');
  return re.test(text);
}

/**
 * The variable bound at `at` is used as a layer (called on a tensor `dense(x)`, applied, listed
 * `[dense, ...]`, added `model.add(dense)`) in code of the same scope, before it is rebound.
 */
export function usedAsLayer(src: Source, name: string, at: number): boolean {
  const v = name.replace(/[.$]/g, (c) => `\\${c}`);
  const scope = src.scopeOf(src.lineOf(at)).header;
  const rebound = src.codeMatches(new RegExp(`(?<![\\w.$])${v}\\s*=(?!=)`, 'g')).map((m) => m.index).find((i) => i > at && src.scopeOf(src.lineOf(i)).header === scope);
  return src
    .codeMatches(new RegExp(`(?<![\\w.$])${v}\\s*\\(|(?<![\\w.$])${v}\\.apply\\s*\\(|[\\[,]\\s*${v}\\s*[,\\]]|\\.add\\(\\s*${v}\\s*\\)`, 'g'))
    .some((m) => m.index > at && (rebound === undefined || m.index < rebound) && src.scopeOf(src.lineOf(m.index)).header === scope);
}

interface KerasLayer {
  type: string;
  start: number;
  call: Call;
  group: string;
  outputLike: boolean;
  hidden?: boolean;
  construct: string;
  activation?: string;
}

export function kerasSites(src: Source): Site[] {
  if (!usesKeras(src.text)) return [];
  const aliases = layerModuleAliases(src.text);
  const init = initializersAlias(src.text);
  const layers: KerasLayer[] = [];
  for (const m of src.codeMatches(LAYER_RE)) {
    const prefix = m[1]!;
    const type = m[2]!;
    if (prefix ? !aliases.has(prefix) && !prefix.endsWith('layers.') : !bareImported(src.text, type)) continue;
    if (prefix.startsWith('tf.layers.') || prefix.startsWith('tf.compat.v1.layers.')) continue; // TF1 layers: tensorflow.ts
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    const kw = (k: string): string | undefined => call.args.find((a) => a.keyword === k)?.text.replace(/^\w+\s*=\s*/, '');
    const activation = unquote(kw('activation'));
    const units = kw('units') ?? kw('filters') ?? positional(call)[0]?.text;
    const name = unquote(kw('name'));
    // A wrapper (`Bidirectional(LSTM(...))`, `TimeDistributed(Dense(...))`) stands where the layer is used.
    let anchor = m.index;
    for (let open = src.enclosingOpen(anchor); open !== undefined && src.text[open] === '('; open = src.enclosingOpen(anchor)) {
      const callee = calleeBefore(src, open);
      if (!/(Bidirectional|TimeDistributed|Wrapper)$/.test(callee.text)) break;
      anchor = callee.start;
    }
    const assigned = assignedName(src, anchor);
    const outputLike =
      (activation !== undefined && OUTPUT_ACTIVATION.test(activation)) ||
      (units !== undefined && OUTPUT_UNITS.test(units.trim())) ||
      (name !== undefined && OUTPUT_NAME.test(name)) ||
      (assigned !== undefined && OUTPUT_NAME.test(assigned.replace(/^self\./, '')));
    const group = groupKey(src, anchor);
    let construct = group.startsWith('list:') ? 'keras.sequential-list' : group.startsWith('add:') ? 'keras.sequential-add' : src.text[call.close + 1] === '(' ? 'keras.functional' : assigned?.startsWith('self.') ? 'keras.subclass' : 'keras.layer';
    if (construct === 'keras.layer') {
      // A layer kept in a variable is model code only when the variable is used as a layer
      // (called on a tensor, listed in a Sequential, added to a model); a lone demo layer is not.
      if (!assigned || !usedAsLayer(src, assigned, m.index)) continue;
      construct = 'keras.layer-variable';
    }
    layers.push({ type, start: m.index, call, group, outputLike, construct, activation });
  }
  markHidden(layers);

  const sites: Site[] = [];
  for (const l of layers) {
    const span = callSpan(src, l.start, l.call);
    const add = (kind: FaultKind, edit: ReturnType<typeof setKeyword>, note: string): void => {
      if (edit && !(scaleFree && SCALE_KINDS.has(kind))) sites.push({ framework: 'keras', kind, construct: l.construct, edit: edit.edit, span, note });
    };
    const scaleFree = normFollows(src, l.call.close + 1);
    const recurrent = /LSTM|GRU|RNN/.test(l.type);
    if (recurrent) {
      // Without a bias (`use_bias=False`) there is no forget-gate bias to drop.
      const noBias = l.call.args.some((a) => a.keyword === 'use_bias' && /False/.test(a.text));
      if (/LSTM/.test(l.type) && !noBias) {
        const ufb = l.call.args.find((a) => a.keyword === 'unit_forget_bias');
        if (!ufb || /True/.test(ufb.text)) add('drop-forget-bias', setKeyword(src, l.call, 'unit_forget_bias', 'False'), `${l.type} unit_forget_bias=False`);
      }
      continue;
    }
    const current = l.call.args.find((a) => a.keyword === 'kernel_initializer');
    const currentText = current ? src.text.slice(current.valueStart, current.valueEnd) : '';
    if (/zeros|Zeros|ones|Ones|Constant/.test(currentText)) continue; // deliberately constant already
    if (l.hidden) {
      add('zero-hidden', setKeyword(src, l.call, 'kernel_initializer', "'zeros'"), `${l.type} kernel_initializer='zeros'`);
      add('constant', setKeyword(src, l.call, 'kernel_initializer', "'ones'"), `${l.type} kernel_initializer='ones'`);
    }
    // N(0, 1) is a fault only with a real fan-in: skip a layer on a provably tiny input.
    const inputSize = literalSize(l.call.args.find((a) => a.keyword === 'input_shape' || a.keyword === 'input_dim')?.text.replace(/^\w+\s*=\s*/, ''));
    if (init && !(inputSize !== undefined && inputSize < 10)) add('std1', setKeyword(src, l.call, 'kernel_initializer', `${init}.RandomNormal(stddev=1.0)`), `${l.type} RandomNormal(stddev=1.0)`);
    const act = l.activation ?? '';
    if (/tanh/.test(act) && !HE.test(currentText)) {
      add('he-before-tanh', setKeyword(src, l.call, 'kernel_initializer', "'he_normal'"), `${l.type} he_normal before tanh`);
    } else if (/relu/i.test(act) && HE.test(currentText)) {
      const a = l.call.args.find((x) => x.keyword === 'activation')!;
      const edit = replaceRange(src, a.valueStart, a.valueEnd, "'tanh'");
      if (edit && !scaleFree) sites.push({ framework: 'keras', kind: 'he-before-tanh', construct: l.construct, edit, span, note: `${l.type} He init, activation relu -> tanh` });
    }
  }
  return sites;
}

/**
 * `RandomNormal(stddev=0.02)`, `TruncatedNormal(0.0, 0.02)`, `tf.random_normal_initializer(stddev=...)`
 * used as a kernel initializer: stddev to 1.0, or its `/ sqrt(...)` scale removed.
 */
export function explicitInitializerSites(src: Source, framework: 'keras' | 'tensorflow'): Site[] {
  const sites: Site[] = [];
  const re = /(?<![\w])(?:[\w.]*\.)?(RandomNormal|TruncatedNormal|random_normal_initializer|truncated_normal_initializer)\s*\(/g;
  for (const m of src.codeMatches(re)) {
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    // Used for a kernel: the value of a kernel-like keyword, or assigned to a name used as one.
    const enclosing = src.enclosingOpen(m.index);
    let kernel = false;
    if (enclosing !== undefined) {
      const before = src.text.slice(Math.max(0, m.index - 60), m.index);
      if (/(kernel_initializer|depthwise_initializer|pointwise_initializer|weights_initializer)\s*=\s*$/.test(before)) kernel = true;
      else if (/(?<![\w_])initializer\s*=\s*$/.test(before) && src.text[enclosing] === '(') {
        // `add_weight(...)` / `get_variable(...)`: a kernel only by its name (a learned query,
        // token or scale drawn from N(0, 0.02) is no layer weight, and N(0, 1) is no fault there).
        const owner = src.call(enclosing);
        const name = owner?.args.find((a) => a.keyword === 'name')?.text ?? (owner ? positional(owner)[0]?.text : undefined) ?? '';
        kernel = /add_weight|get_variable/.test(calleeBefore(src, enclosing).text) && /kernel|weight|['"]w/i.test(name) && !/bias|query|token|emb|pos|scale|gamma|beta/i.test(name);
      }
    } else {
      const name = assignedName(src, m.index);
      if (name && new RegExp(`(kernel_initializer|weights_initializer|[^_]initializer)\\s*=\\s*${name.replace('.', '\\.')}\\b`).test(src.text) && !/bias/.test(name)) kernel = true;
    }
    if (!kernel) continue;
    const kw = call.args.find((a) => a.keyword === 'stddev');
    const pos = positional(call);
    const std = kw ? { start: kw.valueStart, end: kw.valueEnd } : pos.length >= 2 ? { start: pos[1]!.start, end: pos[1]!.end } : undefined;
    if (!std) continue;
    if (pos.length >= 1 && !kw && numeric(pos[0]!.text) !== 0) continue;
    const stdText = src.text.slice(std.start, std.end);
    const line = src.lineOf(std.start);
    const span = callSpan(src, m.index, call);
    if (hasRootScale(stdText)) {
      const d = /^(.*?)\s*\/\s*(?:\(?\s*(?:math\.|np\.|tf\.(?:math\.)?)?sqrt\(.*|.*\*\*\s*\(?0?\.5\)?.*)$/.exec(stdText);
      const edit = d && d[1]!.trim() ? replaceRange(src, std.start, std.end, d[1]!.trim()) : undefined;
      if (edit) sites.push({ framework, kind: 'remove-depth-scaling', construct: `${framework}.explicit-initializer`, edit, span, note: `stddev ${stdText} -> ${d![1]!.trim()}` });
    } else {
      const v = numeric(stdText);
      if (v === undefined || v >= 0.5) continue;
      const edit = replaceRange(src, std.start, std.end, '1.0');
      if (edit) sites.push({ framework, kind: 'std1', construct: `${framework}.explicit-initializer`, edit, span, note: `stddev ${stdText} -> 1.0 (line ${line + 1})` });
    }
  }
  return sites;
}
