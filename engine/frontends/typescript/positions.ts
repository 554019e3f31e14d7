// TypeScript source offsets -> LSP positions. Every range the TF.js reader reports is converted
// here and only here, so that how lines are counted is decided in one place.
import type { SourceRange } from '../../model/graph';
import type { TS } from './ts';

/** The LSP range of offsets [start, end) of a parsed file. */
export function rangeAt(sf: TS.SourceFile, start: number, end: number): SourceRange {
  const s = sf.getLineAndCharacterOfPosition(start);
  const e = sf.getLineAndCharacterOfPosition(end);
  return { start: { line: s.line, character: s.character }, end: { line: e.line, character: e.character } };
}
