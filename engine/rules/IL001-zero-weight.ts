import type { Finding } from '../model/finding';
import type { LayerFacts } from '../analysis';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { fmt, isWeightMatrix, layersLabel, onEveryPath } from './describe';
import type { InitInfo } from '../init/types';
import { choicesFor, initFixes, initFixesOnEveryPath } from './fixes';

const doc = `# IL001 zero-weight

## What it flags
A hidden layer's weight matrix set to all zeros: \`nn.init.zeros_(w)\`, \`nn.init.constant_(w, 0)\`,
\`w.data.zero_()\`, \`w.fill_(0)\`, or \`nn.Parameter(torch.zeros(n, m))\` used as a weight.
A layer is hidden when the forward order shows it is neither the model's last layer nor the last
layer of a residual branch, or when another weight layer follows it inside an \`nn.Sequential\`
(whatever the model's forward does with that Sequential). When the forward order cannot be read
at all, a model whose every weight layer is zeroed is still flagged: at most one of them is its
output.

## Why it is bad
Every unit of a zero layer computes the same output and receives the same gradient, so the units
stay identical forever: the layer never breaks symmetry. The layers after it see a constant input,
and the gradient reaching the layers before it is zero. When every hidden layer is zero the network
cannot learn at all (reported as an error).

## Stays silent on
Biases, normalization weights and biases, the model's last layer (a zero-initialised classifier
head is a known-good idiom), the last projection of a residual branch (zero-init residual, as in
Fixup/ReZero/GPT-style scaled projections), and inits under conditions initlint cannot decide,
unless every path through the condition zeroes the weight (then it is flagged, and the fix rewrites
every path's statement).

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

function isZero(info: InitInfo): boolean {
  const m = info.moments;
  return m !== undefined && m.mean === 0 && m.variance === 0;
}

/** Hits whose weight is zero only on every path of an undecidable condition (no one edit fixes them). */
const everyPath = new WeakSet<Hit>();

/** Zero-init hits of one model among `candidates`: explicit, and zero unconditionally or on every path. */
function zeroHits(candidates: Iterable<LayerFacts>): Hit[] {
  const hits: Hit[] = [];
  for (const facts of candidates) {
    const param = facts.weight!;
    const when = onEveryPath(param, isZero);
    if (!when) continue;
    const hit = { facts, param };
    if (when === 'every-path') everyPath.add(hit);
    hits.push(hit);
  }
  return hits;
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
      const weights = [...analysis.layers.values()].filter((f) => isWeightMatrix(f));
      // Hidden by the forward order, or by the order of a Sequential inside the model.
      const hidden = weights.filter((f) => f.hidden);
      let hits = zeroHits(hidden);
      const chainHidden = analysis.chainOrder.filter((f) => isWeightMatrix(f) && f.hidden);
      let whole = chainHidden.length > 0 && chainHidden.every((f) => hits.some((h) => h.facts === f));
      let unordered = false;
      if (!analysis.model.orderKnown && hits.length === 0) {
        // No order at all, but every weight layer of the model is zero: whichever is the output,
        // the others feed it, so at least one zero layer is hidden.
        const all = zeroHits(weights);
        if (all.length >= 2 && all.length === weights.length) {
          hits = all;
          whole = true;
          unordered = true;
        }
      }
      if (hits.length === 0) continue;
      for (const group of groupByStatement(hits)) {
        const first = group[0]!;
        const choice = choicesFor(first.facts.activation)[0]!;
        const fanIn = first.facts.fanIn;
        const target = fanIn !== undefined ? ` (weight variance ${fmt(choice.gainSquared)}/${fanIn} = ${fmt(choice.gainSquared / fanIn)})` : '';
        const why = unordered
          ? `; all ${hits.length} weight layers of the model are zero, so at least ${hits.length - 1} of them feed another zero layer and the model cannot learn (its forward order is not known, so which ones is not said)`
          : whole
            ? '; every hidden layer of the model is zero, so it cannot learn'
            : '';
        const paths = everyPath.has(first) ? ' on every path through a condition initlint cannot decide' : '';
        findings.push({
          code: 'IL001',
          severity: whole ? 'error' : 'warning',
          message:
            `${layersLabel(group.map((h) => h.facts))}: weight initialised to all zeros${paths}, so its units stay identical and never break symmetry` +
            why +
            `. ${choice.label} gives each unit a different start${target}.`,
          range: initRange(first),
          // An edit of one branch's init statement would leave the others zero: every path's is rewritten.
          fixes: paths ? initFixesOnEveryPath(ctx.source, first.facts, first.param, first.facts.activation) : initFixes(ctx.source, first.facts, first.param, first.facts.activation),
          layerId: first.facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
