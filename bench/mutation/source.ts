// A source text with just enough lexing for the mutation harness to plant faults in code and
// never in strings or comments: a per-character kind (code / string / comment), bracket matching
// that skips strings and comments, call-argument splitting, Python logical lines and the enclosing
// `def`/`class` of a line. Deliberately independent of initlint's engine, so the harness measures
// any build of the CLI without sharing its parser.

export type Lang = 'python' | 'js';

const CODE = 0;
const STRING = 1;
const COMMENT = 2;

export interface Arg {
  /** Offsets of the argument's text, trimmed of surrounding whitespace and comments. */
  start: number;
  end: number;
  text: string;
  /** `name` of a `name=value` (Python) argument. */
  keyword?: string;
  /** Offsets of the value of a keyword argument (the whole argument otherwise). */
  valueStart: number;
  valueEnd: number;
}

export interface Call {
  /** Offset of the `(`. */
  open: number;
  /** Offset of the matching `)`. */
  close: number;
  args: Arg[];
}

export interface Scope {
  /** Line of the `def`/`class`/`function` header, -1 for module level. */
  header: number;
  kind: 'def' | 'class' | 'function' | 'module';
  name: string;
}

const OPEN = '([{';
const CLOSE = ')]}';

export class Source {
  readonly lines: string[];
  readonly lineStart: number[];
  private readonly kinds: Uint8Array;
  private readonly closeOfOpen = new Map<number, number>();
  private readonly openOfClose = new Map<number, number>();
  /** Python: per line, the first and last line of its logical line. */
  private logical?: { start: number[]; end: number[] };
  private scopeCache?: Scope[];
  /** For a notebook's joined text: the cell index of each line (module-level code is grouped per cell). */
  cells?: number[];

