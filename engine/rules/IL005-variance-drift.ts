import type { Finding } from '../model/finding';
import type { Rule, RuleContext } from './types';
import type { LayerFacts, ModelAnalysis } from '../analysis';
import { type Segment, type TrunkPoint, trunkPoints } from '../analysis/propagation';
import { outOfBandRuns } from './IL006-residual-growth';
import type { Fix, TextEdit } from '../model/finding';
import type { Activation } from '../model/graph';
import { propagate, backwardGain, mapDenseSteps, type ChainStep } from '../theory';
import { activationLabel, fmt } from './describe';
import { choicesFor, initFixes, initStatement, insertInitFix, ORTHOGONAL_GAINS, orthogonalChoice, orthogonalFix, type InitChoice, type OrthogonalGain } from './fixes';
import type { SourceText } from '../analysis/source';
import { FIXERS } from './fixers';
import { describePhase, phaseOf } from '../analysis/phase';
import { canVerify, modelsStillFlagged, verifying } from './verify';

const doc = `# IL005 variance-drift

## What it flags
A model whose resolved chain of layers, propagated with mean-field theory from its actual
initializations (framework defaults included), takes the second moment of the hidden layers'
activations outside [1e-3, 1e3] of its value at the input, or the squared norm of the gradient
reaching the hidden layers outside [1e-3, 1e3] of its value at the output layer (configurable as
\`drift-band\`). The output layer's own scale and derivative (small initial logits are good; a
sigmoid's derivative cancels against its loss) and the gradient at the network's input (it trains
nothing) are not judged. Example: 30 default \`nn.Linear\` + ReLU layers (default weight variance
1/(3 fan_in): each layer multiplies the second moment by about 1/6).

## Why it is bad
Each layer multiplies the signal's second moment by chi = fan_in x Var(w) x E[phi'(h)^2]-type
factors; over depth the product explodes or vanishes. Vanishing activations make the last layers
see a near-constant input; vanishing gradients leave the first layers untrained; exploding ones
overflow or saturate.

## Stays silent on
Short nets inside the band, chains cut by normalization (BatchNorm/LayerNorm reset the scale),
He/ReLU and Xavier/tanh stacks, models whose sizes or forward order initlint cannot resolve, and
weights given to a function initlint cannot read (\`init_layer(layer.weight)\`, \`model.apply(init_fn)\`
with \`init_fn\` imported from a package): their initializer is unknown, not the default.
Backward drift is judged on the gradient's squared norm (per-unit second moment times width),
which fan-in-scaled initialization preserves across width changes.

## Example
\`\`\`python
layers = []
for _ in range(30):
    layers += [nn.Linear(512, 512), nn.ReLU()]
net = nn.Sequential(*layers)          # IL005: forward second moment x 3e-4 after the stack
\`\`\`

## Fix
Initialize the layers explicitly for their activation where they are built:
\`\`\`python
for m in net.modules():
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
        nn.init.zeros_(m.bias)
\`\`\`
For deep dense stacks (at least 4 \`Linear\`/\`Dense\` layers) of tanh, hardtanh or linear layers,
orthogonal initialization is offered after it as an alternative:
\`nn.init.orthogonal_(m.weight, gain=1)\` (Keras \`Orthogonal(gain=1.0)\`, TF.js
\`tf.initializers.orthogonal({gain: 1})\`, Flax \`nn.initializers.orthogonal(scale=1.0)\`; tanh's
\`calculate_gain\` 5/3 when gain 1 does not keep the chain in the band). Orthogonal weights preserve
norms exactly and give such chains dynamical isometry (every singular value of the input-output
Jacobian near 1), where Gaussian or uniform weights spread its squared singular values linearly in
depth; gain 1 with zero biases is tanh's edge of chaos. It is not offered for convolutions:
\`orthogonal_\` orthogonalises a kernel's flattened (out, in x k) matrix, which does not preserve
the convolution's norm.
`;

