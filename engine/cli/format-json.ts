// JSON output, the contract of DESIGN section 8:
// {"version":1,"files":[{"path","findings":[{"code","severity","message","range","fixes":[{"title","edits"}]}]}]}
// with 0-based LSP positions. Every file the run looked at is listed, findings possibly empty;
// a file also carries "notes" ([{message, range?}]) when it has any (syntax errors, skipped files).
// Notebooks use the notebook's path with line numbers of the joined code cells.
import type { FileResult } from './check-file';
import type { SourceRange } from '../model/graph';

export interface JsonEdit {
  range: SourceRange;
  newText: string;
}

export interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  range: SourceRange;
  fixes: { title: string; edits: JsonEdit[] }[];
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  notes?: { message: string; range?: SourceRange }[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

const range = (r: SourceRange): SourceRange => ({
  start: { line: r.start.line, character: r.start.character },
  end: { line: r.end.line, character: r.end.character },
});

export function toJson(results: FileResult[]): JsonReport {
  return {
    version: 1,
    files: results.map((r) => {
      const file: JsonFile = {
        path: r.path,
        findings: r.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          message: f.message,
          range: range(f.range),
          // The preferred fix first.
          fixes: [...f.fixes]
            .sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true))
            .map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: range(e.range), newText: e.newText })) })),
        })),
      };
      if (r.notes.length > 0) file.notes = r.notes.map((n) => (n.range ? { message: n.message, range: range(n.range) } : { message: n.message }));
      return file;
    }),
  };
}
