// Jupyter notebooks (.ipynb, nbformat 4): the code cells' sources joined into one Python text, so a
// model defined in one cell and initialised in the next reads as one module, with a line map back to
// (cell, line). IPython magics and shell escapes (`%timeit`, `!pip`, `%%bash` cells) are commented
// out in place so the line count stays the same.

export interface NotebookText {
  text: string;
  /** Per line of `text`: the 1-based cell index (all cells count, markdown too) and 1-based line in it. */
  lines: { cell: number; line: number }[];
}

export type NotebookResult = { ok: true; notebook: NotebookText } | { ok: false; reason: string };

function sourceOf(cell: Record<string, unknown>): string | undefined {
  const src = cell['source'];
  if (typeof src === 'string') return src;
  if (Array.isArray(src) && src.every((s) => typeof s === 'string')) return src.join('');
  return undefined;
}

const MAGIC = /^(\s*)([%!?]|[A-Za-z_][\w.]*\?\??\s*$)/;

export function notebookToPython(json: string): NotebookResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `not a valid notebook (JSON: ${(e as Error).message})` };
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as Record<string, unknown>)['cells'])) {
    return { ok: false, reason: 'not a notebook in nbformat 4 (no "cells" array)' };
  }
  const meta = (doc as Record<string, unknown>)['metadata'] as Record<string, unknown> | undefined;
  const lang =
    ((meta?.['language_info'] as Record<string, unknown> | undefined)?.['name'] as string | undefined) ??
    ((meta?.['kernelspec'] as Record<string, unknown> | undefined)?.['language'] as string | undefined);
  if (typeof lang === 'string' && lang.toLowerCase() !== 'python') {
    return { ok: false, reason: `notebook language is ${lang}, not Python` };
  }
  const cells = (doc as { cells: unknown[] }).cells;
  const out: string[] = [];
  const lines: NotebookText['lines'] = [];
  cells.forEach((cell, index) => {
    if (typeof cell !== 'object' || cell === null) return;
    const c = cell as Record<string, unknown>;
    if (c['cell_type'] !== 'code') return;
    const src = sourceOf(c);
    if (src === undefined) return;
    const cellLines = src.split(/\r\n|\r|\n/);
    // A trailing newline in the cell source does not make an extra line.
    if (cellLines.length > 1 && cellLines[cellLines.length - 1] === '') cellLines.pop();
    const cellMagic = /^\s*%%/.test(cellLines[0] ?? '');
    cellLines.forEach((line, i) => {
      let py = line;
      if (cellMagic) py = `#${line}`;
      else {
        const m = MAGIC.exec(line);
        if (m) py = `${m[1]}#${line.slice(m[1]!.length)}`;
      }
      out.push(py);
      lines.push({ cell: index + 1, line: i + 1 });
    });
  });
  return { ok: true, notebook: { text: out.length ? `${out.join('\n')}\n` : '', lines } };
}
