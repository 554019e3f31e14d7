// The TensorFlow.js reader (engine/frontends/typescript): imports under any alias, layer configs,
// shapes inferred from the previous layer as TF.js builds them, initializers and their arguments,
// activations, loops, helpers, classes, functional graphs, syntax errors, the early exit, the
// hover text, and the TF.js fixer's edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../engine/analyze';
import { mentionsTfjs, readTypeScript } from '../../../engine/frontends/typescript';
import { describeParam } from '../../../engine/init';
import type { GraphNode, Layer, Model, ModelGraph } from '../../../engine/model/graph';
import { walkLayers } from '../../../engine/model/graph';
import { hoverFor } from '../../../server/hover';
import { applyEdits } from '../../helpers/edits';
import { syntaxErrors } from './helpers';

const TF = "import * as tf from '@tensorflow/tfjs';\n";

function read(text: string, path = 'model.ts'): ModelGraph {
  return readTypeScript(path, text);
}

function only(g: ModelGraph): Model {
  assert.equal(g.models.length, 1, `expected one model, got ${g.models.map((m) => m.name).join(', ')}`);
  return g.models[0]!;
}

function layersOf(m: Model): Layer[] {
  return [...walkLayers(m.nodes)];
}

/** The kernel (or embeddings) shape of each layer in forward order. */
function kernels(m: Model): (number | undefined)[][] {
  return layersOf(m)
    .map((l) => l.params.find((p) => p.role === 'weight' || p.role === 'embedding')?.shape)
    .filter((s): s is (number | undefined)[] => s !== undefined);
}

function kinds(nodes: GraphNode[]): string[] {
  return nodes.map((n) => (n.type === 'layer' ? n.layer.kind : n.type === 'activation' ? n.activation.kind : n.type));
}

test('early exit: a file that does not use the TF.js layers API has no model', () => {
  assert.equal(mentionsTfjs('export const x = 1;\n'), false);
  assert.equal(mentionsTfjs("import * as tf from '@tensorflow/tfjs';\nconst t = tf.tensor([1]);\n"), false);
  assert.equal(mentionsTfjs(TF + 'tf.sequential();'), true);
  const g = read('const layers = [1, 2];\nexport default layers;\n');
  assert.deepEqual(g.models, []);
  assert.equal(g.framework, undefined);
});

test('imports: namespace, default, named with aliases, require, destructured require, import-equals, tfjs-node, tfjs-layers, global tf', () => {
  const bodies: Record<string, string> = {
    namespace: "import * as tfx from '@tensorflow/tfjs';\nconst m = tfx.sequential();\nm.add(tfx.layers.dense({units: 4, inputShape: [3]}));",
    default: "import tf from '@tensorflow/tfjs-node';\nconst m = tf.sequential({layers: [tf.layers.dense({units: 4, inputShape: [3]})]});",
    named: "import {layers as L, sequential as seq} from '@tensorflow/tfjs-layers';\nconst m = seq();\nm.add(L.dense({units: 4, inputShape: [3]}));",
    require: "const tf = require('@tensorflow/tfjs-node-gpu');\nconst m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [3]}));",
    destructured: "const {layers, sequential} = require('@tensorflow/tfjs');\nconst {dense} = layers;\nconst m = sequential();\nm.add(dense({units: 4, inputShape: [3]}));",
    importEquals: "import tf = require('@tensorflow/tfjs');\nconst m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [3]}));",
    global: 'const m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [3]}));',
  };
  for (const [name, text] of Object.entries(bodies)) {
    const m = only(read(text, name === 'global' ? 'page.js' : 'model.ts'));
    assert.deepEqual(kernels(m), [[3, 4]], name);
    assert.equal(m.framework, 'tfjs');
  }
  // Another library's `layers` is not TF.js.
  assert.deepEqual(read("import {layers} from 'other-lib';\nimport * as tf from '@tensorflow/tfjs';\nlayers.dense({units: 3});\n").models, []);
});

