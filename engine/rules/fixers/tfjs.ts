// TensorFlow.js fixes: initializers in TF.js idiom. An explicit initializer (a string such as
// 'zeros', or an object such as tf.initializers.randomNormal({stddev: 1})) is replaced by the
// identifier that suits the activation ('heNormal', 'glorotNormal', ...), in the file's quote
// style; an object that carried a seed keeps it (tf.initializers.heNormal({seed: 42})). A layer
// that uses its default gets the property added to its config object literal:
// `kernelInitializer: 'heNormal'`, on its own line when the config is written one property per line.
// An orthogonal initializer is a factory call with its gain: `tf.initializers.orthogonal({gain: 1})`.
// A custom layer's weight (`this.addWeight(name, shape, dtype, initializer)`) takes an Initializer
// object, never a string: its argument becomes `tf.initializers.heNormal({})`.
//
// SELU: TF.js leCunNormal is a truncated normal WITHOUT the stddev correction (variance 0.774/fan_in,
// engine/init/catalogue/tfjs.ts), which IL004 does not accept as LeCun normal; the fix is
// varianceScaling({scale: 1.2924, mode: 'fanIn', distribution: 'normal'}), whose variance is exactly
// 1/fan_in (1.2924 = 1/0.77374); with only named imports, `initializers` is added to them.
import type { Fix, TextEdit } from '../../model/finding';
import type { Activation, Position, SourceRange } from '../../model/graph';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import { fmt } from '../../init/format';
import { parseScript, typescript, type TS } from '../../frontends/typescript/ts';
import { isTfjsModule } from '../../frontends/typescript/tfjs/modules';
import { rangeAt } from '../../frontends/typescript/positions';
import type { FrameworkFixer } from './index';

interface TfjsChoice {
  /** The initializer identifier ('heNormal'); with `config`, the tf.initializers factory to call. */
  name: string;
  /** Factory config, as TypeScript object-literal text (without the seed). */
  config?: string;
  label: string;
}

const RELU_LIKE = new Set(['relu', 'relu6', 'gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus']);

/** 1/0.7737413 (STD_NORMAL_TRUNC2_VARIANCE): TF.js's uncorrected truncated normal scaled back to variance scale/n. */
const SELU_SCALE = 1.2924;

/** The TF.js initializers that suit an activation, the matching one first. */
export function tfjsChoices(activation: Activation | undefined): TfjsChoice[] {
  const kind = activation?.kind ?? 'identity';
  if (kind === 'leaky_relu') {
    const a = activation?.param ?? 0.3;
    return [
      { name: 'heNormal', label: `He normal (LeakyReLU ${fmt(a)})` },
      { name: 'heUniform', label: `He uniform (LeakyReLU ${fmt(a)})` },
    ];
  }
  if (RELU_LIKE.has(kind)) {
    return [
      { name: 'heNormal', label: 'He normal (ReLU)' },
      { name: 'heUniform', label: 'He uniform (ReLU)' },
    ];
  }
  if (kind === 'tanh' || kind === 'hardtanh' || kind === 'sigmoid') {
    const what = kind === 'sigmoid' ? 'sigmoid' : 'tanh';
    return [
      { name: 'glorotNormal', label: `Glorot normal (${what})` },
      { name: 'glorotUniform', label: `Glorot uniform (${what})` },
    ];
  }
  if (kind === 'selu') {
    return [{ name: 'varianceScaling', config: `scale: ${SELU_SCALE}, mode: 'fanIn', distribution: 'normal'`, label: 'LeCun normal with the truncation correction TF.js leaves out (for SELU)' }];
  }
  return [
    { name: 'leCunNormal', label: 'LeCun normal' },
    { name: 'glorotNormal', label: 'Glorot normal' },
  ];
}

/** The config property of each parameter's initializer. */
const INIT_PROPERTY: Readonly<Record<string, string>> = {
  kernel: 'kernelInitializer',
  recurrent_kernel: 'recurrentInitializer',
  embeddings: 'embeddingsInitializer',
};

