// Python source -> ModelGraph. Reads every PyTorch model in a file: module-level nn.Sequential
// and model instances, and every nn.Module class (instantiated with its defaults when the file
// does not build it). Syntax errors leave the valid parts readable and add a note.
import type { GraphNode, Layer, Model, ModelGraph } from '../../model/graph';
import { ImportTable } from './imports';
import { Interpreter, type RootModel } from './interpreter';
import { parsePython, type Tree } from './parser';
import type { Node as TsNode } from 'web-tree-sitter';
import { toSyntax, type SyntaxNode } from './syntax';
import { toNodes } from './trace';
import { modulesOf, type ModuleObj } from './values';

export { initPythonParser, parsePython } from './parser';
export type { Tree } from './parser';

/** Cheap test run before parsing: a file that never mentions torch has no PyTorch model. */
export function mentionsPyTorch(text: string): boolean {
  return text.includes('torch');
}

export function readPython(path: string, text: string, tree?: Tree): ModelGraph {
  const graph: ModelGraph = { path, models: [], notes: [] };
  if (!mentionsPyTorch(text)) return graph;
  const t = tree ?? parsePython(text);
  const root = toSyntax(t, text);
  // Syntax errors from the parser's own tree: the copy leaves out punctuation, MISSING tokens included.
  if (t.rootNode.hasError) {
    const first = firstError(t.rootNode);
    graph.notes.push({
      message: `syntax error${first ? ` at line ${first.startPosition.row + 1}` : ''}: findings cover only the parts of the file that parse`,
      ...(first ? { range: { start: { line: first.startPosition.row, character: first.startPosition.column }, end: { line: first.endPosition.row, character: first.endPosition.column } } } : {}),
    });
  }
  if (!tree) t.delete();
  const imports = ImportTable.fromModule(root);
  if (![...imports.names.values()].some((q) => q === 'torch' || q.startsWith('torch.'))) return graph;
  graph.framework = 'pytorch';
  const interp = new Interpreter(root, imports);
  interp.run();
  graph.notes.push(...interp.notes);
  graph.imports = { names: Object.fromEntries(imports.names), insertLine: imports.insertLine };
  const lines = text.split(/\r?\n/);
  const indentAt = (line: number): string => /^[ \t]*/.exec(lines[line] ?? '')![0];
  for (const r of interp.roots) {
    const nodes = r.trace ? toNodes(r.trace) : [];
    attachActivations(nodes);
    const layers: Layer[] = [];
    for (const m of modulesOf(r.module)) {
      if (m.layer) layers.push(m.layer);
      for (const pl of m.paramLayers.values()) if (pl.kind === 'Parameter') layers.push(pl);
    }
    const model: Model = { name: r.name, framework: 'pytorch', range: r.range, nodes, layers, orderKnown: r.forwardRead };
    const site = buildSite(r, indentAt);
    if (site) {
      model.buildSite = site;
      setAccess(r.module, site.receiver);
    }
    graph.models.push(model);
  }
  return graph;
}

/** Where inserted init code goes: the end of __init__ for classes, after the building statement otherwise. */
function buildSite(r: RootModel, indentAt: (line: number) => string): Model['buildSite'] {
  const cls = r.module.classChain?.[0];
  if (cls) {
    const init = cls.def
      .childForFieldName('body')
      ?.namedChildren.find((d) => d?.type === 'function_definition' && d.childForFieldName('name')?.text === '__init__');
    const body = init?.childForFieldName('body');
    const stmts = body?.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment') ?? [];
    const last = stmts[stmts.length - 1];
    if (!last) return undefined;
    return { after: { line: last.endPosition.row, character: last.endPosition.column }, indent: indentAt(stmts[0]!.startPosition.row), receiver: 'self' };
  }
  if (r.statement) return { after: r.statement.end, indent: indentAt(r.statement.start.line), receiver: r.name };
  return undefined;
}

/** Records how each layer is reached from the build site: `self.blocks[0].fc1`, `net[2]`. */
function setAccess(m: ModuleObj, access: string, seen = new Set<ModuleObj>()): void {
  if (seen.has(m)) return;
  seen.add(m);
  if (m.layer && m.layer.access === undefined) m.layer.access = access;
  for (const [name, pl] of m.paramLayers) if (pl.kind === 'Parameter' && pl.access === undefined) pl.access = `${access}.${name}`;
  for (const [name, child] of m.children) {
    // Named children of any container are attributes in PyTorch (`seq.fc1`, `dict.h`); numbered ones are indexed.
    const identifier = /^[A-Za-z_]\w*$/.test(name);
    const step = m.kind !== 'container' || identifier ? `.${name}` : /^\d+$/.test(name) ? `[${name}]` : `[${JSON.stringify(name)}]`;
    setAccess(child, access + step, seen);
  }
}

/** A layer's activation is the activation node that directly follows it in the forward order. */
function attachActivations(nodes: GraphNode[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'residual' || node.type === 'repeat') attachActivations(node.body);
    if (node.type !== 'layer') continue;
    const next = nodes[i + 1];
    if (next?.type === 'activation') node.layer.activation = next.activation;
  }
}

/** The first error or missing node, found without recursion (deeply nested input must not overflow). */
function firstError(root: TsNode): TsNode | undefined {
  let node: TsNode | undefined = root;
  while (node) {
    if (node.type === 'ERROR' || node.isMissing) return node;
    node = node.children.find((c): c is TsNode => !!c && (c.hasError || c.isMissing));
  }
  return undefined;
}