test('sizes: consts, arithmetic, function defaults, loops, helpers and array callbacks resolve', () => {
  const m = only(
    read(
      TF +
        `const BASE = 16;
const sizes = [BASE * 4, BASE * 2].concat(Array.from({length: 2}, (_, i) => BASE >> i));
function block(units: number, act = 'relu') {
  return tf.layers.dense({units, activation: act as any});
}
export function build(input = 100, extra = 2) {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: sizes[0], inputShape: [input / 2]}));
  sizes.slice(1).forEach((u) => model.add(block(u)));
  for (let i = 0; i < extra; i++) model.add(block(BASE / 2 ** i, 'tanh'));
  let k = 3;
  while (k > 2) { model.add(tf.layers.dense({units: k})); k--; }
  return model;
}`,
    ),
  );
  assert.deepEqual(kernels(m), [[50, 64], [64, 32], [32, 16], [16, 8], [8, 16], [16, 8], [8, 3]]);
  assert.deepEqual(layersOf(m).map((l) => l.activation?.kind ?? '-'), ['-', 'relu', 'relu', 'relu', 'tanh', 'tanh', '-']);
  assert.equal(m.name, 'model in build()');
  assert.equal(layersOf(m)[2]!.access, 'model.layers[2]');
});

test('shapes: conv, pooling, flatten, reshape, global pooling, embedding, recurrent, transpose, channelsFirst', () => {
  const conv = only(
    read(
      TF +
        `const m = tf.sequential();
m.add(tf.layers.conv2d({inputShape: [28, 28, 1], filters: 8, kernelSize: 5, strides: 1, activation: 'relu'}));
m.add(tf.layers.maxPooling2d({poolSize: [2, 2], strides: [2, 2]}));
m.add(tf.layers.conv2d({filters: 16, kernelSize: [3, 3], padding: 'same', activation: 'relu'}));
m.add(tf.layers.averagePooling2d({poolSize: 2}));
m.add(tf.layers.dropout({rate: 0.25}));
m.add(tf.layers.flatten());
m.add(tf.layers.dense({units: 10, activation: 'softmax'}));`,
    ),
  );
  // 28 -5+1 = 24 -> 12 -> 12 (same) -> 6: 6*6*16 = 576.
  assert.deepEqual(kernels(conv), [[5, 5, 1, 8], [3, 3, 8, 16], [576, 10]]);
  const seq = only(
    read(
      TF +
        `const m = tf.sequential();
m.add(tf.layers.embedding({inputDim: 1000, outputDim: 32, inputLength: 20}));
m.add(tf.layers.conv1d({filters: 24, kernelSize: 5, activation: 'relu'}));
m.add(tf.layers.globalMaxPooling1d({}));
m.add(tf.layers.reshape({targetShape: [4, -1]}));
m.add(tf.layers.lstm({units: 12, returnSequences: true}));
m.add(tf.layers.gru({units: 8}));
m.add(tf.layers.dense({units: 1}));`,
    ),
  );
  assert.deepEqual(kernels(seq), [[1000, 32], [5, 32, 24], [6, 48], [12, 24], [8, 1]]);
  assert.deepEqual(layersOf(seq).find((l) => l.kind === 'LSTM')!.params.map((p) => [p.name, p.shape]), [
    ['kernel', [6, 48]],
    ['recurrent_kernel', [12, 48]],
    ['bias', [48]],
  ]);
  const other = only(
    read(
      TF +
        `const m = tf.sequential();
m.add(tf.layers.dense({batchInputShape: [null, 7], units: 4 * 4 * 3}));
m.add(tf.layers.reshape({targetShape: [3, 4, 4]}));
m.add(tf.layers.conv2d({filters: 6, kernelSize: 3, dataFormat: 'channelsFirst', padding: 'same'}));
m.add(tf.layers.conv2dTranspose({filters: 2, kernelSize: 2, strides: 2, dataFormat: 'channelsFirst'}));
m.add(tf.layers.batchNormalization({axis: 1}));`,
    ),
  );
  assert.deepEqual(kernels(other), [[7, 48], [3, 3, 3, 6], [2, 2, 2, 6]]);
  assert.deepEqual(layersOf(other).at(-1)!.params.map((p) => p.shape), [[2], [2]]);
});

test('unknown sizes stay unknown: imports from other modules, unresolved parameters', () => {
  const g = read(TF + "import {N} from './data';\nexport function f(units: number) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({units: 8, inputShape: [N]}));\n  m.add(tf.layers.dense({units}));\n  return m;\n}\n");
  assert.deepEqual(kernels(only(g)), [[undefined, 8], [8, undefined]]);
});

