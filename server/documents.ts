// Open documents with their tree-sitter tree kept in step: every ranged change is applied to the
// text and, as an edit, to the previous tree, so re-parsing reuses the unchanged subtrees.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { Edit } from 'web-tree-sitter';
import type { Tree } from '../engine/frontends/python';

export interface ServerDocument {
  readonly uri: string;
  readonly languageId: string;
  text: TextDocument;
  /** The last tree, already edited to match `text` (reuse it as the old tree when parsing). */
  tree?: Tree;
  /** False when `tree` was edited since it was parsed. */
  treeFresh: boolean;
  get version(): number;
}

class Doc implements ServerDocument {
  tree?: Tree;
  treeFresh = false;
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

function applyChange(doc: ServerDocument, change: TextDocumentContentChangeEvent, version: number): void {
  if (!('range' in change) || !change.range) {
    doc.text = TextDocument.update(doc.text, [change], version);
    doc.tree?.delete();
    delete doc.tree;
    doc.treeFresh = false;
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
  if (doc.tree) {
    doc.tree.edit(
      new Edit({
      startIndex,
      oldEndIndex,
      newEndIndex,
      startPosition: { row: startPosition.line, column: startPosition.character },
      oldEndPosition: { row: oldEndPosition.line, column: oldEndPosition.character },
        newEndPosition: { row: newEndPosition.line, column: newEndPosition.character },
      }),
    );
    doc.treeFresh = false;
  }
}
