import type { Finding, Fix } from '../model/finding';
import type { ActivationKind } from '../model/graph';
import type { LayerFacts, ModelAnalysis } from '../analysis';
import type { Rule, RuleContext } from './types';
import { groupByStatement, initRange, type Hit } from './by-statement';
import { activationLabel, fmt, isWeightMatrix, layersLabel } from './describe';
import { choicesFor, initFixes, initStatement, insertInitFix } from './fixes';
import type { SourceText } from '../analysis/source';

const doc = `# IL004 init-activation-mismatch

## What it flags
An initializer whose gain was chosen for a different activation than the one that follows the
layer: Kaiming (ReLU gain sqrt(2)) before tanh or sigmoid; an explicit \`nonlinearity=\` that names
another activation (\`'tanh'\`, \`'linear'\`, \`'selu'\` before ReLU, \`'relu'\` before LeakyReLU); a
leaky-ReLU slope \`a\` that differs from the module's \`negative_slope\`; Xavier (gain 1) before ReLU
in a deep stack (4 or more such layers, each halving the second moment); SELU after anything but
LeCun normal (including PyTorch's default Linear init).

## Why it is bad
The gain keeps the second moment of the signal fixed only for the activation it was computed for.
He init before tanh pushes pre-activations to a variance near 2, saturating tanh (gradients die);
Xavier before ReLU halves the signal at every layer; SELU self-normalises only from LeCun normal
weights (variance 1/fan_in, normal).

## Stays silent on
Matching pairs (Kaiming relu + ReLU, Xavier + tanh, Xavier with \`gain=calculate_gain('tanh')\` +
tanh, Kaiming \`a=0.2, 'leaky_relu'\` + LeakyReLU(0.2), LeCun + SELU), \`mode='fan_out'\` chosen on
purpose, GELU/SiLU after Kaiming relu, Xavier + ReLU in shallow stacks, layers whose activation
is unknown.

## Example
\`\`\`python
nn.init.kaiming_normal_(self.fc.weight, nonlinearity='relu')   # IL004: followed by torch.tanh
\`\`\`

## Fix
\`\`\`python
nn.init.xavier_uniform_(self.fc.weight, gain=nn.init.calculate_gain('tanh'))
\`\`\`
`;

const RELU_FAMILY = new Set<ActivationKind>(['relu', 'relu6', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'silu', 'mish', 'softplus']);
const SATURATING = new Set<ActivationKind>(['tanh', 'sigmoid', 'hardtanh']);
const DEEP_XAVIER_RELU = 4;

function explicitArg(hit: Hit, name: string, index: number): boolean {
  const args = hit.param.spec.init.args;
  return Object.prototype.hasOwnProperty.call(args.keyword, name) || args.positional.length > index;
}

/** Why the layer's initializer does not suit its activation, or undefined when it does. */
function mismatch(hit: Hit, xavierReluCount: number): string | undefined {
  const { facts, param } = hit;
  const act = facts.activation!;
  const info = param.info;
  const A = act.kind;
  // A framework default is no choice of gain for an activation; only SELU needs something else.
  if (param.spec.init.source === 'default') return A === 'selu' ? selu(hit) : undefined;
  if (info.family === 'kaiming') {
    const nl = info.nonlinearity ?? 'leaky_relu';
    const slope = info.negativeSlope ?? 0;
    const reluGain = nl === 'relu' || nl === 'leaky_relu';
    if (SATURATING.has(A) && reluGain) return `Kaiming init with gain ${fmt(info.gain ?? Math.SQRT2)} (for ${nl === 'leaky_relu' && slope === 0 ? 'ReLU' : nl}) before ${activationLabel(act)}: pre-activations get variance about ${fmt((info.gain ?? Math.SQRT2) ** 2)} x the input's, which saturates ${activationLabel(act)} and kills its gradient`;
    if (RELU_FAMILY.has(A) && !reluGain) return `nonlinearity='${nl}' (gain ${fmt(info.gain ?? 1)}) does not match the ${activationLabel(act)} that follows`;
    if (A === 'leaky_relu' && nl === 'leaky_relu' && explicitArg(hit, 'a', 0) && Math.abs(slope - (act.param ?? 0.01)) > 1e-9) return `Kaiming slope a=${fmt(slope)} does not match the ${activationLabel(act)} that follows (gain ${fmt(info.gain ?? 0)} instead of ${fmt(Math.sqrt(2 / (1 + (act.param ?? 0.01) ** 2)))})`;
    if (A === 'leaky_relu' && nl === 'relu' && explicitArg(hit, 'nonlinearity', 2)) return `nonlinearity='relu' before ${activationLabel(act)}: the gain should be sqrt(2/(1+${act.param ?? 0.01}^2)) = ${fmt(Math.sqrt(2 / (1 + (act.param ?? 0.01) ** 2)))}`;
    if (A === 'selu' && !(nl === 'linear' && info.distribution === 'normal')) return `SELU self-normalises only from LeCun normal weights (normal, variance 1/fan_in), but this is Kaiming ${info.distribution ?? ''} with nonlinearity='${nl}'`;
    return undefined;
  }
  if (info.family === 'xavier') {
    const g = info.gain ?? 1;
    if (RELU_FAMILY.has(A) && A !== 'leaky_relu' && g < 1.2 && xavierReluCount >= DEEP_XAVIER_RELU) return `Xavier init (gain ${fmt(g)}) before ${activationLabel(act)} in a stack of ${xavierReluCount} such layers: each halves the second moment, ${fmt(2 ** -xavierReluCount)} after the stack`;
    if (A === 'selu') return selu(hit);
    return undefined;
  }
  if (A === 'selu' && (info.family === 'default' || info.family === 'normal' || info.family === 'uniform' || info.family === 'trunc_normal' || info.family === 'lecun' || info.family === 'orthogonal' || info.family === 'variance_scaling')) return selu(hit);
  return undefined;
}

