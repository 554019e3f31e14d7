// Why a number is missing. Where the code does not prove a fact (a fan-in, an initializer, the
// chain a layer is in), the hover and the report say which fact and why, instead of a number or a
// bare "unknown": `in_features` is `config.hidden_size`, which the code does not fix; the
// initializer `my_init(w)` is not one initlint can evaluate. Words only: nothing here guesses a value.
import type { Layer } from '../model/graph';
import type { LayerFacts, ModelAnalysis, ParamFacts } from './index';

const INFERRING: Partial<Record<Layer['framework'], string>> = {
  keras: 'Keras',
  tensorflow: 'Keras',
  flax: 'Flax',
  tfjs: 'TensorFlow.js',
};

const STAYS_UNKNOWN = 'initlint follows literals, defaults, arithmetic and constructor arguments; a config value, a parameter without a default or a size computed at run time stays unknown';

/** Why the layer's fans are not known, or undefined when both are. */
export function whyFansUnknown(facts: LayerFacts): string | undefined {
  if (facts.fanIn !== undefined && facts.fanOut !== undefined) return undefined;
  const layer = facts.layer;
  const sizes = (layer.unresolved ?? []).map((u) =>
    u.inferred ? `\`${u.arg}\` is inferred from the first input (\`${layer.ctor.split('.').pop()}\`)` : u.text !== undefined ? `\`${u.arg}\` is \`${u.text}\`, which the code does not fix` : `\`${u.arg}\` is not a value the code fixes`,
  );
  if (sizes.length) return `${sizes.join('; ')} (${STAYS_UNKNOWN})`;
  const framework = INFERRING[layer.framework];
  if (framework && layer.kind !== 'Parameter' && facts.fanIn === undefined) {
    return `${framework} takes this layer's input width from the tensor it is first called on, and no input shape that reaches it is known from the code`;
  }
  const init = facts.weight?.spec.init;
  const shape = init?.sizeTexts?.join(', ') ?? init?.shapeText;
  if (layer.kind === 'Parameter' && shape) return `the shape \`${shape}\` of the tensor is not fixed by the code (${STAYS_UNKNOWN})`;
  return `the sizes of this layer are not all known from the code (${STAYS_UNKNOWN})`;
}

/** Why the weight's moments are not known, or undefined when they are. */
function whyInitUnknown(weight: ParamFacts | undefined): string | undefined {
  if (!weight) return 'it has no weight initlint models';
  const init = weight.spec.init;
  if (init.conditional) return 'its initializer is applied under a condition initlint cannot decide';
  if (weight.info.moments) return undefined;
  const written = init.text ? ` \`${init.text.slice(0, 80)}\`` : '';
  if (init.source === 'explicit' && init.name === '?') return `its initializer${written} is not one initlint can evaluate`;
  const args = [...init.args.positional, ...Object.values(init.args.keyword)];
  if (args.some((a) => a === undefined)) return `its initializer${written} has an argument the code does not fix`;
  return `the variance of its initializer (${weight.info.canonical ?? (init.name || 'the framework default')}) depends on a fan the code does not fix`;
}

/** Why one layer blocks a prediction: its fans (with why, unless `brief`) or its initializer; undefined when it does not. */
function blocker(facts: LayerFacts, brief: boolean): string | undefined {
  for (const [fan, value] of [['fan_in', facts.fanIn], ['fan_out', facts.fanOut]] as const) {
    if (value === undefined) return brief ? `its ${fan} is unknown` : `its ${fan} is unknown: ${whyFansUnknown(facts)}`;
  }
  return whyInitUnknown(facts.weight);
}

/**
 * Why a layer of the forward chain has no predicted second moment: which layer of its segment
 * lacks which fact, or that the chain is cut next to it. Undefined when it has a prediction or is
 * not in the chain. The layer's own unknown fans are named, not explained (whyFansUnknown says why).
 */
export function whyNoPrediction(model: ModelAnalysis, facts: LayerFacts): string | undefined {
  const id = facts.layer.id;
  if (model.prediction?.perLayer.has(id)) return undefined;
  if (!facts.inChain) return model.model.orderKnown ? undefined : 'the forward order of this model could not be read';
  const segment = model.prediction?.segments.find((s) => s.layers.includes(id));
  if (!segment) return 'the chain is cut next to this layer (a softmax, a call initlint cannot follow, or a layer kind the theory does not model)';
  const own = blocker(facts, true);
  if (own) return own;
  for (const other of segment.layers) {
    const f = model.layers.get(other);
    const why = f && blocker(f, false);
    if (f && why) return `\`${f.layer.access ?? f.layer.name}\` (line ${f.layer.range.start.line + 1}), in the same stretch of the chain: ${why}`;
  }
  return 'a layer of its stretch of the chain is not resolved';
}
