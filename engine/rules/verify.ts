// Re-checking a fix before it is offered: the file patched with the fix's edits is analysed again
// for the rule's own code, so a fix is offered only when it does what its title says (the
// framework initializers differ in variance, and a later init statement may undo an edit).
import type { TextEdit } from '../model/finding';
import type { RuleContext } from './types';
import type { FileAnalysis } from '../analyze';

let depth = 0;

/** True while a patched file is being re-analysed: the nested analysis must not build fixes itself. */
export function verifying(): boolean {
  return depth > 0;
}

/** Whether fixes of this file can be verified at all (read to its end, time left). */
export function canVerify(ctx: RuleContext): boolean {
  // A file read only up to its evaluation budget cannot be checked again the same way (the budget
  // has a clock: the second reading may stop elsewhere), and would cost a second budget.
  if (ctx.graph.notes.some((n) => /stopped reading this file early|analysed only the first/.test(n.message))) return false;
  return !ctx.outOfTime();
}

/**
 * The findings of `code` in the file patched with `edits`; undefined when the patched file does
 * not parse.
 */
export function findingsAfter(ctx: RuleContext, edits: TextEdit[], code: string): FileAnalysis['findings'] | undefined {
  const again = reanalyse(ctx, edits, code);
  if (again.notes.some((n) => /syntax error/.test(n.message))) return undefined;
  return again.findings.filter((f) => f.code === code);
}

function reanalyse(ctx: RuleContext, edits: TextEdit[], code: string): FileAnalysis {
  const patched = ctx.source.withEdits(edits);
  depth++;
  try {
    // Loaded here, not at the top: engine/analyze imports the rule registry, which imports the rules.
    const { analyzeText } = require('../analyze') as typeof import('../analyze');
    return analyzeText(ctx.graph.path, patched, { select: [code], driftBand: ctx.options.driftBand });
  } finally {
    depth--;
  }
}

/**
 * The positions (in the file's model list) of the models that still have a finding of `code` once
 * the file is patched with `edits`; undefined when the patched file does not parse or does not read
 * as the same models in the same order.
 */
export function modelsStillFlagged(ctx: RuleContext, edits: TextEdit[], code: string): Set<number> | undefined {
  const again = reanalyse(ctx, edits, code);
  if (again.notes.some((n) => /syntax error/.test(n.message))) return undefined;
  const before = ctx.graph.models;
  const after = again.graph.models;
  if (after.length !== before.length || after.some((m, i) => m.name !== before[i]!.name)) return undefined;
  // A finding is at its model's range and names it; models sharing a range (two on one statement)
  // are both counted.
  const byRange = new Map<string, number[]>();
  after.forEach((m, i) => {
    const key = JSON.stringify(m.range);
    byRange.set(key, [...(byRange.get(key) ?? []), i]);
  });
  const flagged = new Set<number>();
  for (const f of again.findings) {
    if (f.code !== code) continue;
    for (const i of byRange.get(JSON.stringify(f.range)) ?? []) if (after[i]!.name === f.model) flagged.add(i);
  }
  return flagged;
}
