import type { Finding, Fix, RelatedInfo, TextEdit } from '../model/finding';
import type { Rule, RuleContext } from './types';
import type { LayerFacts, ModelAnalysis, ParamFacts } from '../analysis';
import type { ResidualBlock, ResidualRun } from '../analysis/residual';
import type { SourceText } from '../analysis/source';
import { approx, fmt } from './describe';
import { insertInitFix } from './fixes';
import { FIXERS } from './fixers';
import { canVerify, modelsStillFlagged, verifying } from './verify';

const doc = `# IL006 residual-growth

## What it flags
A run of residual blocks \`x = x + f(x)\` on the model's trunk whose stream, as mean-field theory
predicts it from the actual initializations, leaves the drift band over the run (\`drift-band\`,
default [1e-3, 1e3]): the second moment of the stream after the last block relative to the one
entering the first, or the gradient's squared norm at the first block's input relative to the
last block's output. The message gives the number of blocks, the growth per block and the value
after the run, forward and backward. Example: 64 blocks \`x + fc2(relu(fc1(x)))\` with Kaiming
(ReLU) on both layers: each block adds a branch as large as twice its input, so the stream grows
3x per block, 3^64 (about 3e30) over the stack, and the gradient reaching the first block as much.

## Why it is bad
A residual add sums second moments: E[(x + f(x))^2] = E[x^2] + E[f(x)^2]. A branch initialised to
preserve its own signal (He, Xavier) makes every block multiply the stream by 1 + G, where G is the
branch's gain, and the gradient through the skip and the branch by the same factor. Over N blocks
that is (1 + G)^N: the deep layers see exploding inputs, and the first blocks' gradients explode
with them. The schemes that keep deep residual networks trainable all shrink the branches at
initialization: GPT-2 scales the last layer of each branch by 1/sqrt(2N), Fixup and SkipInit
start it at zero, ReZero multiplies it by a learnable scalar starting at 0, LayerScale by a small
diagonal, torchvision's \`zero_init_residual\` zeroes the last norm's gamma; pre-norm stacks
normalize each branch's input, so the stream grows only linearly.

## Stays silent on
Scaled or zero-initialized branches (1/sqrt(N), Fixup, ReZero, SkipInit, LayerScale, zero gamma),
post-norm stacks (a norm on the trunk resets the stream), pre-norm stacks within the band, and
runs whose sizes or initializers initlint cannot resolve.

## Example
\`\`\`python
class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1 = nn.Linear(d, d)
        self.fc2 = nn.Linear(d, d)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")
        nn.init.kaiming_normal_(self.fc2.weight, nonlinearity="relu")

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(x)))   # 64 of these: IL006
\`\`\`

## Fix
Scale the last layer of each branch so that the N branches together add about as much as one
(\`self.fc2.weight.data.mul_((64 * 2.0) ** -0.5)\` after its init: 1/sqrt(N G), GPT-2's 1/sqrt(2N)
when G is 2), or start it at zero (\`nn.init.zeros_(self.fc2.weight)\`, Fixup/SkipInit; in Keras
\`kernel_initializer="zeros"\`, in TF.js \`kernelInitializer: 'zeros'\`, in Flax
\`kernel_init=nn.initializers.zeros_init()\`). Each fix is offered only when the file, patched with
it and analysed again, no longer grows out of the band.
`;

/** Said when no fix is offered (DESIGN: a warning carries a fix unless none is safe). */
export const NO_SAFE_EDIT = 'No edit is offered: the last layers of the branches are not initialised by a statement initlint can rewrite for them alone, or no rewrite it verified keeps the stream in the band';

const WEIGHTED = new Set(['Linear', 'Conv', 'ConvTranspose', 'Norm']);
/** Tensor factories: their statement is the parameter's creation, not an init call to replace. */
const FACTORIES = new Set(['randn', 'rand', 'zeros', 'ones', 'full', 'empty']);

/** The branch's last layer with a weight (a Linear/Conv weight, or a norm's gamma): the one to scale or zero. */
function lastWeighted(block: ResidualBlock, analysis: ModelAnalysis): { facts: LayerFacts; param: ParamFacts } | undefined {
  for (let i = block.layers.length - 1; i >= 0; i--) {
    const facts = analysis.layers.get(block.layers[i]!);
    if (!facts || !WEIGHTED.has(facts.layer.kind)) continue;
    const param = facts.layer.kind === 'Norm' ? facts.params.find((p) => p.spec.role === 'gamma') : facts.weight;
    return param ? { facts, param } : undefined;
  }
  return undefined;
}

