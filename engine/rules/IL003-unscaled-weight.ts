import type { Finding } from '../model/finding';
import type { ModelAnalysis } from '../analysis';
import { fansFor } from '../init';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { activationLabel, fmt, isWeightMatrix, layersLabel } from './describe';
import { choicesFor, initFixes, recurrentFixes } from './fixes';
import { initArgOf } from './fixers/keras';

const doc = `# IL003 unscaled-weight

## What it flags
An explicit initialization whose variance is not tied to the layer's fan-in: \`normal_(w)\` or
\`w.data.normal_(0, 1)\` (std 1), a fixed std or uniform bound far from 1/fan_in (weight variance
times fan_in above 4 x gain^2 or below 1/4), any nonzero mean (\`uniform_(w)\` draws from [0, 1),
mean 0.5), and unscaled \`nn.Parameter(torch.randn(n, m))\` used as a weight.

Recurrent matrices (PyTorch \`weight_hh_l0\`, Keras/TF.js \`recurrent_kernel\`, Flax's hidden kernels
\`hi\`, \`hf\`, ... set by \`recurrent_kernel_init\`) of RNN/LSTM/GRU layers are judged against the hidden
size H (the fan-in of each gate's H x H matrix): hidden size x variance above 4 or below 1/4, or any
nonzero mean, without the exemptions below (a norm after the layer does not reach the recurrence).

## Why it is bad
A layer multiplies the second moment of its input by fan_in x Var(w) x E[phi'^2]-style factors. With
a fixed std the factor depends on the width: std 1 on a 512-wide layer multiplies the signal's
second moment by 512 per layer, std 0.01 divides it by 20. Stacked, activations and gradients
explode or vanish. A nonzero mean adds fan_in x mean x E[x] to every unit alike.

A recurrent matrix W_hh is applied once per time step. With entries of variance s^2 its spectral
radius is about s sqrt(H) (the circular law), so std 1 at H = 64 multiplies the hidden state by
about 8 per step: tanh and sigmoid gates saturate and gradients through time explode or vanish;
s sqrt(H) well below 1 makes the state forget within a few steps. A mean m adds an eigenvalue of
about m H along the all-ones direction (uniform_() on [0, 1): 0.5 H).

## Stays silent on
Kaiming, Xavier, LeCun and orthogonal initializers (IL004 checks their gains); framework defaults
(IL005 checks where they drift); a fixed std of at most 0.02 with mean 0 in a model that normalizes
(GPT/BERT \`normal_(std=0.02)\`, ViT/ConvNeXt \`trunc_normal_(std=.02)\`, GPT-2's 0.02/sqrt(2N): the norms
reset the scale between blocks, and IL005 judges any chain between them that still drifts);
depth-scaled residual branches (a layer inside a residual branch is never too small: Fixup scales
them all down);
output layers that are small on purpose; layers whose output reaches a normalization layer
through only linear layers and ReLU-like activations (the norm removes the scale); embeddings;
parameters not used as weights (cls tokens, positional embeddings); unknown sizes. Recurrent
matrices: orthogonal (Saxe et al. 2014; the Keras and Flax default), PyTorch's default
U(-1/sqrt(H), 1/sqrt(H)) (variance 1/(3H)), any fan-in scaled init (variance about 1/H); a zero
recurrent matrix (the random input matrix still makes the units differ).

## Example
\`\`\`python
for m in self.modules():
    if isinstance(m, nn.Linear):
        m.weight.data.normal_(0, 1)       # IL003: variance 1 on fan_in 512
\`\`\`

## Fix
\`\`\`python
        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
\`\`\`

## Recurrent example and fix
\`\`\`python
self.rnn = nn.LSTM(32, 64)
nn.init.normal_(self.rnn.weight_hh_l0, std=1.0)   # IL003: hidden size x variance = 64
\`\`\`
The preferred fix is orthogonal with gain 1: \`nn.init.orthogonal_(self.rnn.weight_hh_l0, gain=1)\`,
Keras \`recurrent_initializer=Orthogonal(gain=1.0)\` (or \`"orthogonal"\`), TF.js
\`recurrentInitializer: tf.initializers.orthogonal({gain: 1})\`, Flax
\`recurrent_kernel_init=nn.initializers.orthogonal(scale=1.0)\`. PyTorch and Keras/TF.js hold the gates'
matrices stacked in one tensor ((4H, H) for an LSTM's weight_hh, (H, 4H) for recurrent_kernel), and
the fix makes that whole tensor orthogonal ("stacked gates", as the fix title says): its columns
(PyTorch) or rows (Keras, TF.js) are orthonormal, so the gate matrices W_g satisfy
sum_g W_g^T W_g = I (sum_g W_g W_g^T = I), each with singular values at most 1 (root mean square
1/2 for an LSTM's four), not each an orthogonal matrix. This is chosen over a loop over
\`weight_hh_l0.chunk(4, 0)\` (each gate orthogonal) because it replaces one call by one call, which
initlint reads back to verify the fix, while the loop would replace an expression by a statement
block that writes through views; and it is exactly what Keras's and TF.js's own default does, with
every gate's gain per step at most 1, which is what this rule asks. Flax's cells give each gate its
own H x H kernel, so there each gate is orthogonal.
As an alternative, the framework's fan-in scaled spelling: PyTorch's default
\`nn.init.uniform_(w, a=-1 / math.sqrt(H), b=1 / math.sqrt(H))\` when the file imports math, LeCun
normal (variance 1/H) in Keras, TF.js and Flax.
`;