function selu(hit: Hit): string | undefined {
  const info = hit.param.info;
  const m = info.moments;
  const n = hit.facts.fanIn;
  const normal = info.distribution === 'normal' || info.distribution === 'truncated_normal';
  let ratio: number | undefined;
  if (m && n !== undefined) ratio = n * m.variance;
  else if (!normal && info.distribution !== undefined) ratio = NaN; // a uniform draw is no LeCun normal at any width
  else ratio = fanFreeRatio(info);
  if (ratio === undefined) return undefined;
  if (normal && Math.abs(ratio - 1) <= 0.1) return undefined;
  const what = `${info.source === 'default' ? 'the framework default, ' : ''}${info.canonical ?? info.family} (${info.distribution ?? ''}${Number.isNaN(ratio) ? '' : `, fan_in x variance ${fmt(ratio)}`})`;
  return `SELU self-normalises only from LeCun normal weights (normal, variance 1/fan_in${n !== undefined ? ` = ${fmt(1 / n)}` : ''}), but this layer uses ${what}`;
}

/**
 * fan_in x variance of a fan-in-scaled initializer whose ratio does not depend on the sizes
 * (Kaiming fan_in mode: gain^2; variance scaling on fan_in: its scale), or undefined when the
 * sizes are needed to know it.
 */
function fanFreeRatio(info: Hit['param']['info']): number | undefined {
  if (info.family === 'kaiming' && (info.mode ?? 'fan_in') === 'fan_in' && info.gain !== undefined) return (info.gain * (info.multiplier ?? 1)) ** 2;
  return undefined;
}

function defaultFix(source: SourceText, analysis: ModelAnalysis, facts: LayerFacts): Fix[] {
  const site = analysis.model.buildSite;
  const access = facts.layer.access;
  if (!site || !access) return [];
  const choice = choicesFor(facts.activation)[0]!;
  const stmt = initStatement(source, choice, `${access}.weight`);
  const fix = insertInitFix(source, site, [stmt.text], `Initialize ${access} with ${choice.label}: ${stmt.text}`);
  if (stmt.importEdit) fix.edits.unshift(stmt.importEdit);
  return [fix];
}

export const IL004: Rule = {
  code: 'IL004',
  name: 'init-activation-mismatch',
  summary: "The initializer's gain was chosen for a different activation than the one that follows the layer.",
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const analysis of ctx.models) {
      const xavierRelu = analysis.chainOrder.filter(
        (f) => f.weight?.info.family === 'xavier' && (f.weight.info.gain ?? 1) < 1.2 && f.activation !== undefined && RELU_FAMILY.has(f.activation.kind) && f.activation.kind !== 'leaky_relu',
      ).length;
      const hits: (Hit & { why: string })[] = [];
      // The activation after a layer is known from the forward order, or from a Sequential it sits in.
      for (const facts of analysis.layers.values()) {
        if (!isWeightMatrix(facts) || !facts.activation || facts.activation.kind === 'identity' || facts.activation.kind === 'softmax') continue;
        const param = facts.weight!;
        if (param.spec.init.conditional) continue;
        const why = mismatch({ facts, param }, xavierRelu);
        if (why) hits.push({ facts, param, why });
      }
      for (const group of groupByStatement(hits)) {
        const first = group[0] as Hit & { why: string };
        const { facts, param } = first;
        const choice = choicesFor(facts.activation)[0]!;
        const isDefault = param.spec.init.source === 'default';
        const modeFanOut = param.info.mode === 'fan_out';
        findings.push({
          code: 'IL004',
          severity: 'warning',
          message: `${layersLabel(group.map((h) => h.facts))}: ${first.why}. Use ${choice.label}${isDefault && facts.layer.framework === 'pytorch' ? ', set explicitly after the layers are built' : ''}.`,
          range: initRange(first),
          fixes: isDefault && facts.layer.framework === 'pytorch' ? defaultFix(ctx.source, analysis, facts) : initFixes(ctx.source, facts, param, facts.activation, modeFanOut),
          related: facts.activation?.range ? [{ message: `the ${activationLabel(facts.activation)} that follows ${facts.layer.access ?? facts.layer.name}`, range: facts.activation.range }] : [],
          layerId: facts.layer.id,
          model: analysis.model.name,
        });
      }
    }
    return findings;
  },
};
