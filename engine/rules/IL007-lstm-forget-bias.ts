import type { Finding, Fix } from '../model/finding';
import type { LayerFacts, ModelAnalysis } from '../analysis';
import type { SourceText } from '../analysis/source';
import type { Rule, RuleContext } from './types';
import { insertInitFix } from './fixes';
import { FIXERS } from './fixers';

const doc = `# IL007 lstm-forget-bias

## What it flags
An LSTM whose forget-gate bias starts at 0 (in expectation): PyTorch's \`nn.LSTM\` (its biases are
U(-1/sqrt(hidden), 1/sqrt(hidden)), mean 0), TensorFlow.js \`tf.layers.lstm\` (\`unitForgetBias\` is off
by default), Keras \`LSTM(unit_forget_bias=False)\` and TensorFlow's \`BasicLSTMCell\`/\`LSTMCell\` with
\`forget_bias=0.0\` (their default 1.0 is added to the forget gate at every step), and Flax's
\`nn.LSTMCell\` (every gate bias starts at \`bias_init\`, zeros by default; Flax has no forget-gate
option, so no fix is offered). Information, not a warning.

## Why it matters
With a forget-gate pre-activation near 0 the gate is about 0.5, so the cell keeps only half its
state per step at initialization and gradients through long sequences vanish geometrically.
Gers et al. (2000) and Jozefowicz et al. (2015) start the forget bias at 1, which Keras does by
default.

## Stays silent on
Keras's default \`unit_forget_bias=True\`, TF.js \`unitForgetBias: true\`, TensorFlow's default
\`forget_bias=1.0\` (or one not resolved), a bias set by code to a nonzero value, and code that fills
a slice of the bias (the forget gate's).

## Example
\`\`\`python
self.lstm = nn.LSTM(128, 256)      # IL007
\`\`\`

## Fix
\`\`\`python
for name, p in self.lstm.named_parameters():
    if name.startswith('bias_ih'):
        h = p.size(0) // 4
        p.data[h:2 * h].fill_(1.0)   # gates i, f, g, o: the forget gate's slice
\`\`\`
`;

/** True when the code or the framework gives the forget gate a nonzero start. */
function forgetBiasSet(facts: LayerFacts): boolean {
  const biases = facts.params.filter((p) => p.spec.role === 'bias');
  if (biases.length === 0) return true; // no bias at all: nothing to start at 1
  for (const b of biases) {
    if (b.spec.partial) return true;
    // A forget slice whose value is not known (TF's forget_bias unresolved): nothing is claimed.
    if (b.info.segments?.some((s) => s.label === 'f' && s.constant === undefined && s.moments === undefined)) return true;
    if (b.info.segments?.some((s) => s.label === 'f' && (s.constant ?? s.moments?.mean ?? 0) !== 0)) return true;
    const m = b.info.moments;
    if (b.spec.init.source === 'explicit' && (m === undefined || m.mean !== 0)) return true;
    if (b.spec.init.conditional) return true;
  }
  return false;
}

/** PyTorch: fill the forget slice of each layer's bias_ih where the model is built. */
function torchFix(source: SourceText, analysis: ModelAnalysis, facts: LayerFacts): Fix | undefined {
  const site = analysis.model.buildSite;
  const access = facts.layer.access;
  if (!site || !access) return undefined;
  const unit = source.indentUnit();
  const lines = [
    `for name, p in ${access}.named_parameters():`,
    `${unit}if name.startswith('bias_ih'):`,
    `${unit}${unit}h = p.size(0) // 4`,
    `${unit}${unit}p.data[h:2 * h].fill_(1.0)  # LSTM gates i, f, g, o: start the forget gate at 1`,
  ];
  return insertInitFix(source, site, lines, `Start the forget-gate bias of ${access} at 1`);
}

export const IL007: Rule = {
  code: 'IL007',
  name: 'lstm-forget-bias',
  summary: "An LSTM's forget-gate bias starts at 0, so it forgets half its state per step at initialization.",
  doc,
  defaultSeverity: 'information',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    // One constructor can build many LSTMs (a block repeated N times): report it once.
    const reported = new Set<string>();
    for (const analysis of ctx.models) {
      for (const facts of analysis.layers.values()) {
        if (facts.layer.kind !== 'LSTM' || forgetBiasSet(facts)) continue;
        const at = `${facts.layer.range.start.line}:${facts.layer.range.start.character}`;
        if (reported.has(at)) continue;
        reported.add(at);
        const fw = facts.layer.framework;
        const fix = fw === 'pytorch' ? torchFix(ctx.source, analysis, facts) : FIXERS[fw]?.forgetBiasFix?.(ctx.source, facts);
        const what = fw === 'pytorch' ? 'PyTorch initialises LSTM biases with mean 0' : fw === 'tfjs' ? 'unitForgetBias is off' : fw === 'tensorflow' ? 'forget_bias is 0 and the bias variable is zeros' : fw === 'flax' ? 'Flax starts every gate bias at bias_init, zeros by default' : 'unit_forget_bias is off';
        findings.push({
          code: 'IL007',
          severity: 'information',
          message: `${facts.layer.access ?? facts.layer.name}: the forget-gate bias starts at 0 (${what}), so at initialization the cell keeps about half its state per step and gradients vanish over long sequences; starting it at 1 is the usual remedy.`,
          range: facts.layer.range,
          fixes: fix ? [fix] : [],
          layerId: facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