const SCALED_FAMILIES = new Set(['normal', 'uniform', 'trunc_normal']);
const FACTOR = 4;

interface Verdict {
  kind: 'mean' | 'large' | 'small';
  ratio: number;
  target: number;
  /** Judged at a lower bound of the unknown fan-in: `ratio` is fan_in x variance at least. */
  atLeast?: number;
}

/**
 * The transformer-era recipe: a fixed small std (N(0, 0.02^2), trunc_normal(std=.02), GPT-2's
 * 0.02/sqrt(2N)) with mean 0, in a model that normalizes (LayerNorm/BatchNorm in its forward
 * order). Norms reset the scale between blocks, so the fixed std does not compound; where a chain
 * between norms still drifts, IL005 says so from the numbers. Known-good: GPT, BERT, ViT, ConvNeXt.
 */
function isSmallFixedStd(param: Hit['param']): boolean {
  const m = param.info.moments;
  const std = param.info.std;
  return m !== undefined && m.mean === 0 && std !== undefined && std > 0 && std * Math.abs(param.info.multiplier ?? 1) <= 0.02 + 1e-12;
}

function judge(hit: Hit, orderKnown: boolean): Verdict | undefined {
  const { facts, param } = hit;
  const m = param.info.moments;
  const n = facts.fanIn;
  if (!m || facts.normalizedDownstream) return undefined;
  // Target gain^2 of the activation that follows; when the order is unknown, the largest common one.
  const g2 = facts.activation ? (facts.idealGain ?? Math.SQRT2) ** 2 : orderKnown && facts.inChain ? 1 : 2;
  // A nonzero mean is wrong at any width: it needs no fan-in.
  if (Math.abs(m.mean) > 1e-12) return { kind: 'mean', ratio: n !== undefined && n > 0 ? n * m.variance * facts.outputScale ** 2 : NaN, target: g2 };
  if (n === undefined || n <= 0) {
    // The fan-in is unknown but bounded below (a 3x3 kernel over unknown channels: >= 9): too large
    // already at the bound is too large at any width. The target is the largest common gain^2
    // (tanh's (5/3)^2) when the activation is unknown.
    const floor = facts.fanInAtLeast;
    if (floor === undefined) return undefined;
    const target = facts.activation ? g2 : (5 / 3) ** 2;
    const least = floor * m.variance * facts.outputScale ** 2;
    return least > FACTOR * target ? { kind: 'large', ratio: least, target, atLeast: floor } : undefined;
  }
  // A constant applied right after the product (`x @ W * d ** -0.5`) is part of the layer's scale.
  const ratio = n * m.variance * facts.outputScale ** 2;
  if (ratio > FACTOR * g2) return { kind: 'large', ratio, target: g2 };
  // Inside a residual branch a small init shrinks only the branch, while the skip carries the
  // signal: that is how deep residual stacks are stabilised (Fixup scales every layer of a branch
  // by L^(-1/(2m-2)), GPT-2 and SkipInit its last one), so it is never too small there.
  if (ratio < 1 / FACTOR && facts.hidden && !facts.inResidual) return { kind: 'small', ratio, target: g2 };
  return undefined;
}