/**
 * How a block is named: the attribute or index path its branch's layers share as the code reaches
 * them (`self.blocks[0]`), else as the model holds them (`blocks.0`), else its first and last layer
 * (`dense_2 -> dense_3`, a functional model's blocks have no name of their own).
 */
function blockName(block: ResidualBlock, analysis: ModelAnalysis): string {
  const facts = block.layers.map((id) => analysis.layers.get(id));
  // a Keras layer's name is its constructor call as written: its id (`conv1d_3`) reads better
  const written = facts.map((f, i) => (f ? (f.layer.access ?? (f.layer.name.includes('(') ? f.layer.id : f.layer.name)) : block.layers[i]!));
  const shared = sharedPath(written) ?? sharedPath(block.layers);
  if (shared) return shared;
  if (written.length === 0) return 'a residual block';
  return written.length === 1 ? written[0]! : `${written[0]} -> ${written[written.length - 1]}`;
}

/** The longest prefix of all names that ends where each name's next part starts ('.' or '['). */
function sharedPath(names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  let k = 0;
  const first = names[0]!;
  while (k < first.length && names.every((n) => n[k] === first[k])) k++;
  for (; k > 0; k--) {
    const prefix = first.slice(0, k);
    if (names.every((n) => n.length === k || n[k] === '.' || n[k] === '[') && prefix !== 'self') return prefix;
  }
  return undefined;
}

/** An attribute or index path from the module itself (`self.fc2`, `self.net[2]`): valid in its __init__. */
const SELF_PATH = /^self(\.\w+|\[\d+\])+$/;

/**
 * The tensor expression and the statement after which a PyTorch edit goes: the explicit init
 * statement when it names the parameter directly (`nn.init.kaiming_normal_(self.fc2.weight)`),
 * else the statement constructing the layer (`self.fc2 = nn.Linear(d, d)`). Undefined when neither
 * is a direct, unconditional reference (an init loop over `self.modules()` would apply the edit to
 * every layer it reaches).
 */
function torchSite(source: SourceText, facts: LayerFacts, param: ParamFacts): { target: string; after: { line: number; character: number }; indent: string; replace?: TextEdit['range'] } | undefined {
  const init = param.spec.init;
  if (init.conditional || param.spec.partial) return undefined;
  if (init.source === 'explicit') {
    const target = init.targetText;
    if (!target || !SELF_PATH.test(target) || !init.statementRange) return undefined;
    const replace = init.callRange && !init.sizeTexts && !FACTORIES.has(init.name) ? init.callRange : undefined;
    return { target, after: init.statementRange.end, indent: source.indentOf(init.statementRange.start.line), ...(replace ? { replace } : {}) };
  }
  const name = facts.layer.name;
  const stmt = facts.layer.statementRange;
  if (!stmt || !SELF_PATH.test(name) || facts.layer.range.path) return undefined;
  // the statement must assign the layer itself (`self.fc2 = nn.Linear(...)`), so its name exists after it
  if (!source.slice(stmt).startsWith(`${name} =`) && !source.slice(stmt).startsWith(`${name}=`)) return undefined;
  return { target: `${name}.${param.spec.name}`, after: stmt.end, indent: source.indentOf(stmt.start.line) };
}

/** One edit per distinct site, in the run's blocks' order; undefined when some block's site cannot be edited. */
function perSite(items: { facts: LayerFacts; param: ParamFacts }[], edit: (item: { facts: LayerFacts; param: ParamFacts }) => TextEdit[] | undefined): TextEdit[] | undefined {
  const out = new Map<string, TextEdit>();
  for (const item of items) {
    const edits = edit(item);
    if (!edits || edits.length === 0) return undefined;
    for (const e of edits) out.set(JSON.stringify(e), e);
  }
  return [...out.values()];
}

interface Candidate {
  fix: Fix;
  model: number;
}

