// Text output: one line per finding on stdout, `path:line:col: CODE [*] message` with 1-based line and
// column ([*] = a fix exists), then a summary line. Notebooks show `path:cell N:line:col:` as Ruff
// does. Notes go to stderr as `path: note: message` (with line and column when known).
import type { Severity } from '../model/finding';
import type { SourceRange } from '../model/graph';
import type { FileResult } from './check-file';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
  fix(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s, fix: (s) => s };

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const coloured: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  severity: (sev, s) => {
    const colour = sev === 'error' ? 31 : sev === 'warning' ? 33 : sev === 'information' ? 34 : 36;
    return `\x1b[1;${colour}m${s}\x1b[0m`;
  },
  fix: ansi(36, 39),
};

export function style(colour: boolean): Style {
  return colour ? coloured : plain;
}

/** `line:col` (1-based) of a 0-based position, or `cell N:line:col` in a notebook. */
export function location(result: Pick<FileResult, 'cells'>, range: SourceRange): string {
  const line = range.start.line;
  const col = range.start.character + 1;
  const cell = result.cells?.[line];
  if (cell) return `cell ${cell.cell}:${cell.line}:${col}`;
  return `${line + 1}:${col}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
  total: number;
  files: number;
}

export function countFindings(results: FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0, total: 0, files: 0 };
  for (const r of results) {
    if (r.checked) counts.files++;
    for (const f of r.findings) {
      counts[f.severity]++;
      counts.total++;
    }
  }
  return counts;
}

export function summaryLine(counts: Counts): string {
  if (counts.total === 0) return `All checked: no findings in ${plural(counts.files, 'file')}.`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.information} information`];
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  return `Found ${plural(counts.total, 'finding')} (${parts.join(', ')}) in ${plural(counts.files, 'file')}.`;
}

export function findingLines(result: FileResult, s: Style): string[] {
  return result.findings.map((f) => {
    const where = `${s.bold(result.path)}${s.dim(':')}${location(result, f.range)}${s.dim(':')}`;
    const fix = f.fixes.length > 0 ? ` ${s.fix('[*]')}` : '';
    const message = f.message.replace(/\r?\n/g, '\n    ');
    return `${where} ${s.severity(f.severity, f.code)}${fix} ${message}`;
  });
}

export function noteLines(result: FileResult, s: Style): string[] {
  return result.notes.map((n) => {
    const where = n.range ? `${result.path}:${location(result, n.range)}` : result.path;
    return `${s.bold(where)}: ${s.dim('note:')} ${n.message}`;
  });
}
