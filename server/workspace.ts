// What the server analyses: single documents, and notebooks whose Python cells are joined into one
// file (a model split across cells is one model). Positions map between that joined text and the
// cells. Analyses run in the worker pool (the main thread never analyses); results are cached per
// document by version and by settings generation, and asked for again when stale.
import type { NotebookDocuments, TextDocuments } from 'vscode-languageserver';
import type { Position, Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { SCRIPT_EXTENSIONS, type FileAnalysis } from '../engine/analyze';
import type { AnalysisPool } from './analysis-pool';
import type { AnalyseJob, DocumentSnapshot, OpenFile } from './analysis-protocol';
import { handedOver, type ServerDocument } from './documents';
import { analyzeOptions, DEFAULT_SETTINGS, type Settings } from './settings';
import { lineCount } from '../engine/text/lines';

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
  /** The document (plain Python documents only: they are parsed incrementally). */
  document?: ServerDocument;
}

export interface Analysed {
  subject: Subject;
  analysis: FileAnalysis;
}

/** Why a subject has no analysis: the user is told once, with one diagnostic. */
export type Notice =
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'timedOut'; limitMs: number }
  | { kind: 'failed'; error: string };

export type Outcome = { subject: Subject; analysed?: Analysed; notice?: Notice };

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
  private readonly cache = new Map<string, { outcome: Outcome; generation: number }>();
  /** Bumped when the settings change: analyses of an older generation are stale. */
  private generation = 0;
  /** The workspace folders as file-system paths (initialize, didChangeWorkspaceFolders). */
  private folders: string[] = [];

  constructor(
    readonly documents: TextDocuments<ServerDocument>,
    readonly notebooks: NotebookDocuments<ServerDocument>,
    private readonly pool: AnalysisPool,
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
      const lines = lineCount(text);
      cells.push({ uri: doc.uri, start: line, lines });
      parts.push(text);
      versions.push(`${doc.uri}@${doc.version}`);
      line += lines;
    }
    return { key: uri, version: versions.join('|'), path: uriToPath(uri), text: parts.join('\n'), cells };
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((p) => p.startsWith('/') || /^[A-Za-z]:/.test(p));
    this.clearCache();
  }

  /**
   * The keys whose latest analysis read the file at `path` as an imported module: they are stale
   * once that file changes. Their cached outcomes are dropped.
   */
  importersOf(path: string): string[] {
    const keys: string[] = [];
    for (const [key, hit] of this.cache) {
      if (hit.outcome.analysed?.analysis.graph.imported?.some((m) => m.path === path)) {
        keys.push(key);
        this.cache.delete(key);
      }
    }
    return keys;
  }

  /** The open Python documents on disk other than `key`, as an import of them reads them. */
  private openFiles(key: string): OpenFile[] {
    const out: OpenFile[] = [];
    for (const doc of this.documents.all()) {
      if (doc.uri === key || !isPythonDocument(doc) || !doc.uri.startsWith('file:')) continue;
      out.push({ path: uriToPath(doc.uri), text: doc.text.getText() });
    }
    return out;
  }

  /** The subject of a document or notebook key, as it is now. */
  current(key: string): Subject | undefined {
    return this.subjectFor(key) ?? this.notebookSubject(key);
  }

  /** The last outcome for a key, of any version (undefined when never analysed or settings changed). */
  latest(key: string): Outcome | undefined {
    const hit = this.cache.get(key);
    return hit && hit.generation === this.generation ? hit.outcome : undefined;
  }

  /**
   * The outcome for a subject at its current version: cached, or from a worker. The worker analyses
   * the document as it is when the job starts, so the answer may be for a newer version than asked.
   */
  async analyse(subject: Subject): Promise<Outcome> {
    const s = this.settings();
    if (subject.text.length > s.maxFileSize) {
      const outcome: Outcome = { subject, notice: { kind: 'tooLarge', size: subject.text.length, limit: s.maxFileSize } };
      this.store(subject.key, outcome, this.generation);
      return outcome;
    }
    const hit = this.latest(subject.key);
    if (hit && hit.subject.version === subject.version) return hit;
    const generation = this.generation;
    const result = await this.pool.analyse(subject.key, () => this.prepare(subject.key));
    if (!result) {
      // Closed (or over the size limit) by the time a worker was free.
      return this.latest(subject.key) ?? { subject, notice: { kind: 'failed', error: 'the document was closed' } };
    }
    const { outcome: o, context: analysedSubject } = result;
    if (o.kind === 'analysed' && o.configError) this.onConfigError(o.configError);
    const outcome: Outcome =
      o.kind === 'analysed'
        ? { subject: analysedSubject, analysed: { subject: analysedSubject, analysis: o.analysis } }
        : o.kind === 'timedOut'
          ? { subject: analysedSubject, notice: { kind: 'timedOut', limitMs: s.maxAnalysisMs } }
          : { subject: analysedSubject, notice: { kind: 'failed', error: o.error } };
    this.store(subject.key, outcome, generation);
    return outcome;
  }

  /** The job for a document as it is now (called when a worker takes it). */
  private prepare(key: string): { job: Omit<AnalyseJob, 'type' | 'id'>; context: Subject } | undefined {
    const subject = this.current(key);
    const s = this.settings();
    if (!subject || subject.text.length > s.maxFileSize) return undefined;
    const doc = subject.document;
    const document: DocumentSnapshot = {
      key,
      version: subject.version,
      path: subject.path,
      text: subject.text,
      incremental: doc !== undefined,
      ...(doc?.edits ? { edits: doc.edits } : {}),
    };
    if (doc) handedOver(doc);
    const editorSetBand = s.driftBand[0] !== DEFAULT_SETTINGS.driftBand[0] || s.driftBand[1] !== DEFAULT_SETTINGS.driftBand[1];
    return {
      job: { document, options: { analyze: analyzeOptions(s), editorSetBand }, workspaceFolders: this.folders, openFiles: this.openFiles(key) },
      context: subject,
    };
  }

  private store(key: string, outcome: Outcome, generation: number): void {
    // Jobs of one document end in order, so the last to end is the newest; one of a stale generation never replaces a fresh one.
    const hit = this.cache.get(key);
    if (hit && hit.generation > generation) return;
    this.cache.set(key, { outcome, generation });
  }

  forget(key: string): void {
    this.cache.delete(key);
    this.pool.forget(key);
  }

  /** Settings changed: every cached analysis is stale. */
  clearCache(): void {
    this.generation++;
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
