// Helpers over the copied syntax tree (syntax.ts) that the evaluator and the framework readers share:
// statement items without comments, LSP ranges, the statement around an expression, a function's
// parameters, the methods of a class.
import type { SourceRange } from '../../../model/graph';
import type { SyntaxNode } from '../syntax';

/** Named children without comments (a comment inside a list literal is no list item). */
export function kids(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

export function kidsOf(n: SyntaxNode | null | undefined): SyntaxNode[] {
  return n ? kids(n) : [];
}

/** Where a node is: in the file being read, or (`path`) in a module of the project it imports. */
export function rangeOf(node: SyntaxNode): SourceRange {
  const range: SourceRange = {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
  const file = node.file;
  if (file !== undefined) range.path = file;
  return range;
}

export function statementOf(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode = node;
  while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n;
}

export function methodOf(classDef: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const stmt of kidsOf(classDef.childForFieldName('body'))) {
    const def = stmt?.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
}

/** `@staticmethod` methods take no self. */
export function isStatic(def: SyntaxNode): boolean {
  const outer = def.parent;
  return outer?.type === 'decorated_definition' && kids(outer).some((d) => d.type === 'decorator' && /^@\s*staticmethod\b/.test(d.text));
}

/** A parameter of a function definition: its name, default, annotation and kind (plain, *args, **kwargs). */
export function paramInfo(p: SyntaxNode): { name?: string; defaultNode?: SyntaxNode; annotation?: string; kind: 'plain' | 'star' | 'kwargs' } {
  switch (p.type) {
    case 'identifier':
      return { name: p.text, kind: 'plain' };
    case 'typed_parameter': {
      const id = kids(p).find((c) => c?.type === 'identifier');
      const star = kids(p).find((c) => c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern');
      const type = p.childForFieldName('type')?.text;
      if (star) return { name: kids(star)[0]?.text ?? '', kind: star.type === 'list_splat_pattern' ? 'star' : 'kwargs' };
      return { ...(id ? { name: id.text } : {}), ...(type ? { annotation: type } : {}), kind: 'plain' };
    }
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = p.childForFieldName('name')?.text;
      const value = p.childForFieldName('value');
      const type = p.childForFieldName('type')?.text;
      return { ...(name ? { name } : {}), ...(value ? { defaultNode: value } : {}), ...(type ? { annotation: type } : {}), kind: 'plain' };
    }
    case 'list_splat_pattern':
      return { name: kids(p)[0]?.text ?? '', kind: 'star' };
    case 'dictionary_splat_pattern':
      return { name: kids(p)[0]?.text ?? '', kind: 'kwargs' };
    default:
      return { kind: 'plain' };
  }
}
