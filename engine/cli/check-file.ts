// One file through the engine, as the CLI does it on the main thread or in a worker: read it (only a
// regular file, under the size cap), skip what is not Python text (binary, invalid UTF-8, too large,
// unreadable, a device or FIFO) with a note, join a notebook's
// code cells, analyse, and never throw. The result is structured-clone friendly (no graph).
import { createHash } from 'node:crypto';
import { analyzeText, type AnalyzeOptions } from '../analyze';
import type { Finding } from '../model/finding';
import type { SourceRange } from '../model/graph';
import { lineCount, splitLines } from '../text/lines';
import { describeOutcome, readRegularFile } from '../config/regular-file';
import { notebookToPython, type NotebookText } from './notebook';
import { fileResolver, type ModuleResolver } from '../workspace/resolver';

export interface FileTask {
  /** Absolute path. */
  abs: string;
  /** Path as shown to the user (relative to the cwd when inside it). */
  display: string;
  options: AnalyzeOptions;
  maxFileSize: number;
}

export interface FileNote {
  message: string;
  range?: SourceRange;
  /** 'skipped': the file was not analysed; 'io': it could not be read; 'internal': initlint failed on it. */
  kind?: 'skipped' | 'io' | 'internal';
}

export interface CheckedFinding extends Finding {
  /** Stable hash of the code, the path and the finding's line text (with an occurrence counter). */
  fingerprint: string;
}

export interface FileResult {
  path: string;
  findings: CheckedFinding[];
  notes: FileNote[];
  /** True when the file was analysed (not skipped or unreadable). */
  checked: boolean;
  /** Number of source lines analysed. */
  lines: number;
  /** For notebooks: the combined text's line map back to (cell, line). */
  cells?: NotebookText['lines'];
  /** Findings about code in project modules this file imports, by their absolute path (see FileAnalysis.elsewhere). */
  elsewhere?: { abs: string; findings: CheckedFinding[] }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Source lines as a person counts them: a final line end does not start another line. */
function countLines(text: string): number {
  if (!text) return 0;
  const n = lineCount(text);
  return /[\r\n]$/.test(text) ? n - 1 : n;
}

function fingerprints(findings: Finding[], text: string, path: string): CheckedFinding[] {
  const lines = splitLines(text);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const lineText = (lines[f.range.start.line] ?? '').trim();
    const base = `${f.code}\0${path.split('\\').join('/')}\0${lineText}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const fingerprint = createHash('sha256').update(`${base}\0${count}`).digest('hex').slice(0, 32);
    return { ...f, fingerprint };
  });
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? String(e);
  return String(e);
}

/** The project's modules, read once per process (a CLI run): files do not change during a check. */
let resolver: ModuleResolver | undefined;

/** Findings about imported modules' code, fingerprinted with their own file's text and path. */
function elsewhereOf(findings: Finding[], imported: { path: string; text: string }[]): FileResult['elsewhere'] {
  if (findings.length === 0) return undefined;
  const out: { abs: string; findings: CheckedFinding[] }[] = [];
  for (const m of imported) {
    const mine = findings.filter((f) => f.range.path === m.path).map((f) => {
      const { path: _path, ...range } = f.range;
      return { ...f, range };
    });
    if (mine.length) out.push({ abs: m.path, findings: fingerprints(mine, m.text, m.path) });
  }
  return out;
}

/** Checks one file; never throws. */
export function checkFile(task: FileTask): FileResult {
  const result: FileResult = { path: task.display, findings: [], notes: [], checked: false, lines: 0 };
  // Only a regular file under the cap is read: a device or a FIFO would never end or block.
  const read = readRegularFile(task.abs, task.maxFileSize);
  if (read.kind === 'too-large') {
    result.notes.push({ kind: 'skipped', message: `skipped: file is too large (${formatSize(read.size)}, limit ${formatSize(task.maxFileSize)}; see max-file-size)` });
    return result;
  }
  if (read.kind !== 'ok') {
    result.notes.push({ kind: 'io', message: read.kind === 'error' ? describeOutcome(read) : `cannot read the file: ${describeOutcome(read)}` });
    return result;
  }
  const buf = read.bytes;
  if (buf.includes(0)) {
    result.notes.push({ kind: 'skipped', message: 'skipped: binary file (contains NUL bytes)' });
    return result;
  }
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    result.notes.push({ kind: 'skipped', message: 'skipped: not valid UTF-8' });
    return result;
  }
  if (task.abs.toLowerCase().endsWith('.ipynb')) {
    const nb = notebookToPython(text);
    if (!nb.ok) {
      result.notes.push({ kind: 'skipped', message: `skipped: ${nb.reason}` });
      return result;
    }
    text = nb.notebook.text;
    result.cells = nb.notebook.lines;
  }
  try {
    const analysis = analyzeText(task.display, text, { ...task.options, resolver: (resolver ??= fileResolver()) });
    result.findings = fingerprints(analysis.findings, text, task.display);
    const elsewhere = elsewhereOf(analysis.elsewhere, analysis.graph.imported ?? []);
    if (elsewhere) result.elsewhere = elsewhere;
    for (const n of analysis.notes) result.notes.push(n.range ? { message: n.message, range: n.range } : { message: n.message });
    result.checked = true;
    result.lines = countLines(text);
  } catch (e) {
    result.notes.push({ kind: 'internal', message: `internal error while analysing: ${errorText(e)}` });
    result.lines = countLines(text);
  }
  return result;
}
