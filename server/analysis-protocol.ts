// The messages between the language server's main thread and its analysis workers (analysis-pool.ts,
// analysis-worker.ts). Everything here is plain data: it crosses the thread boundary by structured
// clone. The main thread sends a document's text with the edits since the version the worker last
// parsed; the worker keeps the tree-sitter tree and answers with the whole FileAnalysis.
import type { AnalyzeOptions, FileAnalysis } from '../engine/analyze';
import type { PropagationReport } from '../engine/analysis/report-data';

/** A point of a tree-sitter edit: row and UTF-16 column, as documents.ts computes them. */
export interface EditPoint {
  row: number;
  column: number;
}

/** One text change as tree-sitter's Tree.edit takes it (the fields of web-tree-sitter's Edit). */
export interface TreeEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: EditPoint;
  oldEndPosition: EditPoint;
  newEndPosition: EditPoint;
}

/** One document as a worker analyses it. */
export interface DocumentSnapshot {
  /** The document or notebook uri (the worker's key for the tree it keeps). */
  key: string;
  /** Changes whenever the text does. */
  version: string;
  /** File-system path: the engine picks its reader by extension; pyproject.toml is looked up from it. */
  path: string;
  text: string;
  /** Keep a tree-sitter tree between versions (plain Python documents; notebooks and scripts do not). */
  incremental: boolean;
  /** The edits that turn the text of version `base` into `text`: reused when the worker holds `base`'s tree. */
  edits?: { base: string; list: TreeEdit[] };
}

/** The editor's options; the worker layers the document's pyproject.toml under them. */
export interface EditorOptions {
  analyze: AnalyzeOptions;
  /** The user set a drift band in the editor (it then wins over the project's). */
  editorSetBand: boolean;
}

/** An open document's path and unsaved text: an import of it reads this, not the file on disk. */
export interface OpenFile {
  path: string;
  text: string;
}

/**
 * Analyse one document. Imports of the project's own modules (`from .layers import Block`) are read
 * by the worker: from `openFiles` when the module is open in the editor, from disk otherwise.
 */
export interface AnalyseJob {
  type: 'analyse';
  id: number;
  document: DocumentSnapshot;
  options: EditorOptions;
  /** The workspace folders (file-system paths): the pyproject.toml lookup stops at the innermost one. */
  workspaceFolders: string[];
  /** The other open Python documents that are files on disk. */
  openFiles: OpenFile[];
}

/** Render a propagation report to HTML (vega runs in the worker, never on the main thread). */
export interface RenderJob {
  type: 'render';
  id: number;
  report: PropagationReport;
  driftBand: [number, number];
}

/** Drop the tree kept for a document (closed, or moved to another worker). */
export interface ForgetMessage {
  type: 'forget';
  key: string;
}

export type Job = AnalyseJob | RenderJob;
export type ToWorker = Job | ForgetMessage;

export type FromWorker =
  | { type: 'analysed'; id: number; analysis: FileAnalysis; configError?: string; parse: 'incremental' | 'full' | 'none'; ms: number }
  | { type: 'rendered'; id: number; html: string }
  | { type: 'failed'; id: number; error: string };

/** Marks the worker thread's workerData (the bundle is also loadable as a module). */
export const ANALYSIS_WORKER_MARK = 'initlintAnalysisWorker';