test('initializers: strings, factories with arguments, class-name configs, variables, and the args.x || default fallbacks', () => {
  const m = only(
    read(
      TF +
        `const init = tf.initializers.varianceScaling({scale: 2, mode: 'fanOut', distribution: 'uniform', seed: 3});
const m = tf.sequential();
m.add(tf.layers.dense({units: 8, inputShape: [4], kernelInitializer: 'heNormal', biasInitializer: tf.initializers.constant({value: 0.1})}));
m.add(tf.layers.dense({units: 8, kernelInitializer: init}));
m.add(tf.layers.dense({units: 8, kernelInitializer: {className: 'RandomNormal', config: {stddev: 0.5}}}));
m.add(tf.layers.dense({units: 8, kernelInitializer: tf.initializers.randomUniform({minval: 0, maxval: 0.05})}));
m.add(tf.layers.dense({units: 8, kernelInitializer: tf.initializers.randomNormal({mean: 0, stddev: 0})}));`,
    ),
  );
  const ls = layersOf(m);
  const spec = (i: number, name = 'kernel') => ls[i]!.params.find((p) => p.name === name)!.init;
  assert.equal(spec(0).name, 'heNormal');
  assert.deepEqual(spec(0, 'bias').args.keyword, { value: 0.1 });
  assert.deepEqual([spec(1).name, spec(1).args.keyword], ['varianceScaling', { scale: 2, mode: 'fanOut', distribution: 'uniform', seed: 3 }]);
  assert.deepEqual([spec(2).name, spec(2).args.keyword], ['RandomNormal', { stddev: 0.5 }]);
  const info = (i: number) => describeParam(ls[i]!, ls[i]!.params[0]!);
  assert.ok(Math.abs(info(1).moments!.variance - 2 / 8) < 1e-12, 'varianceScaling fanOut uniform: scale/fanOut');
  // minval 0 falls back to -0.05: U(-0.05, 0.05); stddev 0 falls back to 0.05.
  assert.ok(Math.abs(info(3).moments!.mean) < 1e-12);
  assert.ok(Math.abs(info(3).moments!.variance - 0.1 ** 2 / 12) < 1e-12);
  assert.ok(Math.abs(info(4).moments!.variance - 0.05 ** 2) < 1e-12);
  // The range is the property's value, the statement range the property.
  assert.equal(spec(0).text, "'heNormal'");
  assert.equal(spec(1).text, 'init');
});

test('initializers with unresolved arguments have no moments; unknown values are explicit but unknown', () => {
  const m = only(read(TF + "export function f(s: number, i: any) {\n  return tf.sequential({layers: [tf.layers.dense({units: 4, inputShape: [4], kernelInitializer: tf.initializers.randomNormal({stddev: s})}), tf.layers.dense({units: 4, kernelInitializer: i})]});\n}\n"));
  const [a, b] = layersOf(m);
  assert.equal(describeParam(a!, a!.params[0]!).moments, undefined);
  assert.equal(b!.params[0]!.init.source, 'explicit');
  assert.equal(describeParam(b!, b!.params[0]!).family, 'unknown');
});

test('LSTM unitForgetBias and recurrentInitializer reach the parameters', () => {
  const m = only(read(TF + "const m = tf.sequential();\nm.add(tf.layers.lstm({units: 5, inputShape: [3, 2], unitForgetBias: true, recurrentInitializer: 'glorotNormal'}));\n"));
  const l = layersOf(m)[0]!;
  assert.equal(l.params.find((p) => p.name === 'recurrent_kernel')!.init.name, 'glorotNormal');
  const bias = describeParam(l, l.params.find((p) => p.name === 'bias')!);
  const f = bias.segments?.find((s) => s.label === 'f');
  assert.deepEqual([f?.start, f?.end, f?.constant], [5, 10, 1]);
});

