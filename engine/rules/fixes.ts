// Fix builders: replacement initializations in the file's own spelling. Every fix is a set of text
// edits the user chooses to apply; nothing here modifies anything by itself.
import type { Activation } from '../model/graph';
import type { Fix, TextEdit } from '../model/finding';
import type { LayerFacts, ParamFacts } from '../analysis';
import type { SourceText } from '../analysis/source';
import { FIXERS } from './fixers';
import { spellImported } from './fixers/keras';

/** A replacement initializer: an nn.init function and its keyword arguments (Python source). */
export interface InitChoice {
  fn: 'kaiming_normal_' | 'kaiming_uniform_' | 'xavier_uniform_' | 'xavier_normal_' | 'orthogonal_' | 'uniform_';
  /** Keyword arguments; `{init}` stands for the file's spelling of torch.nn.init. */
  kwargs: string[];
  /** What it is, for fix titles: "Kaiming normal (ReLU)". */
  label: string;
  /** Weight variance times fan-in that it gives (gain^2), for square layers. */
  gainSquared: number;
}

/**
 * The gain of an orthogonal initializer offered for a deep dense tanh/linear stack: 1 (with zero
 * biases the edge of chaos for tanh, an exact isometry for linear layers), or tanh's
 * calculate_gain 5/3. Each framework writes it in its own idiom.
 */
export interface OrthogonalGain {
  value: number;
  /** How Keras and Flax write it (`gain=1.0`, `scale=5 / 3`). */
  python: string;
  /** How TF.js writes it (`{gain: 1}`). */
  typescript: string;
  /** PyTorch's calculate_gain argument when the gain is an activation's; PyTorch writes `gain=1` otherwise. */
  of?: 'tanh';
  /** For fix titles. */
  label: string;
}

export const ORTHOGONAL_GAINS = {
  unit: { value: 1, python: '1.0', typescript: '1', label: 'orthogonal (gain 1, dynamical isometry)' },
  tanh: { value: 5 / 3, python: '5 / 3', typescript: '5 / 3', of: 'tanh', label: 'orthogonal (tanh gain 5/3)' },
} satisfies Record<string, OrthogonalGain>;

/** nn.init.orthogonal_ with `gain`, as an InitChoice. */
export function orthogonalChoice(gain: OrthogonalGain): InitChoice {
  return { fn: 'orthogonal_', kwargs: [gain.of ? `gain={init}.calculate_gain('${gain.of}')` : `gain=${gain.value}`], label: gain.label, gainSquared: gain.value ** 2 };
}

const RELU_LIKE = new Set(['relu', 'relu6', 'gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus']);

/**
 * The initializers that suit an activation, the matching one first: Kaiming for the ReLU family,
 * Xavier with calculate_gain for tanh/sigmoid, LeCun (kaiming_normal_ with 'linear') for SELU and
 * for layers with no activation.
 */
export function choicesFor(activation: Activation | undefined, modeFanOut = false): InitChoice[] {
  const mode = modeFanOut ? ["mode='fan_out'"] : [];
  const kind = activation?.kind ?? 'identity';
  if (kind === 'leaky_relu') {
    const a = activation?.param ?? 0.01;
    return [
      { fn: 'kaiming_normal_', kwargs: [`a=${a}`, ...mode, "nonlinearity='leaky_relu'"], label: `Kaiming normal (LeakyReLU ${a})`, gainSquared: 2 / (1 + a * a) },
      { fn: 'xavier_uniform_', kwargs: [`gain={init}.calculate_gain('leaky_relu', ${a})`], label: `Xavier uniform (gain for LeakyReLU ${a})`, gainSquared: 2 / (1 + a * a) },
    ];
  }
  if (RELU_LIKE.has(kind)) {
    return [
      { fn: 'kaiming_normal_', kwargs: [...mode, "nonlinearity='relu'"], label: 'Kaiming normal (ReLU)', gainSquared: 2 },
      { fn: 'xavier_uniform_', kwargs: ["gain={init}.calculate_gain('relu')"], label: 'Xavier uniform (ReLU gain)', gainSquared: 2 },
    ];
  }
  if (kind === 'tanh' || kind === 'hardtanh') {
    return [
      { fn: 'xavier_uniform_', kwargs: ["gain={init}.calculate_gain('tanh')"], label: 'Xavier uniform (tanh gain)', gainSquared: 25 / 9 },
      { fn: 'kaiming_normal_', kwargs: [...mode, "nonlinearity='tanh'"], label: 'Kaiming normal (tanh)', gainSquared: 25 / 9 },
    ];
  }
  if (kind === 'sigmoid') {
    return [
      { fn: 'xavier_uniform_', kwargs: [], label: 'Xavier uniform', gainSquared: 1 },
      { fn: 'kaiming_normal_', kwargs: [...mode, "nonlinearity='sigmoid'"], label: 'Kaiming normal (sigmoid)', gainSquared: 1 },
    ];
  }
  if (kind === 'selu') {
    return [{ fn: 'kaiming_normal_', kwargs: ["nonlinearity='linear'"], label: 'LeCun normal (for SELU)', gainSquared: 1 }];
  }
  return [
    { fn: 'kaiming_normal_', kwargs: [...mode, "nonlinearity='linear'"], label: 'LeCun normal', gainSquared: 1 },
    { fn: 'xavier_uniform_', kwargs: [], label: 'Xavier uniform', gainSquared: 1 },
  ];
}

