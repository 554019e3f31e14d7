// TypeScript / JavaScript source -> ModelGraph: every TensorFlow.js model a file builds
// (tf.sequential with its layers or model.add calls, tf.model over tf.layers.*(...).apply chains,
// custom layers), read with the classic TypeScript compiler API (ts.createSourceFile: syntax only,
// no type checker). The language is run by the evaluator (eval/), what TF.js does by its plug-in
// (tfjs/). The parser is error-tolerant: a syntax error adds a note and the rest is still read.
// Files that never mention TF.js return before parsing.
import { attachActivations, type Model, type ModelGraph } from '../../model/graph';
import { Evaluator } from './eval/evaluator';
import { mentionsTfjs, usesGlobalTf } from './tfjs/modules';
import { TfjsPlugin } from './tfjs/plugin';
import type { ModelObj } from './tfjs/values';
import { rangeAt } from './positions';
import { LineTable } from '../../text/lines';
import { parseDiagnostics, parseScript, typescript } from './ts';

export { parseDiagnostics, parseScript } from './ts';
export { mentionsTfjs } from './tfjs/modules';

export function readTypeScript(path: string, text: string): ModelGraph {
  const graph: ModelGraph = { path, models: [], notes: [] };
  if (!mentionsTfjs(text)) return graph;
  try {
    return read(path, text, graph);
  } catch (e) {
    // Pathological input (nesting deep enough to exhaust the parser's stack): no models, and a note.
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
  const plugin = new TfjsPlugin(usesGlobalTf(text));
  const evaluator = new Evaluator(ts, sf, plugin);
  plugin.attach(evaluator);
  const result = evaluator.run();
  graph.notes.push(...result.notes);
  const imports: Record<string, string> = {};
  for (const [k, v] of result.imports) if (v.k === 'lib') imports[k] = v.q;
  // `const tf = require('@tensorflow/tfjs')`, `const {layers} = tf`: module-level names of TF.js namespaces.
  for (const [k, v] of result.globals) if (v.k === 'lib' && (v.q === 'tf' || v.q.startsWith('tf.')) && !(k in imports)) imports[k] = v.q;
  const { models } = plugin.result();
  if (Object.keys(imports).length > 0 || models.length > 0) {
    graph.framework = 'tfjs';
    graph.imports = { names: imports, insertLine: result.importInsertLine };
  }
  const usedNames = new Map<string, number>();
  // As in the Python reader: facts, propagation and rules run per model and layer, and models may
  // share their layers (145 sequential models over one growing list held 105,850 layers in a
  // 200 KB file), so the layers of all models together are bounded by the file's length.
  const fileLayers = evaluator.budget.limits.layersPerModel + LAYERS_PER_LINE * new LineTable(text).lineCount;
  let layersRead = 0;
  for (const m of models) {
    if (m.layers.length === 0 && !m.nodes.some((n) => n.type === 'layer')) continue;
    if (layersRead >= fileLayers) {
      graph.notes.push({ message: `initlint read only the first ${graph.models.length.toLocaleString('en-US')} models of this file: together they have more than ${fileLayers.toLocaleString('en-US')} layers (${LAYERS_PER_LINE} per line of the file)` });
      break;
    }
    const model = toModel(m, usedNames);
    layersRead += model.layers.length;
    graph.models.push(model);
  }
  return graph;
}

const LAYERS_PER_LINE = 2;

function toModel(m: ModelObj, usedNames: Map<string, number>): Model {
  const base = m.configName ?? m.receiver ?? 'model';
  // A factory run once per parameter value names the value: "model in build(kind = 'cnn')".
  let name = m.fnName && !m.configName ? `${base} in ${m.fnName}(${m.variant ?? ''})` : m.variant ? `${base} (${m.variant})` : base;
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
