// Jupyter notebooks for the mutation harness: the code cells joined into one Python text exactly
// as docs/cli.md specifies for initlint's JSON line numbers (code cells in order, one line per
// source line, a cell's trailing newline not counted, magics commented out in place), with a map
// from each joined line back to its cell, so a mutation planted in the joined text can be written
// back into the notebook. Written from the documented contract, not imported from the engine.

export interface JoinedNotebook {
  /** The joined code text (magic lines commented out, as initlint sees them). */
  text: string;
  /** Per joined line: index into `cells` and the line's index in that cell. */
  where: { cell: number; line: number }[];
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
  outputs?: unknown;
  execution_count?: unknown;
}

const MAGIC = /^(\s*)([%!?]|[A-Za-z_][\w.]*\?\??\s*$)/;

function cellLines(cell: Cell): string[] | undefined {
  const src = cell.source;
  let text: string | undefined;
  if (typeof src === 'string') text = src;
  else if (Array.isArray(src) && src.every((s) => typeof s === 'string')) text = (src as string[]).join('');
  if (text === undefined) return undefined;
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function cellsOf(json: string): Cell[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { cells?: unknown }).cells)) return undefined;
  return (doc as { cells: Cell[] }).cells;
}

export function joinNotebook(json: string): JoinedNotebook | undefined {
  const cells = cellsOf(json);
  if (!cells) return undefined;
  const out: string[] = [];
  const where: JoinedNotebook['where'] = [];
  cells.forEach((cell, index) => {
    if (typeof cell !== 'object' || cell === null || cell.cell_type !== 'code') return;
    const lines = cellLines(cell);
    if (!lines) return;
    const cellMagic = /^\s*%%/.test(lines[0] ?? '');
    lines.forEach((line, i) => {
      let py = line;
      if (cellMagic) py = `#${line}`;
      else {
        const m = MAGIC.exec(line);
        if (m) py = `${m[1]}#${line.slice(m[1]!.length)}`;
      }
      out.push(py);
      where.push({ cell: index, line: i });
    });
  });
  return { text: out.length ? `${out.join('\n')}\n` : '', where };
}

/**
 * The notebook with one joined-text line replaced (`replace`) or a new line inserted after joined
 * line `line` (`insert`), in the same cell. Returns undefined if the line is not in a code cell.
 */
export function editNotebook(json: string, joined: JoinedNotebook, edit: { kind: 'replace' | 'insert'; line: number; text: string }): string | undefined {
  const doc = JSON.parse(json) as { cells: Cell[] };
  const at = joined.where[edit.line];
  if (!at) return undefined;
  const cell = doc.cells[at.cell]!;
  const lines = cellLines(cell);
  if (!lines) return undefined;
  if (edit.kind === 'replace') lines[at.line] = edit.text;
  else lines.splice(at.line + 1, 0, edit.text);
  cell.source = lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
  return JSON.stringify(doc, null, 1);
}

/** The notebook without outputs (the corpus keeps code only; initlint never reads outputs). */
export function stripOutputs(json: string): string | undefined {
  const cells = cellsOf(json);
  if (!cells) return undefined;
  const doc = JSON.parse(json) as { cells: Cell[] };
  for (const cell of doc.cells) {
    if (cell.cell_type === 'code') {
      cell.outputs = [];
      cell.execution_count = null;
    }
  }
  return JSON.stringify(doc, null, 1);
}
