// Benchmarks of the model readers: lines per second of the TensorFlow.js reader (TypeScript compiler
// API parse + abstract interpretation) on a generated 2,000-line file of TF.js model code, the whole
// pipeline on it (reader, analysis, rules, fixes), the early exit for a script file that imports no
// model framework, the first TF.js file of a process (loading the compiler API), and the PyTorch
// reader on 2,000 lines of the CLI corpus for comparison.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText, ready } from '../engine/analyze';
import { readPython } from '../engine/frontends/python';
import { readTypeScript } from '../engine/frontends/typescript';
import { generateCorpus } from './gen-corpus';
import type { Benchmark } from './harness';

const LINES = 2000;

function countLines(text: string): number {
  return text.split('\n').length;
}

/** Deterministic TF.js model code: sequential and functional models, helpers, loops, configs, utilities. */
export function tfjsSource(minLines: number): string {
  const acts = ['relu', 'tanh', 'elu', 'selu', 'sigmoid', 'swish', 'gelu'];
  const inits = ["'heNormal'", "'glorotUniform'", 'tf.initializers.randomNormal({stddev: 0.02})', "'leCunNormal'", "tf.initializers.varianceScaling({scale: 2, mode: 'fanIn'})", "'zeros'"];
  const parts: string[] = [
    '// Generated TensorFlow.js model code for the reader benchmark.',
    "import * as tf from '@tensorflow/tfjs';",
    "import {layers, initializers} from '@tensorflow/tfjs';",
    '',
    'const BASE = 32;',
    'const CONFIG = {hidden: [128, 64, 32], dropout: 0.1, numClasses: 10};',
    '',
  ];
  let i = 0;
  while (parts.length < minLines) {
    const act = acts[i % acts.length]!;
    const init = inits[i % inits.length]!;
    const w = 16 * (1 + (i % 8));
    switch (i % 4) {
      case 0:
        parts.push(
          `export function mlp${i}(inputSize = ${w * 4}, depth = ${2 + (i % 5)}): tf.Sequential {`,
          '  const model = tf.sequential();',
          `  model.add(tf.layers.dense({units: ${w}, inputShape: [inputSize], activation: '${act}', kernelInitializer: ${init}}));`,
          '  for (let j = 0; j < depth; j++) {',
          `    model.add(tf.layers.dense({units: ${w}, activation: '${act}'}));`,
          '    model.add(tf.layers.dropout({rate: CONFIG.dropout}));',
          '  }',
          '  model.add(tf.layers.dense({units: CONFIG.numClasses, activation: \'softmax\'}));',
          "  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy']});",
          '  return model;',
          '}',
          '',
        );
        break;
      case 1:
        parts.push(
          `export function convnet${i}(size = 28, channels = 1) {`,
          '  const model = tf.sequential();',
          `  model.add(tf.layers.conv2d({inputShape: [size, size, channels], filters: ${w}, kernelSize: 3, activation: 'relu', kernelInitializer: 'heNormal'}));`,
          '  model.add(tf.layers.maxPooling2d({poolSize: 2, strides: 2}));',
          `  model.add(tf.layers.conv2d({filters: ${2 * w}, kernelSize: 3, padding: 'same', activation: 'relu'}));`,
          '  model.add(tf.layers.batchNormalization());',
          '  model.add(tf.layers.flatten());',
          `  model.add(tf.layers.dense({units: BASE * 2, activation: '${act}'}));`,
          '  model.add(tf.layers.dense({units: 10, activation: \'softmax\'}));',
          '  return model;',
          '}',
          '',
        );
        break;
      case 2:
        parts.push(
          `function block${i}(x: tf.SymbolicTensor, width: number): tf.SymbolicTensor {`,
          '  let h = layers.layerNormalization().apply(x) as tf.SymbolicTensor;',
          `  h = layers.dense({units: width * 2, activation: '${act}', kernelInitializer: initializers.heNormal({seed: ${i}})}).apply(h) as tf.SymbolicTensor;`,
          '  h = layers.dense({units: width}).apply(h) as tf.SymbolicTensor;',
          '  return layers.add().apply([x, h]) as tf.SymbolicTensor;',
          '}',
          `export function residual${i}(width = ${w}, blocks = 3) {`,
          '  const input = tf.input({shape: [width]});',
          '  let x: tf.SymbolicTensor = input;',
          `  for (let b = 0; b < blocks; b++) x = block${i}(x, width);`,
          '  const output = layers.dense({units: 1}).apply(x) as tf.SymbolicTensor;',
          '  return tf.model({inputs: input, outputs: output});',
          '}',
          '',
        );
        break;
      default:
        parts.push(
          `export async function train${i}(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor) {`,
          '  const history = await model.fit(xs, ys, {',
          '    epochs: 10,',
          '    batchSize: 32,',
          '    validationSplit: 0.1,',
          '    callbacks: {onEpochEnd: async (epoch: number, logs?: tf.Logs) => console.log(epoch, logs)},',
          '  });',
          '  const losses: number[] = [];',
          '  for (const v of history.history.loss as number[]) losses.push(v);',
          '  return losses.reduce((a, b) => a + b, 0) / losses.length;',
          '}',
          '',
        );
    }
    i++;
  }
  return parts.join('\n');
}

