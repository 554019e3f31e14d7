// TF.js constructs real code writes (issue 10 item 8): the namespace passed as a parameter, a model
// per branch of an `if` and per choice of a factory, and custom layers (subclasses of
// tf.layers.Layer) whose build() makes weights with this.addWeight and whose call() uses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTypeScript } from '../../../engine/frontends/typescript';
import { describeParam } from '../../../engine/init';
import type { GraphNode, Model, ModelGraph } from '../../../engine/model/graph';
import { walkLayers } from '../../../engine/model/graph';

const TF = "import * as tf from '@tensorflow/tfjs';\n";

function read(text: string, path = 'model.ts'): ModelGraph {
  return readTypeScript(path, text);
}

const kernels = (m: Model): (number | undefined)[][] => [...walkLayers(m.nodes)].map((l) => l.params[0]!.shape);
const kinds = (nodes: GraphNode[]): string[] => nodes.map((n) => (n.type === 'layer' ? n.layer.kind : n.type === 'activation' ? n.activation.kind : n.type));

test('tf as a parameter: `function build(tf)` and `(tf, units) => ...` are read when nothing calls them, and when something does', () => {
  const fn = read("import * as tfjs from '@tensorflow/tfjs';\nexport function build(tf, n = 4) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({units: n, inputShape: [3]}));\n  return m;\n}\n");
  assert.deepEqual(fn.models.map(kernels), [[[3, 4]]]);
  const arrow = read('export const make = (tf, units) => tf.sequential({layers: [tf.layers.dense({units: 8, inputShape: [2]}), tf.layers.dense({units})]});\n', 'make.js');
  assert.deepEqual(arrow.models.map(kernels), [[[2, 8], [8, undefined]]]);
  // Called with the real namespace and a width: the call's model replaces the one run on its own.
  const called = read(TF + 'function build(t, units) {\n  const m = t.sequential();\n  m.add(t.layers.dense({units, inputShape: [5]}));\n  return m;\n}\nexport const model = build(tf, 6);\n');
  assert.deepEqual(called.models.map(kernels), [[[5, 6]]]);
});

test('if/else: a model built in each branch is read in full, and layers added after the if reach each with its own input width', () => {
  const g = read(TF + "let model;\nif (Math.random() > 0.5) {\n  model = tf.sequential();\n  model.add(tf.layers.dense({units: 16, inputShape: [4]}));\n} else {\n  model = tf.sequential();\n  model.add(tf.layers.dense({units: 32, inputShape: [4], kernelInitializer: 'zeros'}));\n}\nmodel.add(tf.layers.dense({units: 2}));\n");
  assert.deepEqual(g.models.map(kernels), [[[4, 16], [16, 2]], [[4, 32], [32, 2]]]);
  // Nothing in either model is conditional: the branch chose the model, not its layers.
  for (const m of g.models) assert.ok(m.layers.every((l) => !l.params.some((p) => p.init.conditional)));
  assert.deepEqual(kinds(g.models[1]!.nodes), ['Linear', 'Linear']);
  assert.equal(g.models[1]!.layers[0]!.params[0]!.init.name, 'zeros');
  // A branch that leaves the variable as it was is no choice between models: what is added after is unknown.
  const one = read(TF + 'let model = tf.sequential();\nmodel.add(tf.layers.dense({units: 8, inputShape: [4]}));\nif (Math.random() > 0.5) {\n  model = tf.sequential();\n  model.add(tf.layers.dense({units: 16, inputShape: [4]}));\n}\nmodel.add(tf.layers.dense({units: 2}));\n');
  assert.deepEqual(one.models.map(kernels), [[[4, 8]], [[4, 16]]]);
});

test("a factory branching on a parameter it was not given: one model per value it tests, named by it; a value that throws leaves none", () => {
  const text =
    TF +
    `export function create(kind: string, units = 8) {
  const m = tf.sequential();
  m.add(tf.layers.dense({units, inputShape: [4], activation: 'relu'}));
  if (kind === 'wide') m.add(tf.layers.dense({units: 64}));
  else if (kind === 'deep') { m.add(tf.layers.dense({units: 8})); m.add(tf.layers.dense({units: 8})); }
  else throw new Error('unknown kind');
  m.add(tf.layers.dense({units: 1}));
  return m;
}
`;
  const g = read(text);
  assert.deepEqual(
    g.models.map((m) => m.name),
    ["m in create(kind = 'wide')", "m in create(kind = 'deep')"],
  );
  assert.deepEqual(g.models.map(kernels), [
    [[4, 8], [8, 64], [64, 1]],
    [[4, 8], [8, 8], [8, 8], [8, 1]],
  ]);
  // Every layer of a variant is there unconditionally: a fault in one branch is found on its line.
  assert.ok(g.models.every((m) => !m.nodes.some((n) => n.type === 'opaque')));
  // switch cases, and the `default` run with a value that equals none of them.
  const sw = read(TF + "export function make(act) {\n  const m = tf.sequential({layers: [tf.layers.dense({units: 4, inputShape: [2]})]});\n  switch (act) {\n    case 'relu': m.add(tf.layers.reLU()); break;\n    case 'elu': m.add(tf.layers.elu()); break;\n    default: m.add(tf.layers.activation({activation: 'tanh'}));\n  }\n  return m;\n}\n");
  assert.deepEqual(sw.models.map((m) => kinds(m.nodes)), [['Linear', 'relu'], ['Linear', 'elu'], ['Linear', 'tanh']]);
  assert.match(sw.models[2]!.name, /act other than 'relu', 'elu'/);
  // Called with a value: one model, no split.
  const called = read(text + "export const model = create('wide', 16);\n");
  assert.deepEqual(called.models.map(kernels), [[[4, 16], [16, 64], [64, 1]]]);
  // The choice read from an options object: `opts.kind`, `const {kind} = opts`, `function f({kind, units = 8})`.
  for (const head of ['export function f(opts) {\n  const k = opts.kind;\n  const units = 8;', 'export function f(opts) {\n  const {kind: k} = opts;\n  const units = 8;', 'export function f({kind: k, units = 8}) {']) {
    const opts = read(TF + `${head}\n  const m = tf.sequential();\n  m.add(tf.layers.dense({units, inputShape: [3]}));\n  if (k === 'a') m.add(tf.layers.dense({units: 5}));\n  else m.add(tf.layers.dense({units: 7}));\n  return m;\n}\n`);
    assert.deepEqual(opts.models.map(kernels), [[[3, 8], [8, 5]], [[3, 8], [8, 7]]], head);
  }
  // A boolean flag chooses layers, not models: its layers stay conditional (a cut).
  const flag = read(TF + "export function f(debug: boolean) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({units: 4, inputShape: [4]}));\n  if (debug) m.add(tf.layers.dense({units: 4}));\n  return m;\n}\n");
  assert.deepEqual(flag.models.map((m) => kinds(m.nodes)), [['Linear', 'opaque']]);
});

