// Keras fixes: the layer's initializer argument in Keras's own idiom. A layer that uses its default
// gets `kernel_initializer="he_normal"` added to its constructor call; an explicit initializer is
// replaced in place: a string by a string (same quote style), an initializer object by the same
// module's class (`initializers.HeNormal()`). Gains other than the presets' go through
// `VarianceScaling(scale=..., mode="fan_in", distribution="truncated_normal")` when the file
// reaches keras.initializers; an orthogonal initializer is `Orthogonal(gain=1.0)` in the file's
// spelling (the string "orthogonal" for gain 1 when the file reaches no initializers module).
// Also the argument-list scanner the Flax fixer shares.
import type { Fix, TextEdit } from '../../model/finding';
import type { Activation, Layer, Position, SourceRange } from '../../model/graph';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import { defaultParams } from '../../init';
import type { FrameworkFixer } from './index';
import type { OrthogonalGain } from '../fixes';

/** A replacement initializer in a framework's idiom. */
export interface Choice {
  /** Preset name ('he_normal') or, for variance scaling, undefined. */
  preset?: string;
  /** Variance-scaling arguments when no preset has the gain. */
  scaling?: { scale: number; mode: 'fan_in' | 'fan_out' | 'fan_avg'; distribution: 'truncated_normal' | 'uniform' };
  /** An orthogonal initializer with this gain (neither preset nor scaling). */
  orthogonal?: OrthogonalGain;
  label: string;
}

const RELU_LIKE = new Set(['relu', 'relu6', 'gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus']);

const round = (x: number): number => Number(x.toPrecision(4));

/** The initializers that suit an activation, the matching one first (names shared by Keras and JAX). */
export function choicesFor(activation: Activation | undefined, modeFanOut: boolean): Choice[] {
  const kind = activation?.kind ?? 'identity';
  if (kind === 'leaky_relu') {
    const a = activation?.param ?? 0.01;
    return [
      { scaling: { scale: round(2 / (1 + a * a)), mode: modeFanOut ? 'fan_out' : 'fan_in', distribution: 'truncated_normal' }, label: `He normal for LeakyReLU(${a})` },
      { preset: 'he_normal', label: 'He normal (ReLU)' },
    ];
  }
  if (RELU_LIKE.has(kind)) {
    if (modeFanOut) return [{ scaling: { scale: 2, mode: 'fan_out', distribution: 'truncated_normal' }, label: 'He normal, fan_out (ReLU)' }, { preset: 'he_normal', label: 'He normal (ReLU)' }];
    return [
      { preset: 'he_normal', label: 'He normal (ReLU)' },
      { preset: 'he_uniform', label: 'He uniform (ReLU)' },
    ];
  }
  if (kind === 'tanh' || kind === 'hardtanh' || kind === 'sigmoid') {
    return [
      { preset: 'glorot_uniform', label: `Glorot uniform (${kind})` },
      { preset: 'glorot_normal', label: `Glorot normal (${kind})` },
    ];
  }
  if (kind === 'selu') return [{ preset: 'lecun_normal', label: 'LeCun normal (for SELU)' }];
  return [
    { preset: 'lecun_normal', label: 'LeCun normal' },
    { preset: 'glorot_uniform', label: 'Glorot uniform' },
  ];
}

// ---------------------------------------------------------------- call text

/** Where a constructor call's argument list can take one more keyword argument. */
export interface ArgList {
  /** Positional arguments written (before the first keyword argument). */
  positional: number;
  /** True when `**kwargs` or `*args` appear. */
  splat: boolean;
  /** The position just after the last argument (after its trailing comma, if any), and that argument's line indentation. */
  after: Position;
  trailingComma: boolean;
  /** No argument at all. */
  empty: boolean;
  /** The closing parenthesis is on a later line than the last argument (one argument per line). */
  multiline: boolean;
  indent: string;
}

function positionAt(start: Position, text: string, offset: number): Position {
  let line = start.line;
  let lastBreak = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, character: lastBreak < 0 ? start.character + offset : offset - lastBreak - 1 };
}

/**
 * Reads the argument list of the call at `range` (strings, comments and nested brackets aware).
 * Undefined when the text is not a call ending in its argument list.
 */
