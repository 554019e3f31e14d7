// TypeScript source offsets -> LSP positions. Every range the TF.js reader reports is converted
// here and only here, through the shared line table (engine/text/lines.ts): the compiler's own
// `getLineAndCharacterOfPosition` also breaks lines at U+2028/U+2029, which LSP does not.
import type { SourceRange } from '../../model/graph';
import { LineTable } from '../../text/lines';
import type { TS } from './ts';

const tables = new WeakMap<TS.SourceFile, LineTable>();

function tableOf(sf: TS.SourceFile): LineTable {
  let t = tables.get(sf);
  if (!t) {
    t = new LineTable(sf.text);
    tables.set(sf, t);
  }
  return t;
}

/** The LSP range of offsets [start, end) of a parsed file. */
export function rangeAt(sf: TS.SourceFile, start: number, end: number): SourceRange {
  return tableOf(sf).rangeAt(start, end);
}
