import type { Finding, Fix } from '../model/finding';
import type { AttentionScores, GraphNode, SourceRange } from '../model/graph';
import type { Rule, RuleContext } from './types';
import type { LayerFacts } from '../analysis';
import { approx } from './describe';
import { canVerify, findingsAfter, verifying } from './verify';

const doc = `# IL008 attention-logit-scale

## What it flags
Dot-product attention written by hand (\`q @ k.transpose(-2, -1)\`, \`torch.matmul(q, k.mT)\`,
\`q.matmul(...)\`) whose scores reach the softmax without the 1/sqrt(d_head) factor, or with a
factor too weak for the head dimension, so that the logits' predicted standard deviation at
initialization exceeds 2. The prediction: for query and key projections of weight variance v and
fan-in n (biases b), applied to inputs of unit second moment (as after a LayerNorm), each entry
of q and k has second moment Var(q) = n v + E[b^2], and a logit sums d_head products:
Var(logit) = d_head Var(q) Var(k) s^2, with s the factors the code applies.

## Why it is bad
A softmax over T logits of standard deviation sigma has an entropy of about log T - sigma^2 / 2:
every nat below log T concentrates the attention on fewer keys. Past sigma = 2 the attention
starts 2 nats below uniform, nearly one-hot for larger heads, and the softmax's gradient (p(1-p))
vanishes for every key it ignores: the layer learns slowly or not at all. Scaling by 1/sqrt(d_head)
makes the logits' variance independent of the head size (Vaswani et al., 2017).

## Stays silent on
\`F.scaled_dot_product_attention\`, \`nn.MultiheadAttention\` (they scale), an explicit scale
(\`* self.scale\`, \`/ math.sqrt(d)\`, \`scale=\`) that keeps the logits' standard deviation at 2 or
below, QK-norm (a norm on q or k sets their scale), operands changed by code initlint cannot read
(a rotary embedding, an unknown factor), and heads whose dimension or projections' init is unknown.

## Example
\`\`\`python
q = self.q(x).view(B, T, self.n_head, self.head_dim).transpose(1, 2)
k = self.k(x).view(B, T, self.n_head, self.head_dim).transpose(1, 2)
att = q @ k.transpose(-2, -1)          # IL008: head_dim 64, logits' std about 2.7
att = F.softmax(att, dim=-1)
\`\`\`

## Fix
Scale the scores by 1/sqrt(d_head), written in the code's own terms:
\`att = q @ k.transpose(-2, -1) * q.size(-1) ** -0.5\`, or call
\`F.scaled_dot_product_attention(q, k, v)\`. The fix is offered only when no scale is applied yet
and the file, patched and analysed again, no longer has the finding.
`;

/** The logits' standard deviation above which the softmax starts saturated (2 nats below uniform). */
const MAX_LOGIT_STD = 2;

/** Said when no fix is offered (DESIGN: a warning carries a fix unless none is safe). */
export const NO_SCALE_FIX = 'No edit is offered';

/** E[q^2] for inputs of unit second moment: fan_in x E[w^2] + E[b^2]; undefined when not proven. */
function projectionSecondMoment(f: LayerFacts | undefined): number | undefined {
  const w = f?.weight?.info.moments;
  if (!f || !w || f.fanIn === undefined || f.weight!.spec.init.conditional) return undefined;
  const b = f.bias ? f.bias.info.moments : { mean: 0, variance: 0 };
  if (!b) return undefined;
  return f.fanIn * (w.variance + w.mean * w.mean) + b.variance + b.mean * b.mean;
}

interface Site {
  attention: AttentionScores;
  range: SourceRange;
  /** Product of the constant factors between the product and its softmax. */
  logitScale: number;
}

/** Attention scores that reach a softmax through constant factors only, anywhere in the model's nodes. */
function* sites(nodes: GraphNode[]): Generator<Site> {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'residual' || n.type === 'repeat') yield* sites(n.body);
    else if (n.type === 'product') for (const f of n.factors) yield* sites(f);
    else if (n.type === 'opaque' && n.branch) yield* sites(n.branch);
    if (n.type !== 'opaque' || !n.attention || !n.range) continue;
    let scale = 1;
    for (let j = i + 1; j < nodes.length; j++) {
      const m = nodes[j]!;
      if (m.type === 'scale' && !m.gate) scale *= m.factor;
      else {
        if (m.type === 'activation' && m.activation.kind === 'softmax') yield { attention: n.attention, range: n.range, logitScale: scale };
        break;
      }
    }
  }
}