const INSERTABLE = new Set(['Linear', 'Conv', 'ConvTranspose']);
/** Activations whose gain depends on the scale: Kaiming's ReLU gain does not preserve their gradient. */
const NON_HOMOGENEOUS = new Set(['gelu', 'gelu_tanh', 'silu', 'mish', 'elu', 'softplus']);

/** A replacement initialization for the inserted loop, and the weight variance it gives. */
interface DriftCandidate {
  label: string;
  /** Statements for one module `m` (its weight), in the file's spelling. */
  statements(source: SourceText, m: string): { lines: string[]; importEdit?: TextEdit };
  weightVar(fanIn: number, fanOut: number): number;
}

function fromChoice(choice: InitChoice): DriftCandidate {
  const xavier = choice.fn.startsWith('xavier');
  const orthogonal = choice.fn === 'orthogonal_';
  return {
    label: choice.label,
    statements: (source, m) => {
      const s = initStatement(source, choice, `${m}.weight`);
      return { lines: [s.text], ...(s.importEdit ? { importEdit: s.importEdit } : {}) };
    },
    // Xavier: gain^2 * 2/(fan_in + fan_out); orthogonal (semi-orthogonal matrix): gain^2 / max(fan_in,
    // fan_out); Kaiming/LeCun (fan_in mode): gain^2 / fan_in.
    weightVar: (fanIn, fanOut) => (xavier ? (choice.gainSquared * 2) / (fanIn + fanOut) : orthogonal ? choice.gainSquared / Math.max(fanIn, fanOut) : choice.gainSquared / fanIn),
  };
}

/** LeCun normal scaled by the gradient-preserving gain: for GELU/SiLU/Mish, which PyTorch has no gain for. */
function scaledLecun(activation: Activation): DriftCandidate | undefined {
  if (activation.kind === 'softmax') return undefined;
  const g = backwardGain({ kind: activation.kind, ...(activation.param !== undefined ? { param: activation.param } : {}) });
  if (!Number.isFinite(g) || g <= 0) return undefined;
  const gain = Number(g.toPrecision(4));
  const lecun = choicesFor(undefined)[0]!;
  return {
    label: `LeCun normal times ${gain}, the gain that preserves the gradient through ${activationLabel(activation)}`,
    statements: (source, m) => {
      const s = initStatement(source, lecun, `${m}.weight`);
      return { lines: [s.text, `${m}.weight.data.mul_(${gain})  # gradient-preserving gain for ${activationLabel(activation)}`], ...(s.importEdit ? { importEdit: s.importEdit } : {}) };
    },
    weightVar: (fanIn) => (gain * gain) / fanIn,
  };
}

/** The segment's steps with every layer's weights re-initialised by `c` (zero biases). */
function withCandidate(steps: ChainStep[], c: DriftCandidate): ChainStep[] {
  return mapDenseSteps(steps, (step) => (step.label !== undefined ? { ...step, weightMean: 0, weightVar: c.weightVar(step.fanIn, step.fanOut), biasMean: 0, biasVar: 0 } : step));
}

/** The segment's layers that have a weight, in its order. */
function weightLayers(analysis: ModelAnalysis, segment: Segment): LayerFacts[] {
  return segment.layers.map((id) => analysis.layers.get(id)!).filter((f) => f.weight);
}

/** The activation most of `layers` feed (undefined: none, identity), and its kind. */
function dominantActivation(layers: LayerFacts[]): { kind: string; activation: Activation | undefined } {
  const counts = new Map<string, number>();
  for (const f of layers) counts.set(f.activation?.kind ?? 'identity', (counts.get(f.activation?.kind ?? 'identity') ?? 0) + 1);
  const kind = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return { kind, activation: layers.find((f) => (f.activation?.kind ?? 'identity') === kind)?.activation };
}

/** Weight layers a segment needs before orthogonal init is offered: depth is where isometry matters. */
const ORTHOGONAL_MIN_LAYERS = 4;