/** A TypeScript file of the same length that uses no model framework (a UI/data module). */
export function plainSource(minLines: number): string {
  const parts: string[] = ["import {readFileSync} from 'node:fs';", ''];
  let i = 0;
  while (parts.length < minLines) {
    parts.push(
      `export function parseRecords${i}(path: string): {id: number; values: number[]}[] {`,
      "  const rows = readFileSync(path, 'utf8').split('\\n');",
      '  return rows.filter((r) => r.length > 0).map((r, id) => ({id, values: r.split(\',\').map(Number)}));',
      '}',
      `export class Chart${i} {`,
      '  private readonly points: [number, number][] = [];',
      '  add(x: number, y: number): void {',
      '    this.points.push([x, y]);',
      '  }',
      '}',
      '',
    );
    i++;
  }
  return parts.join('\n');
}

const tfjsText = tfjsSource(LINES);
const tfjsLines = countLines(tfjsText);
const plainText = plainSource(LINES);
const plainLines = countLines(plainText);

const tfjsReader: Benchmark = {
  name: 'frontends/tfjs-reader-2000',
  description: `readTypeScript on ${tfjsLines} generated lines of TF.js model code (parse + interpretation)`,
  setup() {
    const g = readTypeScript('bench.ts', tfjsText);
    if (g.models.length === 0) throw new Error('the generated TF.js file has no model');
    return () => readTypeScript('bench.ts', tfjsText);
  },
  work: { count: tfjsLines, unit: 'lines' },
};

const tfjsAnalyze: Benchmark = {
  name: 'frontends/tfjs-analyze-2000',
  description: `analyzeText (reader, analysis, rules, fixes) on the same ${tfjsLines} lines`,
  setup() {
    return () => analyzeText('bench.ts', tfjsText);
  },
  work: { count: tfjsLines, unit: 'lines' },
};

const earlyExit: Benchmark = {
  name: 'frontends/tfjs-early-exit-2000',
  description: `analyzeText on ${plainLines} lines of TypeScript that import no model framework (text test, no parse)`,
  setup() {
    return () => analyzeText('plain.ts', plainText);
  },
  work: { count: plainLines, unit: 'lines' },
};

const coldFirstFile: Benchmark = {
  name: 'frontends/tfjs-first-file-in-process',
  description: 'a fresh node process reads one small TF.js file (loads the TypeScript compiler API); node startup included',
  warmup: 1,
  minIterations: 5,
  maxIterations: 5,
  minTimeMs: 0,
  setup() {
    const reader = path.resolve(__dirname, '..', 'engine', 'frontends', 'typescript', 'index.js');
    const script = `const {readTypeScript} = require(${JSON.stringify(reader)}); const g = readTypeScript('m.ts', "import * as tf from '@tensorflow/tfjs'; const m = tf.sequential(); m.add(tf.layers.dense({units: 2, inputShape: [2]}));"); if (g.models.length !== 1) process.exit(1);`;
    return () => {
      const r = spawnSync(process.execPath, ['-e', script]);
      if (r.status !== 0) throw new Error(`first-file run failed: ${r.stderr}`);
    };
  },
};

const pytorchReader: Benchmark = {
  name: 'frontends/pytorch-reader-2000',
  description: 'readPython on about 2,000 lines of the generated PyTorch corpus (for comparison)',
  async setup() {
    await ready();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-bench-frontends-'));
    generateCorpus(dir, LINES * 2, 11);
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.py')) files.push(p);
      }
    };
    walk(dir);
    const texts: string[] = [];
    let n = 0;
    for (const f of files.sort()) {
      if (n >= LINES) break;
      const t = fs.readFileSync(f, 'utf8');
      texts.push(t);
      n += countLines(t);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    // The line count is known only now; the harness reads `work` after timing.
    pytorchReader.work = { count: n, unit: 'lines' };
    return () => {
      for (const t of texts) readPython('bench.py', t);
    };
  },
};

export const frontendBenchmarks: Benchmark[] = [tfjsReader, tfjsAnalyze, earlyExit, coldFirstFile, pytorchReader];

/** The example files of a framework, repeated (each read on its own) until `minLines` lines. */
function exampleTexts(dir: string, minLines: number): { texts: string[]; lines: number } {
  const root = path.resolve(__dirname, '..', '..', 'examples', dir);
  const files = fs.readdirSync(root).filter((f) => f.endsWith('.py')).sort().map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
  const texts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < minLines; i++) {
    const t = files[i % files.length]!;
    texts.push(t);
    lines += countLines(t);
  }
  return { texts, lines };
}

function pythonFrameworkReader(framework: 'keras' | 'flax'): Benchmark {
  const bench: Benchmark = {
    name: `frontends/${framework}-reader-2000`,
    description: `readPython on about 2,000 lines of ${framework === 'keras' ? 'Keras' : 'Flax'} model code (examples/${framework}/*.py, each file read on its own)`,
    async setup() {
      await ready();
      const { texts, lines } = exampleTexts(framework, LINES);
      bench.work = { count: lines, unit: 'lines' };
      return () => {
        for (const t of texts) readPython('bench.py', t);
      };
    },
  };
  return bench;
}

frontendBenchmarks.push(pythonFrameworkReader('keras'), pythonFrameworkReader('flax'));