/**
 * Where the blocks' last layers are reached from the model's build site as one indexed container
 * (`self.blocks[0].fc2` ... `self.blocks[47].fc2`): a loop over the indices, inserted at the end of
 * the model's construction (after any apply() callback, which would otherwise overwrite it).
 */
function indexedLoop(analysis: ModelAnalysis, run: ResidualRun, items: { facts: LayerFacts; param: ParamFacts }[]): { site: NonNullable<ModelAnalysis['model']['buildSite']>; target: string } | undefined {
  const site = analysis.model.buildSite;
  if (!site || items.length !== run.count) return undefined;
  let shape: { head: string; tail: string } | undefined;
  for (let i = 0; i < items.length; i++) {
    const { facts, param } = items[i]!;
    if (param.spec.init.conditional || param.spec.partial || facts.layer.range.path) return undefined;
    const m = /^([\w.]+)\[(\d+)\]((?:\.\w+)*)$/.exec(facts.layer.access ?? '');
    if (!m || Number(m[2]) !== i || !m[1]!.startsWith(site.receiver)) return undefined;
    const here = { head: m[1]!, tail: `${m[3]}.${param.spec.name}` };
    if (shape && (shape.head !== here.head || shape.tail !== here.tail)) return undefined;
    shape = here;
  }
  return shape ? { site, target: `${shape.head}[i]${shape.tail}` } : undefined;
}

/** The PyTorch fixes: scale each branch's last layer by 1/sqrt(N G), or start it at zero. */
function torchFixes(ctx: RuleContext, analysis: ModelAnalysis, run: ResidualRun, items: { facts: LayerFacts; param: ParamFacts }[]): Fix[] {
  const source = ctx.source;
  const n = run.count;
  const g = Number(Math.max(1, run.first.branchGain).toPrecision(3));
  const factor = g <= 1.5 ? `${n} ** -0.5` : `(${n} * ${g}) ** -0.5`;
  const what = g <= 1.5 ? `1/sqrt(${n})` : `1/sqrt(${n} blocks x branch gain ${g})`;
  const fixes: Fix[] = [];
  const scale = perSite(items, ({ facts, param }) => {
    const site = torchSite(source, facts, param);
    if (!site) return undefined;
    return insertInitFix(source, site, [`${site.target}.data.mul_(${factor})  # ${what}`], '').edits;
  });
  // Where the layers cannot be edited one by one (an init loop or apply() callback sets them), a
  // loop over the blocks at the end of the model's construction.
  const loop = indexedLoop(analysis, run, items);
  const unit = source.indentUnit();
  const scaleEdits = scale ?? (loop ? insertInitFix(source, loop.site, [`for i in range(${n}):`, `${unit}${loop.target}.data.mul_(${factor})  # ${what}`], '').edits : undefined);
  if (scaleEdits) fixes.push({ title: `Scale the last layer of each residual branch by ${what} (GPT-2 style)`, edits: scaleEdits });
  const zeros = source.spell('torch.nn.init.zeros_');
  const zero =
    perSite(items, ({ facts, param }) => {
      const site = torchSite(source, facts, param);
      if (!site) return undefined;
      const call = `${zeros.text}(${site.target})`;
      if (site.replace) return [{ range: site.replace, newText: call }];
      return insertInitFix(source, site, [call], '').edits;
    }) ?? (loop ? insertInitFix(source, loop.site, [`for i in range(${n}):`, `${unit}${zeros.text}(${loop.target})`], '').edits : undefined);
  if (zero) {
    if (zeros.importEdit) zero.unshift(zeros.importEdit);
    fixes.push({ title: `Start the last layer of each residual branch at zero (Fixup/SkipInit): ${zeros.text}(...)`, edits: zero });
  }
  return fixes;
}

/** The other frameworks: the last layer's initializer argument set to zeros. */
function frameworkFixes(ctx: RuleContext, items: { facts: LayerFacts; param: ParamFacts }[]): Fix[] {
  const fixer = FIXERS[items[0]!.facts.layer.framework];
  if (!fixer?.zeroInitFixes) return [];
  const edits = perSite(items, ({ facts, param }) => (param.spec.init.conditional ? undefined : fixer.zeroInitFixes!(ctx.source, facts, param)[0]?.edits));
  return edits ? [{ title: 'Start the last layer of each residual branch at zero (Fixup/SkipInit)', edits }] : [];
}

