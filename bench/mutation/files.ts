// Model files as the harness reads and mutates them: Python and JS/TS text as is, notebooks as
// their joined code-cell text (the lines initlint reports), with the edit written back into the
// right cell.
import * as path from 'node:path';
import { Source } from './source';
import { type Edit, applyEdit } from './mutant';
import { type JoinedNotebook, editNotebook, joinNotebook } from './notebook';

export type FileKind = 'python' | 'notebook' | 'js';

export interface ModelFile {
  kind: FileKind;
  /** The file as stored. */
  raw: string;
  /** The text initlint analyses (the joined code cells for a notebook). */
  source: Source;
  notebook?: JoinedNotebook;
}

export function fileKind(file: string): FileKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.py') return 'python';
  if (ext === '.ipynb') return 'notebook';
  if (['.js', '.mjs', '.cjs', '.ts', '.tsx', '.jsx'].includes(ext)) return 'js';
  return undefined;
}

/** Reads a model file; undefined for an unreadable notebook or an unknown extension. */
export function readModelFile(file: string, raw: string): ModelFile | undefined {
  const kind = fileKind(file);
  if (!kind) return undefined;
  if (kind === 'notebook') {
    const notebook = joinNotebook(raw);
    if (!notebook) return undefined;
    const source = new Source(notebook.text, 'python');
    source.cells = notebook.where.map((w) => w.cell);
    return { kind, raw, source, notebook };
  }
  return { kind, raw, source: new Source(raw, kind === 'js' ? 'js' : 'python') };
}

/** The stored text of the file with the edit applied. */
export function mutatedText(file: ModelFile, edit: Edit): string | undefined {
  if (file.kind === 'notebook') return editNotebook(file.raw, file.notebook!, edit);
  return applyEdit(file.raw, edit);
}
