// The harness's results as Markdown (tables per framework x fault kind, per construct, the
// findings on unmutated files, the misses) and as JSON with the same data.
import { FAULT_KINDS, FRAMEWORKS, type FaultKind, type Framework } from './mutant';
import type { Outcome } from './evaluate';

export interface MutantRecord {
  id: number;
  /** `<owner>+<name>/<path>` */
  file: string;
  /** 1-based line of the change (the inserted line for an insertion, in the mutated file). */
  line: number;
  framework: Framework;
  kind: FaultKind;
  construct: string;
  edit: 'replace' | 'insert';
  original: string;
  planted: string;
  note: string;
  outcome: Outcome;
  onSite: { code: string; line: number; message: string }[];
  elsewhere: { code: string; line: number; message: string }[];
  invalidReason?: string;
}

export interface BaselineFinding {
  file: string;
  /** 1-based. */
  line: number;
  code: string;
  severity: string;
  message: string;
}

export interface RunInfo {
  label: string;
  cli: string;
  cliVersion: string;
  seed: number;
  corpus: string;
  repos: number;
  files: number;
  lines: number;
  caps: { perFileKind: number; perFile: number; perCell: number };
  seconds: number;
  date: string;
  baselineNotes: { file: string; note: string }[];
}

interface Tally {
  planted: number;
  found: number;
  elsewhere: number;
  missed: number;
}