/**
 * The orthogonal gain offered as an alternative for a deep dense segment (at least
 * ORTHOGONAL_MIN_LAYERS weight layers, all Linear/Dense) whose layers mostly feed tanh, hardtanh or
 * nothing: orthogonal weights preserve norms exactly and give such chains dynamical isometry (every
 * singular value of the input-output Jacobian near 1), where Gaussian or uniform weights spread
 * the squared singular values linearly in depth. Gain 1 first (with zero biases the edge of chaos
 * for tanh), then tanh's calculate_gain; the first the theory keeps inside the band, undefined when
 * none does. Not for convolutions: orthogonal_ on a kernel orthogonalises its flattened
 * (out, in x k) matrix, which does not preserve the convolution's norm.
 */
function orthogonalGain(analysis: ModelAnalysis, segment: Segment, band: [number, number]): OrthogonalGain | undefined {
  const layers = weightLayers(analysis, segment);
  if (layers.length < ORTHOGONAL_MIN_LAYERS || layers.some((f) => f.layer.kind !== 'Linear')) return undefined;
  const { kind } = dominantActivation(layers);
  const gains: OrthogonalGain[] = kind === 'identity' ? [ORTHOGONAL_GAINS.unit] : kind === 'tanh' || kind === 'hardtanh' ? [ORTHOGONAL_GAINS.unit, ORTHOGONAL_GAINS.tanh] : [];
  return gains.find((g) => inBand(withCandidate(segment.steps, fromChoice(orthogonalChoice(g))), band));
}

/** 'residual:3' -> "the residual block 'residual:3'" in words: the 4th residual block of the segment. */
function blockLabel(id: string): string {
  const [type, k] = id.split(':');
  const n = Number(k) + 1;
  return Number.isInteger(n) ? `the ${type === 'repeat' ? 'repeated block' : 'residual block'} #${n}` : id;
}

/**
 * The mean-field phase of the segment's hidden layers in words, when they are one repeated layer
 * (same activation, fan_in x Var(w) within 1%) and the phase is ordered or chaotic: what explains a
 * drift the second moment alone does not show (tanh at 3/fan_in keeps q bounded but decorrelates).
 */
function stackPhase(analysis: ModelAnalysis, segment: Segment): string | undefined {
  const hidden = segment.layers.slice(0, -1).map((id) => analysis.layers.get(id));
  if (hidden.length < 4 || hidden.some((f) => !f)) return undefined;
  const key = (f: NonNullable<(typeof hidden)[number]>): [string, number] => [`${f.activation?.kind}:${f.activation?.param}`, (f.fanIn ?? NaN) * (f.weight?.info.moments?.variance ?? NaN)];
  const [k0, g0] = key(hidden[0]!);
  if (!hidden.every((f) => { const [k, g] = key(f!); return k === k0 && Math.abs(g / g0 - 1) < 0.01; })) return undefined;
  const m = phaseOf(hidden[0]!);
  return m && m.phase !== 'edge' ? describePhase(m) : undefined;
}

interface Excursion {
  value: number;
  /** The layer where it happens. */
  id: string;
}

/** The value farthest outside the band (the smallest below it or the largest above it), if any. */
function farthestOutside(values: Excursion[], band: [number, number]): Excursion | undefined {
  let worst: Excursion | undefined;
  let worstDistance = 0;
  for (const v of values) {
    const distance = !(v.value > 0) ? Infinity : v.value < band[0] ? Math.log(band[0] / v.value) : v.value > band[1] ? Math.log(v.value / band[1]) : 0;
    if (distance > worstDistance) {
      worst = v;
      worstDistance = distance;
    }
  }
  return worst;
}

/**
 * Drift where it hurts training: the activations' second moment over the hidden layers (the
 * output layer's scale is the logits', small on purpose), and the gradient's squared norm reaching
 * the first layer's weights (at its output; the gradient at the network input trains nothing).
 * The trunk only, as the theory's summary: inside a residual branch a norm may amplify the
 * branch's own gradient while the sum x + f(x) the network passes on stays bounded; the stream
 * after each residual block is a trunk point too, so a drifting residual network is judged.
 */