/** The quote this file writes strings with. */
function fileQuote(text: string): string {
  let single = 0;
  let double = 0;
  for (const m of text.matchAll(/(['"])(?:\\.|(?!\1)[^\\\n])*\1/g)) {
    if (m[1] === "'") single++;
    else double++;
  }
  return double > single ? '"' : "'";
}

/** How the file reaches tf.initializers ('tf.initializers', 'initializers'), with the import edit it needs. */
function initializersNamespace(source: SourceText): { ns: string; importEdit?: TextEdit } | undefined {
  const s = source.spell('tf.initializers');
  if (!s.importEdit) return { ns: s.text };
  if (/\btf\s*\.\s*layers\b/.test(source.text) && !/@tensorflow\/tfjs/.test(source.text)) return { ns: 'tf.initializers' };
  // `import {layers, sequential} from '@tensorflow/tfjs'`: add `initializers` to the named imports.
  const ts = typescript();
  const sf = parseScript('imports.ts', source.text);
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier) || !isTfjsModule(stmt.moduleSpecifier.text)) continue;
    const nb = stmt.importClause?.namedBindings;
    if (!nb || !ts.isNamedImports(nb) || stmt.importClause?.isTypeOnly) continue;
    const at = (offset: number): Position => rangeAt(sf, offset, offset).start;
    const last = nb.elements[nb.elements.length - 1];
    const pos = last ? at(last.getEnd()) : at(nb.getStart(sf) + 1);
    return { ns: 'initializers', importEdit: { range: { start: pos, end: pos }, newText: last ? ', initializers' : 'initializers' } };
  }
  return undefined;
}

/**
 * The replacement text for a choice: an identifier string, or a factory call (keeping a seed).
 * `object`: only an Initializer object will do (a custom layer's `this.addWeight(name, shape,
 * dtype, initializer)` calls `initializer.apply`; a string there throws).
 */
function render(choice: TfjsChoice, quote: string, seed: number | undefined, ns: string | undefined, object = false): string | undefined {
  const seedText = seed !== undefined ? `seed: ${seed}` : '';
  if (choice.config !== undefined || seed !== undefined || object) {
    if (!ns) return undefined;
    const config = [choice.config ?? '', seedText].filter(Boolean).join(', ');
    return `${ns}.${choice.name}({${config}})`;
  }
  return `${quote}${choice.name}${quote}`;
}

/** Position of an offset inside a slice of the document that starts at `start` ('\n' line breaks). */
function positionIn(slice: string, start: Position, offset: number): Position {
  const before = slice.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: start.line, character: start.character + offset };
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return { line: start.line + lines, character: offset - nl - 1 };
}

interface ConfigLiteral {
  obj: TS.ObjectLiteralExpression;
  sf: TS.SourceFile;
  slice: string;
  start: Position;
}

/** The config object literal of the layer's factory call, re-read from the call's text. */
function configLiteral(source: SourceText, range: SourceRange): ConfigLiteral | undefined {
  const ts = typescript();
  const slice = source.slice(range);
  const sf = parseScript('layer.ts', slice);
  const stmt = sf.statements[0];
  if (!stmt || !ts.isExpressionStatement(stmt)) return undefined;
  let call: TS.Expression = stmt.expression;
  while (ts.isParenthesizedExpression(call)) call = call.expression;
  if (!ts.isCallExpression(call)) return undefined;
  const arg = call.arguments[0];
  if (!arg || !ts.isObjectLiteralExpression(arg)) return undefined;
  return { obj: arg, sf, slice, start: range.start };
}

/** Edits that make the config's `property` read `value`: replace an existing null/undefined value, or add the property. */
function setPropertyEdits(source: SourceText, lit: ConfigLiteral, property: string, value: string): TextEdit[] | undefined {
  const ts = typescript();
  const { obj, sf, slice, start } = lit;
  const pos = (offset: number): Position => positionIn(slice, start, offset);
  for (const p of obj.properties) {
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (name !== property) continue;
    if (ts.isPropertyAssignment(p)) return [{ range: { start: pos(p.initializer.getStart(sf)), end: pos(p.initializer.getEnd()) }, newText: value }];
    return undefined;
  }
  const entry = `${property}: ${value}`;
  const props = obj.properties;
  if (props.length === 0) {
    const open = obj.getStart(sf) + 1;
    const at = pos(open);
    return [{ range: { start: at, end: at }, newText: entry }];
  }
  const last = props[props.length - 1]!;
  const lastStart = pos(last.getStart(sf));
  const openLine = pos(obj.getStart(sf)).line;
  const trailingComma = props.hasTrailingComma;
  // After the last property, or after its trailing comma.
  let endOffset = last.getEnd();
  if (trailingComma) {
    const comma = slice.indexOf(',', endOffset);
    if (comma >= 0) endOffset = comma + 1;
  }
  const at = pos(endOffset);
  const multiline = lastStart.line > openLine;
  if (multiline) {
    const indent = source.indentOf(lastStart.line);
    const newText = trailingComma ? `${source.eol()}${indent}${entry},` : `,${source.eol()}${indent}${entry}`;
    return [{ range: { start: at, end: at }, newText }];
  }
  return [{ range: { start: at, end: at }, newText: trailingComma ? ` ${entry},` : `, ${entry}` }];
}

