// TypeScript / JavaScript source -> ModelGraph: every TensorFlow.js model a file builds
// (tf.sequential with its layers or model.add calls, tf.model over tf.layers.*(...).apply chains),
// read with the classic TypeScript compiler API (ts.createSourceFile: syntax only, no type checker)
// and a small abstract interpreter (interpreter.ts). The parser is error-tolerant: a syntax error
// adds a note and the rest is still read. Files that never mention TF.js return before parsing.
import { attachActivations, type Model, type ModelGraph } from '../../model/graph';
import { Interpreter } from './interpreter';
import type { ModelObj } from './values';
import { parseDiagnostics, parseScript, typescript } from './ts';
import { rangeAt } from './positions';

export { parseDiagnostics, parseScript } from './ts';

/** Cheap test before parsing: a file that never names TF.js's layers API (an import, or the global `tf`) has no TF.js model. */
export function mentionsTfjs(text: string): boolean {
  // A model needs the layers API (tf.layers, sequential): tensor-only TF.js code is skipped too.
  if (!/layers|sequential/i.test(text)) return false;
  return text.includes('@tensorflow/tfjs') || /\btf\s*\.\s*(?:sequential|model|layers)\b/.test(text);
}

/** The file names the global `tf` of a <script> tag (no import of TF.js, no declaration of `tf`). */
function usesGlobalTf(text: string): boolean {
  return !text.includes('@tensorflow/tfjs') && !/\b(?:const|let|var|function|class|import)\s+\*?\s*(?:as\s+)?tf\b/.test(text);
}

export function readTypeScript(path: string, text: string): ModelGraph {
  const graph: ModelGraph = { path, models: [], notes: [] };
  if (!mentionsTfjs(text)) return graph;
  try {
    return read(path, text, graph);
  } catch (e) {
    // Pathological input (nesting deep enough to exhaust the stack): no models, and a note.
    return { path, models: [], notes: [{ message: `the TensorFlow.js reader could not read this file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }] };
  }
}

function read(path: string, text: string, graph: ModelGraph): ModelGraph {
  const ts = typescript();
  const sf = parseScript(path, text);
  const diags = parseDiagnostics(sf);
  if (diags.length > 0) {
    const d = diags[0]!;
    const range = rangeAt(sf, d.start, d.start + (d.length ?? 0));
    graph.notes.push({
      message: `syntax error at line ${range.start.line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}; findings cover only the parts of the file that parse`,
      range,
    });
  }
  const interp = new Interpreter(ts, sf, usesGlobalTf(text));
  const result = interp.run();
  graph.notes.push(...result.notes);
  if (Object.keys(result.imports).length > 0 || result.models.length > 0) {
    graph.framework = 'tfjs';
    graph.imports = { names: result.imports, insertLine: result.importInsertLine };
  }
  const usedNames = new Map<string, number>();
  for (const m of result.models) {
    if (m.layers.length === 0 && !m.nodes.some((n) => n.type === 'layer')) continue;
    const model = toModel(m, usedNames);
    graph.models.push(model);
  }
  return graph;
}

function toModel(m: ModelObj, usedNames: Map<string, number>): Model {
  const base = m.configName ?? m.receiver ?? 'model';
  let name = m.fnName && !m.configName ? `${base} in ${m.fnName}()` : base;
  const seen = usedNames.get(name) ?? 0;
  usedNames.set(name, seen + 1);
  if (seen > 0) name = `${name} (${seen + 1})`;
  attachActivations(m.nodes);
  if (m.kind === 'sequential' && m.receiver) {
    for (const e of m.entries) if (e.layer && e.layer.access === undefined) e.layer.access = `${m.receiver}.layers[${e.index}]`;
  } else if (m.receiver) {
    for (const l of m.layers) if (l.access === undefined && l.args?.keyword['name'] !== undefined && typeof l.args.keyword['name'] === 'string') l.access = `${m.receiver}.getLayer('${l.args.keyword['name']}')`;
  }
  return { name, framework: 'tfjs', range: m.range, nodes: m.nodes, layers: m.layers, orderKnown: true };
}

