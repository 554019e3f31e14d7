// Python source -> ModelGraph, framework-neutral: parse, evaluate (eval/, with the framework
// plug-ins of ../plugin.ts for the frameworks the file imports), collect the models the evaluation
// found: module-level models and every model class (instantiated with its defaults when the file
// does not build it). A syntax error costs only the broken top-level statements (recovery.ts), and
// a note says which lines were skipped. The rest of
// the engine imports this folder only through this file.
import { attachActivations, type Framework, type GraphNode, type Layer, type Model, type ModelGraph, walkLayers } from '../../model/graph';
import { ImportTable } from './imports';
import { Interpreter } from './eval/interpreter';
import { preludeOf } from './prelude';
import type { ModuleResolver } from '../../workspace/resolver';
import { budgetSize, limitsFor } from '../shared/budget';
import { parsePython, type Tree } from './parser';
import type { Node as TsNode } from 'web-tree-sitter';
import { MAX_ITEMS_COPIED, type SyntaxNode, toSyntax } from './syntax';
import { describeSpans, recoverStatements } from './recovery';
import { LineTable, normalizeLoneCarriageReturns } from '../../text/lines';
import { toNodes } from '../shared/trace';
import { modulesOf } from './eval/values';

export { initPythonParser, parsePython } from './parser';
export type { Tree } from './parser';

/**
 * Cheap test run before parsing: a file that mentions none of torch, keras, tensorflow, flax and jax
 * has no model initlint reads (the server and the CLI skip parsing it).
 */
export function mentionsModelFramework(text: string): boolean {
  return text.includes('torch') || text.includes('keras') || text.includes('flax') || text.includes('tensorflow') || text.includes('jax');
}

/**
 * A second cheap test before parsing: some line imports torch, keras, tensorflow, tf_keras, flax or jax
 * (`import torch.nn as nn`, `from tensorflow import keras`, `import os, torch`, `x = 1; import flax`,
 * `from jax import random`).
 * A file that only mentions them in comments or strings is not parsed.
 */