test('activations: strings, activation layers and their parameters; unmodelled ones cut the chain', () => {
  const m = only(
    read(
      TF +
        `const m = tf.sequential();
m.add(tf.layers.dense({units: 4, inputShape: [4], activation: 'swish'}));
m.add(tf.layers.dense({units: 4, activation: 'gelu_new'}));
m.add(tf.layers.dense({units: 4, activation: 'linear'}));
m.add(tf.layers.leakyReLU());
m.add(tf.layers.dense({units: 4}));
m.add(tf.layers.reLU({maxValue: 6}));
m.add(tf.layers.dense({units: 4}));
m.add(tf.layers.elu({alpha: 0.5}));
m.add(tf.layers.dense({units: 4, activation: 'softsign'}));
m.add(tf.layers.dense({units: 2, activation: 'softmax'}));`,
    ),
  );
  assert.deepEqual(kinds(m.nodes), ['Linear', 'silu', 'Linear', 'gelu_tanh', 'Linear', 'leaky_relu', 'Linear', 'relu6', 'Linear', 'elu', 'Linear', 'opaque', 'Linear', 'softmax']);
  const ls = layersOf(m);
  assert.equal(ls[2]!.activation?.kind, 'leaky_relu');
  assert.equal(ls[2]!.activation?.param, 0.3);
  assert.equal(ls[4]!.activation?.param, 0.5);
});

test('functional graphs: x + f(x) is a residual block; diverging branches cut the chain but keep their layers', () => {
  const res = only(
    read(
      TF +
        `const x0 = tf.input({shape: [32]});
const h = tf.layers.dense({units: 32, activation: 'relu'}).apply(x0) as tf.SymbolicTensor;
const f = tf.layers.dense({units: 32}).apply(tf.layers.dense({units: 64, activation: 'relu'}).apply(h)) as tf.SymbolicTensor;
const y = tf.layers.add().apply([h, f]);
export const model = tf.model({inputs: x0, outputs: tf.layers.dense({units: 3}).apply(y) as tf.SymbolicTensor});`,
    ),
  );
  assert.deepEqual(kinds(res.nodes), ['Linear', 'relu', 'residual', 'Linear']);
  const body = (res.nodes[2] as Extract<GraphNode, { type: 'residual' }>).body;
  assert.deepEqual(kinds(body), ['Linear', 'relu', 'Linear']);
  assert.deepEqual(kernels(res), [[32, 32], [32, 64], [64, 32], [32, 3]]);
  const towers = only(
    read(
      TF +
        `const a = tf.input({shape: [10]});
const l = tf.layers.dense({units: 8}).apply(a) as tf.SymbolicTensor;
const r = tf.layers.dense({units: 6}).apply(a) as tf.SymbolicTensor;
const c = tf.layers.concatenate().apply([l, r]) as tf.SymbolicTensor;
const model = tf.model({inputs: a, outputs: tf.layers.dense({units: 1}).apply(c) as tf.SymbolicTensor});`,
    ),
  );
  assert.deepEqual(kinds(towers.nodes), ['opaque', 'Linear']);
  assert.deepEqual(kernels(towers), [[14, 1]]);
  assert.equal(towers.layers.length, 3, 'the tower layers are listed');
});

test('undecidable conditions: layers added there cut the chain and their initializers are conditional', () => {
  const m = only(read(TF + "export function f(flag: boolean) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({units: 4, inputShape: [4]}));\n  if (flag) m.add(tf.layers.dense({units: 4, kernelInitializer: 'zeros'}));\n  m.add(tf.layers.dense({units: 2}));\n  return m;\n}\n"));
  assert.deepEqual(kinds(m.nodes), ['Linear', 'opaque', 'Linear']);
  const cond = m.layers[1]!;
  assert.equal(cond.params[0]!.init.conditional, true);
  // A decidable condition is taken.
  const d = only(read(TF + "const DEBUG = false;\nconst m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [4]}));\nif (DEBUG) { m.add(tf.layers.dense({units: 9})); } else { m.add(tf.layers.dense({units: 5})); }\n"));
  assert.deepEqual(kernels(d), [[4, 4], [4, 5]]);
});

test('classes: models built in constructors and methods, parameter properties', () => {
  const g = read(
    TF +
      `class Agent {
  model: tf.Sequential;
  constructor(private hidden = 24, numActions = 3) {
    this.model = this.build(numActions);
  }
  build(n: number) {
    const m = tf.sequential();
    m.add(tf.layers.dense({units: this.hidden, inputShape: [5], activation: 'relu'}));
    m.add(tf.layers.dense({units: n}));
    return m;
  }
}
export const agent = new Agent(32);`,
  );
  const m = only(g);
  assert.deepEqual(kernels(m), [[5, 32], [32, 3]]);
});

