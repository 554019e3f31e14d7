// Import aliases: which local names stand for which library names, so that `I.kaiming_normal_`,
// `init.kaiming_normal_`, `nn.init.kaiming_normal_` and `torch.nn.init.kaiming_normal_` all qualify
// to 'torch.nn.init.kaiming_normal_'. Also answers the reverse question for fixes: how does this
// file spell 'torch.nn.init' (reusing its own aliases), and which import to add when none exists.
import type { SyntaxNode } from './syntax';

export class ImportTable {
  /** local name -> qualified name ('nn' -> 'torch.nn', 'kn' -> 'torch.nn.init.kaiming_normal_'). */
  readonly names = new Map<string, string>();
  /** Line after the last top-level import (0-based), where a new import goes. */
  insertLine = 0;

  static fromModule(root: SyntaxNode): ImportTable {
    const table = new ImportTable();
    for (const stmt of root.namedChildren) {
      if (!stmt) continue;
      if (stmt.type === 'import_statement') {
        table.readImport(stmt);
        table.insertLine = stmt.endPosition.row + 1;
      } else if (stmt.type === 'import_from_statement') {
        table.readImportFrom(stmt);
        table.insertLine = stmt.endPosition.row + 1;
      } else if (stmt.type === 'future_import_statement') {
        table.insertLine = stmt.endPosition.row + 1;
      }
    }
    return table;
  }

  /** Also reads imports nested in functions or `try:` blocks (they still bind names when run). */
  readNested(node: SyntaxNode): void {
    if (node.type === 'import_statement') this.readImport(node);
    else if (node.type === 'import_from_statement') this.readImportFrom(node);
  }

  private readImport(stmt: SyntaxNode): void {
    for (const child of stmt.namedChildren) {
      if (!child) continue;
      if (child.type === 'dotted_name') {
        // `import torch.nn` binds `torch`, through which torch.nn.* is reached.
        const full = child.text;
        const first = full.split('.')[0]!;
        this.names.set(first, first);
      } else if (child.type === 'aliased_import') {
        const name = child.childForFieldName('name')?.text;
        const alias = child.childForFieldName('alias')?.text;
        if (name && alias) this.names.set(alias, name);
      }
    }
  }

  private readImportFrom(stmt: SyntaxNode): void {
    const moduleNode = stmt.childForFieldName('module_name');
    if (!moduleNode || moduleNode.type === 'relative_import') return;
    const base = moduleNode.text;
    for (const child of stmt.childrenForFieldName('name')) {
      if (!child) continue;
      if (child.type === 'dotted_name') this.names.set(child.text, `${base}.${child.text}`);
      else if (child.type === 'aliased_import') {
        const name = child.childForFieldName('name')?.text;
        const alias = child.childForFieldName('alias')?.text;
        if (name && alias) this.names.set(alias, `${base}.${name}`);
      }
    }
  }

  /** Qualified name of a dotted expression such as `nn.init.xavier_uniform_`, or undefined. */
  qualify(dotted: string): string | undefined {
    const parts = dotted.split('.');
    const head = this.names.get(parts[0]!);
    if (head === undefined) return undefined;
    return [head, ...parts.slice(1)].join('.');
  }

  /** How this file spells a qualified module (e.g. 'torch.nn.init'), or undefined when no import reaches it. */
  spell(qualified: string): string | undefined {
    let best: string | undefined;
    for (const [local, target] of this.names) {
      let spelled: string | undefined;
      if (target === qualified) spelled = local;
      else if (qualified.startsWith(target + '.')) spelled = local + qualified.slice(target.length);
      if (spelled !== undefined && (best === undefined || spelled.length < best.length)) best = spelled;
    }
    return best;
  }
}

/** Dotted text of an identifier/attribute chain (`a.b.c`), or undefined for anything else. */
export function dottedName(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attr = node.childForFieldName('attribute');
    if (!object || !attr) return undefined;
    const base = dottedName(object);
    return base === undefined ? undefined : `${base}.${attr.text}`;
  }
  return undefined;
}