function initCall(source: SourceText, choice: InitChoice, target: string): { text: string; importEdit?: TextEdit } {
  const mod = source.spell('torch.nn.init');
  // `from torch.nn.init import kaiming_normal_` binds the function itself.
  const direct = source.spell(`torch.nn.init.${choice.fn}`);
  const fn = direct.importEdit ? `${mod.text}.${choice.fn}` : direct.text;
  const kwargs = choice.kwargs.map((k) => k.replace('{init}', mod.text));
  const text = `${fn}(${[target, ...kwargs].join(', ')})`;
  return mod.importEdit && direct.importEdit ? { text, importEdit: mod.importEdit } : { text };
}

/** Replaces an explicit initialization call with `choice`, keeping the tensor expression the code used. */
export function replaceInitFix(source: SourceText, param: ParamFacts, choice: InitChoice, preferred: boolean): Fix | undefined {
  const init = param.spec.init;
  if (!init.callRange) return undefined;
  if (init.sizeTexts !== undefined || ['randn', 'rand', 'zeros', 'ones', 'full', 'empty'].includes(init.name)) return undefined;
  const target = init.targetText;
  if (!target) return undefined;
  const call = initCall(source, choice, target);
  const edits: TextEdit[] = [{ range: init.callRange, newText: call.text }];
  if (call.importEdit) edits.unshift(call.importEdit);
  return { title: `Initialize with ${choice.label}: ${call.text}`, edits, ...(preferred ? { preferred: true } : {}) };
}

/**
 * For `nn.Parameter(torch.randn(a, b) * s)` and other factories: the same factory scaled to the
 * fan-in, `torch.randn(a, b) * (g2 / a) ** 0.5`, written with the code's own size expressions.
 */
export function scaledFactoryFix(source: SourceText, facts: LayerFacts, param: ParamFacts, choice: InitChoice, preferred: boolean): Fix | undefined {
  const init = param.spec.init;
  const sizes = init.sizeTexts;
  if (!init.callRange || !sizes || sizes.length < 2) return undefined;
  // fan_in: the input axis of a matrix; for a kernel (out, in/groups, *k), the product of all but the first.
  const axis = facts.layer.kind === 'Parameter' ? (facts.layer.inAxis ?? 0) : 1;
  const fanParts = facts.layer.kind === 'Parameter' || sizes.length === 2 ? [sizes[axis]] : sizes.slice(1);
  if (fanParts.some((t) => !t)) return undefined;
  const fanText = fanParts.map((t) => (/^[\w.]+$/.test(t!) ? t! : `(${t})`)).join(' * ');
  const randn = source.spell('torch.randn');
  const g2 = Number(choice.gainSquared.toPrecision(4));
  const fan = /^[\w.]+$/.test(fanText) ? fanText : `(${fanText})`;
  const text = `${randn.text}(${sizes.join(', ')}) * (${g2} / ${fan}) ** 0.5`;
  const edits: TextEdit[] = [{ range: init.callRange, newText: text }];
  if (randn.importEdit) edits.unshift(randn.importEdit);
  const what = /\(([^)]*)\)/.exec(choice.label)?.[1] ?? choice.label;
  return { title: `Scale to fan-in (${what}): ${text}`, edits, ...(preferred ? { preferred: true } : {}) };
}

/** The fixes for a bad explicit initialization: every suitable initializer, the matching one first. */
export function initFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, activation: Activation | undefined, modeFanOut = false): Fix[] {
  if (facts.layer.framework !== 'pytorch') return FIXERS[facts.layer.framework]?.initFixes(source, facts, param, activation, modeFanOut) ?? [];
  const fixes: Fix[] = [];
  const choices = choicesFor(activation, modeFanOut);
  choices.forEach((choice, i) => {
    const fix = param.spec.init.sizeTexts ? (i === 0 ? scaledFactoryFix(source, facts, param, choice, true) : undefined) : replaceInitFix(source, param, choice, i === 0);
    if (fix) fixes.push(fix);
  });
  return fixes;
}