type Namespace = ReturnType<typeof initializersNamespace>;

/** The edits and text of one choice at `range`; undefined when the file cannot spell it. */
function choiceEdit(choice: TfjsChoice, quote: string, seed: number | undefined, ns: Namespace, object = false): { text: string; importEdit?: TextEdit } | undefined {
  // Without a reachable tf.initializers a seed is dropped rather than the fix.
  const text = render(choice, quote, ns ? seed : undefined, ns?.ns, object);
  if (!text) return undefined;
  const usesNs = choice.config !== undefined || seed !== undefined || object;
  return usesNs && ns?.importEdit ? { text, importEdit: ns.importEdit } : { text };
}

function replaceFix(source: SourceText, param: ParamFacts, choices: TfjsChoice[], property: string, quote: string, ns: Namespace, object = false): Fix[] {
  const init = param.spec.init;
  const range = init.callRange;
  if (!range) return [];
  const original = init.text ?? source.slice(range);
  const q = /^['"]/.test(original) ? original[0]! : quote;
  const seedArg = init.args.keyword['seed'];
  const seed = typeof seedArg === 'number' && /\(/.test(original) ? seedArg : undefined;
  const fixes: Fix[] = [];
  for (const choice of choices) {
    const c = choiceEdit(choice, q, seed, ns, object);
    if (!c || c.text === original) continue;
    const edits: TextEdit[] = [...(c.importEdit ? [c.importEdit] : []), { range, newText: c.text }];
    fixes.push({ title: `Initialize with ${choice.label}: ${property}: ${c.text}`, edits, ...(fixes.length === 0 ? { preferred: true } : {}) });
  }
  return fixes;
}

function addFix(source: SourceText, facts: LayerFacts, choices: TfjsChoice[], property: string, quote: string, ns: Namespace): Fix[] {
  const lit = configLiteral(source, facts.layer.range);
  if (!lit) return [];
  const who = facts.layer.access ?? facts.layer.name;
  const fixes: Fix[] = [];
  for (const choice of choices) {
    const c = choiceEdit(choice, quote, undefined, ns);
    if (!c) continue;
    const edits = setPropertyEdits(source, lit, property, c.text);
    if (!edits) continue;
    if (c.importEdit) edits.unshift(c.importEdit);
    fixes.push({ title: `Initialize ${who} with ${choice.label}: ${property}: ${c.text}`, edits, ...(fixes.length === 0 ? { preferred: true } : {}) });
  }
  return fixes;
}

/** Per document: its quote and how it reaches tf.initializers (fixes of one analysis share them). */
const STYLE = new WeakMap<SourceText, { quote: string; ns: Namespace }>();

export const TFJS_FIXER: FrameworkFixer = {
  forgetBiasFix(source: SourceText, facts: LayerFacts): Fix | undefined {
    const lit = configLiteral(source, facts.layer.range);
    const edits = lit && setPropertyEdits(source, lit, 'unitForgetBias', 'true');
    return edits ? { title: `Start the forget-gate bias of ${facts.layer.access ?? facts.layer.name} at 1: unitForgetBias: true`, edits, preferred: true } : undefined;
  },
  initFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, activation: Activation | undefined): Fix[] {
    return tfjsFixes(source, facts, param, tfjsChoices(activation));
  },
  zeroInitFixes(source: SourceText, facts: LayerFacts, param: ParamFacts): Fix[] {
    return tfjsFixes(source, facts, param, [{ name: 'zeros', label: 'zeros' }]);
  },
  orthogonalFix(source: SourceText, facts: LayerFacts, param: ParamFacts, gain): Fix | undefined {
    return tfjsFixes(source, facts, param, [{ name: 'orthogonal', config: `gain: ${gain.typescript}`, label: gain.label }])[0];
  },
};

/** The fixes that give `param` each of `choices` (replacing its initializer, or adding the property). */
function tfjsFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, choices: TfjsChoice[]): Fix[] {
  // A custom layer's weight (this.addWeight): its initializer argument, always an object.
  const addWeight = facts.layer.kind === 'Parameter' && facts.layer.ctor.endsWith('.addWeight');
  const property = addWeight ? 'initializer' : INIT_PROPERTY[param.spec.name];
  if (!property || (addWeight && param.spec.init.source === 'default')) return [];
  let style = STYLE.get(source);
  if (!style) STYLE.set(source, (style = { quote: fileQuote(source.text), ns: initializersNamespace(source) }));
  const { quote, ns } = style;
  try {
    if (param.spec.init.source === 'default') return addFix(source, facts, choices, property, quote, ns);
    return replaceFix(source, param, choices, property, quote, ns, addWeight);
  } catch {
    return [];
  }
}