function tally(ms: MutantRecord[]): Tally {
  const valid = ms.filter((m) => m.outcome !== 'invalid');
  return {
    planted: valid.length,
    found: valid.filter((m) => m.outcome === 'found').length,
    elsewhere: valid.filter((m) => m.outcome === 'elsewhere').length,
    missed: valid.filter((m) => m.outcome === 'missed').length,
  };
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
const cell = (t: Tally): (string | number)[] => [t.planted, t.found, t.elsewhere, t.missed, pct(t.found, t.planted), pct(t.found + t.elsewhere, t.planted)];
const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/`/g, "'");

export interface Summary {
  overall: Tally;
  byFramework: Record<string, Tally>;
  byFrameworkKind: Record<string, Record<string, Tally>>;
  byKind: Record<string, Tally>;
  byConstruct: Record<string, Tally>;
  invalid: number;
}

export function summarize(mutants: MutantRecord[]): Summary {
  const byFramework: Summary['byFramework'] = {};
  const byFrameworkKind: Summary['byFrameworkKind'] = {};
  const byKind: Summary['byKind'] = {};
  const byConstruct: Summary['byConstruct'] = {};
  for (const fw of FRAMEWORKS) {
    const ms = mutants.filter((m) => m.framework === fw);
    byFramework[fw] = tally(ms);
    byFrameworkKind[fw] = {};
    for (const k of FAULT_KINDS) byFrameworkKind[fw]![k] = tally(ms.filter((m) => m.kind === k));
  }
  for (const k of FAULT_KINDS) byKind[k] = tally(mutants.filter((m) => m.kind === k));
  for (const c of [...new Set(mutants.map((m) => m.construct))].sort()) byConstruct[c] = tally(mutants.filter((m) => m.construct === c));
  return { overall: tally(mutants), byFramework, byFrameworkKind, byKind, byConstruct, invalid: mutants.filter((m) => m.outcome === 'invalid').length };
}

export function markdown(info: RunInfo, mutants: MutantRecord[], baseline: BaselineFinding[]): string {
  const s = summarize(mutants);
  const out: string[] = [];
  out.push(`# Mutation run \`${info.label}\``);
  out.push('');
  out.push(`CLI \`${info.cli}\` (${info.cliVersion}) · seed ${info.seed} · corpus \`${info.corpus}\`: ${info.repos} repositories, ${info.files} model files, ${info.lines} lines · caps: ${info.caps.perFileKind} per file and kind, ${info.caps.perFile} per file, ${info.caps.perCell} per framework and kind · ${info.seconds.toFixed(0)} s · ${info.date}`);
  out.push('');
  out.push('A mutant is one single-line change planting one fault. **on line**: a new finding (not in the unmutated file) starts on the changed line (for a changed line inside a multi-line call: on any line of that call; for an inserted line: on it). **elsewhere**: only new findings on other lines. **missed**: no new finding. % on line = on line / planted; % any = (on line + elsewhere) / planted.');
  out.push('');
  out.push(`## Overall: ${s.overall.found} of ${s.overall.planted} found on the line (${pct(s.overall.found, s.overall.planted)}), ${s.overall.elsewhere} elsewhere, ${s.overall.missed} missed${s.invalid ? ` (${s.invalid} invalid mutants set aside)` : ''}`);
  out.push('');
  out.push(row(['framework', 'planted', 'on line', 'elsewhere', 'missed', '% on line', '% any']));
  out.push(row(['---', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const fw of FRAMEWORKS) out.push(row([fw, ...cell(s.byFramework[fw]!)]));
  out.push(row(['**all**', ...cell(s.overall)]));
  out.push('');
  out.push('## Per framework and fault kind');
  out.push('');
  out.push(row(['framework', 'fault kind', 'planted', 'on line', 'elsewhere', 'missed', '% on line', '% any']));
  out.push(row(['---', '---', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const fw of FRAMEWORKS) {
    for (const k of FAULT_KINDS) {
      const t = s.byFrameworkKind[fw]![k]!;
      if (t.planted) out.push(row([fw, k, ...cell(t)]));
    }
    out.push(row([`**${fw}**`, '**total**', ...cell(s.byFramework[fw]!)]));
  }
  out.push('');
  out.push(row(['fault kind (all frameworks)', 'planted', 'on line', 'elsewhere', 'missed', '% on line', '% any']));
  out.push(row(['---', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const k of FAULT_KINDS) out.push(row([k, ...cell(s.byKind[k]!)]));
  out.push('');
  out.push('## Per construct');
  out.push('');
  out.push(row(['construct', 'planted', 'on line', 'elsewhere', 'missed', '% on line', '% any']));
  out.push(row(['---', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const [c, t] of Object.entries(s.byConstruct)) out.push(row([c, ...cell(t)]));
  out.push('');
  const codes = new Map<string, number>();
  for (const m of mutants) for (const f of m.onSite) codes.set(`${m.kind} ${f.code}`, (codes.get(`${m.kind} ${f.code}`) ?? 0) + 1);
  if (codes.size) {
    out.push('Codes reported on the line: ' + [...codes].sort().map(([k, n]) => `${k} ×${n}`).join(', '));
    out.push('');
  }

  const info7 = baseline.filter((b) => b.code === 'IL007');
  const other = baseline.filter((b) => b.code !== 'IL007');
  out.push(`## Findings on the unmutated files (candidate false positives): ${other.length}, plus ${info7.length} IL007`);
  out.push('');
  out.push('Every finding initlint reports on the original, unmodified real code. Each is a candidate false positive until someone reads the code.');
  out.push('');
  if (other.length) {
    out.push(row(['file:line', 'code', 'severity', 'message']));
    out.push(row(['---', '---', '---', '---']));
    for (const b of other) out.push(row([`${b.file}:${b.line}`, b.code, b.severity, esc(b.message)]));
    out.push('');
  }
  if (info7.length) {
    out.push(`### IL007 (information) on unmutated files: ${info7.length}`);
    out.push('');
    out.push(row(['file:line', 'message']));
    out.push(row(['---', '---']));
    for (const b of info7) out.push(row([`${b.file}:${b.line}`, esc(b.message)]));
    out.push('');
  }
  if (info.baselineNotes.length) {
    out.push(`### Notes on unmutated files: ${info.baselineNotes.length}`);
    out.push('');
    for (const n of info.baselineNotes) out.push(`- ${n.file}: ${esc(n.note)}`);
    out.push('');
  }

  const invalid = mutants.filter((m) => m.outcome === 'invalid');
  if (invalid.length) {
    out.push(`## Invalid mutants (set aside): ${invalid.length}`);
    out.push('');
    for (const m of invalid) out.push(`- #${m.id} ${m.file}:${m.line} ${m.kind}: ${esc(m.invalidReason ?? '')} — \`${esc(m.planted.trim())}\``);
    out.push('');
  }

  const elsewhere = mutants.filter((m) => m.outcome === 'elsewhere');
  out.push(`## Found elsewhere: ${elsewhere.length}`);
  out.push('');
  if (elsewhere.length) {
    out.push(row(['#', 'file:line', 'kind', 'construct', 'planted line', 'new findings']));
    out.push(row(['--:', '---', '---', '---', '---', '---']));
    for (const m of elsewhere) out.push(row([m.id, `${m.file}:${m.line}`, m.kind, m.construct, `\`${esc(m.planted.trim())}\``, m.elsewhere.map((f) => `${f.code}@${f.line}`).join(' ')]));
    out.push('');
  }
  const missed = mutants.filter((m) => m.outcome === 'missed');
  out.push(`## Missed: ${missed.length}`);
  out.push('');
  if (missed.length) {
    out.push(row(['#', 'file:line', 'kind', 'construct', 'planted line']));
    out.push(row(['--:', '---', '---', '---', '---']));
    for (const m of missed) out.push(row([m.id, `${m.file}:${m.line}`, m.kind, m.construct, `\`${esc(m.planted.trim())}\``]));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
