import type { Finding } from '../model/finding';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { activationLabel, fmt, isWeightMatrix, layersLabel } from './describe';
import { choicesFor, initFixes } from './fixes';

const doc = `# IL003 unscaled-weight

## What it flags
An explicit initialization whose variance is not tied to the layer's fan-in: \`normal_(w)\` or
\`w.data.normal_(0, 1)\` (std 1), a fixed std or uniform bound far from 1/fan_in (weight variance
times fan_in above 4 x gain^2 or below 1/4), any nonzero mean (\`uniform_(w)\` draws from [0, 1),
mean 0.5), and unscaled \`nn.Parameter(torch.randn(n, m))\` used as a weight.

## Why it is bad
A layer multiplies the second moment of its input by fan_in x Var(w) x E[phi'^2]-style factors. With
a fixed std the factor depends on the width: std 1 on a 512-wide layer multiplies the signal's
second moment by 512 per layer, std 0.01 divides it by 20. Stacked, activations and gradients
explode or vanish. A nonzero mean adds fan_in x mean x E[x] to every unit alike.

## Stays silent on
Kaiming, Xavier, LeCun and orthogonal initializers (IL004 checks their gains); framework defaults
(IL005 checks where they drift); a fixed std of at most 0.02 with mean 0 in a model that normalizes
(GPT/BERT \`normal_(std=0.02)\`, ViT/ConvNeXt \`trunc_normal_(std=.02)\`, GPT-2's 0.02/sqrt(2N): the norms
reset the scale between blocks, and IL005 judges any chain between them that still drifts);
depth-scaled residual branches (a layer inside a residual branch is never too small: Fixup scales
them all down);
output layers that are small on purpose; layers whose output reaches a normalization layer
through only linear layers and ReLU-like activations (the norm removes the scale); embeddings;
parameters not used as weights (cls tokens, positional embeddings); unknown sizes.

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
