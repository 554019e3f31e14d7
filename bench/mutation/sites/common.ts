// Building blocks shared by the per-framework site finders: single-line edits of a range, setting
// a keyword argument or object property, the multiplicative scale around a random draw, and the
// heuristics that tell an output layer from a hidden one.
import type { Call, Source } from '../source';
import type { Edit } from '../mutant';

/** A replace edit of one line that swaps `[start, end)` for `text`; undefined if the range spans lines. */
export function replaceRange(src: Source, start: number, end: number, text: string): Edit | undefined {
  const line = src.lineOf(start);
  if (src.lineOf(Math.max(start, end - 1)) !== line) return undefined;
  const col = start - src.lineStart[line]!;
  const old = src.line(line);
  return { kind: 'replace', line, text: old.slice(0, col) + text + old.slice(col + (end - start)) };
}

/** A line inserted after `line`, indented like `indentLine`. */
export function insertAfter(src: Source, line: number, indentLine: number, text: string): Edit {
  return { kind: 'insert', line, text: `${src.indent(indentLine)}${text}` };
}

export interface KeywordEdit {
  edit: Edit;
  /** Whether the keyword existed and its value was replaced. */
  replaced: boolean;
}

/**
 * Set `name=value` in a Python call: replace the value when the keyword is there (on one line),
 * else add it before the closing parenthesis (with a comma when needed). Calls with `**kwargs`
 * are left alone, since the keyword may already come through them.
 */
export function setKeyword(src: Source, call: Call, name: string, value: string): KeywordEdit | undefined {
  if (call.args.some((a) => a.text.startsWith('**'))) return undefined;
  const existing = call.args.find((a) => a.keyword === name);
  if (existing) {
    const edit = replaceRange(src, existing.valueStart, existing.valueEnd, value);
    return edit ? { edit, replaced: true } : undefined;
  }
  const prev = src.prevCodeChar(call.close);
  const needComma = prev >= 0 && src.text[prev] !== ',' && src.text[prev] !== '(';
  const text = `${needComma ? ', ' : ''}${name}=${value}`;
  const edit = replaceRange(src, call.close, call.close, text);
  return edit ? { edit, replaced: false } : undefined;
}

/** Set `name: value` in a JS object literal whose `{` is at `open`: replace, or add after `{`. */
export function setProperty(src: Source, open: number, name: string, value: string): KeywordEdit | undefined {
  const props = src.elements(open);
  if (!props) return undefined;
  if (props.some((p) => p.text.startsWith('...'))) return undefined;
  const existing = props.find((p) => p.keyword === name || p.text.startsWith(`'${name}'`) || p.text.startsWith(`"${name}"`));
  if (existing) {
    const edit = replaceRange(src, existing.valueStart, existing.valueEnd, value);
    return edit ? { edit, replaced: true } : undefined;
  }
  const edit = replaceRange(src, open + 1, open + 1, props.length ? `${name}: ${value}, ` : `${name}: ${value}`);
  return edit ? { edit, replaced: false } : undefined;
}

/** The lines of a call, from its callee's line to its closing parenthesis. */
export function callSpan(src: Source, calleeStart: number, call: Call): [number, number] {
  return [src.lineOf(calleeStart), src.lineOf(call.close)];
}

/**
 * Names and keyword values that mark an output layer (the model's last, whose zero or constant
 * weights are not a symmetry fault).
 */
