// Applies LSP-style text edits (0-based line, UTF-16 character) to a string, as an editor would:
// all ranges refer to the original text; edits are applied from the end of the document backwards
// so earlier offsets stay valid; inserts at the same position keep their array order.
import type { Position, SourceRange } from '../../engine/model/graph';
import type { TextEdit } from '../../engine/model/finding';

/** Offsets where each line starts (after \n, \r\n or \r), as LSP counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

/** Offset of an LSP position; a character past the end of its line clamps to the line end (LSP rule). */
export function offsetAt(text: string, starts: number[], pos: Position): number {
  if (pos.line < 0 || pos.character < 0) throw new Error(`negative position ${pos.line}:${pos.character}`);
  if (pos.line >= starts.length) return text.length;
  const start = starts[pos.line]!;
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1]! : text.length;
  // The line's content ends before its line break.
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return Math.min(start + pos.character, end);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies the edits; throws on overlapping ranges or a range whose end precedes its start. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const resolved = edits.map((e, index) => {
    if (comparePositions(e.range.start, e.range.end) > 0) throw new Error(`edit ${index}: range end before start`);
    return { start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText, index };
  });
  // Ascending to check overlaps (two inserts at one point are fine; a replacement may not overlap another edit).
  const asc = [...resolved].sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (let i = 1; i < asc.length; i++) {
    const prev = asc[i - 1]!;
    const cur = asc[i]!;
    if (cur.start < prev.end) throw new Error(`edits ${prev.index} and ${cur.index} overlap`);
  }
  // Descending by position; at equal positions the later edit first, so the earlier one ends up first.
  const desc = [...resolved].sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let out = text;
  for (const e of desc) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Number of line breaks in a string. */
function breaks(s: string): number {
  return lineStarts(s).length - 1;
}

/**
 * Where a position of the original text lies after the edits (its line): shifted by the line-count
 * change of every edit that ends at or before it; a position inside a replaced range maps to the
 * line where that edit starts.
 */
export function mapLine(pos: Position, edits: readonly TextEdit[]): number {
  let delta = 0;
  let inside: number | undefined;
  for (const e of edits) {
    const r: SourceRange = e.range;
    if (comparePositions(r.end, pos) <= 0) {
      delta += breaks(e.newText) - (r.end.line - r.start.line);
    } else if (comparePositions(r.start, pos) <= 0 && comparePositions(r.end, pos) > 0) {
      inside = r.start.line;
    }
  }
  // Edits do not overlap, so every edit counted in delta lies before the containing edit.
  if (inside !== undefined) return inside + delta;
  return pos.line + delta;
}
