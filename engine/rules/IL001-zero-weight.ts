import type { Finding } from '../model/finding';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { fmt, isWeightMatrix, layersLabel } from './describe';
import { choicesFor, initFixes } from './fixes';

const doc = `# IL001 zero-weight

## What it flags
A hidden layer's weight matrix set to all zeros: \`nn.init.zeros_(w)\`, \`nn.init.constant_(w, 0)\`,
\`w.data.zero_()\`, \`w.fill_(0)\`, or \`nn.Parameter(torch.zeros(n, m))\` used as a weight.

## Why it is bad
Every unit of a zero layer computes the same output and receives the same gradient, so the units
stay identical forever: the layer never breaks symmetry. The layers after it see a constant input,
and the gradient reaching the layers before it is zero. When every hidden layer is zero the network
cannot learn at all (reported as an error).

## Stays silent on
Biases, normalization weights and biases, the model's last layer (a zero-initialised classifier
head is a known-good idiom), the last projection of a residual branch (zero-init residual, as in
Fixup/ReZero/GPT-style scaled projections), and inits under conditions initlint cannot decide.

## Example
\`\`\`python
self.fc1 = nn.Linear(256, 256)
nn.init.zeros_(self.fc1.weight)      # IL001
\`\`\`

## Fix
Initialise it to the activation that follows: Kaiming for ReLU-family activations, Xavier with
\`calculate_gain\` for tanh/sigmoid, LeCun (\`kaiming_normal_(w, nonlinearity='linear')\`) for SELU.
\`\`\`python
nn.init.kaiming_normal_(self.fc1.weight, nonlinearity='relu')
\`\`\`
`;

function isZero(hit: Hit): boolean {
  const m = hit.param.info.moments;
  return m !== undefined && m.mean === 0 && m.variance === 0;
}

export const IL001: Rule = {
  code: 'IL001',
  name: 'zero-weight',
  summary: "A hidden layer's weight matrix is set to all zeros, so its units never break symmetry.",
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const analysis of ctx.models) {
      if (!analysis.model.orderKnown) continue;
      const hidden = analysis.chainOrder.filter((f) => isWeightMatrix(f) && !f.isLast && !f.lastInResidual);
      const hits: Hit[] = [];
      for (const facts of hidden) {
        const param = facts.weight!;
        if (param.spec.init.source !== 'explicit' || param.spec.init.conditional) continue;
        const hit = { facts, param };
        if (isZero(hit)) hits.push(hit);
      }
      if (hits.length === 0) continue;
      const whole = hits.length === hidden.length;
      for (const group of groupByStatement(hits)) {
        const first = group[0]!;
        const choice = choicesFor(first.facts.activation)[0]!;
        const fanIn = first.facts.fanIn;
        const target = fanIn !== undefined ? ` (weight variance ${fmt(choice.gainSquared)}/${fanIn} = ${fmt(choice.gainSquared / fanIn)})` : '';
        findings.push({
          code: 'IL001',
          severity: whole ? 'error' : 'warning',
          message:
            `${layersLabel(group.map((h) => h.facts))}: weight initialised to all zeros, so its units stay identical and never break symmetry` +
            (whole ? '; every hidden layer of the model is zero, so it cannot learn' : '') +
            `. ${choice.label} gives each unit a different start${target}.`,
          range: initRange(first),
          fixes: initFixes(ctx.source, first.facts, first.param, first.facts.activation),
          layerId: first.facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
