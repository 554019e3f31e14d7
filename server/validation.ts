// Shape checks of the messages the server acts on, before vscode-languageserver's document managers
// or our handlers see them: TextDocuments and NotebookDocuments trust their input, and one bad
// notebookDocument/didOpen (a null cell, a numeric uri) used to leave a broken notebook behind that
// made every later publish for it fail. The checks use the protocol's own type guards
// (TextDocumentItem.is, NotebookDocument.is, Range.is, ...); each returns why a message is rejected,
// or undefined when it may pass.
import {
  NotebookCell,
  NotebookCellArrayChange,
  NotebookDocument,
  Position,
  Range,
  TextDocumentIdentifier,
  TextDocumentItem,
  VersionedTextDocumentIdentifier,
  type NotebookDocuments,
} from 'vscode-languageserver/node';

type Params = Record<string, unknown>;

function isObject(v: unknown): v is Params {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function everyItem(v: unknown, ok: (x: unknown) => boolean): boolean {
  return Array.isArray(v) && v.every(ok);
}

function isContentChange(c: unknown): boolean {
  if (!isObject(c) || typeof c.text !== 'string') return false;
  if (c.range === undefined) return true;
  return Range.is(c.range) && (c.rangeLength === undefined || typeof c.rangeLength === 'number');
}

function textDocument(p: Params): string | undefined {
  return TextDocumentIdentifier.is(p.textDocument) ? undefined : 'textDocument must be { uri: string }';
}

function notebookChange(p: Params, notebooks: NotebookDocuments<{ uri: string }>): string | undefined {
  const nb = p.notebookDocument;
  if (!isObject(nb) || typeof nb.uri !== 'string' || !Number.isInteger(nb.version)) return 'notebookDocument must be { uri: string, version: integer }';
  const change = p.change;
  if (!isObject(change)) return 'change must be an object';
  const cells = change.cells;
  if (cells === undefined) return undefined;
  if (!isObject(cells)) return 'change.cells must be an object';
  const s = cells.structure;
  if (s !== undefined) {
    if (!isObject(s) || !NotebookCellArrayChange.is(s.array)) return 'change.cells.structure.array must be { start, deleteCount, cells? } of notebook cells';
    if (s.didOpen !== undefined && !everyItem(s.didOpen, TextDocumentItem.is)) return 'change.cells.structure.didOpen must be text document items';
    if (s.didClose !== undefined && !everyItem(s.didClose, TextDocumentIdentifier.is)) return 'change.cells.structure.didClose must be text document identifiers';
  }
  if (cells.data !== undefined) {
    if (!everyItem(cells.data, NotebookCell.is)) return 'change.cells.data must be notebook cells';
    // NotebookDocuments looks each changed cell up in the notebook and fails on one it does not hold.
    const known = new Set((notebooks.getNotebookDocument(nb.uri)?.cells ?? []).map((c) => c.document));
    const unknown = (cells.data as NotebookCell[]).find((c) => !known.has(c.document));
    if (unknown) return `change.cells.data names a cell the notebook does not have (${unknown.document})`;
  }
  if (cells.textContent !== undefined) {
    const ok = everyItem(cells.textContent, (t) => isObject(t) && VersionedTextDocumentIdentifier.is(t.document) && everyItem(t.changes, isContentChange));
    if (!ok) return 'change.cells.textContent must be [{ document: { uri, version }, changes: [...] }]';
  }
  return undefined;
}

/** Why a notification the server handles is malformed (it is then dropped), or undefined. */
export function checkNotification(method: string, params: unknown, notebooks: NotebookDocuments<{ uri: string }>): string | undefined {
  const p = isObject(params) ? params : undefined;
  switch (method) {
    case 'textDocument/didOpen':
      return p && TextDocumentItem.is(p.textDocument) ? undefined : 'textDocument must be { uri, languageId, version, text }';
    case 'textDocument/didChange':
      if (!p || !VersionedTextDocumentIdentifier.is(p.textDocument)) return 'textDocument must be { uri: string, version: integer }';
      return everyItem(p.contentChanges, isContentChange) ? undefined : 'contentChanges must be [{ text, range? }]';
    case 'textDocument/didClose':
    case 'textDocument/didSave':
      return p ? textDocument(p) : 'params must be an object';
    case 'notebookDocument/didOpen':
      if (!p || !NotebookDocument.is(p.notebookDocument)) return 'notebookDocument must be { uri: string, notebookType, version: integer, cells: [{ kind, document: uri }] }';
      return everyItem(p.cellTextDocuments, TextDocumentItem.is) ? undefined : 'cellTextDocuments must be text document items';
    case 'notebookDocument/didChange':
      return p ? notebookChange(p, notebooks) : 'params must be an object';
    case 'notebookDocument/didSave':
      return p && isObject(p.notebookDocument) && typeof p.notebookDocument.uri === 'string' ? undefined : 'notebookDocument must be { uri: string }';
    case 'notebookDocument/didClose':
      if (!p || !isObject(p.notebookDocument) || typeof p.notebookDocument.uri !== 'string') return 'notebookDocument must be { uri: string }';
      return everyItem(p.cellTextDocuments, TextDocumentIdentifier.is) ? undefined : 'cellTextDocuments must be text document identifiers';
    case 'workspace/didChangeConfiguration':
      return p ? undefined : 'params must be an object';
    default:
      return undefined;
  }
}

/** Why the params of a request the server answers are malformed (answered InvalidParams), or undefined. */
export function checkRequest(method: string, params: unknown): string | undefined {
  const p = isObject(params) ? params : undefined;
  switch (method) {
    case 'initialize':
      return p && isObject(p.capabilities) ? undefined : 'params must be an object with capabilities';
    case 'textDocument/hover':
      if (!p) return 'params must be an object';
      return textDocument(p) ?? (Position.is(p.position) ? undefined : 'position must be { line, character } (non-negative integers)');
    case 'textDocument/inlayHint':
      if (!p) return 'params must be an object';
      return textDocument(p) ?? (Range.is(p.range) ? undefined : 'range must be { start, end } positions');
    case 'textDocument/codeAction':
      if (!p) return 'params must be an object';
      return (
        textDocument(p) ??
        (Range.is(p.range) ? undefined : 'range must be { start, end } positions') ??
        (isObject(p.context) && Array.isArray(p.context.diagnostics) ? undefined : 'context must be { diagnostics: [...] }')
      );
    case 'workspace/executeCommand':
      if (!p || typeof p.command !== 'string') return 'command must be a string';
      return p.arguments === undefined || Array.isArray(p.arguments) ? undefined : 'arguments must be a list';
    default:
      return undefined;
  }
}