const FRAMEWORK_IMPORT = /(?:^|;)[ \t]*(?:from[ \t]+(?:torch|keras|tensorflow|tf_keras|flax|jax)\b|import[ \t]+[^\n#;]*\b(?:torch|keras|tensorflow|tf_keras|flax|jax)\b)/m;

export function importsModelFramework(text: string): boolean {
  return FRAMEWORK_IMPORT.test(text);
}

/**
 * The model frameworks a file imports: torch -> PyTorch; keras, tf.keras, tf_keras -> Keras; flax ->
 * Flax; jax alone (raw parameter dicts and lists, jax.nn.initializers) -> Flax too, whose
 * initializer catalogue is JAX's.
 */
export function importedFrameworks(imports: ImportTable): Set<Framework> {
  const out = new Set<Framework>();
  for (const q of imports.names.values()) {
    const top = q.slice(0, q.indexOf('.') >>> 0);
    if (top === 'torch') out.add('pytorch');
    else if (top === 'keras' || top === 'tf_keras' || top === 'tensorflow') out.add('keras');
    else if (top === 'flax' || top === 'jax') out.add('flax');
  }
  return out;
}

export interface ReadOptions {
  /** The project's modules, for `from .blocks import Block` (see ../../workspace/resolver.ts). */
  resolver?: ModuleResolver;
}

export function readPython(path: string, text: string, tree?: Tree, options: ReadOptions = {}): ModelGraph {
  const graph: ModelGraph = { path, models: [], notes: [] };
  if (!mentionsModelFramework(text) || !importsModelFramework(text)) return graph;
  const t = tree ?? parsePython(text);
  const lines = new LineTable(text);
  let read: { tree: Tree; text: string } = { tree: t, text };
  if (t.rootNode.hasError) {
    // Syntax errors from the parser's own tree: the copy leaves out punctuation, MISSING tokens included.
    const recovered = recoverStatements(text, t, (s) => parsePython(s));
    // Where the error is: the first statement skipped, else the parser's first error node (tree-sitter
    // may fold valid code before the error into the same ERROR node, so that one starts too early).
    const firstSkipped = recovered?.skipped[0];
    const first = firstSkipped ? undefined : firstError(t.rootNode);
    const at = firstSkipped
      ? { start: { line: firstSkipped.start, character: lines.lineText(firstSkipped.start).length - lines.lineText(firstSkipped.start).trimStart().length }, end: { line: firstSkipped.end, character: lines.lineLength(firstSkipped.end) } }
      : first
        ? lines.rangeAt(first.startIndex, first.endIndex)
        : undefined;
    const where = at ? ` at line ${at.start.line + 1}` : '';
    const one = recovered?.skipped.length === 1 && recovered.skipped[0]!.start === recovered.skipped[0]!.end;
    const what = recovered
      ? `${one ? 'line' : 'lines'} ${describeSpans(recovered.skipped)} skipped (${one ? 'it does' : 'they do'} not parse); findings cover the rest of the file`
      : 'findings cover only the parts of the file that parse';
    graph.notes.push({ message: `syntax error${where}: ${what}`, ...(at ? { range: at } : {}) });
    if (recovered) read = recovered;
  }
  // The copy reads the text the tree was parsed from (a lone \r read as \n, skipped lines blank):
  // the same length and line breaks as `text`, so every offset and position is the file's.
  const truncated: SyntaxNode[] = [];
  const root = toSyntax(read.tree, normalizeLoneCarriageReturns(read.text), lines, undefined, truncated);
  for (const n of truncated.slice(0, 10)) {
    graph.notes.push({ message: `initlint read only the first ${MAX_ITEMS_COPIED.toLocaleString('en-US')} items of the ${n.type.replace('_', ' ')} at line ${n.startPosition.row + 1}: it has more`, range: lines.rangeAt(n.startIndex, n.endIndex) });
  }
  if (read.tree !== t) read.tree.delete();
  if (!tree) t.delete();
  const imports = ImportTable.fromModule(root);
  const frameworks = importedFrameworks(imports);
  if (frameworks.size === 0) return graph;
  graph.framework = frameworks.has('pytorch') ? 'pytorch' : frameworks.has('keras') ? 'keras' : 'flax';
  // The imported project modules share the file's budget, which grows with their text too.
  const prelude = options.resolver ? preludeOf(path, root, options.resolver) : [];
  const size = prelude.reduce((n, p) => n + budgetSize(p.text), budgetSize(text));
  const interp = new Interpreter(root, imports, frameworks, limitsFor(size), prelude);
  interp.run();
  if (prelude.length > 0) graph.imported = prelude.map((p) => ({ path: p.path, text: p.text }));
  graph.notes.push(...interp.notes);
  graph.imports = { names: Object.fromEntries(imports.names), insertLine: imports.insertLine };
  const indentAt = (line: number): string => /^[ \t]*/.exec(lines.lineText(line))![0];
  // Models may share layers (each keras.Model over a growing functional history holds all the
  // layers before it): facts, propagation and rules run per model and layer, so the layers of all
  // models together are bounded by the file's length; the models past that are not read.
  const fileLayers = interp.limits.layersPerModel + LAYERS_PER_LINE * lines.lineCount;
  let layersRead = 0;
  for (const r of interp.roots) {
    if (layersRead >= fileLayers) {
      graph.notes.push({ message: `initlint read only the first ${graph.models.length.toLocaleString('en-US')} models of this file: together they have more than ${fileLayers.toLocaleString('en-US')} layers (${LAYERS_PER_LINE} per line of the file)`, range: r.range });
      break;
    }
    const nodes = r.trace ? toNodes(r.trace) : [];
    attachActivations(nodes);
    // A Set beside the list: Array.includes per layer made 50,000 layers quadratic.
    const layers: Layer[] = [];
    const listed = new Set<Layer>();
    for (const m of modulesOf(r.module)) {
      if (m.layer && !listed.has(m.layer)) {
        layers.push(m.layer);
        listed.add(m.layer);
      }
      for (const pl of m.paramLayers.values()) {
        if (pl.kind !== 'Parameter') continue;
        layers.push(pl);
        listed.add(pl);
      }
    }
    const framework = r.module.framework ?? 'pytorch';
    if (framework !== 'pytorch') {
      // Layers reached only through the forward pass (none should be).
      for (const l of walkLayers(nodes)) {
        if (listed.has(l)) continue;
        layers.push(l);
        listed.add(l);
      }
    }
    const limit = interp.limits.layersPerModel;
    const capped = capLayers(nodes, layers, limit);
    if (capped) graph.notes.push({ message: `${r.name} has more than ${limit.toLocaleString('en-US')} layers: initlint reads only the first ${limit.toLocaleString('en-US')}`, range: r.range });
    const model: Model = { name: r.name, framework, range: r.range, nodes: capped?.nodes ?? nodes, layers: capped?.layers ?? layers, orderKnown: r.forwardRead };
    layersRead += model.layers.length;
    // Ids for every layer (PyTorch's are their module paths already).
    if (framework !== 'pytorch') uniqueIds(model.layers);
    const fragments = interp.plugins.owner(r.module.framework)?.rootFragments?.(r.module);
    if (fragments && fragments.length > 0) model.fragments = fragments;
    // Where a fix inserts init code (PyTorch's `nn.init.*` after __init__), when the framework's
    // fixes insert statements at all (Keras and Flax fixes edit the constructor arguments instead).
    const site = interp.plugins.owner(r.module.framework)?.buildSite?.(r, indentAt);
    if (site) model.buildSite = site;
    graph.models.push(model);
  }
  if (graph.models.length > 0 && graph.models.every((m) => m.framework === graph.models[0]!.framework)) graph.framework = graph.models[0]!.framework;
  return graph;
}

/** Layers the models of a file may hold together, per line of the file (beyond layersPerModel). */
const LAYERS_PER_LINE = 2;

/**
 * A model of more than `limit` layers keeps its first `limit` (in forward order as far as it is
 * read, then in definition order) and its forward order is cut before the first node that would
 * bring more: the work after reading (facts, propagation, rules, fixes) is per layer.
 */
function capLayers(nodes: GraphNode[], layers: Layer[], limit: number): { nodes: GraphNode[]; layers: Layer[] } | undefined {
  if (layers.length <= limit) return undefined;
  const kept = new Set<Layer>();
  let cut = nodes.length;
  for (let i = 0; i < nodes.length; i++) {
    const fresh = new Set([...walkLayers([nodes[i]!])].filter((l) => !kept.has(l)));
    if (kept.size + fresh.size > limit) {
      cut = i;
      break;
    }
    for (const l of fresh) kept.add(l);
  }
  for (const l of layers) {
    if (kept.size >= limit) break;
    kept.add(l);
  }
  const cutNodes: GraphNode[] = cut < nodes.length ? [...nodes.slice(0, cut), { type: 'opaque', reason: `more than ${limit} layers in one model` }] : nodes;
  return { nodes: cutNodes, layers: layers.filter((l) => kept.has(l)) };
}

/** Every layer of a model gets a distinct non-empty id (its path, else its constructor's name). */
function uniqueIds(layers: Layer[]): void {
  const used = new Set<string>();
  for (const l of layers) {
    let id = l.id || l.ctor.slice(l.ctor.lastIndexOf('.') + 1);
    if (used.has(id)) {
      let i = 1;
      while (used.has(`${id}_${i}`)) i++;
      id = `${id}_${i}`;
    }
    l.id = id;
    used.add(id);
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