/**
 * The fix that gives `param` an orthogonal initializer with `gain`: PyTorch replaces its explicit
 * nn.init call (a default needs insertion), the other frameworks' fixers write the initializer
 * argument. Undefined when the framework has no such fix or no safe edit exists.
 */
export function orthogonalFix(source: SourceText, facts: LayerFacts, param: ParamFacts, gain: OrthogonalGain): Fix | undefined {
  const fix = facts.layer.framework === 'pytorch' ? replaceInitFix(source, param, orthogonalChoice(gain), false) : FIXERS[facts.layer.framework]?.orthogonalFix?.(source, facts, param, gain);
  // An alternative, never the preferred fix.
  return fix && { title: fix.title, edits: fix.edits };
}

/**
 * The fixes of a recurrent matrix (W_hh, recurrent_kernel) scaled badly for its hidden size `hidden`
 * (undefined when unknown, or when the init statement sets matrices of several sizes): orthogonal
 * with gain 1 first (preferred; `stacked` when the framework holds the gates' matrices in one
 * tensor, which then has orthonormal columns or rows as a whole), then the framework's fan-in
 * scaled spelling: PyTorch's own default U(-1/sqrt(H), 1/sqrt(H)) when the file imports `math` and
 * H is known, LeCun normal (variance 1/H) elsewhere.
 */
export function recurrentFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, hidden: number | undefined, stacked: boolean): Fix[] {
  const gain: OrthogonalGain = { ...ORTHOGONAL_GAINS.unit, label: stacked ? 'orthogonal (gain 1, stacked gates)' : 'orthogonal (gain 1)' };
  const orthogonal = orthogonalFix(source, facts, param, gain);
  const fixes: Fix[] = orthogonal ? [{ ...orthogonal, preferred: true }] : [];
  let scaled: Fix | undefined;
  if (facts.layer.framework === 'pytorch') {
    const sqrt = spellImported(source, ['math.sqrt']);
    const bound = `1 / ${sqrt}(${hidden})`;
    const choice: InitChoice = { fn: 'uniform_', kwargs: [`a=-${bound}`, `b=${bound}`], label: `PyTorch's default U(-1/sqrt(${hidden}), 1/sqrt(${hidden}))`, gainSquared: 1 / 3 };
    // Variance (2 / sqrt(H))^2 / 12 = 1/(3H): H x variance = 1/3.
    if (sqrt !== undefined && hidden !== undefined) scaled = replaceInitFix(source, param, choice, false);
  } else scaled = FIXERS[facts.layer.framework]?.initFixes(source, facts, param, undefined, false)[0];
  if (scaled) fixes.push({ title: scaled.title, edits: scaled.edits, ...(fixes.length === 0 ? { preferred: true } : {}) });
  return fixes;
}

/**
 * The fixes of a weight that is wrong on every path through an undecidable condition: each fix
 * rewrites the init statement of every path at once (one path's edit alone would leave the others
 * as they are). None when some path's statement cannot be rewritten.
 */
export function initFixesOnEveryPath(source: SourceText, facts: LayerFacts, param: ParamFacts, activation: Activation | undefined): Fix[] {
  const paths = param.spec.init.alternatives ?? [];
  const perPath = paths.map((init) => initFixes(source, facts, { ...param, spec: { ...param.spec, init } }, activation));
  if (perPath.length === 0 || perPath.some((f) => f.length !== perPath[0]!.length)) return [];
  return perPath[0]!.map((fix, i) => {
    const edits = new Map<string, TextEdit>();
    for (const p of perPath) for (const e of p[i]!.edits) edits.set(JSON.stringify(e), e);
    return { ...fix, title: `${fix.title} (on every path)`, edits: [...edits.values()] };
  });
}

/**
 * Inserts explicit initialization where the model is built (end of __init__, or after the statement
 * that builds a module-level model): used when the problem is a framework default.
 */
export function insertInitFix(source: SourceText, site: { after: { line: number; character: number }; indent: string }, lines: string[], title: string, preferred = true): Fix {
  const eol = source.eol();
  const newText = lines.map((l) => eol + site.indent + l).join('');
  return { title, edits: [{ range: { start: site.after, end: site.after }, newText }], ...(preferred ? { preferred: true } : {}) };
}

/** `nn.init.kaiming_normal_(self.fc.weight, nonlinearity='relu')` as a statement for insertion. */
export function initStatement(source: SourceText, choice: InitChoice, target: string): { text: string; importEdit?: TextEdit } {
  return initCall(source, choice, target);
}
