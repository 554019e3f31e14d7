// The source text as fixes need it: lines, indentation, and how this file spells library names
// (its own import aliases), with the import edit to add when nothing reaches a name.
import type { TextEdit } from '../model/finding';
import type { ModelGraph, Position, SourceRange } from '../model/graph';
import { LineTable, lineEnding, splitLines } from '../text/lines';

export class SourceText {
  /** The lines without their line ends (`\n`, `\r\n` or a lone `\r`, as LSP counts them). */
  readonly lines: string[];
  private table?: LineTable;
  private lineEnd: string | undefined;
  /** local name -> qualified name, from the frontend's import table. */
  private readonly aliases: Map<string, string>;
  private readonly importLine: number;

  constructor(
    readonly text: string,
    graph: ModelGraph,
  ) {
    this.lines = splitLines(text);
    this.aliases = new Map(Object.entries(graph.imports?.names ?? {}));
    this.importLine = graph.imports?.insertLine ?? 0;
  }

  slice(range: SourceRange): string {
    const { start, end } = range;
    if (start.line === end.line) return (this.lines[start.line] ?? '').slice(start.character, end.character);
    const parts = [(this.lines[start.line] ?? '').slice(start.character)];
    for (let l = start.line + 1; l < end.line; l++) parts.push(this.lines[l] ?? '');
    parts.push((this.lines[end.line] ?? '').slice(0, end.character));
    return parts.join('\n');
  }

  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lines[line] ?? '')![0];
  }

  /** One indentation step as this file writes it (4 spaces when it cannot tell). */
  indentUnit(): string {
    for (const line of this.lines) {
      const m = /^([ \t]+)\S/.exec(line);
      if (m) return m[1]!.startsWith('\t') ? '\t' : m[1]!.length <= 8 ? m[1]! : '    ';
    }
    return '    ';
  }

  /** The text with `edits` applied (non-overlapping; positions are this text's). */
  withEdits(edits: readonly TextEdit[]): string {
    const table = (this.table ??= new LineTable(this.text));
    const offset = (p: Position): number => table.offsetAt(p);
    // One pass in document order (slicing the whole text per edit was quadratic in the number of
    // edits). Edits at one position keep the order back-to-front application gave them (the later one first).
    const parts: string[] = [];
    let at = 0;
    const order = edits.map((e, i) => ({ e, i, start: offset(e.range.start) })).sort((a, b) => a.start - b.start || b.i - a.i);
    for (const { e, start } of order) {
      parts.push(this.text.slice(at, start), e.newText);
      at = Math.max(start, offset(e.range.end));
    }
    parts.push(this.text.slice(at));
    return parts.join('');
  }

  /** The line end this file uses. */
  eol(): string {
    // Asked once per fix; counting the file's line ends each time made fixes quadratic in its size.
    this.lineEnd ??= lineEnding(this.text);
    return this.lineEnd;
  }

  /**
   * How this file spells a qualified name ('torch.nn.init.kaiming_normal_' -> 'nn.init.kaiming_normal_'
   * after `import torch.nn as nn`, 'init.kaiming_normal_' after `from torch.nn import init`).
   * Without any import that reaches it, the fully qualified name plus the import to add.
   */
  spell(qualified: string): { text: string; importEdit?: TextEdit } {
    let best: string | undefined;
    for (const [local, target] of this.aliases) {
      let spelled: string | undefined;
      if (target === qualified) spelled = local;
      else if (qualified.startsWith(target + '.')) spelled = local + qualified.slice(target.length);
      if (spelled !== undefined && (best === undefined || spelled.length < best.length)) best = spelled;
    }
    if (best !== undefined) return { text: best };
    const top = qualified.split('.')[0]!;
    if (this.importLine >= this.lines.length) {
      // After the last line (an import without a line end closes the file): append a line.
      const last = this.lines.length - 1;
      const at: Position = { line: last, character: this.lines[last]!.length };
      return { text: qualified, importEdit: { range: { start: at, end: at }, newText: `${this.eol()}import ${top}` } };
    }
    const at: Position = { line: this.importLine, character: 0 };
    return { text: qualified, importEdit: { range: { start: at, end: at }, newText: `import ${top}${this.eol()}` } };
  }
}
