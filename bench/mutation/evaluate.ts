// Judging one mutant: which of the mutated file's findings are new (not in the unmutated file's
// findings, lines mapped back across an inserted line), and whether a new one starts on the site.
import { type Edit, type Site, onSite, originalLine } from './mutant';
import type { FileResult, Finding } from './initlint';

export type Outcome = 'found' | 'elsewhere' | 'missed' | 'invalid';

export interface Judgement {
  outcome: Outcome;
  /** New findings on the site. */
  onSite: Finding[];
  /** New findings elsewhere in the file. */
  elsewhere: Finding[];
  /** Why a mutant was set aside (the mutated file did not parse, initlint failed on it). */
  invalidReason?: string;
}

const SYNTAX_NOTE = /syntax error|parse error|could not be parsed/i;
const INTERNAL_NOTE = /internal error/i;

/** The findings of `mutated` that the unmutated file does not have (same code, same original line). */
export function newFindings(baseline: Finding[], mutated: Finding[], edit: Edit): Finding[] {
  const remaining = new Map<string, number>();
  for (const f of baseline) {
    const key = `${f.code}:${f.line}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const out: Finding[] = [];
  for (const f of mutated) {
    const orig = originalLine(edit, f.line);
    if (orig === 'inserted') {
      out.push(f);
      continue;
    }
    const key = `${f.code}:${orig}`;
    const n = remaining.get(key) ?? 0;
    if (n > 0) remaining.set(key, n - 1);
    else out.push(f);
  }
  return out;
}

export function judge(site: Site, baseline: FileResult, mutated: FileResult | undefined): Judgement {
  if (!mutated) return { outcome: 'invalid', onSite: [], elsewhere: [], invalidReason: 'initlint reported nothing for the mutated file' };
  // Notes name line numbers, which an inserted line shifts: compare them without numbers.
  const bare = (n: string): string => n.replace(/\d+/g, '#');
  const before = new Set(baseline.notes.map(bare));
  const newNotes = mutated.notes.filter((n) => !before.has(bare(n)));
  const broken = newNotes.find((n) => SYNTAX_NOTE.test(n) || INTERNAL_NOTE.test(n));
  if (broken) return { outcome: 'invalid', onSite: [], elsewhere: [], invalidReason: broken };
  const fresh = newFindings(baseline.findings, mutated.findings, site.edit);
  const on = fresh.filter((f) => onSite(site, f.line));
  const elsewhere = fresh.filter((f) => !onSite(site, f.line));
  return { outcome: on.length ? 'found' : elsewhere.length ? 'elsewhere' : 'missed', onSite: on, elsewhere };
}
