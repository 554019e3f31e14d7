// What the engine fuzzer asserts of one input: analysis returns without an exception, and every
// position it reports (finding ranges, related information, fix edits, notes) lies inside the
// document as LSP counts lines and characters.
import { analyzeText } from '../../engine/analyze';
import { notebookToPython } from '../../engine/cli/notebook';
import type { SourceRange } from '../../engine/model/graph';
import type { FuzzInput } from './mutate';

/**
 * The length in UTF-16 code units of every line, as LSP splits them: at `\n`, `\r\n` and a lone `\r`
 * (and nowhere else: U+2028, U+2029 and U+0085 do not end a line for LSP).
 */
export function lspLineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

/** Why `range` is not inside the document, or undefined when it is. */
export function outside(range: SourceRange | undefined, lengths: readonly number[]): string | undefined {
  if (!range) return 'no range';
  const { start, end } = range;
  for (const [what, p] of [['start', start], ['end', end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what} ${p.line}:${p.character} is not a position`;
    if (p.line >= lengths.length) return `${what} line ${p.line} is past the last line ${lengths.length - 1}`;
    if (p.character > lengths[p.line]!) return `${what} ${p.line}:${p.character} is past the end of its line (${lengths[p.line]} characters)`;
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `starts after it ends (${start.line}:${start.character} > ${end.line}:${end.character})`;
  return undefined;
}

export interface CheckResult {
  /** 'exception' or 'range', with what went wrong (empty when the input passed). */
  problems: { kind: 'exception' | 'range'; message: string }[];
  findings: number;
  /** CPU time of the analysis, in milliseconds. */
  cpuMs: number;
  /** The analysed document has a lone \r or U+2028/U+2029/U+0085 (see mutate.ts, `exotic`). */
  exoticLineEnds: boolean;
}

/** Analyses one fuzz input the way the CLI would (notebooks through their joined code cells). */
export function checkInput(input: FuzzInput): CheckResult {
  const problems: CheckResult['problems'] = [];
  const t0 = process.cpuUsage();
  let findings = 0;
  let exotic = false;
  try {
    let path = input.path;
    let text = input.text;
    if (input.language === 'notebook') {
      // The document the engine sees is the joined code cells (the CLI and the server map it back to cells).
      const nb = notebookToPython(input.text);
      if (!nb.ok) return { problems, findings, cpuMs: cpuSince(t0), exoticLineEnds: false };
      path = 'fuzz.py';
      text = nb.notebook.text;
    }
    exotic = /\r(?!\n)|[\u2028\u2029\u0085]/.test(text);
    const result = analyzeText(path, text);
    findings = result.findings.length;
    const lengths = lspLineLengths(text);
    const at = (what: string, range: SourceRange | undefined) => {
      const why = outside(range, lengths);
      if (why) problems.push({ kind: 'range', message: `${what}: ${why}` });
    };
    for (const f of result.findings) {
      at(`${f.code} range`, f.range);
      for (const rel of f.related ?? []) at(`${f.code} related`, rel.range);
      for (const fix of f.fixes) for (const e of fix.edits) at(`${f.code} fix "${fix.title.slice(0, 40)}" edit`, e.range);
    }
    for (const n of result.notes) {
      if (n.range) at(`note "${n.message.slice(0, 40)}"`, n.range);
      if (/internal error/.test(n.message)) problems.push({ kind: 'exception', message: n.message });
    }
  } catch (err) {
    problems.push({ kind: 'exception', message: err instanceof Error ? `${err.name}: ${err.message}\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(err) });
  }
  return { problems, findings, cpuMs: cpuSince(t0), exoticLineEnds: exotic };
}

function cpuSince(t0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