function drift(trunk: TrunkPoint[], band: [number, number]) {
  const layers = trunk.filter((p) => !p.block);
  const head = layers[layers.length - 1];
  if (!head) return { forward: undefined, backward: undefined };
  const headAt = trunk.lastIndexOf(head);
  const before = trunk.slice(0, headAt);
  const forward = farthestOutside(before.map((p) => ({ value: p.forward, id: p.id })), band);
  // Backward from the head's input: the head's own derivative (a sigmoid's, cancelled by a BCE
  // loss) is no drift. The gradient at point k's input, relative to the head's input; the first
  // layer's input gradient trains nothing.
  const firstLayer = trunk.indexOf(layers[0]!);
  const backward = head.backward > 0 ? farthestOutside(before.filter((_, i) => i !== firstLayer).map((p) => ({ value: p.backward / head.backward, id: p.id })), band) : undefined;
  return { forward, backward };
}

/** Whether a chain stays inside the band by the same measure the rule uses. */
function inBand(steps: ChainStep[], band: [number, number]): boolean {
  const d = drift(trunkPoints(propagate(steps).steps), band);
  return !d.forward && !d.backward;
}

/** A fix for one drifting segment that rewrites its layers' initializations, before the patched file is checked. */
interface FixPlan {
  /** The model's position in the file's model list (names need not be unique: 128 models named `model`). */
  model: number;
  edits: TextEdit[];
  fix: Fix;
}

/** The segment's weight layers when a plan can rewrite each one's initialization where it is written. */
function plannableLayers(analysis: ModelAnalysis, segment: Segment): LayerFacts[] | undefined {
  const layers = weightLayers(analysis, segment);
  if (layers.length === 0) return undefined;
  // PyTorch writes replacements only where an explicit initialization is (defaults need insertion);
  // the other frameworks' fixers write an initializer argument into the layer's constructor.
  if (analysis.model.framework === 'pytorch' ? layers.some((f) => f.weight!.spec.init.source !== 'explicit') : !FIXERS[analysis.model.framework] || layers.some((f) => !INSERTABLE.has(f.layer.kind))) return undefined;
  return layers;
}

/**
 * The edits of one fix per layer, combined into one set; undefined when a layer has no fix or
 * nothing is left to edit. Layers in forward order: where several share one init statement (an
 * apply callback), the first one's edit is kept (a hidden layer's, not the output head's).
 */
function combinedEdits(layers: LayerFacts[], layerFix: (f: LayerFacts) => Fix | undefined): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of layers) {
    // A constant factor applied after the product (`x @ W / math.sqrt(n)`) is a deliberate scale.
    if (f.outputScale !== 1) continue;
    const fix = layerFix(f);
    if (!fix) return undefined;
    for (const e of fix.edits) {
      const key = JSON.stringify(e.range);
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(e);
    }
  }
  return edits.length ? edits : undefined;
}

/**
 * Every drifting layer gets the initializer for its activation written where its initialization
 * is (the preferred edit of initFixes: a replaced `nn.init.*` call or factory scale in PyTorch, the
 * framework's initializer argument in Keras, TF.js and Flax), combined into one fix. It is offered
 * only when the patched file, analysed again, no longer drifts (see verifyPlans): the framework
 * initializers differ in variance (TF.js heNormal is an uncorrected truncated normal), and an init
 * statement may run after another one, so the check is the real one rather than an estimate.
 */
function replacementPlan(ctx: RuleContext, analysis: ModelAnalysis, segment: Segment, model: number): FixPlan | undefined {
  if (verifying()) return undefined;
  const layers = plannableLayers(analysis, segment);
  const edits = layers && combinedEdits(layers, (f) => initFixes(ctx.source, f, f.weight!, f.activation, false)[0]);
  if (!layers || !edits) return undefined;
  return { model, edits, fix: { title: `Initialize the ${layers.length} layers of ${analysis.model.name} for their activations`, edits, preferred: true } };
}