export const IL003: Rule = {
  code: 'IL003',
  name: 'unscaled-weight',
  summary: "A weight's initial variance is not tied to its fan-in (or has a nonzero mean), so signals explode or vanish with depth.",
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const analysis of ctx.models) {
      const hits: (Hit & { verdict: Verdict })[] = [];
      const normalized = analysis.chainOrder.some((f) => f.layer.kind === 'Norm');
      for (const facts of analysis.layers.values()) {
        if (!isWeightMatrix(facts) || facts.layer.kind === 'RNN' || facts.layer.kind === 'LSTM' || facts.layer.kind === 'GRU' || facts.layer.kind === 'MultiheadAttention') continue;
        const param = facts.weight!;
        if (param.spec.init.source !== 'explicit' || param.spec.init.conditional) continue;
        if (!SCALED_FAMILIES.has(param.info.family)) continue;
        if (normalized && isSmallFixedStd(param)) continue;
        const verdict = judge({ facts, param }, analysis.model.orderKnown);
        if (verdict) hits.push({ facts, param, verdict });
      }
      findings.push(...recurrentFindings(ctx, analysis));
      for (const group of groupByStatement(hits)) {
        const first = group[0] as Hit & { verdict: Verdict };
        const { verdict, facts, param } = first;
        const m = param.info.moments!;
        const n = facts.fanIn;
        const act = facts.activation ? ` before ${activationLabel(facts.activation)}` : '';
        const choice = choicesFor(facts.activation)[0]!;
        const fix = n !== undefined ? `${choice.label} gives variance ${fmt(choice.gainSquared)}/${n} = ${fmt(choice.gainSquared / n)}` : `${choice.label} gives variance ${fmt(choice.gainSquared)}/fan_in with mean 0`;
        let what: string;
        if (verdict.kind === 'mean') {
          what = `weights drawn with mean ${fmt(m.mean)} (variance ${fmt(m.variance)}): every unit gets the same offset ${fmt(m.mean)} x ${n ?? 'fan_in'} x mean(input), which grows with the width`;
        } else {
          const per = verdict.ratio / verdict.target;
          const fan = verdict.atLeast !== undefined ? `its fan_in (at least ${verdict.atLeast}, from the sizes initlint knows)` : `fan_in ${n}`;
          what =
            `weight variance ${fmt(m.variance)} is not scaled to ${fan}: fan_in x variance = ${verdict.atLeast !== undefined ? 'at least ' : ''}${fmt(verdict.ratio)}, ` +
            `${verdict.kind === 'large' ? `${fmt(per)} times` : `1/${fmt(1 / per)} of`} what keeps the signal's second moment steady${act} (${fmt(verdict.target)}), ` +
            `so each such layer ${verdict.kind === 'large' ? 'multiplies' : 'divides'} it by ${verdict.atLeast !== undefined ? 'at least' : 'about'} ${fmt(verdict.kind === 'large' ? per : 1 / per)}`;
        }
        findings.push({
          code: 'IL003',
          severity: 'warning',
          message: `${layersLabel(group.map((h) => h.facts))}: ${what}. ${fix}.`,
          range: initRange(first),
          fixes: initFixes(ctx.source, facts, param, facts.activation),
          layerId: facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};

const RECURRENT_KINDS = new Set(['RNN', 'LSTM', 'GRU']);

/** The hidden size a recurrent matrix maps from: its fan-in (the H of each gate's H x H matrix). */
function hiddenSize(hit: Hit): number | undefined {
  const n = fansFor(hit.facts.layer.framework, hit.param.spec.shape).fanIn;
  return n !== undefined && n > 0 && Number.isFinite(n) ? n : undefined;
}

/** A recurrent matrix judged against its hidden size H, with the thresholds of ordinary weights and target 1. */
function judgeRecurrent(hit: Hit): Verdict | undefined {
  const m = hit.param.info.moments;
  if (!m) return undefined;
  const h = hiddenSize(hit);
  if (Math.abs(m.mean) > 1e-12) return { kind: 'mean', ratio: h !== undefined ? h * m.variance : NaN, target: 1 };
  if (h === undefined) return undefined;
  const ratio = h * m.variance;
  if (ratio > FACTOR) return { kind: 'large', ratio, target: 1 };
  if (ratio < 1 / FACTOR) return { kind: 'small', ratio, target: 1 };
  return undefined;
}

/**
 * How a finding names a recurrent matrix: PyTorch's parameter (`self.rnn.weight_hh_l0`), the
 * constructor argument elsewhere (`recurrent_initializer of lstm`).
 */
function recurrentLabel(hit: Hit): string {
  const layer = hit.facts.layer;
  const owner = layer.access ?? layer.name;
  const ctor = layer.ctor.replace(/^torch\.nn\./, 'nn.');
  const h = hiddenSize(hit);
  const size = h !== undefined ? `, hidden size ${h}` : '';
  if (layer.framework === 'pytorch') return `${owner}.${hit.param.spec.name} (recurrent matrix of ${ctor}${size})`;
  return `${initArgOf(layer, hit.param) ?? hit.param.spec.name} of ${owner} (${ctor}${size})`;
}

/** IL003 on the recurrent matrices of RNN/LSTM/GRU layers, one finding per init statement. */
function recurrentFindings(ctx: RuleContext, analysis: ModelAnalysis): Finding[] {
  const hits: (Hit & { verdict: Verdict })[] = [];
  for (const facts of analysis.layers.values()) {
    if (!RECURRENT_KINDS.has(facts.layer.kind)) continue;
    for (const param of facts.params) {
      if (param.spec.role !== 'recurrent' || param.spec.init.source !== 'explicit' || param.spec.init.conditional) continue;
      if (!SCALED_FAMILIES.has(param.info.family)) continue;
      const verdict = judgeRecurrent({ facts, param });
      if (verdict) hits.push({ facts, param, verdict });
    }
  }
  return groupByStatement(hits).map((group): Finding => {
    const first = group[0] as Hit & { verdict: Verdict };
    const { verdict, facts, param } = first;
    const m = param.info.moments!;
    const h = hiddenSize(first);
    // Flax's gates share one recurrent_kernel_init: one name for them all.
    const labels = [...new Set(group.map(recurrentLabel))];
    const more = labels.length > 1 ? ` and ${labels.length - 1} more recurrent matri${labels.length > 2 ? 'ces' : 'x'}` : '';
    let what: string;
    if (verdict.kind === 'mean') {
      const eig = h !== undefined ? `${fmt(m.mean)} x ${h} = ${fmt(m.mean * h)}` : `${fmt(m.mean)} x the hidden size`;
      what = `recurrent weights drawn with mean ${fmt(m.mean)} (variance ${fmt(m.variance)}): the mean alone gives the recurrence an eigenvalue of about ${eig} along the all-ones direction, so every time step pushes all units the same way and the hidden state saturates`;
    } else {
      const large = verdict.kind === 'large';
      const radius = Math.sqrt(verdict.ratio);
      what =
        `recurrent weight variance ${fmt(m.variance)} is not scaled to the hidden size ${h}: hidden size x variance = ${fmt(verdict.ratio)}, ` +
        `${large ? `${fmt(verdict.ratio)} times` : `1/${fmt(1 / verdict.ratio)} of`} what keeps the hidden state's scale from one time step to the next (1): ` +
        `each step ${large ? 'multiplies' : 'shrinks'} the state by about sqrt(${fmt(verdict.ratio)}) = ${fmt(radius)} (the matrix's spectral radius), ` +
        (large ? 'so the gates saturate and gradients through time explode or vanish' : 'so the state forgets its past and gradients through time vanish within a few steps');
    }
    const stacked = facts.layer.framework !== 'flax' && facts.layer.kind !== 'RNN';
    return {
      code: 'IL003',
      severity: 'warning',
      message: `${labels[0]}${more}: ${what}. Orthogonal initialization (gain 1) keeps the recurrence's gain per step at most 1.`,
      range: initRange(first),
      // One statement over matrices of several hidden sizes gets no fix written with one of them.
      fixes: recurrentFixes(ctx.source, facts, param, group.every((x) => hiddenSize(x) === h) ? h : undefined, stacked),
      layerId: facts.layer.id,
      model: analysis.model.name,
    };
  });
}
