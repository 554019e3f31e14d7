// The source text as fixes need it: lines, indentation, and how this file spells library names
// (its own import aliases), with the import edit to add when nothing reaches a name.
import type { TextEdit } from '../model/finding';
import type { ModelGraph, Position, SourceRange } from '../model/graph';

export class SourceText {
  readonly lines: string[];
  /** local name -> qualified name, from the frontend's import table. */
  private readonly aliases: Map<string, string>;
  private readonly importLine: number;

  constructor(
    readonly text: string,
    graph: ModelGraph,
  ) {
    this.lines = text.split(/\r?\n/);
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
    const starts: number[] = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    const offset = (p: Position): number => Math.min((starts[p.line] ?? this.text.length) + p.character, this.text.length);
    let out = this.text;
    for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
      out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
    }
    return out;
  }

  /** The newline this file uses. */
  eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
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
    const at: Position = { line: this.importLine, character: 0 };
    return { text: qualified, importEdit: { range: { start: at, end: at }, newText: `import ${top}${this.eol()}` } };
  }
}
