// Findings -> LSP diagnostics (per cell for notebooks), with code descriptions linking the rule's doc.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/model/finding';
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

/** Diagnostics grouped by the uri they belong to (the document, or each notebook cell). */
export function toDiagnostics(subject: Subject, findings: Finding[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const cell of subject.cells ?? []) out.set(cell.uri, []);
  if (!subject.cells) out.set(subject.key, []);
  for (const f of findings) {
    const at = rangeToCell(subject, f.range);
    const diagnostic: Diagnostic = {
      range: at.range,
      severity: SEVERITY[f.severity],
      code: f.code,
      codeDescription: { href: ruleDocUri(f.code) },
      source: 'initlint',
      message: f.message,
    };
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => {
        const loc = rangeToCell(subject, r.range);
        return { location: { uri: loc.uri, range: loc.range }, message: r.message };
      });
    }
    out.get(at.uri)?.push(diagnostic) ?? out.set(at.uri, [diagnostic]);
  }
  return out;
}