/**
 * The orthogonal alternative to a replacement plan: every layer's initialization rewritten to
 * orthogonal with `gain` in the framework's idiom (`nn.init.orthogonal_(w, gain=1)`,
 * `Orthogonal(gain=1.0)`, `orthogonal({gain: 1})`, `orthogonal(scale=1.0)`), verified like the plan.
 */
function orthogonalPlan(ctx: RuleContext, analysis: ModelAnalysis, segment: Segment, model: number, gain: OrthogonalGain): FixPlan | undefined {
  const layers = plannableLayers(analysis, segment);
  const edits = layers && combinedEdits(layers, (f) => orthogonalFix(ctx.source, f, f.weight!, gain));
  if (!layers || !edits) return undefined;
  return { model, edits, fix: { title: `Initialize the ${layers.length} layers of ${analysis.model.name} with ${gain.label}`, edits } };
}

const offsetKey = (p: { line: number; character: number }): number => p.line * 2 ** 24 + p.character;

/**
 * The plans whose models no longer drift once the file is patched. One analysis of the file with
 * every plan's edits applied verifies them all (a model's segments propagate on their own, so
 * other models' edits do not change its chain); models are matched by their position in the file,
 * since several may share a name. Plans whose edits overlap another plan's differently cannot be
 * applied together: each of those is verified with its own patched file.
 */
function verifyPlans(ctx: RuleContext, plans: FixPlan[]): Set<FixPlan> {
  const verified = new Set<FixPlan>();
  if (plans.length === 0 || !canVerify(ctx)) return verified;
  const byKey = new Map<string, TextEdit>();
  const owners = new Map<string, Set<FixPlan>>();
  for (const plan of plans) {
    for (const e of plan.edits) {
      const key = JSON.stringify(e);
      byKey.set(key, e);
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(plan);
    }
  }
  // Distinct edits in document order; two that overlap (or insert at one point) cannot both apply.
  const distinct = [...byKey.entries()].sort((a, b) => offsetKey(a[1].range.start) - offsetKey(b[1].range.start) || offsetKey(a[1].range.end) - offsetKey(b[1].range.end));
  const alone = new Set<FixPlan>();
  // The edit reaching furthest so far: a later edit starting before its end (or where it starts) overlaps it.
  let reach: [string, TextEdit] | undefined;
  for (const [key, e] of distinct) {
    if (reach && (offsetKey(e.range.start) < offsetKey(reach[1].range.end) || offsetKey(e.range.start) === offsetKey(reach[1].range.start))) {
      for (const plan of [...owners.get(reach[0])!, ...owners.get(key)!]) alone.add(plan);
    }
    if (!reach || offsetKey(e.range.end) > offsetKey(reach[1].range.end)) reach = [key, e];
  }
  const together = plans.filter((p) => !alone.has(p));
  const groups: FixPlan[][] = [...(together.length ? [together] : []), ...[...alone].map((p) => [p])];
  for (const group of groups) {
    const edits = new Map<string, TextEdit>();
    for (const plan of group) for (const e of plan.edits) edits.set(JSON.stringify(e), e);
    // Plans verified one by one cost one re-analysis each: stop when the file's time is spent.
    if (ctx.outOfTime()) break;
    const drifting = modelsStillFlagged(ctx, [...edits.values()], 'IL005');
    if (!drifting) continue;
    for (const plan of group) if (!drifting.has(plan.model)) verified.add(plan);
  }
  return verified;
}

/**
 * Inserts explicit initialization where the model is built, for the activation most of the
 * segment's layers feed; offered only when the theory predicts it brings the segment back inside
 * the band (no init cures a deep sigmoid stack, so none is offered there).
 */
