// Lines and positions as the Language Server Protocol counts them, for every reader of source text
// (the Python and TypeScript frontends, fixes, suppressions, the CLI's outputs). A line ends at
// `\n`, `\r\n` or a lone `\r`, and nowhere else: U+2028/U+2029 (which the TypeScript compiler's own
// line map breaks at) and U+0085 do not end a line. Columns are UTF-16 code units, the unit of a
// JavaScript string index. The offset <-> position arithmetic is vscode-languageserver-textdocument's,
// the LSP's reference implementation, so the engine and an LSP client cannot disagree.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, SourceRange } from '../model/graph';

/** The line breaks of LSP, longest first so `\r\n` is one break. */
export const LINE_BREAK = /\r\n|\r|\n/;
const LINE_BREAKS = /\r\n|\r|\n/g;

/** The lines of `text` without their line ends (always at least one, possibly empty). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The number of LSP lines of `text`: one more than its line breaks. */
export function lineCount(text: string): number {
  let n = 1;
  LINE_BREAKS.lastIndex = 0;
  while (LINE_BREAKS.exec(text)) n++;
  return n;
}

/** The line end a file uses most: `\r\n`, a lone `\r`, or `\n` (also for a file without one). */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m; m = LINE_BREAKS.exec(text)) {
    if (m[0] === '\r\n') crlf++;
    else if (m[0] === '\r') cr++;
    else lf++;
  }
  if (crlf >= cr && crlf >= lf && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * `text` with every lone `\r` replaced by `\n`: the same length and the same offsets, so a parser
 * that only knows `\n` and `\r\n` (tree-sitter-python's scanner) sees the lines LSP sees.
 */
export function normalizeLoneCarriageReturns(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Offsets <-> LSP positions of one text. */
export class LineTable {
  private readonly doc: TextDocument;

  constructor(readonly text: string) {
    this.doc = TextDocument.create('initlint:text', 'plaintext', 0, text);
  }

  get lineCount(): number {
    return this.doc.lineCount;
  }

  /** The position of a UTF-16 offset (clamped to the text; an offset inside `\r\n` is the line's end). */
  positionAt(offset: number): Position {
    return this.doc.positionAt(offset);
  }

  /** The offset of a position (a character past the line's end is the line's end). */
  offsetAt(position: Position): number {
    return this.doc.offsetAt(position);
  }

  rangeAt(start: number, end: number): SourceRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The text of a line without its line end ('' past the last line). */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineCount) return '';
    return this.doc.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
  }

  /** The number of characters of a line, its line end excluded. */
  lineLength(line: number): number {
    return this.lineText(line).length;
  }

  /** True when `p` names a character position of this text (at most at its line's end). */
  contains(p: Position): boolean {
    return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < this.lineCount && p.character >= 0 && p.character <= this.lineLength(p.line);
  }

  /** True when both ends of `r` lie in the text and the start is not after the end. */
  containsRange(r: SourceRange): boolean {
    if (!this.contains(r.start) || !this.contains(r.end)) return false;
    return r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  }
}