test('syntax errors: a note, and what parses is still read', () => {
  const g = read(TF + "const m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [4]}));\nconst broken = {a: 1,, };\nm.add(tf.layers.dense({units: 2}));\n");
  assert.match(g.notes[0]!.message, /^syntax error at line 4/);
  assert.deepEqual(kernels(only(g)), [[4, 4], [4, 2]]);
});

test('hover: TF.js leCunNormal / varianceScaling and the default glorotNormal state the missing truncation correction', () => {
  const text = TF + "const m = tf.sequential();\nm.add(tf.layers.dense({units: 64, inputShape: [64], activation: 'selu', kernelInitializer: 'leCunNormal'}));\nm.add(tf.layers.dense({units: 64, kernelInitializer: tf.initializers.varianceScaling({scale: 1})}));\nm.add(tf.layers.dense({units: 8}));\n";
  const a = analyzeText('model.ts', text);
  const hoverAt = (line: number, needle: string) => {
    const h = hoverFor(a, { line, character: text.split('\n')[line]!.indexOf(needle) + 1 });
    assert.ok(h, `a hover at line ${line + 1}`);
    return (h.contents as { value: string }).value;
  };
  const lecun = hoverAt(2, 'leCunNormal');
  assert.match(lecun, /without correction: variance 0\.77374\*scale\/n = 0\.0120897/);
  assert.match(hoverAt(3, 'varianceScaling'), /without correction/);
  assert.match(hoverAt(4, 'dense'), /default glorotNormal \(uncorrected truncated normal\)/);
});

test('fixes in TF.js idiom: quote style, multi-line configs, trailing commas, seeds, named imports', () => {
  const fixed = (text: string, path = 'model.ts'): string[] => {
    const a = analyzeText(path, text);
    assert.ok(a.findings.length > 0, 'a finding');
    return a.findings.flatMap((f) => f.fixes.filter((x) => x.preferred || f.fixes.length === 1).map((x) => applyEdits(text, x.edits)));
  };
  // Double quotes kept.
  const dq = fixed('import * as tf from "@tensorflow/tfjs";\nconst m = tf.sequential();\nm.add(tf.layers.dense({units: 8, inputShape: [8], activation: "relu", kernelInitializer: "zeros"}));\nm.add(tf.layers.dense({units: 1}));\n');
  assert.match(dq[0]!, /kernelInitializer: "heNormal"/);
  // A multi-line config with a trailing comma gets its own line.
  const ml = fixed(TF + "const m = tf.sequential();\nm.add(tf.layers.dense({\n  units: 8,\n  inputShape: [8],\n  activation: 'selu',\n}));\nm.add(tf.layers.dense({units: 1}));\n");
  assert.match(ml[0]!, /\n  activation: 'selu',\n  kernelInitializer: tf\.initializers\.varianceScaling\(\{scale: 1\.2924, mode: 'fanIn', distribution: 'normal'\}\),\n\}\)\);/);
  // A seed is kept.
  const seeded = fixed(TF + "const m = tf.sequential();\nm.add(tf.layers.dense({units: 8, inputShape: [8], activation: 'tanh', kernelInitializer: tf.initializers.heNormal({seed: 7})}));\nm.add(tf.layers.dense({units: 1}));\n");
  assert.match(seeded[0]!, /kernelInitializer: tf\.initializers\.glorotNormal\(\{seed: 7\}\)/);
  // Named imports only: `initializers` is added to them.
  const named = fixed("import {layers, sequential} from '@tensorflow/tfjs';\nconst m = sequential();\nm.add(layers.dense({units: 8, inputShape: [8], activation: 'selu'}));\nm.add(layers.dense({units: 1}));\n");
  assert.match(named[0]!, /^import \{layers, sequential, initializers\} from '@tensorflow\/tfjs';/);
  assert.match(named[0]!, /activation: 'selu', kernelInitializer: initializers\.varianceScaling\(/);
  for (const t of [...dq, ...ml, ...seeded, ...named]) assert.deepEqual(syntaxErrors('model.ts', t), []);
});
