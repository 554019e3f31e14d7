// `initlint explain [CODE]`: a rule's documentation, or the list of rules.
import type { RuleDoc } from '../rules/types';

/** Finds a rule by code (any case) or by name. */
export function findRule(rules: readonly RuleDoc[], query: string): RuleDoc | undefined {
  const q = query.trim();
  return rules.find((r) => r.code.toUpperCase() === q.toUpperCase() || r.name === q.toLowerCase());
}

export function explainRule(rule: RuleDoc): string {
  const lines = [`${rule.code} ${rule.name} (default severity: ${rule.defaultSeverity})`, '', rule.summary, ''];
  const doc = rule.doc.trim();
  if (doc) lines.push(doc, '');
  return lines.join('\n');
}

export function listRules(rules: readonly RuleDoc[]): string {
  const nameWidth = Math.max(4, ...rules.map((r) => r.name.length));
  const sevWidth = Math.max(8, ...rules.map((r) => r.defaultSeverity.length));
  const header = `${'CODE'.padEnd(6)} ${'NAME'.padEnd(nameWidth)} ${'SEVERITY'.padEnd(sevWidth)} SUMMARY`;
  const rows = rules.map((r) => `${r.code.padEnd(6)} ${r.name.padEnd(nameWidth)} ${r.defaultSeverity.padEnd(sevWidth)} ${r.summary}`);
  return [header, ...rows, '', "Run 'initlint explain CODE' for a rule's documentation.", ''].join('\n');
}
