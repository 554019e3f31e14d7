import type { Finding } from '../model/finding';
import type { Rule, RuleContext } from './types';
import type { ModelAnalysis } from '../analysis';
import type { Segment } from '../analysis/propagation';
import { fmt } from './describe';
import { choicesFor, initStatement, insertInitFix } from './fixes';
import type { SourceText } from '../analysis/source';

const doc = `# IL005 variance-drift

## What it flags
A model whose resolved chain of layers, propagated with mean-field theory from its actual
initializations (framework defaults included), takes the second moment of the activations, or the
squared norm of the gradient, outside [1e-3, 1e3] of its value at the input (configurable as
\`drift-band\`). Example: 30 default \`nn.Linear\` + ReLU layers (default weight variance
1/(3 fan_in): each layer multiplies the second moment by about 1/6).

## Why it is bad
Each layer multiplies the signal's second moment by chi = fan_in x Var(w) x E[phi'(h)^2]-type
factors; over depth the product explodes or vanishes. Vanishing activations make the last layers
see a near-constant input; vanishing gradients leave the first layers untrained; exploding ones
overflow or saturate.

## Stays silent on
Short nets inside the band, chains cut by normalization (BatchNorm/LayerNorm reset the scale),
He/ReLU and Xavier/tanh stacks, and models whose sizes or forward order initlint cannot resolve.
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
`;

function outside(x: number, band: [number, number]): boolean {
  return !(x >= band[0] && x <= band[1]);
}

/** The insertion fix for a drifting model whose drifting layers use framework defaults. */
function defaultsFix(source: SourceText, analysis: ModelAnalysis, segment: Segment) {
  const site = analysis.model.buildSite;
  if (!site) return [];
  const layers = segment.layers.map((id) => analysis.layers.get(id)!).filter((f) => f.weight);
  if (layers.length === 0 || layers.some((f) => f.weight!.spec.init.source !== 'default')) return [];
  // The activation most layers feed, for the initializer's nonlinearity.
  const counts = new Map<string, number>();
  for (const f of layers) counts.set(f.activation?.kind ?? 'identity', (counts.get(f.activation?.kind ?? 'identity') ?? 0) + 1);
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const activation = layers.find((f) => (f.activation?.kind ?? 'identity') === dominant)?.activation;
  const choice = choicesFor(activation)[0]!;
  const ctors = [...new Set(layers.map((f) => f.layer.ctor))];
  const classes = ctors.map((c) => source.spell(c).text);
  const m = 'm';
  const call = initStatement(source, choice, `${m}.weight`);
  const zeros = source.spell('torch.nn.init.zeros_');
  const unit = source.indentUnit();
  const lines = [
    `for ${m} in ${site.receiver}.modules():`,
    `${unit}if isinstance(${m}, ${classes.length === 1 ? classes[0] : `(${classes.join(', ')})`}):`,
    `${unit}${unit}${call.text}`,
    `${unit}${unit}if ${m}.bias is not None:`,
    `${unit}${unit}${unit}${zeros.text}(${m}.bias)`,
  ];
  const fix = insertInitFix(source, site, lines, `Initialize the ${ctors.map((c) => c.replace(/^torch\.nn\./, 'nn.')).join('/')} layers of ${analysis.model.name} with ${choice.label}`);
  const imports = [call.importEdit, zeros.importEdit].filter((e) => e !== undefined);
  if (imports.length) fix.edits.unshift(imports[0]!);
  return [fix];
}

export const IL005: Rule = {
  code: 'IL005',
  name: 'variance-drift',
  summary: 'Mean-field propagation predicts the activation or gradient second moment leaving the allowed band over the stack.',
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const band = ctx.options.driftBand;
    for (const analysis of ctx.models) {
      for (const segment of analysis.prediction?.segments ?? []) {
        if (!segment.resolved || segment.layers.length < 2) continue;
        // A zero or constant weight is IL001/IL002's finding; its drift is a consequence, not news.
        if (segment.layers.some((id) => analysis.layers.get(id)?.weight?.info.moments?.variance === 0)) continue;
        const fwd = outside(segment.forward, band);
        const bwd = outside(segment.backward, band);
        if (!fwd && !bwd) continue;
        const first = analysis.layers.get(segment.layers[0]!)!;
        const last = analysis.layers.get(segment.layers[segment.layers.length - 1]!)!;
        const where = segment.firstOutOfBand ? analysis.layers.get(segment.firstOutOfBand) : undefined;
        const parts: string[] = [];
        if (fwd) parts.push(`the activations' second moment ends at ${fmt(segment.forward)} x its input value`);
        if (bwd) parts.push(`the gradient's squared norm at the first layer is ${fmt(segment.backward)} x its value at the output`);
        const chi = segment.typicalChi !== undefined ? ` (per-layer gain chi about ${fmt(segment.typicalChi)})` : '';
        const fixes = defaultsFix(ctx.source, analysis, segment);
        const what = fixes.length ? ' Initializing the layers for their activation keeps it near 1.' : ' Fix the initializers that IL003/IL004 point at, or initialize the layers for their activation.';
        findings.push({
          code: 'IL005',
          severity: 'warning',
          message: `${analysis.model.name}: over ${segment.layers.length} layers from ${first.layer.access ?? first.layer.name} to ${last.layer.access ?? last.layer.name}, ${parts.join(' and ')}${chi}, outside [${fmt(band[0])}, ${fmt(band[1])}].${what}`,
          range: analysis.model.range,
          fixes,
          related: where ? [{ message: `the second moment leaves the band after ${where.layer.access ?? where.layer.name}`, range: where.layer.range }] : [],
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
