// Syntax errors cost only the broken top-level statement. tree-sitter's own error recovery often
// folds a stray `else:` or an unclosed bracket together with the valid classes around it into one
// ERROR node, and everything in it is lost to the reader. So around the ERROR nodes the file is cut
// into its top-level statements again (lines starting at column 0, with strings, brackets, clauses
// and decorators kept with their statement), each statement is parsed on its own, and the lines of
// those that do not parse are blanked (every character but the line ends becomes a space) before
// the whole text is parsed once more: offsets, lines and columns stay those of the file.
import type { Node, Tree } from 'web-tree-sitter';
import { LineTable } from '../../text/lines';

export interface LineSpan {
  /** 0-based first and last line, inclusive. */
  start: number;
  end: number;
}

export interface Recovered {
  /** The tree of `text` (the caller deletes it). */
  tree: Tree;
  /** The input with the skipped lines blanked: same length, same offsets, same line ends. */
  text: string;
  /** The lines blanked, in order. */
  skipped: LineSpan[];
}

/** Statements kept together with the statement before them (`if ...:` then `else:`). */
const CLAUSE = /^(?:else|elif|except|finally)\b/;
/** Node types whose lines belong to the line they start on (a string or a bracket spanning lines). */
const SPANNING = new Set([
  'string',
  'string_content',
  'concatenated_string',
  'argument_list',
  'parameters',
  'list',
  'tuple',
  'dictionary',
  'set',
  'parenthesized_expression',
  'list_comprehension',
  'dictionary_comprehension',
  'set_comprehension',
  'generator_expression',
  'subscript',
  'import_from_statement',
]);
/** Rounds of cut, test and re-parse; each one blanks at least one statement or stops. */
const MAX_ROUNDS = 3;
/**
 * What testing statements may parse, per file: characters (a multiple of the file's length, so the
 * time stays proportional to it: a broken statement costs about log2(statements) parses of the
 * file) and parses (each has a fixed cost).
 */
const TEST_CHARS_PER_CHAR = 40;
const TEST_CHARS_MIN = 200_000;
const MAX_TEST_PARSES = 5_000;

interface Piece {
  start: number;
  end: number;
  /** Starts with else/elif/except/finally. */
  clause: boolean;
  decorator: boolean;
  /** A trusted statement comes right before it (a clause cannot belong to the piece before). */
  afterTrusted: boolean;
}

const isBroken = (n: Node): boolean => n.type === 'ERROR' || n.isMissing || n.hasError;

/**
 * True when `offset` lies inside (not at the start of) an error-free string or bracket of the tree:
 * its line continues the statement before. Asked only for lines at column 0, through the node's
 * parents, since walking every node out of the wasm parser would cost far more.
 */
function continues(root: Node, offset: number): boolean {
  // The ancestors of the offset, collected walking down with a cursor: `Node.parent` walks down
  // from the root each time, so climbing from the leaf was quadratic in the depth (a 100,000-term
  // `1+1+...` line after a syntax error took 23 s). Past MAX_ANCESTORS levels the rest is not
  // followed (the evaluator reads expressions only 300 deep anyway).
  const path: Node[] = [];
  const cursor = root.walk();
  try {
    path.push(cursor.currentNode);
    while (path.length < MAX_ANCESTORS && cursor.gotoFirstChildForIndex(offset)) path.push(cursor.currentNode);
  } finally {
    cursor.delete();
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i]!;
    if (n.startIndex > offset) continue; // a child that starts after the offset is no ancestor
    if (n.startIndex < offset && SPANNING.has(n.type) && !isBroken(n)) return true;
    if (n.startIndex < offset && n.type === 'ERROR') return false;
  }
  return false;
}

const MAX_ANCESTORS = 2_000;

/**
 * The top-level statements of the lines not covered by an error-free top-level statement of
 * `tree`, each a run of lines; error-free statements starting at column 0 are trusted as they are.
 */
function cutPieces(tree: Tree, lines: LineTable): Piece[] {
  // The top-level children through a cursor: `rootNode.child(i)` walks from the first child each
  // time (and `rootNode` is rebuilt on every access), quadratic for a broken file whose root holds
  // thousands of error tokens (a 200 KB line of nested calls: 16 s).
  const children: Node[] = [];
  const cursor = tree.rootNode.walk();
  try {
    if (cursor.gotoFirstChild()) {
      do children.push(cursor.currentNode);
      while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
  const trusted = new Set<number>();
  const suspect: Node[] = [];
  for (const c of children) {
    const start = lines.positionAt(c.startIndex);
    if (!isBroken(c) && start.character === 0) {
      for (let l = start.line; l <= lines.positionAt(c.endIndex).line; l++) trusted.add(l);
    } else suspect.push(c);
  }
  // A line shared with a broken statement is not trusted.
  for (const c of suspect) for (let l = lines.positionAt(c.startIndex).line; l <= lines.positionAt(c.endIndex).line; l++) trusted.delete(l);
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  let afterTrusted = false;
  for (let l = 0; l < lines.lineCount; l++) {
    if (trusted.has(l)) {
      current = undefined;
      afterTrusted = true;
      continue;
    }
    const text = lines.lineText(l);
    const code = text.trimStart();
    // Blank lines and comments stay with no piece: a piece ends at its last line of code.
    if (code === '' || code.startsWith('#')) continue;
    const offset = lines.offsetAt({ line: l, character: text.length - code.length });
    const starts = code.length === text.length && !/^[)\]}]/.test(code) && !continues(tree.rootNode, offset);
    if (starts || !current) {
      current = { start: l, end: l, clause: CLAUSE.test(code), decorator: code.startsWith('@'), afterTrusted };
      pieces.push(current);
      afterTrusted = false;
    } else current.end = l;
  }
  // A decorator belongs to the definition after it.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last?.decorator && !p.afterTrusted) {
      last.end = p.end;
      last.decorator = p.decorator;
    } else merged.push({ ...p });
  }
  return merged;
}

