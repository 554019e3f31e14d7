// What the server analyses: single documents, and notebooks whose Python cells are joined into one
// file (a model split across cells is one model). Positions map between that joined text and the
// cells. Analysis results are cached by version and recomputed on demand when stale.
import type { NotebookDocuments, TextDocuments } from 'vscode-languageserver';
import type { Position, Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyzeText, SCRIPT_EXTENSIONS, type FileAnalysis } from '../engine/analyze';
import { mentionsModelFramework, parsePython } from '../engine/frontends/python';
import type { ServerDocument } from './documents';
import { analyzeOptions, DEFAULT_SETTINGS, type Settings } from './settings';
import { mergeOptions, projectSettings } from './project-config';

export interface CellSpan {
  uri: string;
  /** First line of the cell in the joined text. */
  start: number;
  lines: number;
}

export interface Subject {
  /** The document or notebook uri. */
  key: string;
  /** Changes whenever the text does. */
  version: string;
  path: string;
  text: string;
  cells?: CellSpan[];
  document?: ServerDocument;
}

export interface Analysed {
  subject: Subject;
  analysis: FileAnalysis;
}

export type TooLarge = { tooLarge: number };

const SCRIPT_LANGUAGES = new Set(['typescript', 'typescriptreact', 'javascript', 'javascriptreact']);

export function isPythonDocument(doc: { languageId: string; uri: string }): boolean {
  return doc.languageId === 'python' || doc.uri.endsWith('.py') || doc.uri.endsWith('.pyi');
}

/** TypeScript and JavaScript documents, read for TensorFlow.js models. */
export function isScriptDocument(doc: { languageId: string; uri: string }): boolean {
  return SCRIPT_LANGUAGES.has(doc.languageId) || SCRIPT_EXTENSIONS.test(doc.uri);
}

function uriToPath(uri: string): string {
  try {
    return URI.parse(uri).fsPath;
  } catch {
    return uri;
  }
}

export class Workspace {
  private readonly cache = new Map<string, Analysed>();

  constructor(
    readonly documents: TextDocuments<ServerDocument>,
    readonly notebooks: NotebookDocuments<ServerDocument>,
    private readonly settings: () => Settings,
    private readonly onConfigError: (message: string) => void = () => undefined,
  ) {}

  /** The subject a uri belongs to: the notebook of a cell, or the document itself. */
  subjectFor(uri: string): Subject | undefined {
    const notebook = this.notebooks.findNotebookDocumentForCell(uri) ?? this.notebooks.getNotebookDocument(uri);
    if (notebook) return this.notebookSubject(notebook.uri);
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    if (isScriptDocument(doc)) {
      // The engine picks the TF.js reader by extension; an untitled script gets one that says what it is.
      const path = uriToPath(uri);
      return { key: uri, version: String(doc.version), path: SCRIPT_EXTENSIONS.test(path) ? path : `${path}.ts`, text: doc.text.getText() };
    }
    if (!isPythonDocument(doc)) return undefined;
    return { key: uri, version: String(doc.version), path: uriToPath(uri), text: doc.text.getText(), document: doc };
  }

  notebookSubject(uri: string): Subject | undefined {
    const notebook = this.notebooks.getNotebookDocument(uri);
    if (!notebook) return undefined;
    const cells: CellSpan[] = [];
    const parts: string[] = [];
    const versions: string[] = [String(notebook.version)];
    let line = 0;
    for (const cell of notebook.cells) {
      const doc = this.notebooks.getCellTextDocument(cell);
      if (!doc || !isPythonDocument(doc)) continue;
      const text = doc.text.getText();
      const lines = text.split(/\r?\n/).length;
      cells.push({ uri: doc.uri, start: line, lines });
      parts.push(text);
      versions.push(`${doc.uri}@${doc.version}`);
      line += lines;
    }
    return { key: uri, version: versions.join('|'), path: uriToPath(uri), text: parts.join('\n'), cells };
  }

  /** The analysis of a subject at its current version (cached), or why there is none. */
  analyse(subject: Subject): Analysed | TooLarge {
    const s = this.settings();
    if (subject.text.length > s.maxFileSize) return { tooLarge: subject.text.length };
    const cached = this.cache.get(subject.key);
    if (cached && cached.subject.version === subject.version) return cached;
    let tree;
    const doc = subject.document;
    if (doc && mentionsModelFramework(subject.text)) {
      if (!doc.treeFresh || !doc.tree) {
        const next = parsePython(subject.text, doc.tree);
        doc.tree?.delete();
        doc.tree = next;
        doc.treeFresh = true;
      }
      tree = doc.tree;
    }
    const project = subject.path.startsWith('/') || /^[A-Za-z]:/.test(subject.path) ? projectSettings(subject.path) : {};
    if (project.error) this.onConfigError(project.error);
    const options = mergeOptions(subject.path, project.settings, analyzeOptions(s), s.driftBand[0] !== DEFAULT_SETTINGS.driftBand[0] || s.driftBand[1] !== DEFAULT_SETTINGS.driftBand[1]);
    const analysis = analyzeText(subject.path, subject.text, options, tree);
    const result = { subject, analysis };
    this.cache.set(subject.key, result);
    return result;
  }

  forget(key: string): void {
    this.cache.delete(key);
    const doc = this.documents.get(key);
    doc?.tree?.delete();
    if (doc) {
      delete doc.tree;
      doc.treeFresh = false;
    }
  }

  clearCache(): void {
    this.cache.clear();
  }
}

/** Maps a position in the joined text to the cell holding it (identity for plain documents). */
export function toCell(subject: Subject, pos: Position): { uri: string; position: Position } {
  if (!subject.cells) return { uri: subject.key, position: pos };
  for (const c of subject.cells) {
    if (pos.line >= c.start && pos.line < c.start + c.lines) return { uri: c.uri, position: { line: pos.line - c.start, character: pos.character } };
  }
  const last = subject.cells[subject.cells.length - 1]!;
  return { uri: last.uri, position: { line: Math.max(0, pos.line - last.start), character: pos.character } };
}

export function rangeToCell(subject: Subject, range: Range): { uri: string; range: Range } {
  const a = toCell(subject, range.start);
  const b = toCell(subject, range.end);
  // A range spilling over a cell boundary is clipped to its first cell.
  const end = b.uri === a.uri ? b.position : { line: a.position.line, character: Number.MAX_SAFE_INTEGER >> 1 };
  return { uri: a.uri, range: { start: a.position, end } };
}

/** Maps a cell position (or a plain document position) into the joined text. */
export function fromCell(subject: Subject, uri: string, pos: Position): Position | undefined {
  if (!subject.cells) return uri === subject.key ? pos : undefined;
  const c = subject.cells.find((x) => x.uri === uri);
  return c ? { line: pos.line + c.start, character: pos.character } : undefined;
}
