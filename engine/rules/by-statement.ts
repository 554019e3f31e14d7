// One init statement often sets many layers (an `apply` callback, a loop over modules); a rule
// reports it once, at the statement, naming the layers it affects.
import type { LayerFacts, ParamFacts } from '../analysis';

export interface Hit {
  facts: LayerFacts;
  param: ParamFacts;
}

/** Groups hits by the init call that produced them (or by layer for defaults), keeping first-seen order. */
export function groupByStatement(hits: Hit[]): Hit[][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const r = hit.param.spec.init.callRange ?? hit.facts.layer.range;
    const key = `${r.start.line}:${r.start.character}`;
    const group = groups.get(key);
    if (group) group.push(hit);
    else groups.set(key, [hit]);
  }
  return [...groups.values()];
}

/** Where a finding about a parameter's initialization starts: its init call, else the layer constructor. */
export function initRange(hit: Hit) {
  return hit.param.spec.init.callRange ?? hit.facts.layer.range;
}