  constructor(
    readonly text: string,
    readonly lang: Lang,
  ) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.lineStart = [];
    let off = 0;
    for (const raw of text.split('\n')) {
      this.lineStart.push(off);
      off += raw.length + 1;
    }
    this.kinds = lang === 'python' ? lexPython(text) : lexJs(text);
    this.matchBrackets();
  }

  isCode(off: number): boolean {
    return off >= 0 && off < this.text.length && this.kinds[off] === CODE;
  }

  lineOf(off: number): number {
    let lo = 0;
    let hi = this.lineStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  colOf(off: number): number {
    return off - this.lineStart[this.lineOf(off)]!;
  }

  /** The line's text with strings and comments kept, for display. */
  line(n: number): string {
    return this.lines[n] ?? '';
  }

  indent(n: number): string {
    return /^[ \t]*/.exec(this.line(n))![0];
  }

  /** Every match of a global regex whose first character is code (not string or comment). */
  codeMatches(re: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (let m = g.exec(this.text); m; m = g.exec(this.text)) {
      if (m[0].length === 0) g.lastIndex++;
      if (this.isCode(m.index)) out.push(m);
    }
    return out;
  }

  closeOf(open: number): number | undefined {
    return this.closeOfOpen.get(open);
  }

  openOf(close: number): number | undefined {
    return this.openOfClose.get(close);
  }

  /** The innermost bracket opened before `off` and still open at `off`. */
  enclosingOpen(off: number): number | undefined {
    let depth = 0;
    for (let i = off - 1; i >= 0; i--) {
      if (this.kinds[i] !== CODE) continue;
      const c = this.text[i]!;
      if (CLOSE.includes(c)) depth++;
      else if (OPEN.includes(c)) {
        if (depth === 0) return i;
        depth--;
      }
    }
    return undefined;
  }

  /** The call whose `(` is at `open`, with its arguments split at top-level commas. */
  call(open: number): Call | undefined {
    const close = this.closeOf(open);
    if (close === undefined || this.text[open] !== '(') return undefined;
    return { open, close, args: this.splitArgs(open + 1, close) };
  }

  /** The elements of a bracketed list/tuple/object literal whose opening bracket is at `open`. */
  elements(open: number): Arg[] | undefined {
    const close = this.closeOf(open);
    if (close === undefined) return undefined;
    return this.splitArgs(open + 1, close);
  }

  private splitArgs(from: number, to: number): Arg[] {
    const args: Arg[] = [];
    let start = from;
    let i = from;
    const push = (end: number): void => {
      const a = this.trimRange(start, end);
      if (a) args.push(a);
    };
    while (i < to) {
      if (this.kinds[i] === CODE) {
        const c = this.text[i]!;
        if (OPEN.includes(c)) {
          const close = this.closeOf(i);
          if (close === undefined) break;
          i = close + 1;
          continue;
        }
        if (c === ',') {
          push(i);
          start = i + 1;
        }
      }
      i++;
    }
    push(to);
    return args;
  }

  private trimRange(start: number, end: number): Arg | undefined {
    let s = start;
    let e = end;
    while (s < e && (/\s/.test(this.text[s]!) || this.kinds[s] === COMMENT)) s++;
    while (e > s && (/\s/.test(this.text[e - 1]!) || this.kinds[e - 1] === COMMENT)) e--;
    if (s >= e) return undefined;
    const text = this.text.slice(s, e);
    const kw = this.lang === 'python' ? /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(text) : /^([A-Za-z_$][\w$]*)\s*:\s*/.exec(text);
    if (kw) return { start: s, end: e, text, keyword: kw[1]!, valueStart: s + kw[0].length, valueEnd: e };
    return { start: s, end: e, text, valueStart: s, valueEnd: e };
  }

  /** The last code character before `off` that is not whitespace, or -1. */
  prevCodeChar(off: number): number {
    for (let i = off - 1; i >= 0; i--) {
      if (this.kinds[i] === COMMENT) continue;
      if (this.kinds[i] === CODE && /\s/.test(this.text[i]!)) continue;
      return i;
    }
    return -1;
  }

  /** The first code character at or after `off` that is not whitespace, or the text length. */
  nextCodeChar(off: number): number {
    for (let i = off; i < this.text.length; i++) {
      if (this.kinds[i] === COMMENT) continue;
      if (this.kinds[i] === CODE && /\s/.test(this.text[i]!)) continue;
      return i;
    }
    return this.text.length;
  }

  /** Python: the first and last physical line of the logical line that contains `line`. */
  logicalLine(line: number): { start: number; end: number } {
    if (this.lang !== 'python') return { start: line, end: line };
    if (!this.logical) this.logical = this.computeLogical();
    return { start: this.logical.start[line]!, end: this.logical.end[line]! };
  }

  private computeLogical(): { start: number[]; end: number[] } {
    const n = this.lines.length;
    const start = new Array<number>(n);
    const end = new Array<number>(n);
    let depth = 0;
    let first = 0;
    for (let l = 0; l < n; l++) {
      const s = this.lineStart[l]!;
      const e = s + this.lines[l]!.length;
      for (let i = s; i < e; i++) {
        if (this.kinds[i] !== CODE) continue;
        const c = this.text[i]!;
        if (OPEN.includes(c)) depth++;
        else if (CLOSE.includes(c) && depth > 0) depth--;
      }
      const newlineInString = e < this.text.length && this.kinds[e] === STRING;
      const backslash = this.lines[l]!.endsWith('\\') && this.kinds[e - 1] === CODE;
      if (depth === 0 && !newlineInString && !backslash) {
        for (let k = first; k <= l; k++) {
          start[k] = first;
          end[k] = l;
        }
        first = l + 1;
      }
    }
    for (let k = first; k < n; k++) {
      start[k] = first;
      end[k] = n - 1;
    }
    return { start, end };
  }

  /** The innermost `def`/`class` (Python) or function body (JS) that encloses `line`. */
  scopeOf(line: number): Scope {
    if (!this.scopeCache) this.scopeCache = this.lang === 'python' ? this.pythonScopes() : this.jsScopes();
    return this.scopeCache[line] ?? { header: -1, kind: 'module', name: '' };
  }

  /** The chain of scopes enclosing `line`, innermost first (module level not included). */
  scopeChain(line: number): Scope[] {
    const chain: Scope[] = [];
    let s = this.scopeOf(line);
    while (s.header >= 0) {
      chain.push(s);
      s = this.scopeOf(s.header);
    }
    return chain;
  }

  private pythonScopes(): Scope[] {
    const module: Scope = { header: -1, kind: 'module', name: '' };
    const out: Scope[] = new Array(this.lines.length).fill(module);
    const stack: { indent: number; scope: Scope }[] = [];
    for (let l = 0; l < this.lines.length; l++) {
      const { start, end } = this.logicalLine(l);
      if (start !== l) continue;
      const text = this.lines[l]!;
      const firstCode = this.lineStart[l]! + (text.length - text.trimStart().length);
      if (text.trim() === '' || !this.isCode(firstCode) || text.trim().startsWith('#')) {
        // Blank lines, comments and string-only continuation lines do not change the scope.
        for (let k = start; k <= end; k++) out[k] = stack.length ? stack[stack.length - 1]!.scope : module;
        continue;
      }
      const indent = text.length - text.trimStart().length;
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const current = stack.length ? stack[stack.length - 1]!.scope : module;
      for (let k = start; k <= end; k++) out[k] = current;
      const header = /^\s*(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)/.exec(text);
      if (header) {
        const scope: Scope = { header: l, kind: header[1] === 'class' ? 'class' : 'def', name: header[2]! };
        // The header line itself belongs to the enclosing scope; its body to the new one.
        stack.push({ indent, scope });
      }
    }
    return out;
  }

  private jsScopes(): Scope[] {
    const module: Scope = { header: -1, kind: 'module', name: '' };
    const out: Scope[] = new Array(this.lines.length).fill(module);
    // Function bodies: a `{` after `=>`, or after the `)` of a parameter list that is not an
    // if/for/while/switch/catch condition.
    const bodies: { open: number; close: number; scope: Scope }[] = [];
    for (const [open, close] of this.closeOfOpen) {
      if (this.text[open] !== '{') continue;
      const p = this.prevCodeChar(open);
      if (p < 0) continue;
      let isFunction = false;
      let name = '';
      if (this.text.slice(Math.max(0, p - 1), p + 1) === '=>') isFunction = true;
      else if (this.text[p] === ')') {
        const po = this.openOf(p);
        if (po !== undefined) {
          const before = this.text.slice(Math.max(0, po - 80), po);
          const m = /([A-Za-z_$][\w$]*)\s*$/.exec(before);
          if (m && !/^(if|for|while|switch|catch|with)$/.test(m[1]!)) {
            isFunction = true;
            name = m[1] === 'function' ? '' : m[1]!;
          } else if (!m) isFunction = /function\s*\*?\s*$/.test(before);
        }
      }
      if (!isFunction) continue;
      const header = this.lineOf(open);
      bodies.push({ open, close, scope: { header, kind: 'function', name } });
    }
    bodies.sort((a, b) => a.open - b.open);
    for (const b of bodies) {
      // Later (inner) bodies overwrite outer ones, since they open later.
      for (let l = this.lineOf(b.open) + (this.lineOf(b.open) === this.lineOf(b.close) ? 0 : 1); l <= this.lineOf(b.close); l++) {
        out[l] = b.scope;
      }
    }
    // A body's header line belongs to the enclosing scope.
    return out;
  }

  private matchBrackets(): void {
    const stack: number[] = [];
    for (let i = 0; i < this.text.length; i++) {
      if (this.kinds[i] !== CODE) continue;
      const c = this.text[i]!;
      if (OPEN.includes(c)) stack.push(i);
      else if (CLOSE.includes(c)) {
        const want = OPEN[CLOSE.indexOf(c)];
        // Unbalanced text (a syntax error in the original): drop back to the matching opener.
        let k = stack.length - 1;
        while (k >= 0 && this.text[stack[k]!] !== want) k--;
        if (k < 0) continue;
        const open = stack[k]!;
        stack.length = k;
        this.closeOfOpen.set(open, i);
        this.openOfClose.set(i, open);
      }
    }
  }
}