export function scanArgs(source: SourceText, range: SourceRange): ArgList | undefined {
  const text = source.slice(range);
  const open = text.search(/[([{'"#]/);
  if (open < 0 || text[open] !== '(' || text[text.length - 1] !== ')') return undefined;
  let depth = 0;
  let lastSig = open; // index of the last significant character inside the top-level parentheses
  let positional = 0;
  let sawKeyword = false;
  let splat = false;
  let argStart = true;
  let argHasEquals = false;
  let close = -1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + q.length - 1;
      if (depth === 1) {
        lastSig = i;
        argStart = false;
      }
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      if (depth === 1) continue;
      if (depth === 2) argStart = false;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
      if (depth === 1) lastSig = i;
      continue;
    }
    if (depth !== 1) continue;
    if (/\s/.test(c)) continue;
    if (c === ',') {
      if (!argHasEquals && !sawKeyword) positional++;
      argStart = true;
      argHasEquals = false;
      lastSig = i;
      continue;
    }
    if (argStart && c === '*') splat = true;
    if (c === '=' && text[i + 1] !== '=' && !/[=!<>]/.test(text[i - 1] ?? '')) {
      argHasEquals = true;
      sawKeyword = true;
    }
    argStart = false;
    lastSig = i;
  }
  if (close !== text.length - 1) return undefined;
  const empty = lastSig === open;
  const trailingComma = !empty && text[lastSig] === ',';
  if (!empty && !trailingComma && !argHasEquals && !sawKeyword) positional++;
  const after = positionAt(range.start, text, lastSig + 1);
  const closePos = positionAt(range.start, text, close);
  const lineText = source.lines[after.line] ?? '';
  return { positional, splat, after, trailingComma, empty, multiline: closePos.line > after.line, indent: /^[ \t]*/.exec(lineText)![0] };
}

/** The edit that adds `keyword=value` to a call's argument list. */
export function addArgumentEdit(source: SourceText, args: ArgList, keyword: string, value: string): TextEdit {
  const arg = `${keyword}=${value}`;
  const at = args.after;
  const range = { start: at, end: at };
  if (args.empty) return { range, newText: arg };
  if (args.multiline) return { range, newText: `${args.trailingComma ? '' : ','}${source.eol()}${args.indent}${arg}${args.trailingComma ? ',' : ''}` };
  return { range, newText: args.trailingComma ? ` ${arg}` : `, ${arg}` };
}

/** The file's string quote: the one used in `near` (the call's own text), else the more frequent one. */
export function quoteOf(source: SourceText, near: string): string {
  const m = /["']/.exec(near.replace(/#.*$/gm, ''));
  if (m) return m[0]!;
  let quote = FILE_QUOTE.get(source);
  if (quote === undefined) {
    let dq = 0;
    let sq = 0;
    for (const ch of source.text) {
      if (ch === '"') dq++;
      else if (ch === "'") sq++;
    }
    quote = sq > dq ? "'" : '"';
    // Counted once per file: once per fixed layer was quadratic in a file of many models.
    FILE_QUOTE.set(source, quote);
  }
  return quote;
}

const FILE_QUOTE = new WeakMap<SourceText, string>();

/** The constructor argument that sets a parameter ('kernel_initializer', 'kernel_init'), from the framework's tables. */
export function initArgOf(layer: Layer, param: ParamFacts): string | undefined {
  if (param.spec.name === 'depthwise_kernel') return 'depthwise_initializer';
  // A weight a custom layer makes with `self.add_weight(shape=..., initializer=...)`.
  if (layer.kind === 'Parameter' && layer.framework === 'keras' && layer.ctor.endsWith('.add_weight')) return 'initializer';
  return defaultParams(layer).find((p) => p.name === param.spec.name)?.initArg;
}

/** Spells a qualified module through the file's own imports only (never adds one). */
export function spellImported(source: SourceText, candidates: string[]): string | undefined {
  let best: string | undefined;
  for (const q of candidates) {
    const s = source.spell(q);
    if (!s.importEdit && (best === undefined || s.text.length < best.length)) best = s.text;
  }
  return best;
}

/** Positional arguments after which a Keras layer's initializer arguments would be taken positionally. */
const KERAS_POSITIONAL_LIMIT: Record<string, number> = { add_weight: 3, Dense: 3, Embedding: 2, LSTM: 4, GRU: 4, SimpleRNN: 3, DepthwiseConv2D: 8 };

const PRESET_CLASS: Record<string, string> = {
  he_normal: 'HeNormal',
  he_uniform: 'HeUniform',
  glorot_uniform: 'GlorotUniform',
  glorot_normal: 'GlorotNormal',
  lecun_normal: 'LecunNormal',
  lecun_uniform: 'LecunUniform',
  zeros: 'Zeros',
};

const KERAS_INIT_MODULES = ['keras.initializers', 'tensorflow.keras.initializers', 'tf_keras.initializers'];

function kerasText(source: SourceText, choice: Choice, quote: string, classPrefix: string | undefined): string | undefined {
  // A bare class name (`RandomNormal(...)` imported by name) says nothing about another class's
  // import: the class is spelled through the file's imports, or not at all.
  const cls = (name: string): string | undefined => (classPrefix ? `${classPrefix}${name}` : spellImported(source, KERAS_INIT_MODULES.map((m) => `${m}.${name}`)));
  if (choice.orthogonal) {
    const orthogonal = cls('Orthogonal');
    if (orthogonal !== undefined) return `${orthogonal}(gain=${choice.orthogonal.python})`;
    return choice.orthogonal.value === 1 ? `${quote}orthogonal${quote}` : undefined;
  }
  if (choice.preset) {
    const preset = classPrefix !== undefined ? cls(PRESET_CLASS[choice.preset]!) : undefined;
    return preset !== undefined ? `${preset}()` : `${quote}${choice.preset}${quote}`;
  }
  const scaling = classPrefix !== undefined ? cls('VarianceScaling') : undefined;
  if (scaling === undefined) return undefined;
  const s = choice.scaling!;
  return `${scaling}(scale=${s.scale}, mode=${quote}${s.mode}${quote}, distribution=${quote}${s.distribution}${quote})`;
}

/** The fixes that give `param` each of `choices`: replacing its explicit initializer, or adding the initializer argument. */
function kerasFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, choices: Choice[]): Fix[] {
  const layer = facts.layer;
  const arg = initArgOf(layer, param);
  if (!arg) return [];
  const init = param.spec.init;
  const module = spellImported(source, KERAS_INIT_MODULES);
  const fixes: Fix[] = [];
  if (init.source === 'explicit') {
    if (!init.callRange) return [];
    const old = source.slice(init.callRange);
    const oldQuote = /^\s*(["'])/.exec(old)?.[1];
    // An initializer object keeps its form: the same module prefix the code wrote.
    const prefix = /^([\w.]*\.)?[A-Z]\w*\s*\(/.test(old) ? (/^([\w.]*\.)/.exec(old)?.[1] ?? '') : undefined;
    const quote = oldQuote ?? quoteOf(source, source.slice(layer.range));
    for (const choice of choices) {
      const classPrefix = prefix ?? (choice.preset ? undefined : module !== undefined ? `${module}.` : undefined);
      const text = kerasText(source, choice, quote, classPrefix);
      if (!text || text === old) continue;
      fixes.push({ title: `Initialize with ${choice.label}: ${arg}=${text}`, edits: [{ range: init.callRange, newText: text }], ...(fixes.length === 0 ? { preferred: true } : {}) });
    }
    return fixes;
  }
  const args = scanArgs(source, layer.range);
  const ctor = layer.ctor.slice(layer.ctor.lastIndexOf('.') + 1);
  if (!args || args.positional > (KERAS_POSITIONAL_LIMIT[ctor] ?? 2)) return [];
  const quote = quoteOf(source, source.slice(layer.range));
  for (const choice of choices) {
    const text = kerasText(source, choice, quote, choice.preset ? undefined : module !== undefined ? `${module}.` : undefined);
    if (!text) continue;
    const edit = addArgumentEdit(source, args, arg, text);
    fixes.push({ title: `Initialize with ${choice.label}: add ${arg}=${text}`, edits: [edit], ...(fixes.length === 0 ? { preferred: true } : {}) });
  }
  return fixes;
}

export const KERAS_FIXER: FrameworkFixer = {
  forgetBiasFix(source: SourceText, facts: LayerFacts): Fix | undefined {
    // `LSTM(64, unit_forget_bias=False)`: the argument written in the constructor becomes True.
    const call = source.slice(facts.layer.range);
    const m = /\bunit_forget_bias\s*=\s*(False)\b/.exec(call);
    if (!m) return undefined;
    const offset = m.index + m[0].length - m[1]!.length;
    const start = positionAt(facts.layer.range.start, call, offset);
    const end = positionAt(facts.layer.range.start, call, offset + m[1]!.length);
    return { title: `Start the forget-gate bias of ${facts.layer.access ?? facts.layer.name} at 1: unit_forget_bias=True`, edits: [{ range: { start, end }, newText: 'True' }], preferred: true };
  },
  initFixes(source, facts: LayerFacts, param: ParamFacts, activation, modeFanOut): Fix[] {
    return kerasFixes(source, facts, param, choicesFor(activation, modeFanOut));
  },
  zeroInitFixes(source, facts: LayerFacts, param: ParamFacts): Fix[] {
    return kerasFixes(source, facts, param, [{ preset: 'zeros', label: 'zeros' }]);
  },
  orthogonalFix(source, facts: LayerFacts, param: ParamFacts, gain): Fix | undefined {
    return kerasFixes(source, facts, param, [{ orthogonal: gain, label: gain.label }])[0];
  },
};