function insertionFixes(source: SourceText, analysis: ModelAnalysis, segment: Segment, band: [number, number], orthogonal: OrthogonalGain | undefined): { fixes: Fix[]; incurable: boolean } {
  const site = analysis.model.buildSite;
  if (!site) return { fixes: [], incurable: false };
  const layers = weightLayers(analysis, segment);
  // The inserted loop reaches nn.Linear/nn.Conv*/nn.ConvTranspose* modules, not free parameters.
  if (layers.length === 0 || layers.some((f) => !INSERTABLE.has(f.layer.kind))) return { fixes: [], incurable: false };
  const overrides = layers.some((f) => f.weight!.spec.init.source !== 'default');
  const { activation } = dominantActivation(layers);
  const candidates: DriftCandidate[] = choicesFor(activation).map(fromChoice);
  const scaled = activation && NON_HOMOGENEOUS.has(activation.kind) ? scaledLecun(activation) : undefined;
  if (scaled) candidates.push(scaled);
  // tanh's calculate_gain (5/3) keeps the forward signal but is slightly chaotic (chi_1 about 1.2
  // at q*): deep tanh stacks drift backward with it; gain 1 without biases is the edge of chaos.
  if (activation?.kind === 'tanh' || activation?.kind === 'hardtanh') candidates.push(fromChoice(choicesFor(undefined)[0]!));
  // Deep dense tanh/linear stacks: orthogonal, after the others (see orthogonalGain).
  if (orthogonal) candidates.push(fromChoice(orthogonalChoice(orthogonal)));
  const ctors = [...new Set(layers.map((f) => f.layer.ctor))];
  const classes = ctors.map((c) => source.spell(c).text);
  const zeros = source.spell('torch.nn.init.zeros_');
  const unit = source.indentUnit();
  const fixes: Fix[] = [];
  for (const candidate of candidates) {
    if (!inBand(withCandidate(segment.steps, candidate), band)) continue;
    const body = candidate.statements(source, 'm');
    const lines = [
      `for m in ${site.receiver}.modules():`,
      `${unit}if isinstance(m, ${classes.length === 1 ? classes[0] : `(${classes.join(', ')})`}):`,
      ...body.lines.map((l) => `${unit}${unit}${l}`),
      `${unit}${unit}if m.bias is not None:`,
      `${unit}${unit}${unit}${zeros.text}(m.bias)`,
    ];
    const title = `Initialize the ${ctors.map((c) => c.replace(/^torch\.nn\./, 'nn.')).join('/')} layers of ${analysis.model.name} with ${candidate.label}${overrides ? ' (replacing their current initialization)' : ''}`;
    const fix = insertInitFix(source, site, lines, title, fixes.length === 0);
    const importEdit = body.importEdit ?? zeros.importEdit;
    if (importEdit) fix.edits.unshift(importEdit);
    fixes.push(fix);
  }
  return { fixes, incurable: fixes.length === 0 };
}