function lexPython(text: string): Uint8Array {
  const kinds = new Uint8Array(text.length);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '#') {
      while (i < n && text[i] !== '\n') kinds[i++] = COMMENT;
      continue;
    }
    if (c === '"' || c === "'") {
      // A string prefix (r, b, f, u and combinations) was already lexed as code; that is fine.
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      kinds.fill(STRING, i, i + q.length);
      i += q.length;
      while (i < n) {
        if (text[i] === '\\') {
          kinds[i] = STRING;
          if (i + 1 < n) kinds[i + 1] = STRING;
          i += 2;
          continue;
        }
        if (text.startsWith(q, i)) {
          kinds.fill(STRING, i, i + q.length);
          i += q.length;
          break;
        }
        if (!triple && text[i] === '\n') break; // an unterminated one-line string ends at the line
        kinds[i++] = STRING;
      }
      continue;
    }
    kinds[i++] = CODE;
  }
  return kinds;
}

function lexJs(text: string): Uint8Array {
  const kinds = new Uint8Array(text.length);
  let i = 0;
  const n = text.length;
  let prevSignificant = '';
  while (i < n) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') kinds[i++] = COMMENT;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      kinds.fill(COMMENT, i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      kinds[i++] = STRING;
      while (i < n) {
        if (text[i] === '\\') {
          kinds[i] = STRING;
          if (i + 1 < n) kinds[i + 1] = STRING;
          i += 2;
          continue;
        }
        if (text[i] === c) {
          kinds[i++] = STRING;
          break;
        }
        if (c !== '`' && text[i] === '\n') break;
        kinds[i++] = STRING;
      }
      prevSignificant = 'x';
      continue;
    }
    if (c === '/' && (prevSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prevSignificant))) {
      // A regular expression literal.
      kinds[i++] = STRING;
      let inClass = false;
      while (i < n && text[i] !== '\n') {
        const d = text[i]!;
        kinds[i] = STRING;
        if (d === '\\') {
          if (i + 1 < n) kinds[i + 1] = STRING;
          i += 2;
          continue;
        }
        i++;
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      prevSignificant = 'x';
      continue;
    }
    kinds[i++] = CODE;
    if (!/\s/.test(c)) prevSignificant = /[\w$)\]]/.test(c) ? 'x' : c;
  }
  return kinds;
}