const SIMPLE_OPERAND = /^[A-Za-z_]\w*(\.\w+)*$/;

function scaleFix(ctx: RuleContext, site: Site): Fix | undefined {
  const a = site.attention;
  if (a.operandScale !== 1 || site.logitScale !== 1 || !SIMPLE_OPERAND.test(a.leftText) || site.range.path) return undefined;
  const text = ctx.source.slice(site.range);
  const newText = `${text} * ${a.leftText}.size(-1) ** -0.5`;
  return { title: `Scale the attention scores by 1/sqrt(d_head): ${newText}`, edits: [{ range: site.range, newText }], preferred: true };
}

export const IL008: Rule = {
  code: 'IL008',
  name: 'attention-logit-scale',
  summary: 'Hand-written dot-product attention whose logits, at initialization, are large enough to saturate the softmax (no or too weak 1/sqrt(d_head) scaling).',
  doc,
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const out: { finding: Finding; fix?: Fix }[] = [];
    const seen = new Set<string>();
    for (const analysis of ctx.models) {
      for (const site of sites(analysis.model.nodes)) {
        const a = site.attention;
        if (a.normalized || a.operandUnknown || a.headDim === undefined) continue;
        const vq = projectionSecondMoment(analysis.layers.get(a.query.id));
        const vk = projectionSecondMoment(analysis.layers.get(a.key.id));
        if (vq === undefined || vk === undefined) continue;
        const s = a.operandScale * site.logitScale;
        const variance = a.headDim * vq * vk * s * s;
        const std = Math.sqrt(variance);
        if (!(std > MAX_LOGIT_STD)) continue;
        const key = `${JSON.stringify(site.range)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const scaled = Math.sqrt(vq * vk);
        const how = s === 1 ? 'are not scaled by 1/sqrt(d_head)' : `are scaled by ${approx(s)}, not 1/sqrt(${a.headDim}) = ${approx(1 / Math.sqrt(a.headDim))}`;
        const message =
          `${analysis.model.name}: the attention scores ${ctx.source.slice(site.range).replace(/\s+/g, ' ').slice(0, 60)} ${how}: with head dimension ${a.headDim} and ` +
          `the projections' init (E[q^2] ${approx(vq)}, E[k^2] ${approx(vk)} for inputs of unit second moment), the logits' standard deviation at ` +
          `initialization is about ${approx(std)}, so the softmax starts about ${approx(variance / 2)} nats below its maximum entropy (log T for T keys) ` +
          `and concentrates on few keys. Scaled by 1/sqrt(${a.headDim}) it would be ${approx(scaled)}.`;
        const finding: Finding = { code: 'IL008', severity: 'warning', message, range: site.range, fixes: [], layerId: a.query.id, model: analysis.model.name, related: [{ message: `the query projection ${a.query.access ?? a.query.name}`, range: a.query.range }] };
        const fix = verifying() ? undefined : scaleFix(ctx, site);
        out.push({ finding, ...(fix ? { fix } : {}) });
      }
    }
    const verify = out.length > 0 && canVerify(ctx);
    for (const { finding, fix } of out) {
      if (fix && verify && !ctx.outOfTime()) {
        const after = findingsAfter(ctx, fix.edits, 'IL008');
        const start = finding.range.start;
        if (after && !after.some((f) => f.range.start.line === start.line && f.range.start.character === start.character)) finding.fixes.push(fix);
      }
      if (finding.fixes.length === 0) {
        const why = fix ? 'the rewritten scores could not be verified' : 'the scores already carry a factor initlint does not rewrite, or their left operand is an expression';
        finding.message += ` ${NO_SCALE_FIX} (${why}): divide the scores by sqrt(d_head), or use F.scaled_dot_product_attention.`;
      }
    }
    return out.map((x) => x.finding);
  },
};

