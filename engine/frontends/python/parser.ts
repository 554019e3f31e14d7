// Python parsing with web-tree-sitter and the wasm grammar shipped in the tree-sitter-python package.
// The wasm runtime is initialised once per process (async); after that, parsing is synchronous and
// incremental: pass the previous tree, edited with `tree.edit(...)`, to reuse unchanged subtrees.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser, Language, Tree } from 'web-tree-sitter';
import { normalizeLoneCarriageReturns } from '../../text/lines';

export type { Tree, Edit } from 'web-tree-sitter';

let ready: Promise<Parser> | undefined;
let parser: Parser | undefined;

/** Finds a wasm file next to the bundle (dist/) first, then in node_modules. */
function locate(file: string, pkgPath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return require.resolve(pkgPath);
}

/** Loads the parser once; every later call returns the same instance. */
export function initPythonParser(): Promise<Parser> {
  ready ??= (async () => {
    const runtime = locate('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(locate('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
    return p;
  })();
  return ready;
}

/**
 * Parses synchronously; initPythonParser() must have resolved first. A lone `\r` ends a line for
 * Python and for LSP but not for tree-sitter-python's scanner, so it is read as `\n` (same length:
 * offsets, and the server's incremental edits, stay those of `text`).
 */
export function parsePython(text: string, previous?: Tree): Tree {
  if (!parser) throw new Error('initlint: the Python parser is not initialised (await initPythonParser() first)');
  const tree = parser.parse(normalizeLoneCarriageReturns(text), previous ?? null);
  if (!tree) throw new Error('initlint: the Python parser returned no tree');
  return tree;
}
