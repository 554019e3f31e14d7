// The modules of the user's project a file imports from (`from .blocks import Block`, `from
// .init import init_weights`, `from models.layers import Mlp`), read before the file itself as its
// prelude: their classes, functions and constants are then what the file's names stand for, so a
// model here built from blocks there is read whole. Their nodes carry their own path, so a finding
// about code there (a zeroed layer in `Block.__init__`, a std=1 in `init_weights`) is reported
// where that code is. Bounded: at most MAX_MODULES modules, imports followed MAX_DEPTH deep, each
// module read once; a module that is not the project's (an installed package) is not read at all.
import type { ModuleResolver } from '../../workspace/resolver';
import { LineTable, normalizeLoneCarriageReturns } from '../../text/lines';
import { ImportTable } from './imports';
import { parsePython } from './parser';
import { toSyntax, type SyntaxNode } from './syntax';

export interface PreludeModule {
  path: string;
  text: string;
  root: SyntaxNode;
  imports: ImportTable;
}

const MAX_MODULES = 16;
const MAX_DEPTH = 3;

/** The `from X import ...` statements at the top level of a module: the dotted module and its leading dots. */
function importedModules(root: SyntaxNode): { module: string; level: number }[] {
  const out: { module: string; level: number }[] = [];
  for (const stmt of root.namedChildren) {
    if (stmt.type !== 'import_from_statement') continue;
    const m = stmt.childForFieldName('module_name');
    if (!m) continue;
    const text = m.text.replace(/\s+/g, '');
    const level = /^\.*/.exec(text)![0].length;
    out.push({ module: text.slice(level), level });
  }
  return out;
}

/** The project modules `root` (the file at `path`) imports from, those they import first. */
export function preludeOf(path: string, root: SyntaxNode, resolver: ModuleResolver): PreludeModule[] {
  const done = new Set<string>([path]);
  const out: PreludeModule[] = [];
  const visit = (from: string, node: SyntaxNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const { module, level } of importedModules(node)) {
      if (out.length >= MAX_MODULES) return;
      const found = resolver.resolve(from, module, level);
      if (!found || done.has(found.path)) continue;
      done.add(found.path);
      const tree = parsePython(found.text);
      let moduleRoot: SyntaxNode;
      try {
        moduleRoot = toSyntax(tree, normalizeLoneCarriageReturns(found.text), new LineTable(found.text), found.path);
      } finally {
        tree.delete();
      }
      visit(found.path, moduleRoot, depth + 1);
      out.push({ path: found.path, text: found.text, root: moduleRoot, imports: ImportTable.fromModule(moduleRoot) });
    }
  };
  visit(path, root, 1);
  return out;
}