class Tester {
  private parses = 0;
  private chars = 0;
  private readonly maxChars: number;
  /** The parse budget ran out: the verdicts are incomplete. */
  exhausted = false;
  constructor(
    private readonly lines: LineTable,
    private readonly parse: (text: string) => Tree,
  ) {
    this.maxChars = Math.max(TEST_CHARS_MIN, TEST_CHARS_PER_CHAR * lines.text.length);
  }

  private textOf(pieces: Piece[]): string {
    const out: string[] = [];
    for (const p of pieces) for (let l = p.start; l <= p.end; l++) out.push(this.lines.lineText(l));
    return `${out.join('\n')}\n`;
  }

  /** Characters of the pieces' lines. */
  sizeOf(pieces: Piece[]): number {
    let n = 0;
    for (const p of pieces) n += this.lines.offsetAt({ line: p.end, character: Number.MAX_SAFE_INTEGER }) - this.lines.offsetAt({ line: p.start, character: 0 }) + 1;
    return n;
  }

  /** True when the pieces, one after another, parse without an error (false once the budget is spent). */
  parsesCleanly(pieces: Piece[]): boolean {
    const text = this.textOf(pieces);
    if (this.exhausted || this.parses >= MAX_TEST_PARSES || this.chars + text.length > this.maxChars) {
      this.exhausted = true;
      return false;
    }
    this.parses++;
    this.chars += text.length;
    const tree = this.parse(text);
    try {
      return !tree.rootNode.hasError;
    } finally {
      tree.delete();
    }
  }
}

/** Groups are tested in chunks of about this many characters before one by one. */
const CHUNK_CHARS = 4_000;

/**
 * The pieces that do not parse. Groups (a statement with its clauses) are tested in chunks of a few
 * thousand characters, and one by one only in a chunk that does not parse: a parse costs a fixed
 * part plus one per character, four times as much in a text with errors, so small chunks of the
 * file, each parsed once, cost least.
 */
function brokenPieces(pieces: Piece[], tester: Tester): Piece[] {
  const groups: Piece[][] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    if (p.clause && last && !p.afterTrusted) last.push(p);
    else groups.push([p]);
  }
  const broken: Piece[] = [];
  const testGroup = (group: Piece[]): void => {
    // Keep the head if it parses alone, then each clause that parses after it.
    const [head, ...clauses] = group;
    if (head!.clause || !tester.parsesCleanly([head!])) {
      broken.push(head!, ...clauses);
      return;
    }
    const kept = [head!];
    for (const c of clauses) {
      if (tester.parsesCleanly([...kept, c])) kept.push(c);
      else broken.push(c);
    }
  };
  let chunk: Piece[][] = [];
  let size = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    if (chunk.length === 1) testGroup(chunk[0]!);
    else if (!tester.parsesCleanly(chunk.flat())) for (const g of chunk) testGroup(g);
    chunk = [];
    size = 0;
  };
  for (const g of groups) {
    chunk.push(g);
    size += tester.sizeOf(g);
    if (size >= CHUNK_CHARS) flush();
  }
  flush();
  return broken.sort((a, b) => a.start - b.start);
}

function blank(text: string, lines: LineTable, spans: LineSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    const from = lines.offsetAt({ line: s.start, character: 0 });
    const to = lines.offsetAt({ line: s.end, character: Number.MAX_SAFE_INTEGER });
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + text.slice(at);
}

function mergeSpans(spans: LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: LineSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Re-reads a file whose tree has errors statement by statement. Returns undefined when the tree has
 * none, or when no statement could be set apart (the caller keeps tree-sitter's own recovery).
 */
export function recoverStatements(text: string, tree: Tree, parse: (text: string) => Tree): Recovered | undefined {
  if (!tree.rootNode.hasError) return undefined;
  const lines = new LineTable(text);
  const tester = new Tester(lines, parse);
  let current: Recovered | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const spans = brokenPieces(cutPieces(current?.tree ?? tree, current ? new LineTable(current.text) : lines), tester);
    // Out of budget, a valid statement could be among those blanked: keep what the last round had.
    if (spans.length === 0 || tester.exhausted) break;
    const skipped = mergeSpans([...(current?.skipped ?? []), ...spans.map((p) => ({ start: p.start, end: p.end }))]);
    const next = blank(text, lines, skipped);
    current?.tree.delete();
    current = { text: next, tree: parse(next), skipped };
    if (!current.tree.rootNode.hasError) break;
  }
  return current;
}

/** '10-12, 20' for 0-based spans, as 1-based line numbers. */
export function describeSpans(spans: LineSpan[]): string {
  return spans.map((s) => (s.start === s.end ? `${s.start + 1}` : `${s.start + 1}-${s.end + 1}`)).join(', ');
}