export const IL006: Rule = {
  code: 'IL006',
  name: 'residual-growth',
  summary: 'A run of residual blocks whose stream or gradient, as predicted from the initialization, grows or shrinks out of the band over the run.',
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const band = ctx.options.driftBand;
    const out: { finding: Finding; candidates: Candidate[] }[] = [];
    // Two instances of one class drift along the same blocks: reported once.
    const reported = new Set<string>();
    ctx.models.forEach((analysis, modelIndex) => {
      for (const segment of analysis.prediction?.segments ?? []) {
        if (!segment.resolved) continue;
        for (const run of outOfBandRuns(segment.residualRuns, band)) {
          const first = blockName(run.first, analysis);
          const last = blockName(run.last, analysis);
          const at = analysis.model.range.start;
          const key = `${analysis.model.range.path ?? ''}:${at.line}:${at.character}:${run.first.layers[0] ?? ''}:${run.count}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const parts: string[] = [];
          const fOut = outsideBand(run.forward, band);
          const bOut = outsideBand(run.backward, band);
          if (fOut) parts.push(`the stream's second moment ${approx(run.forwardPerBlock)}x per block (${approx(run.forward)}x after the ${run.count} blocks)`);
          if (bOut) parts.push(`the gradient's squared norm ${approx(run.backwardPerBlock)}x per block (${approx(run.backward)}x at the first block)`);
          const ratio = run.first.branchRatio;
          const why = Number.isFinite(ratio) ? ` Each branch adds about ${approx(ratio)}x the second moment entering it (branch gain ${approx(run.first.branchGain)}) and nothing scales it down.` : '';
          const items = run.blocks.map((b) => lastWeighted(b, analysis));
          const candidates: Candidate[] = [];
          if (!verifying() && items.every((x) => x !== undefined)) {
            const list = items as { facts: LayerFacts; param: ParamFacts }[];
            const fixes = analysis.model.framework === 'pytorch' ? torchFixes(ctx, analysis, run, list) : frameworkFixes(ctx, list);
            for (const fix of fixes) candidates.push({ fix, model: modelIndex });
          }
          const related: RelatedInfo[] = [];
          if (run.first.range) related.push({ message: `the first of the ${run.count} residual adds`, range: run.first.range });
          const lastLayer = items[0]?.facts.layer;
          if (lastLayer) related.push({ message: `the last layer of its branch (${lastLayer.access ?? lastLayer.name})`, range: lastLayer.range });
          const finding: Finding = {
            code: 'IL006',
            severity: 'warning',
            message: `${analysis.model.name}: over ${run.count} residual blocks from ${first} to ${last}, ${parts.join(' and ')}, outside [${fmt(band[0])}, ${fmt(band[1])}].${why}`,
            range: analysis.model.range,
            fixes: [],
            related,
            model: analysis.model.name,
          };
          out.push({ finding, candidates });
        }
      }
    });
    // Fixes are offered only when the patched file, analysed again, no longer has this model's run out of the band.
    const verify = out.length > 0 && canVerify(ctx);
    for (const { finding, candidates } of out) {
      for (const c of candidates) {
        if (!verify || ctx.outOfTime()) break;
        const flagged = modelsStillFlagged(ctx, c.fix.edits, 'IL006');
        if (flagged && !flagged.has(c.model)) finding.fixes.push(c.fix);
      }
      if (finding.fixes.length) {
        finding.fixes[0]!.preferred = true;
        finding.message += ' Scaling down or zeroing the last layer of each branch keeps the stream bounded.';
      } else {
        finding.message += ` ${NO_SAFE_EDIT}: scale or zero the last layer of each branch where it is initialised.`;
      }
    }
    return out.map((x) => x.finding);
  },
};

/** NaN (an overflow the theory could not carry) proves nothing; Infinity is out of the band. */
function outsideBand(v: number, band: [number, number]): boolean {
  return !Number.isNaN(v) && !(v >= band[0] && v <= band[1]);
}

/** The runs of a segment whose stream or gradient leaves the band (also used by IL005 to leave them to this rule). */
export function outOfBandRuns(runs: ResidualRun[], band: [number, number]): ResidualRun[] {
  return runs.filter((r) => outsideBand(r.forward, band) || outsideBand(r.backward, band));
}
