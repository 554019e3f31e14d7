// Findings -> LSP diagnostics (per cell for notebooks, per file for imported modules), with code
// descriptions linking the rule's doc.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/model/finding';
import type { SourceRange } from '../engine/model/graph';
import { rangeToCell, type Subject } from './workspace';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule's documentation shipped beside the server (dist/docs/rules/IL003.md). */
export function ruleDocUri(code: string): string {
  return pathToFileURL(path.join(__dirname, 'docs', 'rules', `${code}.md`)).toString();
}

function diagnosticOf(f: Finding, range: Diagnostic['range']): Diagnostic {
  return {
    range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: ruleDocUri(f.code) },
    source: 'initlint',
    message: f.message,
  };
}

/** A range in an imported module (it carries that module's path): its file uri and plain range. */
function inModule(range: SourceRange & { path: string }): { uri: string; range: Diagnostic['range'] } {
  return { uri: pathToFileURL(range.path).toString(), range: { start: range.start, end: range.end } };
}

/** Where a finding's range lands: a cell or the document of the subject, or an imported module's file. */
function locate(subject: Subject, range: SourceRange): { uri: string; range: Diagnostic['range'] } {
  return range.path !== undefined ? inModule(range as SourceRange & { path: string }) : rangeToCell(subject, range);
}

/**
 * Diagnostics grouped by the uri they belong to: the document or each notebook cell (always
 * present, possibly empty), and the files of imported project modules that `elsewhere` findings
 * (FileAnalysis.elsewhere) are about.
 */
export function toDiagnostics(subject: Subject, findings: Finding[], elsewhere: Finding[] = []): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const cell of subject.cells ?? []) out.set(cell.uri, []);
  if (!subject.cells) out.set(subject.key, []);
  for (const f of [...findings, ...elsewhere]) {
    const at = locate(subject, f.range);
    const diagnostic = diagnosticOf(f, at.range);
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => {
        const loc = locate(subject, r.range);
        return { location: { uri: loc.uri, range: loc.range }, message: r.message };
      });
    }
    out.get(at.uri)?.push(diagnostic) ?? out.set(at.uri, [diagnostic]);
  }
  return out;
}