export const IL005: Rule = {
  code: 'IL005',
  name: 'variance-drift',
  summary: 'Mean-field propagation predicts the activation or gradient second moment leaving the allowed band over the stack.',
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const band = ctx.options.driftBand;
    // Findings are written once every framework plan is verified (their message says whether a fix is offered).
    const drafts: { build: (fixes: Fix[], incurable: boolean) => Finding; plan?: FixPlan; orthogonal?: FixPlan; insertion?: () => { fixes: Fix[]; incurable: boolean } }[] = [];
    // Two instances of one class (`Trainer(10)`, `Trainer(latent_dims=50)`) drift along the same
    // layers: the class is reported once, for the first instance.
    const reported = new Set<string>();
    ctx.models.forEach((analysis, modelIndex) => {
      for (const segment of analysis.prediction?.segments ?? []) {
        if (!segment.resolved || segment.layers.length < 2) continue;
        // A zero or constant weight is IL001/IL002's finding; its drift is a consequence, not news.
        if (segment.layers.some((id) => analysis.layers.get(id)?.weight?.info.moments?.variance === 0)) continue;
        // So is a norm whose gamma starts at zero outside a residual branch (its output is constant).
        if (segment.steps.some((st) => st.type === 'norm' && st.gamma === 0)) continue;
        // A run of residual blocks out of the band is IL006's finding.
        if (outOfBandRuns(segment.residualRuns, band).length) continue;
        const { forward: fwd, backward: bwd } = drift(segment.trunk, band);
        if (!fwd && !bwd) continue;
        const first = analysis.layers.get(segment.layers[0]!)!;
        const last = analysis.layers.get(segment.layers[segment.layers.length - 1]!)!;
        const at = analysis.model.range.start;
        const key = `${analysis.model.range.path ?? ''}:${at.line}:${at.character}:${first.layer.id}:${last.layer.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const name = (id: string) => { const f = analysis.layers.get(id); return f ? (f.layer.access ?? f.layer.name) : blockLabel(id); };
        const where = fwd ? analysis.layers.get(fwd.id) : undefined;
        const parts: string[] = [];
        if (fwd) parts.push(`the activations' second moment reaches ${fmt(fwd.value)} x its input value after ${name(fwd.id)}`);
        if (bwd) parts.push(`the gradient's squared norm is ${fmt(bwd.value)} x its value at the output layer by the time it reaches ${name(bwd.id)}`);
        const chi = segment.typicalChi !== undefined ? ` (per-layer gain chi about ${fmt(segment.typicalChi)})` : '';
        // the phase explains a gradient drift that the second moment, kept in the band, does not show
        const phase = fwd ? undefined : stackPhase(analysis, segment);
        const build = (fixes: Fix[], incurable: boolean): Finding => {
          const what = fixes.length
            ? ' Initializing the layers for their activation keeps it near 1.'
            : incurable
              ? ' No initializer alone keeps this chain inside the band: the activation itself shrinks the gradient; normalization or residual connections would.'
              : ' Fix the initializers that IL003/IL004 point at, or initialize the layers and parameters for their activation.';
          return {
            code: 'IL005',
            severity: 'warning',
            message: `${analysis.model.name}: over ${segment.layers.length} layers from ${first.layer.access ?? first.layer.name} to ${last.layer.access ?? last.layer.name}, ${parts.join(' and ')}${chi}, outside [${fmt(band[0])}, ${fmt(band[1])}].${phase ? ` The stack is ${phase}.` : ''}${what}`,
            range: analysis.model.range,
            fixes,
            related: where ? [{ message: `the second moment is farthest outside the band after ${where.layer.access ?? where.layer.name}`, range: where.layer.range }] : [],
            model: analysis.model.name,
          };
        };
        const plan = replacementPlan(ctx, analysis, segment, modelIndex);
        // The orthogonal alternative (deep dense tanh/linear stacks), when fixes are built at all.
        const gain = verifying() ? undefined : orthogonalGain(analysis, segment, band);
        const orthogonal = plan && gain ? orthogonalPlan(ctx, analysis, segment, modelIndex, gain) : undefined;
        // PyTorch falls back to inserting explicit init where the model is built.
        const insertion = analysis.model.framework === 'pytorch' ? () => insertionFixes(ctx.source, analysis, segment, band, gain) : undefined;
        drafts.push({ build, ...(plan ? { plan } : {}), ...(orthogonal ? { orthogonal } : {}), ...(insertion ? { insertion } : {}) });
      }
    });
    const verified = verifyPlans(ctx, drafts.flatMap((d) => (d.plan ? [d.plan] : [])));
    // Orthogonal alternatives of the verified plans: their edits overlap the plans', so they are
    // verified together in a second patched file.
    const alternatives = verifyPlans(ctx, drafts.flatMap((d) => (d.plan && verified.has(d.plan) && d.orthogonal ? [d.orthogonal] : [])));
    return drafts.map((d) => {
      if (d.plan && verified.has(d.plan)) return d.build([d.plan.fix, ...(d.orthogonal && alternatives.has(d.orthogonal) ? [d.orthogonal.fix] : [])], false);
      const inserted = d.insertion?.();
      return d.build(inserted?.fixes ?? [], inserted?.incurable ?? false);
    });
  },
};