export const OUTPUT_NAME =
  /(^|[_.\s'"])(heads?|out|outs|output|outputs|classifier|cls|logits?|lm_head|pred|preds|predictions?|final|last|readout|to_logits|score|scores|fc_out|q_values?|value|policy|actor|critic|mu|sigma|log_std|mean|logvar|log_var|log_sigma|recon|reconstruction|decoder_out|generator_out)(\d*)($|[_.\s'"])/i;

/** Unit counts that mark an output layer. */
export const OUTPUT_UNITS = /^(1|2|num_classes|n_classes|nb_classes|classes|num_labels|n_labels|vocab_size|n_vocab|num_outputs|output_dim|output_size|out_dim|n_out|num_actions|n_actions|action_size|action_dim|config\.num_labels|self\.num_classes|self\.vocab_size|args\.num_classes)$/;

/** Activations of an output layer. */
export const OUTPUT_ACTIVATION = /softmax|sigmoid|log_softmax|linear/i;

/** A plain numeric literal. */
export function numeric(text: string): number | undefined {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** An expression that divides by a square root of something that is not a literal (a depth or fan-in scale). */
export function hasRootScale(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (/(sqrt|rsqrt)\((?![\d.]+\))/.test(t)) return true;
  if (/\*\*\(?-?0?\.5\)?/.test(t) && !/^[\d.()/*+-]+$/.test(t)) return true;
  if (/\*\*\(?-1\/2\)?/.test(t)) return true;
  return false;
}

export interface ScaleRun {
  /** Offsets of the whole expression `left * CALL * right` (the factors included). */
  start: number;
  end: number;
  /** Offsets of the draw itself. */
  callStart: number;
  callEnd: number;
  /** The factors' text, e.g. `* (5/3) / ((n_embd * block_size)**0.5)` and `scale *`. */
  factors: string[];
}

/**
 * The run of `*` and `/` factors directly around a random draw `[callStart, callEnd)` on one
 * line, stopping at `+`, `-`, a comma, a closing bracket or the end of the line. Only factors on
 * the draw's own line are collected.
 */
export function scaleRun(src: Source, callStart: number, callEnd: number): ScaleRun {
  const line = src.lineOf(callStart);
  const lineEnd = src.lineStart[line]! + src.line(line).length;
  const factors: string[] = [];
  let end = callEnd;
  for (;;) {
    let i = end;
    while (i < lineEnd && src.text[i] === ' ') i++;
    const op = src.text[i];
    if ((op !== '*' && op !== '/') || src.text[i + 1] === '*' || src.text[i + 1] === '/' || !src.isCode(i)) break;
    const f = factorAfter(src, i + 1, lineEnd);
    if (f === undefined) break;
    factors.push(src.text.slice(end, f).trim());
    end = f;
  }
  let start = callStart;
  for (;;) {
    let i = start - 1;
    while (i >= src.lineStart[line]! && src.text[i] === ' ') i--;
    if (src.text[i] !== '*' || src.text[i - 1] === '*' || !src.isCode(i)) break;
    const f = factorBefore(src, i, src.lineStart[line]!);
    if (f === undefined) break;
    factors.unshift(src.text.slice(f, start).trim());
    start = f;
  }
  return { start, end, callStart, callEnd, factors };
}

/** End offset of the primary (with `**` powers) starting after `from`, or undefined. */
function factorAfter(src: Source, from: number, lineEnd: number): number | undefined {
  let i = from;
  while (i < lineEnd && src.text[i] === ' ') i++;
  const primaryEnd = (k: number): number | undefined => {
    let j = k;
    if (src.text[j] === '-' || src.text[j] === '+') j++;
    if (src.text[j] === '(') {
      const c = src.closeOf(j);
      if (c === undefined || c >= lineEnd) return undefined;
      j = c + 1;
    } else {
      const m = /^(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+|[A-Za-z_][\w.]*)/.exec(src.text.slice(j, lineEnd));
      if (!m) return undefined;
      j += m[0].length;
    }
    // Calls and subscripts after a name: `math.sqrt(n)`, `shape[0]`.
    while (src.text[j] === '(' || src.text[j] === '[') {
      const c = src.closeOf(j);
      if (c === undefined || c >= lineEnd) return undefined;
      j = c + 1;
    }
    return j;
  };
  let end = primaryEnd(i);
  if (end === undefined) return undefined;
  for (;;) {
    let k = end;
    while (src.text[k] === ' ') k++;
    if (src.text[k] === '*' && src.text[k + 1] === '*') {
      k += 2;
      while (src.text[k] === ' ') k++;
      const e = primaryEnd(k);
      if (e === undefined) return undefined;
      end = e;
      continue;
    }
    return end;
  }
}

/** Start offset of the primary that ends just before the `*` at `star`, or undefined. */
function factorBefore(src: Source, star: number, lineStart: number): number | undefined {
  let i = star - 1;
  while (i >= lineStart && src.text[i] === ' ') i--;
  if (i < lineStart) return undefined;
  if (src.text[i] === ')') {
    const o = src.openOf(i);
    if (o === undefined || o < lineStart) return undefined;
    i = o;
    // A call: `math.sqrt(...) *`.
    const m = /[A-Za-z_][\w.]*$/.exec(src.text.slice(lineStart, i));
    const start = m ? i - m[0].length : i;
    return precededByOperand(src, start, lineStart) ? start : undefined;
  }
  const m = /(\d+\.?\d*(?:[eE][-+]?\d+)?|[A-Za-z_][\w.]*)$/.exec(src.text.slice(lineStart, i + 1));
  if (!m) return undefined;
  const start = i + 1 - m[0].length;
  return precededByOperand(src, start, lineStart) ? start : undefined;
}

/** A factor to the left is only safe to take when it does not itself follow a `/` or `**` (precedence). */
function precededByOperand(src: Source, start: number, lineStart: number): boolean {
  let i = start - 1;
  while (i >= lineStart && src.text[i] === ' ') i--;
  return !(src.text[i] === '/' || (src.text[i] === '*' && src.text[i - 1] === '*'));
}

/** The gain of tanh written the usual ways: `5/3`, `5.0 / 3`, `(5/3)`. */
export const TANH_GAIN = /\(?\s*5(\.0*)?\s*\/\s*3(\.0*)?\s*\)?/;

/** The range of the first top-level positional arguments of a call that are not keywords. */
export function positional(call: Call): Call['args'] {
  return call.args.filter((a) => a.keyword === undefined && !a.text.startsWith('*'));
}

/** Text of a callee ending at `open` (the `(`), e.g. `nn.init.normal_` or `self.fc.weight.data.normal_`. */
export function calleeBefore(src: Source, open: number): { text: string; start: number } {
  const before = src.text.slice(Math.max(0, open - 200), open);
  const m = /([A-Za-z_][\w]*(?:\s*(?:\.\s*[A-Za-z_]\w*|\[[^\]\n]*\]))*)\s*$/.exec(before);
  if (!m) return { text: '', start: open };
  return { text: m[1]!.replace(/\s+/g, ''), start: open - m[0].length };
}

/**
 * The group a layer construction belongs to for the "not the model's last" test: the list of a
 * `Sequential([...])` / `layers: [...]`, the run of `model.add(...)` calls on one receiver in one
 * scope, or else its scope (and notebook cell, for module-level notebook code).
 */
export function groupKey(src: Source, start: number): string {
  const line = src.lineOf(start);
  const scope = src.scopeOf(line).header;
  const cell = scope < 0 && src.cells ? src.cells[line] : 0;
  const open = src.enclosingOpen(start);
  if (open !== undefined) {
    if (src.text[open] === '[') {
      const outer = src.enclosingOpen(open);
      const callee = outer !== undefined ? calleeBefore(src, outer).text : '';
      const prop = src.text.slice(Math.max(0, open - 20), open);
      if (/Sequential$|sequential$/.test(callee) || /layers\s*:\s*$/.test(prop) || /layers\s*=\s*$/.test(prop)) return `list:${open}`;
    }
    if (src.text[open] === '(') {
      const callee = calleeBefore(src, open).text;
      const add = /^(.*)\.add$/.exec(callee);
      if (add) return `add:${add[1]}:${scope}:${cell}`;
    }
  }
  // Several models in one scope (a tutorial, a notebook cell, a GAN builder): each model
  // construction (`keras.Model(...)`, `tf.model(...)`, `Sequential(...)`) closes a group.
  const boundaries = modelBoundaries(src).filter((b) => b < start && src.scopeOf(src.lineOf(b)).header === scope).length;
  return `scope:${scope}:${cell}:${boundaries}`;
}

const boundaryCache = new WeakMap<Source, number[]>();

function modelBoundaries(src: Source): number[] {
  let b = boundaryCache.get(src);
  if (!b) {
    b = src.codeMatches(/(?<![\w.])(?:[A-Za-z_][\w.]*\.)?(Model|Sequential|sequential|model)\s*\(/g).map((m) => m.index);
    boundaryCache.set(src, b);
  }
  return b;
}

export interface Grouped {
  group: string;
  start: number;
  /** Named or configured like an output layer. */
  outputLike: boolean;
  hidden?: boolean;
}

/** Hidden: not output-like and not the last construction of its group. */
export function markHidden<T extends Grouped>(items: T[]): void {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(it.group, [...(groups.get(it.group) ?? []), it]);
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start);
    list.forEach((it, i) => {
      it.hidden = !it.outputLike && i < list.length - 1;
    });
  }
}

/** `NAME =` directly before `start` on its line (functional `x = Dense(...)(x)` included). */
export function assignedName(src: Source, start: number): string | undefined {
  const line = src.lineOf(start);
  const before = src.text.slice(src.lineStart[line]!, start);
  const m = /^\s*(?:const\s+|let\s+|var\s+)?((?:self\.|this\.)?[A-Za-z_$][\w$]*)\s*=\s*$/.exec(before);
  return m?.[1];
}

/** String literal contents, or the text itself. */
export function unquote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(['"`])(.*)\1$/s.exec(text.trim());
  return m ? m[2] : text.trim();
}

/**
 * A factor's numeric value: a literal, a product/quotient of literals, or an identifier whose
 * every assignment or default in the file is one numeric literal.
 */
export function factorValue(src: Source, factor: string): number | undefined {
  const t = factor.trim().replace(/^\(|\)$/g, '');
  const lit = numeric(t);
  if (lit !== undefined) return lit;
  if (/^[\d.eE+\-*/ ()]+$/.test(t) && /\d/.test(t)) {
    try {
      const v = Function(`"use strict"; return (${t});`)() as unknown;
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    } catch {
      return undefined;
    }
  }
  if (/^[A-Za-z_]\w*$/.test(t)) {
    const values = [...src.text.matchAll(new RegExp(`(?<![\\w.])${t}\\s*(?::\\s*float\\s*)?=\\s*([-+]?[\\d.]+(?:[eE][-+]?\\d+)?)\\b`, 'g'))].map((m) => Number(m[1]));
    if (values.length && values.every((v) => v === values[0])) return values[0];
  }
  return undefined;
}

/** The product of a scale run's factors when every one has a numeric value. */
export function runProduct(src: Source, factors: string[]): number | undefined {
  let p = 1;
  for (const f of factors) {
    const div = f.startsWith('/');
    const body = f.replace(/^[*/]\s*|\s*\*$/g, '');
    const v = factorValue(src, body);
    if (v === undefined || v === 0) return undefined;
    p = div ? p / v : p * v;
  }
  return p;
}

/** The literal size of an input shape (`(4,)`, `[28, 28]`, `4`), or undefined. */
export function literalSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const n = numeric(t);
  if (n !== undefined) return n;
  const m = /^[([]\s*([\d\s,]*?)\s*,?\s*[)\]]$/.exec(t);
  if (!m || !m[1]!.trim()) return undefined;
  return m[1]!.split(',').filter((x) => x.trim()).reduce((p, x) => p * Number(x), 1);
}

const NORM_CALL = /(?<![\w])(?:[\w.]*\.)?(BatchNorm[123]d|SyncBatchNorm|LayerNorm|GroupNorm|InstanceNorm[123]d|BatchNormalization|LayerNormalization|GroupNormalization|UnitNormalization|batch_normalization|layer_norm|batchNormalization|layerNormalization|BatchNorm|RMSNorm)\s*\(/;
const WEIGHT_CALL = /(?<![\w])(?:[\w.]*\.)?(Linear|Conv[123]d|ConvTranspose[123]d|Dense|DenseGeneral|Conv\w*|dense|conv\w*|LSTM|GRU|lstm|gru|Embedding|embedding)\s*\(/;

/**
 * Whether the next layer after the call ending at `end` (within the next few lines: the next
 * Sequential element, the next functional statement) is a normalization. A norm right after a
 * layer makes its output independent of the weight scale, so N(0, 1), a missing depth scale or a
 * ReLU gain before tanh are no faults there (zero and constant weights still are).
 */
export function normFollows(src: Source, end: number): boolean {
  const endLine = src.lineOf(end);
  const stop = src.lineStart[Math.min(src.lines.length - 1, endLine + 3)]! + src.line(Math.min(src.lines.length - 1, endLine + 3)).length;
  let text = '';
  for (let i = end; i < stop; i++) text += src.isCode(i) ? src.text[i] : ' ';
  const norm = NORM_CALL.exec(text);
  if (!norm) return false;
  const weight = WEIGHT_CALL.exec(text);
  return !weight || weight.index > norm.index;
}

/** Kinds whose fault is a wrong weight scale (neutralised by a following normalization). */
export const SCALE_KINDS: ReadonlySet<string> = new Set(['std1', 'he-before-tanh', 'remove-depth-scaling']);
