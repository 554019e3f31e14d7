// A plain JavaScript copy of a tree-sitter tree, made in one cursor walk. The interpreter visits
// the same function bodies many times (every instance of a block runs its __init__ and forward);
// reading nodes out of the wasm parser each time dominated the analysis (measured: 206 ms of a
// 2,000-line file, mostly node marshalling). The copy reads only numbers per node (type and field
// ids, mapped through the language's tables; offsets, with positions derived lazily from a line
// table). SyntaxNode offers the subset of web-tree-sitter's Node API the frontend uses, same names.
// Positions are LSP positions from the shared line table (engine/text/lines.ts), not tree-sitter's
// rows: tree-sitter counts only `\n`, LSP also a lone `\r`. Offsets are tree-sitter's startIndex and
// endIndex, which web-tree-sitter reports in UTF-16 code units for a JavaScript string input.
import type { Language, Tree } from 'web-tree-sitter';
import { LineTable } from '../../text/lines';

export interface Point {
  row: number;
  column: number;
}

function point(lines: LineTable, index: number): Point {
  const p = lines.positionAt(index);
  return { row: p.line, column: p.character };
}

/** The text a tree was parsed from, and for a module the file imports, that module's path. */
interface SyntaxSource {
  lines: LineTable;
  /** Absolute path of an imported module of the project; undefined for the file being read. */
  file?: string;
}

/** The children of every leaf: one shared empty array, so 120,000 leaves of a big file allocate none. */
const NO_CHILDREN: readonly SyntaxNode[] = Object.freeze([]);

export class SyntaxNode {
  /**
   * Exactly as long as it needs to be: the copy sizes each node's array once its children are known
   * (an array grown by push keeps 17 slots, and two of them per node made a copy 356 bytes a node).
   */
  children: readonly SyntaxNode[] = NO_CHILDREN;
  parent: SyntaxNode | null = null;
  /** This node's field name in its parent (`function` of a call, `body` of a def); null when none. */
  fieldName: string | null = null;
  private namedCache?: SyntaxNode[];
  private errorCache?: boolean;
  private startCache?: Point;
  private endCache?: Point;

  constructor(
    private readonly source: SyntaxSource,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get text(): string {
    return this.source.lines.text.slice(this.startIndex, this.endIndex);
  }

  /** The imported module this node is from; undefined for the file being read. */
  get file(): string | undefined {
    return this.source.file;
  }

  get startPosition(): Point {
    return (this.startCache ??= point(this.source.lines, this.startIndex));
  }

  get endPosition(): Point {
    return (this.endCache ??= point(this.source.lines, this.endIndex));
  }

  get namedChildren(): SyntaxNode[] {
    return (this.namedCache ??= this.children.filter((c) => c.isNamed));
  }

  childForFieldName(name: string): SyntaxNode | null {
    for (const c of this.children) if (c.fieldName === name) return c;
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((c) => c.fieldName === name);
  }

  get hasError(): boolean {
    return (this.errorCache ??= this.type === 'ERROR' || this.isMissing || this.children.some((c) => c.hasError));
  }
}

/** Expressions whose operator tokens the reader needs (`a + b`, `x is not None`, `not x`). */
const KEEP_TOKENS_IN = new Set(['binary_operator', 'comparison_operator', 'boolean_operator', 'unary_operator', 'augmented_assignment', 'not_operator']);

interface Tables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}

const tables = new WeakMap<Language, Tables>();

function tablesOf(language: Language): Tables {
  let t = tables.get(language);
  if (!t) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      types.push(language.nodeTypeForId(id) ?? '');
      named.push(language.nodeTypeIsNamed(id));
    }
    const fields: (string | null)[] = [null];
    for (let id = 1; id <= language.fieldCount; id++) fields.push(language.fieldNameForId(id));
    t = { types, named, fields };
    tables.set(language, t);
  }
  return t;
}

/**
 * Copies `tree` into SyntaxNodes (iteratively: deeply nested input must not overflow the stack).
 * `lines` is the table of the text the tree was parsed from (its offsets are this tree's).
 */
/**
 * Items of one argument list, list, tuple, set or dictionary that are copied: the evaluator could
 * not use more (a model keeps at most 2,000 layers, a value at most 100,000 items, and a loop
 * unrolls 1,024), and 50,000 `nn.Linear(8, 8)` in one call spent most of a second in the copy and
 * its evaluation. A collection cut here is listed in `truncated`, for a note.
 */
export const MAX_ITEMS_COPIED = 4096;
const COLLECTIONS = new Set(['argument_list', 'list', 'tuple', 'set', 'dictionary', 'expression_list', 'pattern_list']);

export function toSyntax(tree: Tree, source: string, lines: LineTable = new LineTable(source), file?: string, truncated?: SyntaxNode[]): SyntaxNode {
  const src: SyntaxSource = file === undefined ? { lines } : { lines, file };
  const { types, named, fields } = tablesOf(tree.language);
  const cursor = tree.walk();
  const make = (): SyntaxNode => {
    const id = cursor.nodeTypeId;
    // Only a zero-width node can be a MISSING one; asking the parser for every node would cost a call each.
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    return new SyntaxNode(src, types[id] ?? cursor.nodeType, named[id] ?? cursor.nodeIsNamed, start === end && cursor.nodeIsMissing, start, end);
  };
  const root = make();
  // Each open node's children are gathered in a scratch array of its depth (reused, so it is not
  // garbage) and copied to an exact-size array when the node is left.
  const stack: SyntaxNode[] = [root];
  const gathered: SyntaxNode[][] = [[]];
  const close = (): void => {
    const node = stack.pop()!;
    const kids = gathered[stack.length]!;
    if (kids.length > 0) {
      node.children = kids.slice();
      kids.length = 0;
    }
  };
  const open = (node: SyntaxNode): void => {
    stack.push(node);
    if (gathered.length < stack.length) gathered.push([]);
  };
  const adopt = (parent: SyntaxNode, kids: SyntaxNode[]): SyntaxNode => {
    const node = make();
    node.parent = parent;
    node.fieldName = fields[cursor.currentFieldId] ?? null;
    kids.push(node);
    return node;
  };
  try {
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const parent = stack[stack.length - 1]!;
      const kids = gathered[stack.length - 1]!;
      // Punctuation and keywords carry nothing the reader uses, except operators in expressions.
      const id = cursor.nodeTypeId;
      if (kids.length >= MAX_ITEMS_COPIED && COLLECTIONS.has(parent.type)) {
        // The rest of a huge collection is not copied (see MAX_ITEMS_COPIED).
        if (truncated && truncated[truncated.length - 1] !== parent) truncated.push(parent);
      } else if (named[id] !== false || KEEP_TOKENS_IN.has(parent.type)) {
        const node = adopt(parent, kids);
        if (cursor.gotoFirstChild()) {
          open(node);
          continue;
        }
      } else if (cursor.gotoFirstChild()) {
        // An anonymous node with children (rare): keep it after all, to keep the tree whole.
        cursor.gotoParent();
        const node = adopt(parent, kids);
        cursor.gotoFirstChild();
        open(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          while (stack.length > 0) close();
          return root;
        }
        close();
        if (stack.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}
