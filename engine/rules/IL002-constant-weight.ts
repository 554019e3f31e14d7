import type { Finding } from '../model/finding';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { fmt, isWeightMatrix, layersLabel, onEveryPath } from './describe';
import { choicesFor, initFixes, initFixesOnEveryPath } from './fixes';

const doc = `# IL002 constant-weight

## What it flags
A weight matrix set to one nonzero constant: \`nn.init.constant_(w, 0.5)\`, \`nn.init.ones_(w)\`,
\`w.data.fill_(1)\`, or \`nn.Parameter(torch.ones(n, m))\` / \`torch.full((n, m), c)\` used as a weight.

## Why it is bad
With every entry equal, every unit of the layer computes the same function of its input and gets
the same gradient, so the units stay copies of each other: the layer has the capacity of a single
unit. The constant also gives the pre-activations a nonzero mean that grows with the fan-in.

## Stays silent on
Normalization gammas (ones is the right start), biases, scalars and vectors (rank < 2), and
\`eye_\`/\`dirac_\` identity initializations, which are not constant.

## Example
\`\`\`python
nn.init.constant_(self.proj.weight, 0.1)     # IL002
\`\`\`

## Fix
\`\`\`python
nn.init.kaiming_normal_(self.proj.weight, nonlinearity='relu')
\`\`\`
`;

export const IL002: Rule = {
  code: 'IL002',
  name: 'constant-weight',
  summary: 'A weight matrix is set to one nonzero constant, so all its units stay identical.',
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const analysis of ctx.models) {
      const hits: Hit[] = [];
      const conditional = new WeakSet<Hit>();
      for (const facts of analysis.layers.values()) {
        if (!isWeightMatrix(facts)) continue;
        const param = facts.weight!;
        // A nonzero constant, unconditionally or on every path of an undecidable condition.
        const when = onEveryPath(param, (info) => info.moments !== undefined && info.moments.variance === 0 && info.moments.mean !== 0);
        if (!when) continue;
        const hit = { facts, param };
        if (when === 'every-path') conditional.add(hit);
        hits.push(hit);
      }
      for (const group of groupByStatement(hits)) {
        const first = group[0]!;
        const paths = conditional.has(first);
        const c = (paths ? first.param.alternatives![0]! : first.param.info).moments!.mean;
        const choice = choicesFor(first.facts.activation)[0]!;
        const fanIn = first.facts.fanIn;
        const mean = fanIn !== undefined ? ` and every pre-activation gets the same offset ${fmt(c)} x ${fanIn} x mean(input)` : '';
        findings.push({
          code: 'IL002',
          severity: 'warning',
          message: paths
            ? `${layersLabel(group.map((h) => h.facts))}: every weight is a constant on every path through a condition initlint cannot decide, so its units compute the same function and never become different. ${choice.label} draws independent weights scaled to the fan-in.`
            : `${layersLabel(group.map((h) => h.facts))}: every weight is the constant ${fmt(c)}, so its units compute the same function and never become different${mean}. ${choice.label} draws independent weights scaled to the fan-in.`,
          range: initRange(first),
          fixes: paths ? initFixesOnEveryPath(ctx.source, first.facts, first.param, first.facts.activation) : initFixes(ctx.source, first.facts, first.param, first.facts.activation),
          layerId: first.facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
