// A plain JavaScript copy of a tree-sitter tree, made in one cursor walk. The interpreter visits
// the same function bodies many times (every instance of a block runs its __init__ and forward);
// reading nodes out of the wasm parser each time dominated the analysis (measured: 206 ms of a
// 2,000-line file, mostly node marshalling). The copy reads only numbers per node (type and field
// ids, mapped through the language's tables; offsets, with positions derived lazily from a line
// table). SyntaxNode offers the subset of web-tree-sitter's Node API the frontend uses, same names.
import type { Language, Tree } from 'web-tree-sitter';

export interface Point {
  row: number;
  column: number;
}

/** Line starts of the source, shared by every node of one copy. */
class LineTable {
  private readonly starts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  point(index: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - this.starts[lo]! };
  }
}

export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  parent: SyntaxNode | null = null;
  /** Field name of each child (null when it has none), parallel to `children`. */
  readonly fieldNames: (string | null)[] = [];
  private namedCache?: SyntaxNode[];
  private errorCache?: boolean;
  private startCache?: Point;
  private endCache?: Point;

  constructor(
    private readonly lines: LineTable,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get text(): string {
    return this.lines.source.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return (this.startCache ??= this.lines.point(this.startIndex));
  }

  get endPosition(): Point {
    return (this.endCache ??= this.lines.point(this.endIndex));
  }

  get namedChildren(): SyntaxNode[] {
    return (this.namedCache ??= this.children.filter((c) => c.isNamed));
  }

  childForFieldName(name: string): SyntaxNode | null {
    const i = this.fieldNames.indexOf(name);
    return i >= 0 ? this.children[i]! : null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((_, i) => this.fieldNames[i] === name);
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

/** Copies `tree` into SyntaxNodes (iteratively: deeply nested input must not overflow the stack). */
export function toSyntax(tree: Tree, source: string): SyntaxNode {
  const { types, named, fields } = tablesOf(tree.language);
  const lines = new LineTable(source);
  const cursor = tree.walk();
  const make = (): SyntaxNode => {
    const id = cursor.nodeTypeId;
    // Only a zero-width node can be a MISSING one; asking the parser for every node would cost a call each.
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    return new SyntaxNode(lines, types[id] ?? cursor.nodeType, named[id] ?? cursor.nodeIsNamed, start === end && cursor.nodeIsMissing, start, end);
  };
  const root = make();
  const stack: SyntaxNode[] = [root];
  try {
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const parent = stack[stack.length - 1]!;
      // Punctuation and keywords carry nothing the reader uses, except operators in expressions.
      const id = cursor.nodeTypeId;
      if (named[id] !== false || KEEP_TOKENS_IN.has(parent.type)) {
        const node = make();
        node.parent = parent;
        parent.children.push(node);
        parent.fieldNames.push(fields[cursor.currentFieldId] ?? null);
        if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      } else if (cursor.gotoFirstChild()) {
        // An anonymous node with children (rare): keep it after all, to keep the tree whole.
        cursor.gotoParent();
        const node = make();
        node.parent = parent;
        parent.children.push(node);
        parent.fieldNames.push(fields[cursor.currentFieldId] ?? null);
        cursor.gotoFirstChild();
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return root;
        stack.pop();
        if (stack.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}
