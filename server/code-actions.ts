// Code actions: each finding's fixes as quickfixes (the preferred one marked), "fix all of this
// code in the file" from the preferred fixes, and suppression comments for a line or the file.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, TextEdit as EngineEdit } from '../engine/model/finding';
import type { FileAnalysis } from '../engine/analyze';
import { rangeToCell, type Subject } from './workspace';
import { lineEnding, splitLines } from '../engine/text/lines';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Engine edits (joined-text positions) -> a workspace edit on the document or the notebook's cells. */
function workspaceEdit(subject: Subject, edits: EngineEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const at = rangeToCell(subject, e.range);
    (changes[at.uri] ??= []).push({ range: at.range, newText: e.newText });
  }
  return { changes };
}

function matchingDiagnostic(f: Finding, diagnostics: Diagnostic[], subject: Subject): Diagnostic[] {
  const r = rangeToCell(subject, f.range).range;
  return diagnostics.filter((d) => d.code === f.code && d.range.start.line === r.start.line && d.range.start.character === r.start.character);
}

/** Appends the code to an existing `# initlint: disable=` comment on the line, or adds one. */
function suppressLineEdit(lineText: string, line: number, code: string): EngineEdit {
  const m = /#\s*initlint:\s*disable=([A-Za-z0-9_,\s]*)/.exec(lineText);
  if (m) {
    const end = m.index + m[0].trimEnd().length;
    return { range: { start: { line, character: end }, end: { line, character: end } }, newText: `,${code}` };
  }
  const trimmed = lineText.trimEnd().length;
  return { range: { start: { line, character: trimmed }, end: { line, character: lineText.length } }, newText: `  # initlint: disable=${code}` };
}

/** `# initlint: disable-file=CODE` after a shebang or encoding line. */
function suppressFileEdit(lines: string[], code: string, eol: string): EngineEdit {
  let line = 0;
  while (line < lines.length && line < 2 && /^#!|^#.*coding[:=]/.test(lines[line]!)) line++;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# initlint: disable-file=${code}${eol}` };
}

/** Non-overlapping union of several fixes' edits (identical import edits kept once). */
function mergeEdits(fixes: EngineEdit[][]): EngineEdit[] {
  const chosen: EngineEdit[] = [];
  const seen = new Set<string>();
  for (const edits of fixes) {
    const fresh = edits.filter((e) => !seen.has(JSON.stringify(e)));
    const clash = fresh.some((e) => chosen.some((c) => overlaps(c.range, e.range) && !(isInsert(c) && isInsert(e))));
    if (clash) continue;
    for (const e of fresh) {
      seen.add(JSON.stringify(e));
      chosen.push(e);
    }
  }
  return chosen;
}

function isInsert(e: EngineEdit): boolean {
  return e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
}

export function codeActions(subject: Subject, analysis: FileAnalysis, uri: string, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const lines = splitLines(subject.text);
  const eol = lineEnding(subject.text);
  const here = analysis.findings.filter((f) => {
    const at = rangeToCell(subject, f.range);
    return at.uri === uri && overlaps(at.range, range);
  });
  for (const f of here) {
    const diags = matchingDiagnostic(f, diagnostics, subject);
    for (const fix of f.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diags,
        isPreferred: fix.preferred === true,
        edit: workspaceEdit(subject, fix.edits),
      });
    }
  }
  const codes = [...new Set(here.map((f) => f.code))];
  for (const code of codes) {
    const all = analysis.findings.filter((f) => f.code === code && f.fixes.length);
    if (all.length > 1) {
      const edits = mergeEdits(all.map((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0]!).edits));
      actions.push({ title: `Fix all ${code} problems in this file`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(subject, edits) });
    }
  }
  for (const f of here) {
    const line = f.range.start.line;
    actions.push({
      title: `Suppress ${f.code} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: matchingDiagnostic(f, diagnostics, subject),
      edit: workspaceEdit(subject, [suppressLineEdit(lines[line] ?? '', line, f.code)]),
    });
  }
  for (const code of codes) {
    actions.push({ title: `Suppress ${code} in this file`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(subject, [suppressFileEdit(lines, code, eol)]) });
  }
  return actions;
}