const CUSTOM = `class MyDense extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.units = config.units;
  }
  build(inputShape) {
    const inDim = inputShape[inputShape.length - 1];
    this.kernel = this.addWeight('kernel', [inDim, this.units], 'float32', tf.initializers.varianceScaling({scale: 2, mode: 'fanIn'}));
    this.bias = this.addWeight('bias', [this.units], 'float32', tf.initializers.zeros());
  }
  computeOutputShape(inputShape) {
    return [inputShape[0], this.units];
  }
  call(inputs) {
    return tf.tidy(() => tf.relu(tf.add(tf.matMul(inputs, this.kernel.read()), this.bias.read())));
  }
}
`;

test('custom layers: addWeight in build() makes weights with their initializer and shapes from inputShape; call() orders them; computeOutputShape feeds the next layer', () => {
  const g = read(TF + CUSTOM + 'const model = tf.sequential();\nmodel.add(new MyDense({units: 12, inputShape: [5]}));\nmodel.add(new MyDense({units: 3}));\nmodel.add(tf.layers.dense({units: 1}));\n', 'custom.js');
  const m = g.models[0]!;
  assert.deepEqual(kinds(m.nodes), ['Parameter', 'relu', 'Parameter', 'relu', 'Linear']);
  assert.deepEqual(kernels(m), [[5, 12], [12, 3], [3, 1]]);
  const kernel = m.layers[0]!;
  assert.equal(kernel.name, 'MyDense.kernel (line 9)');
  assert.deepEqual([kernel.inFeatures, kernel.outFeatures, kernel.inAxis], [5, 12, 0]);
  const spec = kernel.params[0]!.init;
  assert.deepEqual([spec.name, spec.args.keyword], ['varianceScaling', { scale: 2, mode: 'fanIn' }]);
  // TF.js varianceScaling normal: truncated normal of stddev sqrt(scale/fanIn), cut at 2 stddev without correction.
  assert.ok(Math.abs(describeParam(kernel, kernel.params[0]!).moments!.variance - 0.7737413 * (2 / 5)) < 1e-6);
  // Both instances' weights, biases included, belong to the model.
  assert.deepEqual(m.layers.map((l) => `${l.name.split(' ')[0]}:${l.params[0]!.shape.join('x')}`), ['MyDense.kernel:5x12', 'MyDense.bias:12', 'MyDense#2.kernel:12x3', 'MyDense#2.bias:3', 'dense_1:3x1']);
});

test('custom layers: through apply() in a functional model; computeOutputShape absent keeps the input shape; an unfollowed call() is a cut', () => {
  const g = read(
    TF +
      `class Scale extends tf.layers.Layer {
  constructor() { super({}); }
  build(inputShape) { this.g = this.addWeight('g', [inputShape[1], inputShape[1]], undefined, tf.initializers.identity({gain: 1})); }
  call(x) { return tf.matMul(x, this.g.read()).mul(0.5); }
}
class Odd extends tf.layers.Layer {
  constructor() { super({}); }
  call(x) { return tf.cumsum(x); }
}
const x = tf.input({shape: [6]});
const h = new Scale().apply(x);
const y = tf.layers.dense({units: 2}).apply(new Odd().apply(h));
export const model = tf.model({inputs: x, outputs: y});
`,
    'f.js',
  );
  const m = g.models[0]!;
  assert.deepEqual(kinds(m.nodes), ['Parameter', 'scale', 'opaque', 'Linear']);
  assert.deepEqual(kernels(m), [[6, 6], [6, 2]]);
});

test('custom layers: a string or missing initializer in addWeight is unknown (TF.js throws on it), never a guess', () => {
  const g = read(TF + "class L extends tf.layers.Layer {\n  constructor() { super({}); }\n  build(s) { this.a = this.addWeight('a', [s[1], 4], 'float32', 'zeros'); this.b = this.addWeight('b', [4, 4]); }\n  computeOutputShape(s) { return [s[0], 4]; }\n  call(x) { return tf.matMul(tf.matMul(x, this.a.read()), this.b.read()); }\n}\nconst m = tf.sequential();\nm.add(tf.layers.dense({units: 4, inputShape: [4]}));\nm.add(new L());\nm.add(tf.layers.dense({units: 1}));\n", 'l.js');
  const [, a, b] = g.models[0]!.layers;
  for (const l of [a!, b!]) {
    assert.equal(l.params[0]!.init.source, 'explicit');
    assert.equal(describeParam(l, l.params[0]!).family, 'unknown');
  }
});
