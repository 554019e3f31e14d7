// Open documents and, for incremental parsing in the analysis worker, the edits since the version the
// worker last received: every ranged change becomes a tree-sitter edit (plain data), so the worker can
// edit its tree of that version and re-parse reusing the unchanged subtrees. A change without a range
// (the whole text) breaks the chain and the worker parses from scratch.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TreeEdit } from './analysis-protocol';

/** Past this many edits a fresh parse is cheaper than replaying them. */
const MAX_EDITS = 2000;

export interface ServerDocument {
  readonly uri: string;
  readonly languageId: string;
  text: TextDocument;
  /**
   * Edits since the version last handed to an analysis worker (`base`), or undefined when the chain
   * is broken (a full-text change, too many edits) or nothing was handed over yet.
   */
  edits?: { base: string; list: TreeEdit[] };
  get version(): number;
}

class Doc implements ServerDocument {
  edits?: { base: string; list: TreeEdit[] };
  constructor(
    readonly uri: string,
    readonly languageId: string,
    public text: TextDocument,
  ) {}
  get version(): number {
    return this.text.version;
  }
}

export const documentConfiguration: TextDocumentsConfiguration<ServerDocument> = {
  create(uri, languageId, version, content) {
    return new Doc(uri, String(languageId), TextDocument.create(uri, String(languageId), version, content));
  },
  update(document, changes, version) {
    for (const change of changes) applyChange(document, change, version);
    // A notification without changes still moves the version.
    if (changes.length === 0) document.text = TextDocument.update(document.text, [], version);
    return document;
  },
};

/** The document was handed to a worker at its current version: later edits chain from here. */
export function handedOver(doc: ServerDocument): void {
  doc.edits = { base: String(doc.version), list: [] };
}

function applyChange(doc: ServerDocument, change: TextDocumentContentChangeEvent, version: number): void {
  if (!('range' in change) || !change.range) {
    doc.text = TextDocument.update(doc.text, [change], version);
    delete doc.edits;
    return;
  }
  const before = doc.text;
  const startIndex = before.offsetAt(change.range.start);
  const oldEndIndex = before.offsetAt(change.range.end);
  const startPosition = before.positionAt(startIndex);
  const oldEndPosition = before.positionAt(oldEndIndex);
  doc.text = TextDocument.update(before, [change], version);
  const newEndIndex = startIndex + change.text.length;
  const newEndPosition = doc.text.positionAt(newEndIndex);
  if (!doc.edits) return;
  if (doc.edits.list.length >= MAX_EDITS) {
    delete doc.edits;
    return;
  }
  doc.edits.list.push({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition: { row: startPosition.line, column: startPosition.character },
    oldEndPosition: { row: oldEndPosition.line, column: oldEndPosition.character },
    newEndPosition: { row: newEndPosition.line, column: newEndPosition.character },
  });
}
